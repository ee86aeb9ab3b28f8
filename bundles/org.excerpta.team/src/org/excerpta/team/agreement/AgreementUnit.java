package org.excerpta.team.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one unit of an agreement study is: the thing each coder either applied a code to or did
 * not. Offsets are code points, as everywhere in the model.
 */
public enum AgreementUnit {

	/** Every character of every chosen source; coded means inside one of the coder's codings of the code. */
	CHARACTER("characters"),
	/**
	 * Every speaker turn ({@code TextSource.turns}); a source without turns falls back to its
	 * paragraphs (the report says which). Coded means the coder's coding of the code overlaps the
	 * turn by at least one character.
	 */
	TURN("speaker turns"),
	/**
	 * Every paragraph: a maximal run of lines that are not blank, so paragraphs are separated by
	 * blank lines (lines of white space only), as in the search index. It runs from the start of its
	 * first line to the end of its last line, without the final line feed. A text with no blank line
	 * (as Word and OpenDocument files usually give, one paragraph per line) is one paragraph: use
	 * {@link #LINE} there.
	 */
	PARAGRAPH("paragraphs"),
	/** Every line that is not blank, without its line feed: one paragraph per line, as Word files give. */
	LINE("lines"),
	/** Every survey answer (a source of kind survey answer) as a whole. */
	ANSWER("answers"),
	/**
	 * Every stretch of text coded by any chosen coder with any chosen code: overlapping codings are
	 * merged into one unit (codings that only touch end to start are not). Every unit holds a coding,
	 * so "nobody coded it" never happens here.
	 */
	OVERLAP("coded passages");

	private final String plural;

	AgreementUnit(String plural) {
		this.plural = plural;
	}

	/** The units in words, e.g. "speaker turns", for a report. */
	public String plural() {
		return plural;
	}

	/** The name as typed on the command line, e.g. "turn". */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The unit named (case does not matter): character, turn, paragraph, line, answer or overlap.
	 *
	 * @throws IllegalArgumentException naming the choices, for any other word
	 */
	public static AgreementUnit parse(String name) {
		if (name != null) {
			for (AgreementUnit u : values()) {
				if (u.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
					return u;
				}
			}
		}
		throw new IllegalArgumentException("unknown unit \"" + name + "\"; choose one of "
				+ Arrays.stream(values()).map(AgreementUnit::label).collect(Collectors.joining(", ")));
	}
}
