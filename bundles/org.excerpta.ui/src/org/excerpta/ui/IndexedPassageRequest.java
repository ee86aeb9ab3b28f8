package org.excerpta.ui;

/**
 * Open this passage in the Document view, read from the index while the project loads (a search
 * hit or an excerpt; the model's {@link PassageRequest} needs the loaded project). Code points.
 */
public record IndexedPassageRequest(String sourceGuid, String sourceName, int start, int end) {
}
