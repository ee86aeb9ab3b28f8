package org.excerpta.ui;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Code;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The quick-code keys: 1 to 9 each stand for a code of the open project, so that a passage is
 * coded with one key press in the Document view. Assigned in the Codebook with Ctrl+1..9 and kept
 * per project in the instance preferences (by code GUID, so renames and moves keep them).
 */
public final class QuickCodes {

	private final ExcerptaProject project;

	public QuickCodes(ExcerptaProject project) {
		this.project = project;
	}

	/** Makes key {@code digit} (1-9) stand for {@code code}; a code has one key at most. */
	public void assign(int digit, Code code) {
		if (digit < 1 || digit > 9) {
			throw new IllegalArgumentException("quick-code keys are 1 to 9, not " + digit);
		}
		if (!code.isCodable()) {
			throw new IllegalArgumentException("\"" + code.getName() + "\" is a group, not a code to code with");
		}
		IEclipsePreferences node = node();
		for (int d = 1; d <= 9; d++) {
			if (code.getGuid().equals(node.get(key(d), null))) {
				node.remove(key(d));
			}
		}
		node.put(key(digit), code.getGuid());
		flush(node);
	}

	/** The code key {@code digit} stands for, or null (none assigned, or the code was deleted). */
	public Code code(int digit) {
		String guid = node().get(key(digit), null);
		return guid != null && project.store().find(guid) instanceof Code c && c.eResource() != null ? c : null;
	}

	/** The key a code has, or 0. */
	public int keyOf(Code code) {
		for (int d = 1; d <= 9; d++) {
			if (code.getGuid().equals(node().get(key(d), null))) {
				return d;
			}
		}
		return 0;
	}

	/** Every assigned key and its code. */
	public Map<Integer, Code> all() {
		Map<Integer, Code> all = new TreeMap<>();
		for (int d = 1; d <= 9; d++) {
			Code c = code(d);
			if (c != null) {
				all.put(d, c);
			}
		}
		return all;
	}

	private String key(int digit) {
		return project.model().getGuid() + "." + digit;
	}

	private static IEclipsePreferences node() {
		return (IEclipsePreferences) InstanceScope.INSTANCE.getNode("org.excerpta.ui").node("quickCodes");
	}

	private static void flush(IEclipsePreferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// the keys are a convenience; they last for this session at least
		}
	}
}
