package org.excerpta.api;

import java.util.Objects;

/**
 * One speaker turn of a transcript: who speaks, where in the text (Unicode code points from 0, end
 * exclusive) and, when the transcript says, when in the recording (milliseconds).
 */
public record SpeakerTurn(String speaker, int start, int end, Long timestampMillis) {

	public SpeakerTurn {
		Objects.requireNonNull(speaker, "speaker");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("a speaker turn of " + speaker + " from " + start + " to " + end
					+ ": a turn must start at 0 or later and end after it starts");
		}
	}
}
