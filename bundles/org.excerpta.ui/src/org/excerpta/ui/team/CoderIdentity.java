package org.excerpta.ui.team;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** Who codes in this workbench: a name kept in the instance preferences, recorded on every coding and commit. */
public final class CoderIdentity {

	private static final String NODE = "org.excerpta.ui";
	private static final String KEY = "coderName";

	private CoderIdentity() {
	}

	public static String name() {
		String saved = node().get(KEY, null);
		if (saved != null && !saved.isBlank()) {
			return saved;
		}
		return org.excerpta.core.coding.Coder.defaultName();
	}

	public static void set(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a coder needs a name");
		}
		Preferences node = node();
		node.put(KEY, name.strip());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("cannot save the coder name: " + e.getMessage(), e);
		}
	}

	private static Preferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
