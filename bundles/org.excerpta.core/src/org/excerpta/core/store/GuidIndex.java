package org.excerpta.core.store;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Identified;

/**
 * Finds any object of an open project by its GUID in constant time.
 *
 * <p>An open-addressing table (linear probing, two parallel arrays) rather than a {@code HashMap}:
 * a million-answer project holds about four million objects, and a {@code HashMap} spends a
 * 32-byte entry on each (160 MB with its table) where this spends two array slots (64 MB). The
 * GUID strings keep their own cached hash codes, so a look-up costs what a {@code HashMap}'s does.
 */
public final class GuidIndex {

	private static final int MIN_CAPACITY = 16;
	/** Grow when more than this share of the slots is taken (linear probing stays short below it). */
	private static final double MAX_LOAD = 0.7;

	private String[] keys = new String[MIN_CAPACITY];
	private EObject[] values = new EObject[MIN_CAPACITY];
	private int size;
	private int shift = Integer.SIZE - Integer.numberOfTrailingZeros(MIN_CAPACITY);

	/** Makes room for about this many objects before a large project is read (spares the table its resizes). */
	void expect(long objects) {
		if (size == 0 && objects > MIN_CAPACITY) {
			resize(capacityFor(Math.min(objects, 1 << 28)));
		}
	}

	public EObject get(String guid) {
		return values[find(guid)]; // an empty slot holds no value
	}

	public int size() {
		return size;
	}

	void put(String guid, EObject object) {
		putAndGetPrevious(guid, object);
	}

	/** Registers an object and returns what was registered under its GUID before, if anything. */
	EObject putAndGetPrevious(String guid, EObject object) {
		if (size + 1 > keys.length * MAX_LOAD) {
			resize(keys.length * 2);
		}
		int at = find(guid);
		EObject previous = values[at];
		if (keys[at] == null) {
			keys[at] = guid;
			size++;
		}
		values[at] = object;
		return previous;
	}

	/** Registers an object and everything it contains. */
	void registerTree(EObject root) {
		register(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			register(it.next());
		}
	}

	/** Forgets an object and everything it contains. */
	void unregisterTree(EObject root) {
		unregister(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			unregister(it.next());
		}
	}

	private void register(EObject o) {
		if (o instanceof Identified i && i.getGuid() != null) {
			put(i.getGuid(), o);
		}
	}

	/** Removes the GUID's entry if it is this object (a newer object may have taken the GUID over). */
	private void unregister(EObject o) {
		if (o instanceof Identified i && i.getGuid() != null) {
			int at = find(i.getGuid());
			if (keys[at] != null && values[at] == o) {
				removeAt(at);
			}
		}
	}

	/** The slot holding this GUID, or the empty slot where its probe run ends (where it would go). */
	private int find(String guid) {
		String[] k = keys;
		int mask = k.length - 1;
		int i = slot(guid);
		for (String key = k[i]; key != null && key != guid && !key.equals(guid); key = k[i]) {
			i = (i + 1) & mask;
		}
		return i;
	}

	/**
	 * Empties a slot and moves later entries of the same probe run back into it, so that no entry
	 * is left behind a gap its look-up would stop at (deletion without tombstones).
	 */
	private void removeAt(int gap) {
		int mask = keys.length - 1;
		keys[gap] = null;
		values[gap] = null;
		size--;
		for (int i = (gap + 1) & mask; keys[i] != null; i = (i + 1) & mask) {
			int home = slot(keys[i]);
			// The entry at i may move to the gap unless its home lies cyclically in (gap, i].
			boolean homeBetween = gap <= i ? home > gap && home <= i : home > gap || home <= i;
			if (!homeBetween) {
				keys[gap] = keys[i];
				values[gap] = values[i];
				keys[i] = null;
				values[i] = null;
				gap = i;
			}
		}
	}

	/** Fibonacci hashing of the string's (cached) hash code onto the table. */
	private int slot(String guid) {
		return (guid.hashCode() * 0x9E3779B9) >>> shift;
	}

	private static int capacityFor(long entries) {
		long needed = (long) Math.ceil(entries / MAX_LOAD) + 1;
		return (int) Math.max(MIN_CAPACITY, Long.highestOneBit(needed - 1) << 1);
	}

	private void resize(int capacity) {
		String[] oldKeys = keys;
		EObject[] oldValues = values;
		keys = new String[capacity];
		values = new EObject[capacity];
		shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
		int mask = capacity - 1;
		for (int j = 0; j < oldKeys.length; j++) {
			String key = oldKeys[j];
			if (key != null) {
				int i = slot(key);
				while (keys[i] != null) {
					i = (i + 1) & mask;
				}
				keys[i] = key;
				values[i] = oldValues[j];
			}
		}
	}
}
