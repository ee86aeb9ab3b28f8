package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.excerpta.bench.Bench;
import org.excerpta.bench.BenchOptions;
import org.excerpta.bench.BenchReport;
import org.excerpta.bench.BenchResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Measure Excerpta at scale against baselines doing the same work on the same data: generates N survey",
				"answers and M transcripts from a seed (words from the real texts in the shared data), then times survey and",
				"transcript import, opening the project, one durable coding, autocoding, retrieval, matrix and co-occurrence,",
				"beside raw Lucene indexing, raw Tika parsing and SQLite FTS5. Prints median [min-max] of the runs, p50/p99 of",
				"repeated actions, the ratios, and which of the targets in docs/performance.md are met. Exit code 0 when every",
				"check that Excerpta and the baselines did the same work agrees, 1 otherwise." })
final class BenchCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--answers", paramLabel = "N", defaultValue = "1000000", description = "Survey answers (default: ${DEFAULT-VALUE}).")
	int answers;

	@Option(names = "--transcripts", paramLabel = "M", defaultValue = "10",
			description = "Transcripts, alternately .docx and .pdf (default: ${DEFAULT-VALUE}).")
	int transcripts;

	@Option(names = "--transcript-words", paramLabel = "MIN-MAX", defaultValue = "5000-50000",
			description = "Words per transcript (default: ${DEFAULT-VALUE}).")
	String transcriptWords;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--runs", paramLabel = "R", defaultValue = "3",
			description = "Runs of each whole-project workload, for median, min and max (default: ${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--repetitions", paramLabel = "K", defaultValue = "200",
			description = "Repetitions of single actions (one coding, one retrieval, one search), for p50 and p99 (default: ${DEFAULT-VALUE}).")
	int repetitions;

	@Option(names = "--workloads", split = ",", paramLabel = "NAME",
			description = "Only these (default: all): survey, transcripts, open, retrieve, matrix, cooccurrence, export, search, coding, autocode.")
	List<String> workloads;

	@Option(names = "--work", paramLabel = "DIR",
			description = "Folder for the data, projects and baseline databases: new, empty or made by an earlier bench (default: a new temporary folder).")
	Path work;

	@Option(names = "--data", paramLabel = "DIR",
			description = "The shared data folder with the real texts (default: $EXCERPTA_SHARED_DATA or shared/data above the current folder).")
	Path data;

	@Option(names = "--keep", description = "Keep the work folder (projects, data, databases) afterwards.")
	boolean keep;

	@Override
	public Integer call() {
		String[] words = transcriptWords.split("-");
		if (words.length != 2 || !words[0].strip().matches("\\d+") || !words[1].strip().matches("\\d+")) {
			throw new IllegalArgumentException("--transcript-words takes MIN-MAX, e.g. 5000-50000, not \"" + transcriptWords + "\"");
		}
		Path folder = work != null ? work : temporaryFolder();
		BenchOptions options = new BenchOptions(answers, transcripts, Integer.parseInt(words[0].strip()),
				Integer.parseInt(words[1].strip()), seed, runs, repetitions, folder, data,
				workloads == null ? Set.of() : Set.copyOf(workloads));
		PrintWriter err = spec.commandLine().getErr();
		BenchResult result;
		try {
			result = Bench.run(options, line -> {
				err.println(line);
				err.flush();
			});
		} finally {
			if (!keep) {
				Bench.removeWork(folder.toAbsolutePath().normalize());
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(BenchReport.format(result));
		if (keep) {
			out.println("Work folder kept: " + folder.toAbsolutePath().normalize());
		}
		out.flush();
		return result.allChecksAgree() ? 0 : ExcerptaCli.EXIT_PROBLEM;
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("excerpta-bench");
		} catch (IOException e) {
			throw new UncheckedIOException("cannot make a temporary work folder: " + e.getMessage(), e);
		}
	}
}
