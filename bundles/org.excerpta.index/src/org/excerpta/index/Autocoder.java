package org.excerpta.index;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Source;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.VariableValue;

/**
 * Codes every hit of a search query, of a regular expression, every turn of a speaker, or every
 * answer to a survey question, at the level the researcher chooses (the hit itself, its sentence,
 * its paragraph or turn, or the whole answer). {@link #preview} says how many passages would be
 * coded; {@link #apply} codes them as one undoable, durable change. A passage already coded with
 * the code by the same coder is left as it is.
 */
public final class Autocoder {

	/** How much text around a hit is coded. */
	public enum Unit {
		HIT, SENTENCE, PARAGRAPH, TURN, ANSWER;

		public static Unit parse(String s) {
			try {
				return valueOf(s.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown unit \"" + s + "\" (hit, sentence, paragraph, turn, answer)");
			}
		}
	}

	/** A passage to code: which source, and where (code points). */
	public record Target(TextSource source, int start, int end) {
	}

	private final ExcerptaProject project;
	private final ProjectIndex index;

	public Autocoder(ExcerptaProject project, ProjectIndex index) {
		this.project = project;
		this.index = index;
	}

	/** The passages a query finds, widened to the unit. */
	public List<Target> byQuery(String query, Unit unit) {
		List<Target> out = new ArrayList<>();
		SearchResults all = unit == Unit.HIT || unit == Unit.SENTENCE ? index.search(query, List.of(), Map.of(), Integer.MAX_VALUE / 2)
				: index.passages(query, Map.of(), Integer.MAX_VALUE / 2, false);
		for (SearchResults.Hit h : all.hits()) {
			TextSource source = (TextSource) project.store().find(h.sourceGuid());
			if (unit == Unit.HIT || unit == Unit.SENTENCE) {
				for (SearchResults.Kwic k : h.lines()) {
					out.add(widen(source, k.start(), k.end(), unit));
				}
			} else {
				out.add(widen(source, h.start(), h.end(), unit));
			}
		}
		return distinct(out);
	}

	/**
	 * Passages found in the index ({@code ProjectIndex.passagesToCode}, which finds what {@link
	 * #byQuery} finds without reading the model, so on any thread) as targets in the model's sources.
	 * A passage of a source no longer in the project (deleted since it was found) is left out.
	 */
	public List<Target> targetsOf(List<PassageToCode> passages) {
		List<Target> out = new ArrayList<>(passages.size());
		for (PassageToCode p : passages) {
			if (project.store().find(p.sourceGuid()) instanceof TextSource source && p.end() <= source.getLength()) {
				out.add(new Target(source, p.start(), p.end()));
			}
		}
		return out;
	}

