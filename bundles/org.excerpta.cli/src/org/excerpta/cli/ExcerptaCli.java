package org.excerpta.cli;

import java.io.PrintWriter;

import org.excerpta.core.JavaHeap;
import org.excerpta.core.store.ProjectStoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code excerpta}: the command line over the same core as the workbench. Every command has
 * {@code --help}; errors go to standard error with a non-zero exit code (1: the project or a file
 * is the problem, or the command failed, 2: the command was mistyped).
 */
@Command(name = "excerpta", mixinStandardHelpOptions = true, version = "Excerpta 0.1.0",
		description = "Qualitative coding workbench: the command line.",
		subcommands = { NewCommand.class, InfoCommand.class, ImportCommand.class, ImportSurveyCommand.class, ImportQdpxCommand.class, CodebookCommand.class, SearchCommand.class, CodeCommand.class, UncodeCommand.class, ExcerptsCommand.class, CountsCommand.class, AnalyzeCommand.class, MergeCommand.class, ShareCommand.class, AgreementCommand.class, ExportCommand.class, BenchCommand.class, SampleCommand.class, PluginsCommand.class, CommandLine.HelpCommand.class })
public final class ExcerptaCli implements Runnable {

	public static final int EXIT_PROBLEM = 1;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/** Runs one command line; returns the process exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new ExcerptaCli());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			if (e instanceof ProjectStoreException || e instanceof IllegalArgumentException
					|| e instanceof org.excerpta.importer.survey.SurveyImportException
					|| e instanceof org.excerpta.team.git.ShareException
					|| e instanceof org.excerpta.exchange.qdpx.QdpxImportException
					|| e instanceof org.excerpta.exchange.qdpx.QdpxExportException
					|| e instanceof org.excerpta.api.ImportProblem
					|| e instanceof java.io.IOException
					|| e instanceof java.io.UncheckedIOException) {
				commandLine.getErr().println("excerpta " + commandLine.getCommandName() + ": " + e.getMessage());
				return EXIT_PROBLEM;
			}
			throw e;
		});
		try {
			return cli.execute(args);
		} catch (OutOfMemoryError e) {
			// picocli hands on what is not an Exception, and the OSGi application container only logs
			// it, in the product's configuration folder: the command ended with exit code 0 and no
			// word (a three-way merge of a million-answer project, in Java's default quarter of the
			// machine's memory). The stack has unwound, so the project is closed and its lock released.
			err.println(outOfMemory(commandOf(args), Runtime.getRuntime().maxMemory()));
			return EXIT_PROBLEM;
		} catch (Error e) {
			err.println("excerpta " + commandOf(args) + ": failed with an internal error (" + e
					+ "). Every change saved before it stays saved. Please report it with the lines below.");
			e.printStackTrace(err);
			return EXIT_PROBLEM;
		}
	}

	/**
	 * What to tell a researcher whose command ran out of memory: how much Java had, and how to give
	 * it more (the launcher reads {@code JAVA_TOOL_OPTIONS}, and sizes its collector from it).
	 */
	static String outOfMemory(String command, long maxHeapBytes) {
		return String.format(java.util.Locale.ROOT,
				"excerpta %s: ran out of memory: Java had about %s to use (-Xmx; by default a quarter of the machine's), and what the"
						+ " command had saved before stays saved. Run it again with more, e.g. JAVA_TOOL_OPTIONS=%s excerpta %s ...",
				command, JavaHeap.size(maxHeapBytes), JavaHeap.doubledOption(maxHeapBytes), command);
	}

	/** The command's name in its arguments (the first that is not an option), for messages. */
	private static String commandOf(String[] args) {
		for (String a : args) {
			if (!a.startsWith("-")) {
				return a;
			}
		}
		return "";
	}

	@Override
	public void run() {
		// "excerpta" alone: say what there is to do.
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
