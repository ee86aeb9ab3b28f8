package org.excerpta.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping for HTML and inline SVG, and the checks that keep project data out of markup and styles. */
final class Html {

	private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");
	static final String NO_COLOUR = "#9AA3AD";

	private Html() {
	}

	/**
	 * Text for element content and attribute values alike: the five characters with a meaning in
	 * markup are escaped, and control characters HTML does not allow become U+FFFD, so that
	 * whatever a source contains shows as text and never runs.
	 */
	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F ? '\uFFFD' : c);
			}
		}
		return out.toString();
	}

	/** A code's colour if it is a plain #RRGGBB (a colour from an imported file could be anything), else grey. */
	static String colour(String c) {
		return c != null && RGB.matcher(c.strip()).matches() ? c.strip().toUpperCase(Locale.ROOT) : NO_COLOUR;
	}

	/** Whether dark text reads better than white on this colour (WCAG relative luminance). */
	static boolean isLight(String rgb) {
		String c = colour(rgb);
		double[] ch = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Integer.parseInt(c.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			ch[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2] > 0.179;
	}

	/** At most {@code max} characters, with an ellipsis when cut. */
	static String shorten(String s, int max) {
		if (s.codePointCount(0, s.length()) <= max) {
			return s;
		}
		return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
	}

	/** A number for SVG coordinates: one decimal, always with a dot. */
	static String num(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}
}
