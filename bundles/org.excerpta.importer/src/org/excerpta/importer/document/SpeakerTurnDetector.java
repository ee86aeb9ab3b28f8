package org.excerpta.importer.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns in a transcript's plain text, in the shapes transcription services and
 * researchers write:
 * <ul>
 * <li>{@code Name: text}, {@code NAME: text}, {@code Interviewer:}/{@code Participant:}, {@code Q:}/{@code A:}</li>
 * <li>{@code [Name] text}</li>
 * <li>any of these after a timestamp ({@code [00:03:12]}, {@code (00:03)}, {@code 00:03:12}) or a turn number ({@code 12.})</li>
 * <li>Otter-style headers: a line {@code Speaker 1  00:03} (name, spaces, timestamp) followed by the words spoken</li>
 * </ul>
 * A label counts as a speaker only if it opens at least two turns (or the user named it), so that
 * "Note: ..." in an ordinary document is not mistaken for a speaker. The text is not changed.
 */
public final class SpeakerTurnDetector {

	private static final String NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N} .'_-]{0,38}?";
	private static final Pattern PREFIX = Pattern.compile(
			"^(?:(?:\\[(" + Timestamps.PATTERN + ")\\]|\\((" + Timestamps.PATTERN + ")\\)|(" + Timestamps.PATTERN + "))[ \\t]+|\\d{1,4}[.)][ \\t]+)?");
	private static final Pattern COLON_TURN = Pattern.compile("(" + NAME + ")[ \\t]*:[ \\t]+\\S");
	private static final Pattern BRACKET_TURN = Pattern.compile("\\[(" + NAME + ")\\][ \\t]+\\S");
	private static final Pattern OTTER_HEADER = Pattern.compile("^(" + NAME + ")(?:[ \\t]{2,}|\\t)(" + Timestamps.PATTERN + ")[ \\t]*$");
	private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\s*\\d{1,5}\\s*");
	/** Words that open ordinary prose lines and are never speakers. */
	private static final Set<String> NOT_SPEAKERS = Set.of("note", "notes", "example", "e.g", "i.e", "http", "https",
			"see", "source", "date", "time", "subject", "re", "tel", "email", "title", "nb", "ps");

	private final Set<String> onlySpeakers;
	private final Map<String, String> renames;

	/** Detects any speakers. */
	public SpeakerTurnDetector() {
		this(Set.of(), Map.of());
	}

	/**
	 * @param onlySpeakers when not empty, only these labels are speakers (the user's confirmation)
	 * @param renames labels to replace (for example {@code Dan -> Interviewer})
	 */
	public SpeakerTurnDetector(Set<String> onlySpeakers, Map<String, String> renames) {
		this.onlySpeakers = onlySpeakers;
		this.renames = renames;
	}

	private record Candidate(int line, String speaker, Long timestamp, Shape shape) {
	}

	/** How a turn is written; a label seen once is a speaker only if it is written like the confirmed ones. */
	private record Shape(String kind, boolean timestamped) {
	}

	public Transcript detect(String text) {
		String[] lines = text.split("\n", -1);
		List<Candidate> candidates = new ArrayList<>();
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < lines.length; i++) {
			Candidate c = candidate(i, lines[i]);
			if (c != null) {
				candidates.add(c);
				counts.merge(c.speaker(), 1, Integer::sum);
			}
		}
		// Labels that open two turns or more are speakers; they set the shape turns have in this text.
		Set<Shape> shapes = new java.util.HashSet<>();
		for (Candidate c : candidates) {
			if (counts.get(c.speaker()) >= 2) {
				shapes.add(c.shape());
			}
		}
		List<Candidate> accepted = new ArrayList<>();
		for (Candidate c : candidates) {
			boolean speaker = onlySpeakers.isEmpty()
					? counts.get(c.speaker()) >= 2 || shapes.contains(c.shape())
					: onlySpeakers.contains(c.speaker());
			if (speaker) {
				accepted.add(c);
			}
		}
		return new Transcript(text, turns(lines, accepted));
	}

	private Candidate candidate(int line, String raw) {
		String s = raw.strip();
		// Cheap tests before each pattern, necessary for it to match: most lines of a transcript are
		// prose, and running the three patterns on every line was 30% of the importer's own time.
		boolean endsWithDigit = !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1)); // a timestamp's last character
		Matcher otter = endsWithDigit ? OTTER_HEADER.matcher(s) : null;
		if (otter != null && otter.matches() && plausible(otter.group(1))) {
			return new Candidate(line, otter.group(1).strip(), Timestamps.millis(otter.group(2)), new Shape("header", true));
		}
		Matcher prefix = PREFIX.matcher(s);
		prefix.lookingAt();
		String ts = prefix.group(1) != null ? prefix.group(1) : prefix.group(2) != null ? prefix.group(2) : prefix.group(3);
		String rest = s.substring(prefix.end());
		for (Pattern p : new Pattern[] { COLON_TURN, BRACKET_TURN }) {
			if (p == COLON_TURN ? rest.indexOf(':') < 0 : !rest.startsWith("[")) {
				continue;
			}
			Matcher m = p.matcher(rest);
			if (m.lookingAt() && plausible(m.group(1))) {
				return new Candidate(line, m.group(1).strip(), ts == null ? null : Timestamps.millis(ts),
						new Shape(p == COLON_TURN ? "colon" : "bracket", ts != null));
			}
		}
		return null;
	}

	private boolean plausible(String label) {
		String l = label.strip();
		if (!onlySpeakers.isEmpty()) {
			return onlySpeakers.contains(l);
		}
		if (l.isEmpty() || NOT_SPEAKERS.contains(l.toLowerCase())) {
			return false;
		}
		// A speaker label is short: at most four words.
		return l.split("\\s+").length <= 4;
	}

	/** Each accepted turn runs from its line to the line before the next turn (trailing blank lines excluded). */
	private List<Transcript.Turn> turns(String[] lines, List<Candidate> accepted) {
		int[] lineStart = new int[lines.length + 1];
		int cp = 0;
		for (int i = 0; i < lines.length; i++) {
			lineStart[i] = cp;
			cp += lines[i].codePointCount(0, lines[i].length()) + 1;
		}
		lineStart[lines.length] = cp - 1;
		List<Transcript.Turn> turns = new ArrayList<>();
		for (int k = 0; k < accepted.size(); k++) {
			Candidate c = accepted.get(k);
			int last = (k + 1 < accepted.size() ? accepted.get(k + 1).line() : lines.length) - 1;
			// Blank lines and bare paragraph numbers (as MAXQDA exports write between turns) end no turn.
			while (last > c.line() && (lines[last].isBlank() || PARAGRAPH_NUMBER.matcher(lines[last]).matches())) {
				last--;
			}
			int end = lineStart[last] + lines[last].codePointCount(0, lines[last].length());
			turns.add(new Transcript.Turn(renames.getOrDefault(c.speaker(), c.speaker()), lineStart[c.line()], end,
					c.timestamp()));
		}
		return turns;
	}

	/** The labels found and how many turns each opens, before any confirmation: for the user to confirm. */
	public Map<String, Integer> proposeSpeakers(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Transcript.Turn t : new SpeakerTurnDetector().detect(text).turns()) {
			counts.merge(t.speaker(), 1, Integer::sum);
		}
		return counts;
	}
}
