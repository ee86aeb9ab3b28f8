package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;

/**
 * Cuts a source into units: spans [start, end) in code points, sorted by start, none empty.
 * Texts are LF-normalised by the importers, so a line ends at '\n'.
 */
final class Units {

	private Units() {
	}

	/** The speaker turns, cut to the text's length; empty when the source has none. */
	static List<int[]> turns(TextSource source, int length) {
		List<int[]> out = new ArrayList<>();
		for (SpeakerTurn t : source.getTurns()) {
			int start = Math.max(0, t.getStart());
			int end = Math.min(length, t.getEnd());
			if (start < end) {
				out.add(new int[] { start, end });
			}
		}
		out.sort(Comparator.<int[]>comparingInt(u -> u[0]).thenComparingInt(u -> u[1]));
		return out;
	}

	/** Maximal runs of non-blank lines, from the start of the first to the end of the last (no line feed). */
	static List<int[]> paragraphs(String text) {
		List<int[]> out = new ArrayList<>();
		int start = -1;
		int lastEnd = 0;
		for (int[] line : allLines(text)) {
			boolean blank = line[2] == 1;
			if (blank) {
				if (start >= 0) {
					out.add(new int[] { start, lastEnd });
					start = -1;
				}
			} else {
				if (start < 0) {
					start = line[0];
				}
				lastEnd = line[1];
			}
		}
		if (start >= 0) {
			out.add(new int[] { start, lastEnd });
		}
		return out;
	}

	/** Every line that is not blank, without its line feed. */
	static List<int[]> lines(String text) {
		List<int[]> out = new ArrayList<>();
		for (int[] line : allLines(text)) {
			if (line[2] == 0) {
				out.add(new int[] { line[0], line[1] });
			}
		}
		return out;
	}

	/** Whether the text has more than one non-blank line. */
	static boolean hasSeveralLines(String text) {
		return lines(text).size() > 1;
	}

	/** Every line as {start, end, blank ? 1 : 0}, in code points. */
	private static List<int[]> allLines(String text) {
		List<int[]> out = new ArrayList<>();
		int cp = 0;
		int from = 0;
		while (from <= text.length()) {
			int nl = text.indexOf('\n', from);
			int to = nl < 0 ? text.length() : nl;
			String line = text.substring(from, to);
			int length = line.codePointCount(0, line.length());
			out.add(new int[] { cp, cp + length, line.isBlank() ? 1 : 0 });
			cp += length + 1;
			if (nl < 0) {
				break;
			}
			from = nl + 1;
		}
		return out;
	}
}
