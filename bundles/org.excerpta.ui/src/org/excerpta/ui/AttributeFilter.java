package org.excerpta.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Role=GP, Site=A" text the views' filter boxes take: attribute values every case shown
 * must have, as the command line's {@code --where} takes them.
 */
public final class AttributeFilter {

	private AttributeFilter() {
	}

	/** The attribute values in a filter box's text; parts without an "=" are ignored. */
	public static Map<String, String> parse(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String part : text.split(",")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				values.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
			}
		}
		return values;
	}

	/** The text a filter box shows for these attribute values. */
	public static String format(Map<String, String> values) {
		List<String> parts = new ArrayList<>();
		values.forEach((k, v) -> parts.add(k + "=" + v));
		return String.join(", ", parts);
	}
}
