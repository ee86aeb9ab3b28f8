package org.excerpta.core;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.Project;

/** How much a project holds: what {@code excerpta info} prints. */
public record ProjectSummary(String name, int sources, int cases, int codes, int codings, int users, int memos) {

	public static ProjectSummary of(Project p) {
		int codes = 0;
		for (Iterator<EObject> it = p.getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code) {
				codes++;
			}
		}
		int codings = 0;
		for (var source : p.getSources()) {
			for (Iterator<EObject> it = source.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Coding) {
					codings++;
				}
			}
		}
		return new ProjectSummary(p.getName(), p.getSources().size(), p.getCases().size(), codes, codings,
				p.getUsers().size(), p.getNotes().size());
	}
}
