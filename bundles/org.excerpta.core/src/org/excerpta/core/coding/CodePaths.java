package org.excerpta.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.ExcerptaPackage.Literals;

/**
 * Codes named by path: their names from the top of the codebook joined by {@value #SEPARATOR}, as
 * in the codebook CSV and on the command line.
 */
public final class CodePaths {

	public static final String SEPARATOR = " / ";

	private CodePaths() {
	}

	/** The code at a path, or null. */
	public static Code find(Codebook codebook, String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		List<Code> level = codebook.getCodes();
		Code found = null;
		for (String name : split(path)) {
			found = named(level, name);
			if (found == null) {
				return null;
			}
			level = found.getChildren();
		}
		return found;
	}

	/** The code at a path; one that is not there is refused with a message naming the path. */
	public static Code require(Codebook codebook, String path) {
		Code code = find(codebook, path);
		if (code == null) {
			throw new IllegalArgumentException("there is no code \"" + path + "\" in the codebook");
		}
		return code;
	}

	/**
	 * The code with this GUID, or null: finds in one codebook the code chosen in another copy of
	 * it (the codebook read from the index while a project loads, then the project's own).
	 */
	public static Code withGuid(Codebook codebook, String guid) {
		for (var it = codebook.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && guid.equals(c.getGuid())) {
				return c;
			}
		}
		return null;
	}

	public static String pathOf(Code code) {
		List<String> names = new ArrayList<>();
		for (EObject o = code; o instanceof Code c; o = o.eContainer()) {
			names.add(0, c.getName());
		}
		return String.join(SEPARATOR, names);
	}

	/** The names of a path, trimmed; " / " separates levels, so a name can hold a bare "/". */
	public static List<String> split(String path) {
		List<String> names = new ArrayList<>();
		for (String part : path.split(" / ", -1)) {
			names.add(part.strip());
		}
		return names;
	}

	static Code named(List<Code> codes, String name) {
		for (Code c : codes) {
			if (c.getName().equals(name)) {
				return c;
			}
		}
		return null;
	}

	/** A sibling whose name differs from {@code name} only in case counts as a clash: readers cannot tell them apart. */
	public static Code clash(List<Code> siblings, String name, Code except) {
		String key = name.toLowerCase(Locale.ROOT);
		for (Code c : siblings) {
			if (c != except && c.getName().toLowerCase(Locale.ROOT).equals(key)) {
				return c;
			}
		}
		return null;
	}

	/** Checks and trims a code name. */
	public static String checkName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a code needs a name");
		}
		String n = name.strip();
		if (n.contains(SEPARATOR)) {
			throw new IllegalArgumentException("a code name cannot contain \" / \" (it separates the levels of a path): " + n);
		}
		return n;
	}

	static EList<Code> siblings(Codebook codebook, Code parent) {
		return parent == null ? codebook.getCodes() : parent.getChildren();
	}

	static EObject owner(Codebook codebook, Code parent) {
		return parent == null ? codebook : parent;
	}

	static EReference feature(Code parent) {
		return parent == null ? Literals.CODEBOOK__CODES : Literals.CODE__CHILDREN;
	}

	/** The parent code, or null for a top-level code. */
	static Code parentOf(Code code) {
		return code.eContainer() instanceof Code p ? p : null;
	}

	/** The code and all codes below it, parents first. */
	static List<Code> subtree(Code code) {
		List<Code> all = new ArrayList<>();
		all.add(code);
		for (int i = 0; i < all.size(); i++) {
			all.addAll(all.get(i).getChildren());
		}
		return all;
	}

	/** The code and all codes below it in reading order (each parent followed by its branch). */
	static List<Code> subtreeDepthFirst(Code code) {
		List<Code> all = new ArrayList<>();
		all.add(code);
		for (Code child : code.getChildren()) {
			all.addAll(subtreeDepthFirst(child));
		}
		return all;
	}
}
