package org.excerpta.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * What one command (or its undo or redo) touched, as the index sees it: sources whose passages
 * or coded excerpts must be made again, cases whose attribute values or sources changed, and
 * whether anything else changed that the index cannot follow piece by piece (a source or case
 * removed, a variable renamed): then the index is rebuilt.
 *
 * <p>Codes, users and newly added variables touch no document: documents name codes and coders
 * by GUID, and a variable only reaches the index through the values that use it.
 */
final class PendingChanges {

	final Set<TextSource> sources = new LinkedHashSet<>();
	/** Sources whose selections or codings alone changed: only their coded excerpts need making again. */
	final Set<TextSource> codingsOnly = new LinkedHashSet<>();
	/**
	 * Sources that only gained selections or codings (coding, autocoding, or their redo), with what
	 * they gained: only the new coded excerpts need adding, and nothing needs deleting.
	 */
	final Map<TextSource, List<EObject>> codingsAdded = new LinkedHashMap<>();
	final Set<Case> cases = new LinkedHashSet<>();
	/** Of those, the ones this command added to the project: they have no documents yet to replace. */
	final Set<Object> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
	boolean elsewhere;

	static PendingChanges of(Command command) {
		PendingChanges p = new PendingChanges();
		if (command == null) {
			p.elsewhere = true;
		} else {
			p.note(command);
		}
		p.codingsOnly.removeAll(p.sources);
		p.codingsAdded.keySet().removeAll(p.sources);
		p.codingsAdded.keySet().removeAll(p.codingsOnly); // gained some and changed others: all made again
		return p;
	}

	/** Whether no document needs making or replacing: only codes, users or new variables changed. */
	boolean touchesNoDocument() {
		return !elsewhere && sources.isEmpty() && cases.isEmpty() && codingsOnly.isEmpty() && codingsAdded.isEmpty();
	}

	private void note(Command c) {
		if (c instanceof CompoundCommand cc && !cc.getCommandList().isEmpty()) {
			cc.getCommandList().forEach(this::note);
			return;
		}
		if (c instanceof CommandWrapper w && w.getCommand() != null) {
			note(w.getCommand());
			return;
		}
		if (c instanceof AddCommand a && a.getFeature() == Literals.PROJECT__VARIABLES) {
			return; // a new variable (or its undo): no document mentions it until values use it
		}
		if (c instanceof AddCommand a && a.getFeature() == Literals.PROJECT__USERS) {
			// A new coder (or its undo, which names the project as affected): documents name coders by
			// GUID, and a new coder's codings come and go in the same command, followed source by source.
			return;
		}
		if (c instanceof AddCommand a && (a.getFeature() == Literals.PROJECT__SOURCES || a.getFeature() == Literals.PROJECT__CASES)
				&& a.getAffectedObjects() == a.getCollection()) {
			added.addAll(a.getCollection()); // executed or redone (an undo affects the project: a rebuild)
		}
		if (c instanceof AddCommand a && (a.getFeature() == Literals.TEXT_SOURCE__SELECTIONS || a.getFeature() == Literals.TEXT_SELECTION__CODINGS)
				&& a.getAffectedObjects() == a.getCollection() && a.getOwner() instanceof EObject owner) {
			// Executed or redone (an undo affects the owner, and is handled below as a change).
			TextSource source = enclosing(owner, TextSource.class);
			if (source != null) {
				List<EObject> gained = codingsAdded.computeIfAbsent(source, k -> new ArrayList<>());
				for (Object o : a.getCollection()) {
					gained.add((EObject) o);
				}
				return;
			}
		}
		// A command names what it affected: for an add, or an undone remove, that is what was added,
		// not the object it was added to. When that object is a case (answers linked to or unlinked
		// from a respondent), the case changed too: its answers' documents carry its values.
		if (ownerOf(c) instanceof EObject owner && enclosing(owner, Case.class) instanceof Case aCase) {
			cases.add(aCase);
		}
		for (Object o : c.getAffectedObjects()) {
			if (!(o instanceof EObject eo)) {
				elsewhere = true;
			} else if (eo instanceof Code || eo instanceof User || eo instanceof org.excerpta.model.Codebook) {
				// Indexed by GUID only: adding, renaming, recolouring, moving or removing one changes no
				// document (the codebook is what a top-level code's removal affects). The codings of a
				// code deleted or merged go or move in the same command, and their sources are followed.
			} else {
				TextSource source = enclosing(eo, TextSource.class);
				Case aCase = source == null ? enclosing(eo, Case.class) : null;
				if (source != null && enclosing(eo, TextSelection.class) != null) {
					codingsOnly.add(source);
				} else if (source != null) {
					sources.add(source);
				} else if (aCase != null) {
					cases.add(aCase);
				} else {
					elsewhere = true;
				}
			}
		}
	}

	/** The object an EMF edit command changes a feature of, if it is such a command. */
	private static Object ownerOf(Command c) {
		if (c instanceof AddCommand a) {
			return a.getOwner();
		} else if (c instanceof RemoveCommand r) {
			return r.getOwner();
		} else if (c instanceof SetCommand s) {
			return s.getOwner();
		} else if (c instanceof MoveCommand m) {
			return m.getOwner();
		} else if (c instanceof ReplaceCommand r) {
			return r.getOwner();
		}
		return null;
	}

	private static <T> T enclosing(EObject o, Class<T> type) {
		for (EObject c = o; c != null; c = c.eContainer()) {
			if (type.isInstance(c)) {
				return type.cast(c);
			}
		}
		return null;
	}
}
