package org.excerpta.api;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link SourceImporter} read from a file: the text, with LF line ends, and the speaker turns
 * when the format marks them. A format that does not mark turns returns {@link #plain}: Excerpta then
 * looks for "Name: ..." turns itself, as the user's import options say.
 *
 * @param text       the text to store and code
 * @param turns      the speaker turns, in order, within the text; empty for none
 * @param turnsKnown whether the format itself marks the turns (then they are taken as given)
 */
public record ImportedText(String text, List<SpeakerTurn> turns, boolean turnsKnown) {

	public ImportedText {
		Objects.requireNonNull(text, "text");
		turns = List.copyOf(turns);
	}

	/** Text without marked turns: Excerpta may detect speakers in it. */
	public static ImportedText plain(String text) {
		return new ImportedText(text, List.of(), false);
	}

	/** A transcript whose format marks its turns. */
	public static ImportedText transcript(String text, List<SpeakerTurn> turns) {
		return new ImportedText(text, turns, true);
	}
}
