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
 */
public record PullResult(Outcome outcome, List<MergeConflict> conflicts, MergeResult merge) {

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

	public String describe() {
		return switch (outcome) {
		case UP_TO_DATE -> "already up to date";
		case FAST_FORWARD -> "took the remote's changes (fast-forward)";
		case MERGED -> "merged the remote's changes: " + merge.summary();
		case CONFLICTS -> conflicts.size() + " conflict(s) to settle; nothing was changed";
		};
	}
}
