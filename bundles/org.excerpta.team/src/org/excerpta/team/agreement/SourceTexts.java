package org.excerpta.team.agreement;

import org.excerpta.model.TextSource;

/**
 * The texts of a study's sources, read through its material and kept for one source at a time:
 * units are cut source after source, and disagreements shown together mostly share their source.
 * Excerpts are cut by code points, as positions are counted. One thread at a time.
 */
final class SourceTexts {

	private final StudyMaterial material;
	private TextSource source;
	private String text;
	private boolean oneCharPerCodePoint;

	SourceTexts(StudyMaterial material) {
		this.material = material;
	}

	String text(TextSource of) {
		if (of != source) {
			text = material.text(of);
			oneCharPerCodePoint = text.length() == text.codePointCount(0, text.length());
			source = of;
		}
		return text;
	}

	/** The text from start to end, cut to {@code limit} code points with an ellipsis when longer. */
	String excerpt(TextSource of, int start, int end, int limit) {
		String t = text(of);
		int length = oneCharPerCodePoint ? t.length() : t.codePointCount(0, t.length());
		int from = Math.min(start, length);
		int to = Math.min(end, length);
		boolean cut = to - from > limit;
		if (cut) {
			to = from + limit;
		}
		String piece = oneCharPerCodePoint ? t.substring(from, to) : t.substring(t.offsetByCodePoints(0, from), t.offsetByCodePoints(0, to));
		return cut ? piece + "\u2026" : piece;
	}
}
