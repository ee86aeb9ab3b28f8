package org.excerpta.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.Project;
import org.excerpta.model.VariableValue;

/**
 * What a report covers: some codes (or the whole codebook) and the cases with some attribute
 * values (or all cases), as in {@code --where Role=GP}.
 *
 * @param codes the codes reported, exactly these (see {@link #branches}); empty: every code
 * @param where attribute values every case counted must have; empty: all cases
 */
public record ReportScope(List<Code> codes, Map<String, String> where) {

	public ReportScope {
		codes = codes == null ? List.of() : List.copyOf(codes);
		where = where == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(where));
	}

	/** The whole codebook, all cases. */
	public static ReportScope all() {
		return new ReportScope(List.of(), Map.of());
	}

	/** The codes given and every code below them: choosing "Conflict" reports its kinds of conflict too. */
	public static List<Code> branches(Collection<Code> tops) {
		Set<Code> out = new java.util.LinkedHashSet<>();
		for (Code top : tops) {
			out.add(top);
			for (Iterator<EObject> it = top.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Code c) {
					out.add(c);
				}
			}
		}
		return List.copyOf(out);
	}

	public ReportScope withCodes(List<Code> chosen) {
		return new ReportScope(chosen, where);
	}

	public ReportScope where(Map<String, String> attributes) {
		return new ReportScope(codes, attributes);
	}

	/** The codes reported, in codebook reading order (each parent followed by its branch). */
	public List<Code> codesIn(Project project) {
		return codesIn(project.getCodebook());
	}

	/**
	 * The codes of this codebook that are reported, in reading order. Chosen codes are matched by
	 * GUID, so that a scope made with the project's codes reads the index's copy of the codebook too.
	 */
	public List<Code> codesIn(Codebook codebook) {
		Set<String> chosen = new HashSet<>(codeGuids());
		List<Code> out = new ArrayList<>();
		for (Iterator<EObject> it = codebook.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && (chosen.isEmpty() || chosen.contains(c.getGuid()))) {
				out.add(c);
			}
		}
		return out;
	}

	/** The GUIDs of the chosen codes for the index's queries (empty: every code). */
	public List<String> codeGuids() {
		return codes.stream().map(Code::getGuid).toList();
	}

	/** The cases counted: those with every attribute value asked for. */
	public List<Case> casesIn(Project project) {
		return project.getCases().stream().filter(this::covers).toList();
	}

	/** Whether a case has every attribute value asked for (as the index's filter reads them). */
	public boolean covers(Case c) {
		for (Map.Entry<String, String> w : where.entrySet()) {
			boolean has = false;
			for (VariableValue v : c.getValues()) {
				if (v.getVariable() != null && w.getKey().equals(v.getVariable().getName()) && w.getValue().equals(v.getValue())) {
					has = true;
				}
			}
			if (!has) {
				return false;
			}
		}
		return true;
	}

	/** "cases with Role = GP and Site = A", or "all cases". */
	public String describeCases() {
		if (where.isEmpty()) {
			return "all cases";
		}
		List<String> parts = new ArrayList<>();
		where.forEach((k, v) -> parts.add(k + " = " + v));
		return "cases with " + String.join(" and ", parts);
	}
}
