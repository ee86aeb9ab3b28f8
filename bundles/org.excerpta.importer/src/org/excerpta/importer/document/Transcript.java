package org.excerpta.importer.document;

import java.util.List;

/**
 * Plain text ready to store (LF line ends) and the speaker turns found in it. Offsets are Unicode
 * code points from 0, end exclusive, into {@link #text()}.
 */
public record Transcript(String text, List<Turn> turns) {

	/** One speaker turn: who, where, and when in the recording (milliseconds) if the transcript says. */
	public record Turn(String speaker, int start, int end, Long timestampMillis) {
	}

	public boolean hasTurns() {
		return !turns.isEmpty();
	}

	/** The speakers in order of first appearance. */
	public List<String> speakers() {
		return turns.stream().map(Turn::speaker).distinct().toList();
	}
}
