package org.excerpta.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns WebVTT and SubRip subtitles (as Zoom, Teams and Otter export them) into a readable
 * transcript: one paragraph per speaker turn, {@code [hh:mm:ss] Speaker: words}, with the turn's
 * cue start as its timestamp. Consecutive cues of the same speaker make one turn. Speakers come
 * from VTT voice tags ({@code <v Name>}) or a {@code Name:} prefix in the cue text.
 */
public final class SubtitleTranscript {

	private static final Pattern TIMING = Pattern.compile("^\\s*(" + Timestamps.PATTERN + ")\\s*-->\\s*(" + Timestamps.PATTERN + ").*$");
	private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ >]*)?\\s+([^>]+)>");
	private static final Pattern TAG = Pattern.compile("<[^>]*>");
	private static final Pattern NAME_PREFIX = Pattern.compile("^-?\\s*([\\p{L}][\\p{L}\\p{N} .'_-]{0,38}?):\\s+(.*)$", Pattern.DOTALL);

	private record Cue(long startMillis, String speaker, String words) {
	}

	/** Reads subtitles; throws {@link IllegalArgumentException} when the file holds no cue at all. */
	public Transcript read(String subtitles) {
		List<Cue> cues = cues(subtitles.replace("\r\n", "\n").replace('\r', '\n'));
		if (cues.isEmpty()) {
			throw new IllegalArgumentException("no subtitle cue (a line like 00:00:01.000 --> 00:00:04.000) was found");
		}
		StringBuilder text = new StringBuilder();
		List<Transcript.Turn> turns = new ArrayList<>();
		int cp = 0;
		int i = 0;
		while (i < cues.size()) {
			Cue first = cues.get(i);
			StringBuilder words = new StringBuilder(first.words());
			int j = i + 1;
			while (j < cues.size() && first.speaker() != null && first.speaker().equals(cues.get(j).speaker())) {
				words.append(' ').append(cues.get(j).words());
				j++;
			}
			if (text.length() > 0) {
				text.append("\n\n");
				cp += 2;
			}
			String paragraph = "[" + format(first.startMillis()) + "] "
					+ (first.speaker() == null ? "" : first.speaker() + ": ") + words;
			int length = paragraph.codePointCount(0, paragraph.length());
			if (first.speaker() != null) {
				turns.add(new Transcript.Turn(first.speaker(), cp, cp + length, first.startMillis()));
			}
			text.append(paragraph);
			cp += length;
			i = j;
		}
		return new Transcript(text.append('\n').toString(), turns);
	}

	private static List<Cue> cues(String s) {
		List<Cue> cues = new ArrayList<>();
		String[] lines = s.split("\n");
		for (int i = 0; i < lines.length; i++) {
			Matcher timing = TIMING.matcher(lines[i]);
			if (!timing.matches()) {
				continue;
			}
			StringBuilder raw = new StringBuilder();
			int j = i + 1;
			while (j < lines.length && !lines[j].isBlank()) {
				if (raw.length() > 0) {
					raw.append(' ');
				}
				raw.append(lines[j].strip());
				j++;
			}
			String speaker = null;
			String words = raw.toString();
			Matcher voice = VOICE.matcher(words);
			if (voice.find()) {
				speaker = voice.group(1).strip();
			}
			words = TAG.matcher(words).replaceAll("").strip();
			if (speaker == null) {
				Matcher prefix = NAME_PREFIX.matcher(words);
				if (prefix.matches()) {
					speaker = prefix.group(1).strip();
					words = prefix.group(2).strip();
				}
			}
			if (!words.isEmpty()) {
				cues.add(new Cue(Timestamps.millis(timing.group(1)), speaker, words));
			}
			i = j;
		}
		return cues;
	}

	private static String format(long millis) {
		long s = millis / 1000;
		return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
	}
}
