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

	private final String projectGuid;
	/** A code of the project by GUID, or null when it has none (deleted). */
	private final java.util.function.Function<String, Code> codes;

	public QuickCodes(ExcerptaProject project) {
		this(project.model().getGuid(), guid -> project.store().find(guid) instanceof Code c && c.eResource() != null ? c : null);
	}

	private QuickCodes(String projectGuid, java.util.function.Function<String, Code> codes) {
		this.projectGuid = projectGuid;
		this.codes = codes;
	}

	/**
	 * The keys of a project shown from its index while it loads: the same keys (kept by the project's
	 * GUID), standing for the codes of the index's copy of the codebook.
	 */
	public static QuickCodes whileLoading(OpeningProject opening) {
		return new QuickCodes(opening.index().codingJournal().projectGuid(), opening.outline()::code);
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
		return guid == null ? null : codes.apply(guid);
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
		return projectGuid + "." + digit;
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
