package org.excerpta.exchange.qdpx;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts with CRLF line ends and the positions that point into them. Excerpta keeps texts with LF
 * line ends, so a CRLF becomes one character. The standard counts code points of the file, where
 * CRLF is two; ATLAS.ti counts CRLF as one. Which way a file counted is decided per source, from
 * the evidence of its selections: whether they fit in the text, start and end at word boundaries,
 * and match their names (ATLAS.ti names a quotation after its opening words). With no evidence
 * either way, ATLAS.ti files are read as counting one and all others as the standard says.
 */
final class LineEnds {

	/** How the file counted a CRLF. */
	enum Counting {
		ONE, TWO
	}

	/** Selections weighed when deciding; more add little evidence and cost time. */
	private static final int SAMPLE = 500;

	private final CodePointText normalised;
	/** Code point positions, in the raw text, of each CR that starts a CRLF. */
	private final int[] crlf;
	private final int rawLength;

	private LineEnds(String normalised, int[] crlf, int rawLength) {
		this.normalised = new CodePointText(normalised);
		this.crlf = crlf;
		this.rawLength = rawLength;
	}

	/** Reads a text as it came: CRLF and lone CR both become LF. */
	static LineEnds of(String raw) {
		if (raw.indexOf('\r') < 0) {
			return new LineEnds(raw, new int[0], raw.codePointCount(0, raw.length()));
		}
		List<Integer> positions = new ArrayList<>();
		StringBuilder b = new StringBuilder(raw.length());
		int cp = 0;
		for (int i = 0; i < raw.length(); cp++) {
			int c = raw.codePointAt(i);
			int next = i + Character.charCount(c);
			if (c == '\r') {
				if (next < raw.length() && raw.charAt(next) == '\n') {
					positions.add(cp);
				} else {
					b.append('\n');
				}
			} else {
				b.appendCodePoint(c);
			}
			i = next;
		}
		return new LineEnds(b.toString(), positions.stream().mapToInt(Integer::intValue).toArray(), cp);
	}

	CodePointText text() {
		return normalised;
	}

	boolean hadCrlf() {
		return crlf.length > 0;
	}

	/** A position of the file, as counted one way, in the LF text; -1 when it lies outside the text. */
	long map(long position, Counting counting) {
		if (position < 0) {
			return -1;
		}
		if (counting == Counting.ONE || crlf.length == 0) {
			return position <= normalised.length() ? position : -1;
		}
		if (position > rawLength) {
			return -1;
		}
		int before = countBefore((int) position);
		return position - before;
	}

	private int countBefore(int position) {
		int lo = 0;
		int hi = crlf.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (crlf[mid] < position) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** A selection to weigh: positions as in the file, and its name. */
	record Evidence(long start, long end, String name) {
	}

	Counting decide(List<Evidence> selections, boolean atlasTi) {
		if (crlf.length == 0) {
			return Counting.TWO; // the same either way
		}
		int one = 0;
		int two = 0;
		for (Evidence e : selections.subList(0, Math.min(SAMPLE, selections.size()))) {
			one += score(e, Counting.ONE);
			two += score(e, Counting.TWO);
		}
		if (one != two) {
			return one > two ? Counting.ONE : Counting.TWO;
		}
		return atlasTi ? Counting.ONE : Counting.TWO;
	}

	private int score(Evidence e, Counting counting) {
		long start = map(e.start(), counting);
		long end = map(e.end(), counting);
		if (start < 0 || end < 0 || start >= end) {
			return -4;
		}
		int s = (int) start;
		int t = (int) end;
		int score = 0;
		if (s == 0 || !isWordChar(normalised.at(s - 1)) || !isWordChar(normalised.at(s))) {
			score++;
		}
		if (t == normalised.length() || !isWordChar(normalised.at(t)) || !isWordChar(normalised.at(t - 1))) {
			score++;
		}
		String name = e.name() == null ? "" : collapse(e.name().replace("\u2026", ""));
		if (name.length() >= 8 && collapse(normalised.slice(s, t)).startsWith(name)) {
			score += 4;
		}
		return score;
	}

	private static boolean isWordChar(int c) {
		return Character.isLetterOrDigit(c);
	}

	private static String collapse(String s) {
		return s.replaceAll("\\s+", " ").strip();
	}
}
