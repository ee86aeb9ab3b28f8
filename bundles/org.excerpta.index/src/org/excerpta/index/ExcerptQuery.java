package org.excerpta.index;

import java.util.List;
import java.util.Map;

/**
 * A retrieval of coded excerpts: excerpts of any of {@code anyOf}, overlapping an excerpt of each
 * of {@code alsoCodedWith} (AND), overlapping none of {@code notCodedWith} (NOT), within
 * {@code within} characters of one of {@code near} (NEAR); in cases with the {@code where}
 * attribute values, by one coder, in one source (each optional).
 */
public record ExcerptQuery(List<String> anyOf, List<String> alsoCodedWith, List<String> notCodedWith, List<String> near,
		int within, Map<String, String> where, String coderGuid, String sourceGuid) {
}
