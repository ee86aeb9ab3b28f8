package org.excerpta.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's matches into keyword-in-context lines: 40 characters either side of each match. */
final class KwicFormatter extends PassageFormatter {

	private static final int CONTEXT = 40;

	/** A line, with the match's char offsets in the highlighted field. */
	record Line(String left, String match, String right, int from, int to) {
	}

	@Override
	public Object format(Passage[] passages, String content) {
		List<Line> lines = new ArrayList<>();
		for (Passage p : passages) {
			for (int i = 0; i < p.getNumMatches(); i++) {
				int from = p.getMatchStarts()[i];
				int to = p.getMatchEnds()[i];
				String left = content.substring(Math.max(0, from - CONTEXT), from);
				String right = content.substring(to, Math.min(content.length(), to + CONTEXT));
				lines.add(new Line(squash(left), content.substring(from, to), squash(right), from, to));
			}
		}
		lines.sort((a, b) -> Integer.compare(a.from(), b.from()));
		return lines;
	}

	private static String squash(String s) {
		return s.replaceAll("\\s+", " ");
	}
}
