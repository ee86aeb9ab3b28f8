package org.excerpta.team.merge;

import java.util.List;
import java.util.Map;

/**
 * What a merge did.
 *
 * @param added     elements added from the other copy, by kind
 * @param updated   features taken from the other copy
 * @param deleted   elements removed because the other copy deleted them (with their contents)
 * @param notMerged elements of the other copy that could not be added, each with the reason (only
 *                  ever because the user kept a deletion that they depend on)
 */
public record MergeResult(Map<String, Integer> added, int updated, int deleted, List<String> notMerged) {

	public int addedTotal() {
		return added.values().stream().mapToInt(Integer::intValue).sum();
	}

	public String summary() {
		return "added " + addedTotal() + (added.isEmpty() ? "" : " " + added) + ", changed " + updated + ", deleted " + deleted
				+ (notMerged.isEmpty() ? "" : ", not merged " + notMerged.size());
	}
}
