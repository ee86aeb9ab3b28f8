package org.excerpta.report.network;

import java.util.Map;

/**
 * A node of a {@link Network}: a code or a case.
 *
 * @param id         the code's or case's GUID
 * @param label      what a reader sees (a code's name, a case's name)
 * @param colour     #RRGGBB, or null
 * @param frequency  how much the node weighs (a code's codings, a case's distinct codes)
 * @param attributes further values to carry into Gephi (a code's path, a case's attribute values)
 */
public record NetworkNode(String id, String label, String colour, long frequency, Map<String, String> attributes) {

	public NetworkNode {
		attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
	}
}
