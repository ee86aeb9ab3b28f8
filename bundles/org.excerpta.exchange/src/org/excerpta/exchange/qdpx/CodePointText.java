package org.excerpta.exchange.qdpx;

/**
 * A text addressed by Unicode code points (as REFI-QDA and the model count), with constant-time
 * conversion to Java's UTF-16 indices.
 */
final class CodePointText {

	private final String text;
	private final int length;
	/** UTF-16 index of each code point, or null when every character is one code point. */
	private final int[] charIndex;

	CodePointText(String text) {
		this.text = text;
		this.length = text.codePointCount(0, text.length());
		if (length == text.length()) {
			charIndex = null;
		} else {
			charIndex = new int[length + 1];
			int cp = 0;
			for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
				charIndex[cp++] = i;
			}
			charIndex[length] = text.length();
		}
	}

	String text() {
		return text;
	}

	int length() {
		return length;
	}

	int charIndex(int codePoint) {
		return charIndex == null ? codePoint : charIndex[codePoint];
	}

	/** The code point at a position. */
	int at(int codePoint) {
		return text.codePointAt(charIndex(codePoint));
	}

	String slice(int start, int end) {
		return text.substring(charIndex(start), charIndex(end));
	}
}
