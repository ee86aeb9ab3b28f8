package org.excerpta.ui;

/**
 * The passage selected in the Document view while it shows a source read from the index (the
 * project still loading), in code points: what the Codebook codes then, with the index alone.
 */
public record IndexedSelection(String sourceGuid, int start, int end) {

	public boolean isEmpty() {
		return end <= start;
	}
}
