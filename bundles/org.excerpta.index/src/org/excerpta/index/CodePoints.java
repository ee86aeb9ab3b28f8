package org.excerpta.index;

/**
 * Where each code point of a text begins, in chars: selections count code points (as REFI-QDA
 * does), Java strings count chars. Most texts have no character outside the Basic Multilingual
 * Plane, and then the two are the same and no table is made: a table per survey answer was a
 * kilobyte of garbage for each of a million answers during an import.
 */
final class CodePoints {

	private final int length;
	/** Char offset of each code point, one entry past the end; null when every code point is one char. */
	private final int[] chars;

	private CodePoints(int length, int[] chars) {
		this.length = length;
		this.chars = chars;
	}

	static CodePoints of(String text) {
		int n = text.codePointCount(0, text.length());
		if (n == text.length()) {
			return new CodePoints(n, null);
		}
		int[] out = new int[n + 1];
		int ch = 0;
		for (int i = 0; i < n; i++) {
			out[i] = ch;
			ch += Character.charCount(text.codePointAt(ch));
		}
		out[n] = text.length();
		return new CodePoints(n, out);
	}

	/** The number of code points. */
	int length() {
		return length;
	}

	/** The char offset where code point {@code cp} begins ({@code cp} from 0 to {@link #length()}). */
	int charAt(int cp) {
		return chars == null ? cp : chars[cp];
	}
}
