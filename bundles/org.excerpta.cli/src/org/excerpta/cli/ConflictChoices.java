package org.excerpta.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.excerpta.team.merge.MergeConflict;
import org.excerpta.team.merge.Resolution;

import picocli.CommandLine.Option;

/** The options by which a user settles merge conflicts on the command line: one by one, or all alike. */
final class ConflictChoices {

	@Option(names = "--take", paramLabel = "ID=ours|theirs", split = ",",
			description = "Settle one conflict (its ID is printed when the merge stops): keep ours, or take theirs.")
	Map<String, String> take = new LinkedHashMap<>();

	@Option(names = "--prefer", paramLabel = "ours|theirs",
			description = "Settle every conflict not given with --take the same way.")
	String prefer;

	@Option(names = "--all", description = "List every conflict (by default the first " + SHOWN + ", and how many more).")
	boolean all;

	/**
	 * How many conflicts a listing shows unless asked for all: a merge in which one coder had
	 * uncoded a code of a million-answer survey printed 9,269 conflict lines, which no one reads;
	 * such a merge is settled with --prefer, and --all lists them for a script or a closer look.
	 */
	static final int SHOWN = 25;

	/** The resolutions for these conflicts; unknown IDs and words are refused with a clear message. */
	Map<String, Resolution> resolve(List<MergeConflict> conflicts) {
		Map<String, Resolution> chosen = new LinkedHashMap<>();
		take.forEach((id, side) -> {
			if (conflicts.stream().noneMatch(c -> c.id().equals(id))) {
				throw new IllegalArgumentException("--take " + id + ": there is no conflict with that ID in this merge");
			}
			chosen.put(id, side(side, "--take " + id));
		});
		if (prefer != null) {
			Resolution all = side(prefer, "--prefer");
			conflicts.forEach(c -> chosen.putIfAbsent(c.id(), all));
		}
		return chosen;
	}

	private static Resolution side(String word, String where) {
		return switch (word.toLowerCase()) {
		case "ours", "here", "mine" -> Resolution.OURS;
		case "theirs", "there" -> Resolution.THEIRS;
		default -> throw new IllegalArgumentException(where + ": say ours or theirs, not \"" + word + "\"");
		};
	}

	/** Prints the conflicts so the user can settle them, and how. */
	void print(List<MergeConflict> conflicts, java.io.PrintWriter err, String rerun) {
		err.println(conflicts.size() + " conflict(s) need your decision; nothing was changed:");
		list(conflicts, err, "");
		err.println("Run again with --take ID=ours|theirs for each, or --prefer ours|theirs for all: " + rerun);
	}

	/** Lists the conflicts, one per line with its ID: all of them with --all, else the first {@value #SHOWN}. */
	void list(List<MergeConflict> conflicts, java.io.PrintWriter to, String label) {
		int shown = all ? conflicts.size() : Math.min(SHOWN, conflicts.size());
		for (MergeConflict c : conflicts.subList(0, shown)) {
			to.println("  " + label + c.id() + "  " + c.describe());
		}
		if (shown < conflicts.size()) {
			to.printf("  ... and %,d more (--all lists every one)%n", conflicts.size() - shown);
		}
	}
}