	/** The matches of a regular expression in every text, widened to the unit. */
	public List<Target> byRegex(String regex, Unit unit) {
		Pattern pattern;
		try {
			pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
		} catch (PatternSyntaxException e) {
			throw new IllegalArgumentException("cannot read the regular expression: " + e.getDescription() + " near position "
					+ e.getIndex());
		}
		List<Target> out = new ArrayList<>();
		for (Source s : project.model().getSources()) {
			if (s instanceof TextSource t) {
				String text = project.text(t);
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					if (m.end() > m.start()) {
						out.add(widen(t, text.codePointCount(0, m.start()), text.codePointCount(0, m.end()), unit));
					}
				}
			}
		}
		return distinct(out);
	}

	/** Every turn of a speaker. */
	public List<Target> bySpeaker(String speaker) {
		List<Target> out = new ArrayList<>();
		for (Source s : project.model().getSources()) {
			if (s instanceof TextSource t) {
				for (SpeakerTurn turn : t.getTurns()) {
					if (speaker.equals(turn.getSpeaker())) {
						out.add(new Target(t, turn.getStart(), turn.getEnd()));
					}
				}
			}
		}
		if (out.isEmpty()) {
			throw new IllegalArgumentException("no speaker \"" + speaker + "\" in any transcript");
		}
		return out;
	}

	/** Every answer to a survey question (its column name). */
	public List<Target> byQuestion(String question) {
		List<Target> out = new ArrayList<>();
		for (Source s : project.model().getSources()) {
			if (s instanceof TextSource t) {
				for (VariableValue v : t.getValues()) {
					if (v.getVariable() != null && "Question".equals(v.getVariable().getName()) && question.equals(v.getValue())) {
						out.add(new Target(t, 0, t.getLength()));
					}
				}
			}
		}
		if (out.isEmpty()) {
			throw new IllegalArgumentException("no answers to a question \"" + question + "\"");
		}
		return out;
	}

	/** How many passages would get a new coding (those already coded so by the coder are not counted). */
	public int preview(List<Target> targets, Code code, User coder) {
		return (int) targets.stream().filter(t -> !alreadyCoded(t, code, coder)).count();
	}

	/**
	 * Codes the passages as one undoable, durable change; returns the number of codings made. A coder
	 * new to the project ({@code Coder.coderFor}) is added by the same change, and only if it codes
	 * anything.
	 */
	public int apply(List<Target> targets, Code code, User coder) {
		checkCodable(code);
		CompoundCommand all = new CompoundCommand("Autocode with " + code.getName());
		org.eclipse.emf.common.command.Command addingCoder = new Coder(project).addingIfNew(coder);
		if (addingCoder != null) {
			all.append(addingCoder);
		}
		int made = 0;
		Map<String, TextSelection> created = new LinkedHashMap<>();
		Map<TextSource, List<TextSelection>> createdIn = new LinkedHashMap<>();
		for (Target t : targets) {
			if (alreadyCoded(t, code, coder)) {
				continue;
			}
			Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
			coding.setGuid(ProjectStore.newGuid());
			coding.setCode(code);
			coding.setCoder(coder);
			coding.setCreated(new Date());
			TextSelection existing = selectionAt(t);
			if (existing != null) {
				all.append(AddCommand.create(project.editingDomain(), existing, Literals.TEXT_SELECTION__CODINGS, coding));
			} else {
				String key = t.source().getGuid() + ":" + t.start() + ":" + t.end();
				if (created.containsKey(key)) {
					continue;
				}
				TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
				sel.setGuid(ProjectStore.newGuid());
				sel.setStart(t.start());
				sel.setEnd(t.end());
				sel.setCreatingUser(coder);
				sel.setCreated(new Date());
				sel.getCodings().add(coding);
				created.put(key, sel);
				createdIn.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(sel);
			}
			made++;
		}
		createdIn.forEach((source, selections) -> addInTextOrder(source, selections, all));
		if (made > 0) {
			project.execute(all);
		}
		return made;
	}

	/**
	 * Adds a source's new selections where each belongs in text order, by the rule coding by hand
	 * follows ({@code Coder.placeInTextOrder}; coding with the index alone, {@link CodingAlone}, places
	 * them alike). The new ones that go between the same two existing selections are added together,
	 * the last place first, so that each command's place is one in the list as it is before the
	 * change (which EMF checks).
	 */
	private void addInTextOrder(TextSource source, List<TextSelection> selections, CompoundCommand all) {
		selections.sort(java.util.Comparator.comparingInt(TextSelection::getStart).thenComparingInt(TextSelection::getEnd));
		java.util.TreeMap<Integer, List<TextSelection>> byPlace = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
		for (TextSelection sel : selections) {
			byPlace.computeIfAbsent(Coder.placeInTextOrder(source.getSelections(), sel.getStart(), sel.getEnd()), k -> new ArrayList<>()).add(sel);
		}
		byPlace.forEach((place, block) -> all.append(AddCommand.create(project.editingDomain(), source, Literals.TEXT_SOURCE__SELECTIONS,
				block, place)));
	}

	/** Refuses a group of codes (not codable), here and when coding with the index alone ({@link CodingAlone}). */
	static void checkCodable(Code code) {
		if (!code.isCodable()) {
			throw new IllegalArgumentException("\"" + code.getName() + "\" is a group, not a code to code with");
		}
	}

	private static TextSelection selectionAt(Target t) {
		for (TextSelection s : t.source().getSelections()) {
			if (s.getStart() == t.start() && s.getEnd() == t.end()) {
				return s;
			}
		}
		return null;
	}

	private static boolean alreadyCoded(Target t, Code code, User coder) {
		TextSelection s = selectionAt(t);
		return s != null && s.getCodings().stream().anyMatch(c -> c.getCode() == code && Objects.equals(c.getCoder(), coder));
	}

	/** Widens a range (code points) to the unit asked for. */
	private Target widen(TextSource source, int start, int end, Unit unit) {
		switch (unit) {
		case HIT:
			return new Target(source, start, end);
		case ANSWER:
			if (source.getKind() == org.excerpta.model.SourceKind.SURVEY_ANSWER) {
				return new Target(source, 0, source.getLength());
			}
			return widen(source, start, end, Unit.TURN); // an interview has no "answer": its turn is the nearest thing
		case TURN:
			for (SpeakerTurn turn : source.getTurns()) {
				if (turn.getStart() <= start && end <= turn.getEnd()) {
					return new Target(source, turn.getStart(), turn.getEnd());
				}
			}
			return paragraph(source, start, end);
		case PARAGRAPH:
			return paragraph(source, start, end);
		case SENTENCE:
		default:
			return sentence(source, start, end);
		}
	}

	private Target paragraph(TextSource source, int start, int end) {
		int[] p = paragraphAround(project.text(source), start, end);
		return new Target(source, p[0], p[1]);
	}

	/**
	 * The paragraph of a text (lines between blank lines; a source's turns are not asked) that holds
	 * [start, end), in code points; the range itself where no paragraph holds it whole. Used with the
	 * model and with the index alone, so both code the same passages.
	 */
	static int[] paragraphAround(String text, int start, int end) {
		// Paragraphs are found from the text alone, whether or not the source has turns.
		for (int[] p : DocumentMaker.passages(ExcerptaFactory.eINSTANCE.createTextSource(), text)) {
			if (p[0] <= start && end <= p[1]) {
				return p;
			}
		}
		return new int[] { start, end };
	}

	private Target sentence(TextSource source, int start, int end) {
		int[] s = sentenceAround(project.text(source), start, end);
		return new Target(source, s[0], s[1]);
	}

	/**
	 * The sentence of a text that holds [start, end), in code points, trimmed of white space. A new
	 * line ends a sentence (in a transcript, a line is a turn or part of one), so the sentence is
	 * looked for in the hit's own lines only: this also keeps the JDK's sentence rules from breaking
	 * before the full stop that ends a paragraph, and gives the same sentence whether the whole text
	 * is read (with the model) or only the hit's passage, which is whole lines (with the index alone).
	 */
	static int[] sentenceAround(String text, int start, int end) {
		int from = text.offsetByCodePoints(0, start);
		int to = text.offsetByCodePoints(from, end - start);
		int lineStart = from == 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
		int lineEnd = text.indexOf('\n', to);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		sentences.setText(new java.text.StringCharacterIterator(text, lineStart, lineEnd, lineStart));
		int s = sentences.isBoundary(from) ? from : sentences.preceding(from);
		int e = sentences.following(Math.max(to - 1, s));
		if (e == BreakIterator.DONE) {
			e = lineEnd;
		}
		String piece = text.substring(s, e);
		int trimmedEnd = s + piece.stripTrailing().length();
		int trimmedStart = s + (piece.length() - piece.stripLeading().length());
		return new int[] { text.codePointCount(0, trimmedStart), text.codePointCount(0, Math.max(trimmedEnd, trimmedStart)) };
	}

	private static List<Target> distinct(List<Target> targets) {
		Map<String, Target> unique = new LinkedHashMap<>();
		for (Target t : targets) {
			unique.putIfAbsent(t.source().getGuid() + ":" + t.start() + ":" + t.end(), t);
		}
		return new ArrayList<>(unique.values());
	}
}
