package org.excerpta.sample.interview;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.excerpta.api.ImportProblem;
import org.excerpta.api.ImportedText;
import org.excerpta.api.SourceImporter;
import org.excerpta.api.SpeakerTurn;

/**
 * Reads the "interview" format, a plain UTF-8 file some transcription services write:
 *
 * <pre>
 * #interview 1
 * # Title: Commissioner interview 3
 * [00:00:05] INTERVIEWER: How did the partnership start?
 * [00:00:09] RESPONDENT: It began with a shared budget,
 *   and a lot of goodwill.
 * </pre>
 *
 * The first line says the format; lines starting with {@code #} are the header and are left out;
 * each {@code [hh:mm:ss] SPEAKER: text} line starts a turn; indented lines continue the turn before.
 * The turns become Excerpta speaker turns with their timestamps.
 */
public final class InterviewFiles implements SourceImporter {

	static final String MAGIC = "#interview 1";
	private static final Pattern TURN = Pattern.compile("\\[(\\d{1,2}):(\\d{2}):(\\d{2})\\]\\s+([^:]{1,60}):\\s?(.*)");

	@Override
	public String id() {
		return "sample.interview";
	}

	@Override
	public String name() {
		return "Interview files (.interview, sample plugin)";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("interview");
	}

	@Override
	public int priority() {
		return 50;
	}

	@Override
	public boolean accepts(Path file) {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.findFirst().map(l -> l.strip().equals(MAGIC)).orElse(false);
		} catch (IOException | java.io.UncheckedIOException e) {
			return false;
		}
	}

	@Override
	public ImportedText read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new ImportProblem("is not UTF-8 text; save it as UTF-8 and import it again", e);
		} catch (IOException e) {
			throw new ImportProblem("cannot be read: " + e.getMessage(), e);
		}
		if (lines.isEmpty() || !lines.get(0).strip().equals(MAGIC)) {
			throw new ImportProblem("line 1: expected \"" + MAGIC + "\", the first line of an interview file");
		}
		StringBuilder text = new StringBuilder();
		List<SpeakerTurn> turns = new ArrayList<>();
		String speaker = null;
		int start = 0;
		Long at = null;
		for (int n = 1; n < lines.size(); n++) {
			String line = lines.get(n);
			if (line.startsWith("#") || line.isBlank() && speaker == null) {
				continue;
			}
			Matcher m = TURN.matcher(line.strip());
			if (m.matches()) {
				if (speaker != null) {
					turns.add(endTurn(text, speaker, start, at));
				}
				speaker = m.group(4).strip();
				at = ((Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000;
				start = text.codePointCount(0, text.length());
				text.append(speaker).append(": ").append(m.group(5).strip());
			} else if (Character.isWhitespace(line.charAt(0)) && speaker != null) {
				text.append(' ').append(line.strip());
			} else if (!line.isBlank()) {
				throw new ImportProblem("line " + (n + 1) + ": \"" + shorten(line) + "\" is neither a turn ([hh:mm:ss] SPEAKER: text) "
						+ "nor an indented continuation of one");
			}
		}
		if (speaker == null) {
			throw new ImportProblem("holds no turns ([hh:mm:ss] SPEAKER: text)");
		}
		turns.add(endTurn(text, speaker, start, at));
		return ImportedText.transcript(text.toString(), turns);
	}

	/** Closes the turn that began at {@code start}: it ends where its text ends; a blank line separates turns. */
	private static SpeakerTurn endTurn(StringBuilder text, String speaker, int start, Long at) {
		int end = text.codePointCount(0, text.length());
		text.append("\n\n");
		return new SpeakerTurn(speaker, start, end, at);
	}

	private static String shorten(String line) {
		return line.length() <= 40 ? line : line.substring(0, 40) + "...";
	}
}
