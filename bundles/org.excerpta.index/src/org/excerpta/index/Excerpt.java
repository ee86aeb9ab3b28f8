package org.excerpta.index;

import java.util.List;

/**
 * A coded excerpt as retrieved: its code, coder, source, place (code points) and text, its source's
 * cases, and when it was coded (null where the coding has no date).
 */
public record Excerpt(String codingGuid, String codeGuid, String coderGuid, String sourceGuid, String sourceName,
		int start, int end, String text, List<String> caseGuids, java.util.Date created) {
}
