package org.excerpta.core.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Identified;

/** Finds any object of an open project by its GUID in constant time. */
public final class GuidIndex {

	private Map<String, EObject> byGuid = new HashMap<>();

	/** Makes room for about this many objects before a large project is read (spares the map a score of resizes). */
	void expect(long objects) {
		if (byGuid.isEmpty() && objects > 16) {
			byGuid = HashMap.newHashMap((int) Math.min(objects, 1 << 28));
		}
	}

	public EObject get(String guid) {
		return byGuid.get(guid);
	}

	public int size() {
		return byGuid.size();
	}

	void put(String guid, EObject object) {
		byGuid.put(guid, object);
	}

	/** Registers an object and returns what was registered under its GUID before, if anything. */
	EObject putAndGetPrevious(String guid, EObject object) {
		return byGuid.put(guid, object);
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
			byGuid.put(i.getGuid(), o);
		}
	}

	private void unregister(EObject o) {
		if (o instanceof Identified i && i.getGuid() != null) {
			byGuid.remove(i.getGuid(), o);
		}
	}
}
