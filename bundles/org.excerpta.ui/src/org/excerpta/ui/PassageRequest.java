package org.excerpta.ui;

import org.excerpta.model.TextSource;

/**
 * A request to show a passage (in code points) in the Document view, selected and scrolled into
 * view: what opening an excerpt or a search hit does. Views put it in the window's context.
 */
public record PassageRequest(TextSource source, int start, int end) {
}
