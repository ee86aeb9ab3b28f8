package org.excerpta.ui;

import org.excerpta.model.TextSource;

/**
 * The passage selected in the Document view, in code points: what "code this" applies to. The
 * Document view puts it in the window's context; the Codebook reads it.
 */
public record DocumentSelection(TextSource source, int start, int end) {

	public boolean isEmpty() {
		return end <= start;
	}
}
