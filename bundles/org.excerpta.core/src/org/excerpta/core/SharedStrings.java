package org.excerpta.core;

import java.util.HashMap;
import java.util.Map;

/**
 * One string per distinct short value. A survey's closed answers repeat a handful of values across a
 * million respondents ("Nurse", "Site 3"); a string per cell held a third of a large project's heap
 * for as long as it was open. Used where values are made in bulk: reading a project, importing a
 * survey. Bounded: long values are not kept, and once the table is full (a column of identifiers)
 * values are returned as they are.
 */
public final class SharedStrings {

	private static final int MAX_LENGTH = 64;
	private static final int MAX_ENTRIES = 200_000;

	private final Map<String, String> known = new HashMap<>();

	/** An equal string already seen, or this one (kept for next time while there is room). */
	public String share(String value) {
		if (value == null || value.length() > MAX_LENGTH) {
			return value;
		}
		String seen = known.get(value);
		if (seen != null) {
			return seen;
		}
		if (known.size() < MAX_ENTRIES) {
			known.put(value, value);
		}
		return value;
	}
}
