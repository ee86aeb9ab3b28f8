package org.excerpta.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns written one per paragraph as {@code Name: text}, optionally preceded by a
 * {@code [hh:mm:ss]} timestamp, as in the sample transcripts. Offsets are Unicode code points.
 * (The importer of the next release recognises many more transcript shapes.)
 */
public final class SpeakerTurnDetector {

	/** One detected turn: the speaker, [start, end) in code points, and the timestamp if any. */
	public record Turn(String speaker, int start, int end, Long timestampMillis) {
	}

	private static final Pattern TURN = Pattern.compile(
			"^(?:\\[(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\]\\s*)?([\\p{L}][\\p{L}\\p{N} .'-]{0,40}?):\\s", Pattern.MULTILINE);

	public List<Turn> detect(String text) {
		List<Turn> turns = new ArrayList<>();
		Matcher m = TURN.matcher(text);
		while (m.find()) {
			int lineEnd = text.indexOf('\n', m.start());
			int end = lineEnd < 0 ? text.length() : lineEnd;
			Long ts = null;
			if (m.group(1) != null) {
				long a = Long.parseLong(m.group(1));
				long b = Long.parseLong(m.group(2));
				ts = m.group(3) == null ? (a * 60 + b) * 1000 : ((a * 60 + b) * 60 + Long.parseLong(m.group(3))) * 1000;
			}
			turns.add(new Turn(m.group(4).trim(), text.codePointCount(0, m.start()), text.codePointCount(0, end), ts));
		}
		return turns;
	}
}
