package org.excerpta.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for worksheets that Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \},
 * no apostrophe at either end, not "History" (Excel keeps that name for itself), and different,
 * ignoring case, from every name given before.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private final Set<String> taken = new HashSet<>();

	/** A unique, valid name as close to {@code wanted} as Excel allows. */
	String next(String wanted) {
		String base = clean(wanted);
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = cutAtWord(base, MAX_LENGTH - suffix.length()) + suffix;
		}
		return name;
	}

	static String clean(String wanted) {
		StringBuilder s = new StringBuilder();
		String in = wanted == null ? "" : wanted;
		for (int i = 0; i < in.length(); i++) {
			char c = in.charAt(i);
			s.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
		}
		String name = s.toString().replaceAll("\\s+", " ").strip();
		name = cutAtWord(name, MAX_LENGTH);
		// Apostrophes at the ends are how Excel quotes sheet names in formulas, so it refuses them there.
		name = name.replaceAll("^['\\s]+|['\\s]+$", "");
		if (name.isEmpty()) {
			return "Sheet";
		}
		if (name.equalsIgnoreCase("History")) {
			return "History (table)";
		}
		return name;
	}

	/** At most {@code max} UTF-16 units, at the end of a word when one ends in the second half. */
	static String cutAtWord(String s, int max) {
		if (s.length() <= max) {
			return s;
		}
		String cut = cut(s, max);
		int space = cut.lastIndexOf(' ');
		if (!Character.isWhitespace(s.charAt(cut.length())) && space >= max / 2) {
			cut = cut.substring(0, space);
		}
		return cut.strip();
	}

	/** At most {@code max} UTF-16 units, without splitting a character outside the basic plane. */
	static String cut(String s, int max) {
		if (s.length() <= max) {
			return s;
		}
		int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
		return s.substring(0, end);
	}
}
