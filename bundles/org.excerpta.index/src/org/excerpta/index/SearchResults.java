package org.excerpta.index;

import java.util.List;

/** What a search found: how many passages in all, and the first ones with keyword-in-context lines. */
public record SearchResults(long total, List<Hit> hits) {

	/** A passage (or coded excerpt) that matches, with where it is in its source (code points). */
	public record Hit(String sourceGuid, String sourceName, int start, int end, String speaker, List<Kwic> lines) {
	}

	/**
	 * One keyword-in-context line: the words before, the match, the words after, and where the
	 * match is in the source (code points), to open it there.
	 */
	public record Kwic(String left, String match, String right, int start, int end) {
		@Override
		public String toString() {
			return left + "[" + match + "]" + right;
		}
	}
}
