package org.excerpta.index;

import java.util.List;

/** A coded excerpt as retrieved: its code, coder, source, place (code points) and text. */
public record Excerpt(String codingGuid, String codeGuid, String coderGuid, String sourceGuid, String sourceName,
		int start, int end, String text, List<String> caseGuids) {
}
