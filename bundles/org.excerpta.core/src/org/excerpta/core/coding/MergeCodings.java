package org.excerpta.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.TextSelection;
import org.excerpta.model.User;

/** The part of a merge that re-points codings and references from one code to another. */
final class MergeCodings {

	private final EditingDomain domain;
	private final Code source;
	private final Code target;

	MergeCodings(EditingDomain domain, Code source, Code target) {
		this.domain = domain;
		this.source = source;
		this.target = target;
	}

	/**
	 * Appends the re-pointing of the source's codings to the target. One coder codes a passage
	 * with a code once: where the target already has (or gets) a coding by the same coder on a
	 * selection, the extra coding goes and its memos join the one kept.
	 *
	 * @return how many codings were dropped as duplicates
	 */
	int append(List<Coding> sourceCodings, CompoundCommand cmd) {
		Map<TextSelection, List<Coding>> bySelection = new LinkedHashMap<>();
		for (Coding c : sourceCodings) {
			bySelection.computeIfAbsent((TextSelection) c.eContainer(), k -> new ArrayList<>()).add(c);
		}
		int duplicates = 0;
		Map<Coding, Set<Memo>> memosToKeep = new LinkedHashMap<>();
		for (Map.Entry<TextSelection, List<Coding>> e : bySelection.entrySet()) {
			TextSelection sel = e.getKey();
			Map<User, Coding> kept = new HashMap<>(); // by coder; a null coder is a key like any other
			for (Coding c : sel.getCodings()) {
				if (c.getCode() == target) {
					kept.putIfAbsent(c.getCoder(), c);
				}
			}
			List<Coding> dropped = new ArrayList<>();
			for (Coding c : e.getValue()) {
				Coding keeper = kept.get(c.getCoder());
				if (keeper == null) {
					cmd.append(SetCommand.create(domain, c, Literals.CODING__CODE, target));
					kept.put(c.getCoder(), c);
				} else {
					dropped.add(c);
					memosToKeep.computeIfAbsent(keeper, k -> new LinkedHashSet<>()).addAll(c.getMemos());
				}
			}
			if (!dropped.isEmpty()) {
				cmd.append(RemoveCommand.create(domain, sel, Literals.TEXT_SELECTION__CODINGS, dropped));
				duplicates += dropped.size();
			}
		}
		memosToKeep.forEach((keeper, memos) -> {
			memos.removeAll(keeper.getMemos());
			if (!memos.isEmpty()) {
				cmd.append(AddCommand.create(domain, keeper, Literals.ANNOTATABLE__MEMOS, memos));
			}
		});
		return duplicates;
	}

	/** Appends the move of case codes, set members and links from the source to the target. */
	static void redirectReferences(EditingDomain domain, Project project, Code source, Code target, CompoundCommand cmd) {
		for (Case c : project.getCases()) {
			redirect(domain, c, Literals.CASE__CODES, c.getCodes(), source, target, cmd);
		}
		for (ItemSet s : project.getSets()) {
			redirect(domain, s, Literals.ITEM_SET__MEMBER_CODES, s.getMemberCodes(), source, target, cmd);
		}
		List<Link> selfLinks = new ArrayList<>();
		for (Link l : project.getLinks()) {
			EObject origin = l.getOrigin() == source ? target : l.getOrigin();
			EObject end = l.getTarget() == source ? target : l.getTarget();
			if (origin == target && end == target) {
				selfLinks.add(l); // a link between the two merged codes would relate the target to itself
			} else if (origin != l.getOrigin()) {
				cmd.append(SetCommand.create(domain, l, Literals.LINK__ORIGIN, target));
			} else if (end != l.getTarget()) {
				cmd.append(SetCommand.create(domain, l, Literals.LINK__TARGET, target));
			}
		}
		if (!selfLinks.isEmpty()) {
			cmd.append(RemoveCommand.create(domain, project, Literals.PROJECT__LINKS, selfLinks));
		}
	}

	private static void redirect(EditingDomain domain, EObject owner, EReference feature, List<Code> codes, Code source,
			Code target, CompoundCommand cmd) {
		if (!codes.contains(source)) {
			return;
		}
		if (codes.contains(target)) {
			cmd.append(RemoveCommand.create(domain, owner, feature, source));
		} else {
			cmd.append(ReplaceCommand.create(domain, owner, feature, source, List.of(target)));
		}
	}
}
