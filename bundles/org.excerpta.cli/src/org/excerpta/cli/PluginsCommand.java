package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;
import org.excerpta.plugins.InstalledPlugin;
import org.excerpta.plugins.PluginBundle;
import org.excerpta.plugins.PluginChange;
import org.excerpta.plugins.PluginException;
import org.excerpta.plugins.PluginFeature;
import org.excerpta.plugins.PluginInstaller;
import org.excerpta.plugins.RepositoryLocation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code excerpta plugins ...}: list, install and uninstall plugins (p2 features) in this Excerpta
 * installation. A change takes effect at the next start.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
		description = { "List, install and uninstall plugins: features from a p2 repository (a folder or an http(s) URL).",
				"Changes this installation of Excerpta (its folder must be writable); a change takes effect at the next start." },
		subcommands = { PluginsCommand.ListPlugins.class, PluginsCommand.Available.class, PluginsCommand.Install.class,
				PluginsCommand.Uninstall.class })
final class PluginsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/** Common to the subcommands: errors reported as "excerpta plugins install: ..." with exit code 1. */
	abstract static class Sub implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public final Integer call() {
			try {
				return run(PluginInstaller.running(), spec.commandLine().getOut(), spec.commandLine().getErr());
			} catch (PluginException e) {
				spec.commandLine().getErr().println("excerpta plugins " + spec.name() + ": " + e.getMessage());
				return ExcerptaCli.EXIT_PROBLEM;
			} catch (OperationCanceledException e) {
				spec.commandLine().getErr().println("excerpta plugins " + spec.name() + ": cancelled; nothing was changed.");
				return ExcerptaCli.EXIT_PROBLEM;
			}
		}

		abstract int run(PluginInstaller installer, PrintWriter out, PrintWriter err);
	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List the installed plugins with their bundles and the state of each in this run "
					+ "(resolved or active: working; installed: its requirements are not met; not loaded: restart first).")
	static final class ListPlugins extends Sub {

		@Option(names = "--json", description = "Print one JSON object: plugins, each with id, version, name, provider, description "
				+ "and bundles (symbolicName, version, state).")
		boolean json;

		@Override
		int run(PluginInstaller installer, PrintWriter out, PrintWriter err) {
			List<InstalledPlugin> plugins = installer.installed();
			if (json) {
				out.println(Json.write(g -> {
					g.writeArrayFieldStart("plugins");
					for (InstalledPlugin plugin : plugins) {
						g.writeStartObject();
						Json.feature(g, plugin.feature());
						g.writeArrayFieldStart("bundles");
						for (PluginBundle bundle : plugin.bundles()) {
							g.writeStartObject();
							g.writeStringField("symbolicName", bundle.symbolicName());
							g.writeStringField("version", bundle.version());
							g.writeStringField("state", bundle.state());
							g.writeEndObject();
						}
						g.writeEndArray();
						g.writeEndObject();
					}
					g.writeEndArray();
				}));
				return 0;
			}
			if (plugins.isEmpty()) {
				out.println("No plugins installed.");
			}
			for (InstalledPlugin plugin : plugins) {
				PluginFeature f = plugin.feature();
				out.printf("%s  %s  %s%s%n", f.id(), f.version(), f.name(), f.provider().isEmpty() ? "" : "  (" + f.provider() + ")");
				for (PluginBundle bundle : plugin.bundles()) {
					out.printf("    %s %s: %s%n", bundle.symbolicName(), bundle.version(), bundle.state());
				}
			}
			return 0;
		}
	}

	@Command(name = "available", mixinStandardHelpOptions = true,
			description = "List the features a p2 repository offers: what \"excerpta plugins install REPOSITORY FEATURE_ID\" can install.")
	static final class Available extends Sub {

		@Parameters(paramLabel = "REPOSITORY", description = "A p2 repository: its folder, or an http(s) or file URL.")
		String repository;

		@Option(names = "--json", description = "Print one JSON object: features, each with id, version, name, provider and description.")
		boolean json;

		@Override
		int run(PluginInstaller installer, PrintWriter out, PrintWriter err) {
			List<PluginFeature> features = installer.available(RepositoryLocation.parse(repository), new ConsoleProgress(err));
			if (json) {
				out.println(Json.write(g -> {
					g.writeArrayFieldStart("features");
					for (PluginFeature f : features) {
						g.writeStartObject();
						Json.feature(g, f);
						g.writeEndObject();
					}
					g.writeEndArray();
				}));
				return 0;
			}
			if (features.isEmpty()) {
				out.println("The repository offers no features.");
			}
			for (PluginFeature f : features) {
				out.printf("%s  %s  %s%s%n", f.id(), f.version(), f.name(), f.provider().isEmpty() ? "" : "  (" + f.provider() + ")");
				if (!f.description().isEmpty()) {
					out.println("    " + f.description().replace("\n", "\n    "));
				}
			}
			return 0;
		}
	}

	@Command(name = "install", mixinStandardHelpOptions = true,
			description = "Install features from a p2 repository, with what they need from it. All or nothing; takes effect at the next start.")
	static final class Install extends Sub {

		@Parameters(index = "0", paramLabel = "REPOSITORY", description = "A p2 repository: its folder, or an http(s) or file URL.")
		String repository;

		@Parameters(index = "1..*", arity = "1..*", paramLabel = "FEATURE_ID",
				description = "Features to install, as \"excerpta plugins available\" lists them (\".feature.group\" may be added).")
		List<String> features;

		@Override
		int run(PluginInstaller installer, PrintWriter out, PrintWriter err) {
			PluginChange change = installer.install(RepositoryLocation.parse(repository), features, new ConsoleProgress(err));
			out.println(change.describe());
			return 0;
		}
	}

	@Command(name = "uninstall", mixinStandardHelpOptions = true,
			description = "Uninstall plugins, as \"excerpta plugins list\" names them. Takes effect at the next start.")
	static final class Uninstall extends Sub {

		@Parameters(arity = "1..*", paramLabel = "FEATURE_ID", description = "The plugins' feature ids.")
		List<String> features;

		@Override
		int run(PluginInstaller installer, PrintWriter out, PrintWriter err) {
			PluginChange change = installer.uninstall(features, new ConsoleProgress(err));
			out.println(change.describe());
			return 0;
		}
	}

	/** The JSON both listings print: one object, written with Jackson's streaming generator. */
	private static final class Json {

		interface Body {
			void write(JsonGenerator g) throws IOException;
		}

		static String write(Body body) {
			StringWriter w = new StringWriter();
			try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
				g.writeStartObject();
				body.write(g);
				g.writeEndObject();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return w.toString();
		}

		static void feature(JsonGenerator g, PluginFeature f) throws IOException {
			g.writeStringField("id", f.id());
			g.writeStringField("version", f.version());
			g.writeStringField("name", f.name());
			g.writeStringField("provider", f.provider());
			g.writeStringField("description", f.description());
		}
	}
}
