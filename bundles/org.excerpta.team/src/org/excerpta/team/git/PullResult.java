package org.excerpta.team.git;

import java.util.List;

import org.excerpta.team.merge.MergeConflict;
import org.excerpta.team.merge.MergeResult;

/**
 * What a pull did.
 *
 * @param outcome   what happened
 * @param conflicts the conflicts to settle when the outcome is {@link Outcome#CONFLICTS} (nothing was changed then)
 * @param merge     what the model merge did when the outcome is {@link Outcome#MERGED}
 * @param index     what became of the project's search index
 */
public record PullResult(Outcome outcome, List<MergeConflict> conflicts, MergeResult merge, SearchIndex index) {

	/** What a pull did to the project's search index, which is derived from its files and never shared. */
	public enum SearchIndex {
		/** Nothing changed the files it reflects (or there was none). */
		KEPT,
		/** It took in the coding the pull brought, and is current. */
		FOLLOWED,
		/** It no longer reflects the project (it was deleted, or is stale) and is rebuilt with the model when the project next opens: the pull brought more than coding. */
		DROPPED
	}

	/** A pull that left the project's files, and so its index, as they were. */
	PullResult(Outcome outcome, List<MergeConflict> conflicts, MergeResult merge) {
		this(outcome, conflicts, merge, SearchIndex.KEPT);
	}

	public enum Outcome {
		/** The remote had nothing new. */
		UP_TO_DATE,
		/** Only the remote had changed: the project now is the remote's. */
		FAST_FORWARD,
		/** Both had changed: the remote's work was merged into this copy, element by element. */
		MERGED,
		/** Both had changed and some changes clash: nothing was changed; settle them and pull again. */
		CONFLICTS
	}

	/** What a researcher should know of the search index after this pull, or null when nothing. */
	public String indexNote() {
		return switch (index) {
		case FOLLOWED -> "The search index took in the pulled coding, codes, memos and documents and is current.";
		case DROPPED -> "The search index will be rebuilt when the project next opens: the pull brought more than coding, codes and memos.";
		case KEPT -> null;
		};
	}

	public String describe() {
		return switch (outcome) {
		case UP_TO_DATE -> "already up to date";
		case FAST_FORWARD -> "took the remote's changes (fast-forward)";
		case MERGED -> "merged the remote's changes: " + merge.summary();
		case CONFLICTS -> conflicts.size() + " conflict(s) to settle; nothing was changed";
		};
	}
}
