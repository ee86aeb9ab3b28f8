package org.excerpta.importer.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the timestamps transcription services write: 1:02, 01:02:03, 00:01:02.500, 00:01:02,500. */
final class Timestamps {

	static final String PATTERN = "(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";
	private static final Pattern PARTS = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

	private Timestamps() {
	}

	/** Milliseconds, or null when the text is not a timestamp. */
	static Long millis(String s) {
		Matcher m = PARTS.matcher(s.trim());
		if (!m.matches()) {
			return null;
		}
		long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
		long min = Long.parseLong(m.group(2));
		long sec = Long.parseLong(m.group(3));
		long ms = 0;
		if (m.group(4) != null) {
			String f = (m.group(4) + "00").substring(0, 3);
			ms = Long.parseLong(f);
		}
		return ((h * 60 + min) * 60 + sec) * 1000 + ms;
	}
}
