package org.excerpta.exchange.qdpx;

import java.util.HashMap;
import java.util.Map;

import org.excerpta.model.Identified;

/**
 * The objects an import has made, by GUID: references in the file are resolved here, and a GUID
 * the file uses twice is caught (the second object cannot keep it, so it is reported instead).
 */
final class Registry {

	private final Map<String, Identified> byGuid = new HashMap<>();

	/** Registers an object under its GUID; false when another object already has it. */
	boolean claim(Identified o) {
		return byGuid.putIfAbsent(o.getGuid(), o) == null;
	}

	boolean has(String guid) {
		return guid != null && byGuid.containsKey(guid);
	}

	/** The object of that GUID if it is of that type; otherwise null. */
	<T> T get(String guid, Class<T> type) {
		Identified o = guid == null ? null : byGuid.get(guid);
		return type.isInstance(o) ? type.cast(o) : null;
	}
}
