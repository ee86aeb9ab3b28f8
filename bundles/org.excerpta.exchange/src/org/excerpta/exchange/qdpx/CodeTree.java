package org.excerpta.exchange.qdpx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookQdc.ImportedCode;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaFactory;

/**
 * Turns the codes read from a project file into the project's code tree, keeping their GUIDs,
 * and brings names within Excerpta's rules (a name holds no " / ", which separates the levels of
 * a code path; siblings differ in more than case). Every name it changes is reported.
 *
 * <p>ATLAS.ti has no code hierarchy and writes families as a name prefix ("Coke::diet Coke"); with
 * {@link QdpxImportOptions#nestColonCodeNames()} such a code moves under the code named like its
 * prefix at the same level, when there is one, as "diet Coke". Without such a code the name stays
 * as written: a parent invented here would be a code nobody defined, with a GUID nobody knows.
 */
final class CodeTree {

	static final String PREFIX_SEPARATOR = "::";

	private final QdpxImportReport report;
	private final Map<String, Qde.CodeExtras> extras;
	private final String where;
	private final boolean nest;
	private final Map<String, Code> byGuid = new LinkedHashMap<>();

	CodeTree(QdpxImportReport report, Map<String, Qde.CodeExtras> extras, String where, boolean nest) {
		this.report = report;
		this.extras = extras;
		this.where = where;
		this.nest = nest;
	}

	/** The top-level codes, built outside any project. */
	List<Code> build(List<ImportedCode> codes) {
		List<Code> roots = level(codes);
		if (nest) {
			nestPrefixed(roots);
		}
		fixNames(roots);
		return roots;
	}

	/** Every code built, by GUID. */
	Map<String, Code> byGuid() {
		return byGuid;
	}

	private List<Code> level(List<ImportedCode> codes) {
		List<Code> out = new ArrayList<>();
		for (ImportedCode ic : codes) {
			Code c = ExcerptaFactory.eINSTANCE.createCode();
			c.setGuid(ic.guid());
			c.setName(ic.name().strip());
			c.setColor(ic.color());
			c.setDescription(ic.description());
			c.setCodable(ic.codable());
			c.getChildren().addAll(level(ic.children()));
			byGuid.put(ic.guid(), c);
			out.add(c);
		}
		return out;
	}

	/** At each level, "P::rest" goes under the sibling named "P" as "rest" (and again below). */
	private void nestPrefixed(List<Code> siblings) {
		Map<String, Code> byName = new HashMap<>();
		for (Code c : siblings) {
			byName.putIfAbsent(c.getName(), c);
		}
		for (Code c : new ArrayList<>(siblings)) {
			int cut = c.getName().indexOf(PREFIX_SEPARATOR);
			if (cut <= 0) {
				continue;
			}
			Code parent = byName.get(c.getName().substring(0, cut).strip());
			String rest = c.getName().substring(cut + PREFIX_SEPARATOR.length()).strip();
			if (parent == null || parent == c || rest.isEmpty() || clash(parent.getChildren(), rest) != null) {
				continue;
			}
			String old = c.getName();
			siblings.remove(c);
			c.setName(rest);
			parent.getChildren().add(c);
			report.adjusted(QdpxImportReport.CODE, c.getGuid(), "Code", where(c), "\"" + old + "\" became \"" + rest
					+ "\" under \"" + parent.getName() + "\" (an ATLAS.ti code family written as a name prefix)");
		}
		for (Code c : siblings) {
			nestPrefixed(c.getChildren());
		}
	}

	private void fixNames(List<Code> siblings) {
		List<Code> done = new ArrayList<>();
		for (Code c : siblings) {
			String name = c.getName();
			if (name.contains(CodePaths.SEPARATOR)) {
				name = name.replace(CodePaths.SEPARATOR, "/");
			}
			String base = name;
			for (int n = 2; clash(done, name) != null; n++) {
				name = base + " (" + n + ")";
			}
			if (!name.equals(c.getName())) {
				report.adjusted(QdpxImportReport.CODE, c.getGuid(), "Code", where(c), "renamed from \"" + c.getName()
						+ "\" to \"" + name + "\" (a code name holds no \" / \", and codes at one level differ in more than case)");
				c.setName(name);
			}
			done.add(c);
			fixNames(c.getChildren());
		}
	}

	private static Code clash(List<Code> siblings, String name) {
		String key = name.toLowerCase(Locale.ROOT);
		for (Code c : siblings) {
			if (c.getName().toLowerCase(Locale.ROOT).equals(key)) {
				return c;
			}
		}
		return null;
	}

	private String where(Code c) {
		Qde.CodeExtras x = extras.get(c.getGuid());
		return x == null || x.line() < 0 ? where : where + " line " + x.line();
	}
}
