package org.excerpta.core.store;

import java.util.List;
import java.util.Map;

/**
 * One line of a snapshot or journal. A project's state is the result of applying its records in
 * order: {@link Put} gives an object's whole state (so replaying it twice does no harm),
 * {@link Delete} removes an object with everything it contains, and {@link Commit} closes a
 * group of records that belong to one user action: a group without its commit is never applied.
 */
sealed interface Record {

	/**
	 * The full state of one object: its class, where it sits (container, containment feature and
	 * position), its attribute values in lexical form, its references as GUIDs, and the objects
	 * stored inside it (see {@link EmbeddedValues}) by containment feature. A feature missing from
	 * {@code embedded} is stored the old way, as records of their own (storage format 1).
	 */
	record Put(String guid, String eClass, String container, String feature, int index, Map<String, Object> attributes,
			Map<String, Object> references, Map<String, List<List<String>>> embedded) implements Record {
	}

	record Delete(String guid) implements Record {
	}

	record Commit(long sequence, int records) implements Record {
	}

	/** Values of many-valued features are lists of strings; single values are strings. */
	@SuppressWarnings("unchecked")
	static List<String> many(Object value) {
		return (List<String>) value;
	}
}
