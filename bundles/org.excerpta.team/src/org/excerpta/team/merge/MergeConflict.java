package org.excerpta.team.merge;

/**
 * A difference between the two copies that a merge must not decide by itself: the same element
 * changed differently on both sides, or deleted on one side and changed or used on the other.
 *
 * @param id          stable within one merge plan ("guid" or "guid:feature"), for resolutions given on a command line
 * @param kind        what kind of clash it is
 * @param element     the element concerned, as a researcher would recognise it
 * @param feature     the feature that differs, or null for a deletion clash
 * @param ours        this copy's value or state, in words
 * @param theirs      the other copy's value or state, in words
 */
public record MergeConflict(String id, Kind kind, String element, String feature, String ours, String theirs) {

	public enum Kind {
		/** Both copies changed the same feature to different values (for instance renamed a code differently). */
		CHANGED_BOTH,
		/** The other copy deleted what this copy changed or started to use (for instance coded with). */
		DELETED_THERE_CHANGED_HERE,
		/** This copy deleted what the other copy changed or started to use. */
		DELETED_HERE_CHANGED_THERE
	}

	/** One line for a terminal or a dialog. */
	public String describe() {
		return switch (kind) {
		case CHANGED_BOTH -> element + ": " + feature + " is \"" + ours + "\" here and \"" + theirs + "\" there";
		case DELETED_THERE_CHANGED_HERE -> element + ": deleted there, but here " + ours;
		case DELETED_HERE_CHANGED_THERE -> element + ": deleted here, but there " + theirs;
		};
	}
}
