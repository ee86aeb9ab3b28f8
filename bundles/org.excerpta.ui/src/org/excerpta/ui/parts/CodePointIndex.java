package org.excerpta.ui.parts;

import java.util.Arrays;

/**
 * Turns the model's offsets (Unicode code points) into the text widget's (UTF-16 chars) in
 * logarithmic time. {@code String.offsetByCodePoints} walks from the start on every call, which
 * made a 300,000-character transcript with 3,000 codings take seconds to open.
 */
final class CodePointIndex {

	/** The code point positions of the characters outside the Basic Multilingual Plane (two chars each), ascending. */
	private final int[] supplementary;
	private final int codePoints;

	CodePointIndex(String text) {
		int[] found = new int[8];
		int n = 0;
		int cp = 0;
		for (int i = 0; i < text.length(); cp++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (n == found.length) {
					found = Arrays.copyOf(found, n * 2);
				}
				found[n++] = cp;
				i += 2;
			} else {
				i++;
			}
		}
		supplementary = Arrays.copyOf(found, n);
		codePoints = cp;
	}

	/** The text's length in code points. */
	int length() {
		return codePoints;
	}

	/** The char offset of a code point offset (0 to {@link #length()}). */
	int charOffset(int codePoint) {
		if (supplementary.length == 0) {
			return codePoint;
		}
		int i = Arrays.binarySearch(supplementary, codePoint);
		int before = i >= 0 ? i : -i - 1; // supplementary characters before this code point
		return codePoint + before;
	}
}
