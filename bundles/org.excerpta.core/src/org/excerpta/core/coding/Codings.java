package org.excerpta.core.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;

/** Finding codings, and the commands that take codings away without leaving references to nothing. */
public final class Codings {

	private Codings() {
	}

	/** Every coding of the given codes, in source order. */
	public static List<Coding> of(Project project, Collection<Code> codes) {
		Set<Code> wanted = Set.copyOf(codes);
		List<Coding> found = new ArrayList<>();
		for (Source s : project.getSources()) {
			if (s instanceof TextSource t) {
				for (TextSelection sel : t.getSelections()) {
					for (Coding c : sel.getCodings()) {
						if (wanted.contains(c.getCode())) {
							found.add(c);
						}
					}
				}
			}
		}
		return found;
	}

	/** How many codings each code has (itself only), in one pass over the project. */
	public static Map<Code, Integer> counts(Project project) {
		Map<Code, Integer> counts = new HashMap<>();
		for (Source s : project.getSources()) {
			if (s instanceof TextSource t) {
				for (TextSelection sel : t.getSelections()) {
					for (Coding c : sel.getCodings()) {
						counts.merge(c.getCode(), 1, Integer::sum);
					}
				}
			}
		}
		return counts;
	}

	/**
	 * Appends the removal of codings; a selection left with no coding and no memo goes too, since
	 * an uncoded, unannotated passage means nothing to the researcher. Returns what was removed
	 * (codings and selections) so that references to them can be removed as well.
	 */
	static Set<EObject> remove(EditingDomain domain, Collection<Coding> codings, CompoundCommand into) {
		Map<TextSelection, List<Coding>> bySelection = new LinkedHashMap<>();
		for (Coding c : codings) {
			bySelection.computeIfAbsent((TextSelection) c.eContainer(), k -> new ArrayList<>()).add(c);
		}
		Set<EObject> gone = new java.util.HashSet<>(codings);
		for (Map.Entry<TextSelection, List<Coding>> e : bySelection.entrySet()) {
			TextSelection sel = e.getKey();
			if (e.getValue().size() == sel.getCodings().size() && sel.getMemos().isEmpty()) {
				into.append(RemoveCommand.create(domain, sel.eContainer(), Literals.TEXT_SOURCE__SELECTIONS, sel));
				gone.add(sel);
			} else {
				into.append(RemoveCommand.create(domain, sel, Literals.TEXT_SELECTION__CODINGS, e.getValue()));
			}
		}
		return gone;
	}

	/** Appends the removal of references from cases, sets and links to objects that are going away. */
	static void removeReferences(EditingDomain domain, Project project, Set<? extends EObject> gone, CompoundCommand into) {
		for (Case c : project.getCases()) {
			removeFrom(domain, c, Literals.CASE__SELECTIONS, c.getSelections(), gone, into);
			removeFrom(domain, c, Literals.CASE__CODES, c.getCodes(), gone, into);
		}
		for (ItemSet s : project.getSets()) {
			removeFrom(domain, s, Literals.ITEM_SET__MEMBER_CODES, s.getMemberCodes(), gone, into);
		}
		// A link with an end gone relates nothing: it goes too.
		List<Link> links = project.getLinks().stream()
				.filter(l -> gone.contains(l.getOrigin()) || gone.contains(l.getTarget())).toList();
		if (!links.isEmpty()) {
			into.append(RemoveCommand.create(domain, project, Literals.PROJECT__LINKS, links));
		}
	}

	private static void removeFrom(EditingDomain domain, EObject owner, org.eclipse.emf.ecore.EReference feature,
			List<? extends EObject> values, Set<? extends EObject> gone, CompoundCommand into) {
		List<EObject> hit = values.stream().filter(gone::contains).map(v -> (EObject) v).toList();
		if (!hit.isEmpty()) {
			into.append(RemoveCommand.create(domain, owner, feature, hit));
		}
	}
}
