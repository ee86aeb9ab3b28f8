package org.excerpta.cli;

import java.io.PrintWriter;

import org.excerpta.core.store.ProjectStoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code excerpta}: the command line over the same core as the workbench. Every command has
 * {@code --help}; errors go to standard error with a non-zero exit code (1: the project or a file
 * is the problem, 2: the command was mistyped).
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
		return cli.execute(args);
	}

	@Override
	public void run() {
		// "excerpta" alone: say what there is to do.
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
