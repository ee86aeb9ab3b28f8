package org.excerpta.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to run.
 *
 * @param answers      survey answers to generate (N)
 * @param transcripts  transcripts to generate (M), alternately .docx and .pdf
 * @param minWords     fewest words in a transcript
 * @param maxWords     most words in a transcript
 * @param seed         the seed of all generated data
 * @param runs         runs of each whole-project workload (imports, open, matrix...), for median, min and max
 * @param repetitions  repetitions of each single action (one coding, one retrieval, one search), for p50 and p99
 * @param work         the folder for data, projects and baseline databases (emptied first)
 * @param data         the shared data folder with the real text; {@code null}: found as the tests find it
 * @param workloads    the workloads to run (see {@link #ALL}); the survey import always runs, the others need its project
 */
public record BenchOptions(int answers, int transcripts, int minWords, int maxWords, long seed, int runs, int repetitions,
		Path work, Path data, Set<String> workloads) {

	public static final List<String> ALL = List.of("survey", "transcripts", "open", "retrieve", "matrix", "cooccurrence",
			"export", "search", "coding", "autocode");

	public BenchOptions {
		if (answers < 20) {
			throw new IllegalArgumentException("--answers must be at least 20, not " + answers);
		}
		if (transcripts < 0 || runs < 1 || repetitions < 1) {
			throw new IllegalArgumentException("--transcripts must be 0 or more, --runs and --repetitions 1 or more");
		}
		if (minWords < 10 || maxWords < minWords) {
			throw new IllegalArgumentException("transcript words: need 10 <= min <= max, not " + minWords + "-" + maxWords);
		}
		workloads = workloads == null || workloads.isEmpty() ? Set.copyOf(ALL) : Set.copyOf(workloads);
		for (String w : workloads) {
			if (!ALL.contains(w)) {
				throw new IllegalArgumentException("unknown workload \"" + w + "\" (" + String.join(", ", ALL) + ")");
			}
		}
	}

	/** The sizes: 1,000,000 answers, 10 transcripts of 5,000-50,000 words, 3 runs, 200 repetitions. */
	public static BenchOptions defaults(Path work) {
		return new BenchOptions(1_000_000, 10, 5_000, 50_000, 42, 3, 200, work, null, Set.copyOf(ALL));
	}

	public boolean runs(String workload) {
		return workloads.contains(workload);
	}
}
