package org.excerpta.team.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What merging the other copy into this one would do, worked out before anything changes: the
 * elements to add, the features to take from the other copy, the deletions to carry over, and the
 * conflicts the user has to settle. {@link ProjectMerge#apply} carries it out as one undoable step.
 */
public final class MergePlan {

	/** One feature of one element to take from the other copy. */
	record Update(String key, String feature, Object value) {
	}

	final ProjectState ours;
	final ProjectState theirs;
	final boolean threeWay;
	/** Keys of elements new in the other copy, containers before their contents. */
	final Set<String> additions = new LinkedHashSet<>();
	final List<Update> updates = new ArrayList<>();
	/** Roots of subtrees the other copy deleted and this copy left alone. */
	final List<String> deletions = new ArrayList<>();
	final Map<String, MergeConflict> conflicts = new LinkedHashMap<>();
	/** What taking the other side of a conflict means, by conflict id. */
	final Map<String, Update> conflictUpdates = new LinkedHashMap<>();
	/** The deletions that taking the other side of a deletion conflict carries out, by conflict id. */
	final Map<String, List<String>> conflictDeletions = new LinkedHashMap<>();

	MergePlan(ProjectState ours, ProjectState theirs, boolean threeWay) {
		this.ours = ours;
		this.theirs = theirs;
		this.threeWay = threeWay;
	}

	public List<MergeConflict> conflicts() {
		return List.copyOf(conflicts.values());
	}

	public boolean hasConflicts() {
		return !conflicts.isEmpty();
	}

	/** Whether a common ancestor was known; without one, deletions cannot be told from additions and none are made. */
	public boolean isThreeWay() {
		return threeWay;
	}

	public int additionCount() {
		return additions.size();
	}

	public int updateCount() {
		return updates.size();
	}

	public int deletionCount() {
		return deletions.size();
	}

	/** How many elements of each kind the other copy adds, for a summary ("Coding" → 120). */
	public Map<String, Integer> additionsByKind() {
		Map<String, Integer> byKind = new LinkedHashMap<>();
		for (String key : additions) {
			byKind.merge(theirs.element(key).eClass().getName(), 1, Integer::sum);
		}
		return byKind;
	}

	public boolean isEmpty() {
		return additions.isEmpty() && updates.isEmpty() && deletions.isEmpty() && conflicts.isEmpty();
	}

	/** A few lines for a terminal or a dialog. */
	public String summary() {
		StringBuilder sb = new StringBuilder();
		sb.append(additions.size()).append(" new element(s)");
		Map<String, Integer> byKind = additionsByKind();
		if (!byKind.isEmpty()) {
			sb.append(' ').append(byKind);
		}
		sb.append(", ").append(updates.size()).append(" change(s), ").append(deletions.size()).append(" deletion(s), ")
				.append(conflicts.size()).append(" conflict(s)");
		if (!threeWay) {
			sb.append(" (no common ancestor: nothing is deleted, every difference is a conflict)");
		}
		return sb.toString();
	}
}
