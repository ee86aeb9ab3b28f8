package org.excerpta.exchange.tests;

import java.util.Map;
import java.util.TreeMap;

/**
 * Texts made for tests around given passages: each passage at its position (in characters of
 * the text with LF line ends), word-like filler with line breaks between them.
 */
final class Passages {

	private static final String FILLER = " The kettle was slow again.\nToast, tea and a hurried word at the door.\n"
			+ "Nobody sat down for long that morning.\n";

	private final TreeMap<Integer, String> at = new TreeMap<>();

	static Passages text() {
		return new Passages();
	}

	Passages at(int position, String passage) {
		at.put(position, passage);
		return this;
	}

	/** The text, {@code length} characters long, with LF line ends. */
	String build(int length) {
		StringBuilder b = new StringBuilder();
		for (Map.Entry<Integer, String> e : at.entrySet()) {
			fill(b, e.getKey());
			b.append(e.getValue());
		}
		fill(b, length);
		return b.toString();
	}

	/** A passage of a given length that starts with {@code opening} and ends a sentence. */
	static String extend(String opening, int length) {
		StringBuilder b = new StringBuilder(opening);
		while (b.length() < length) {
			b.append(FILLER);
		}
		b.setLength(length - 1);
		return b.append('.').toString();
	}

	private static void fill(StringBuilder b, int upTo) {
		int gap = upTo - b.length();
		if (gap < 0) {
			throw new IllegalArgumentException("passages overlap at " + upTo);
		}
		if (gap == 0) {
			return;
		}
		StringBuilder f = new StringBuilder();
		while (f.length() < gap) {
			f.append(FILLER);
		}
		f.setLength(gap - 1);
		b.append(f).append('\n');
	}
}
