package org.excerpta.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;

/**
 * Changes to the codebook. Each change is one command on the project's stack: one undo takes it
 * back, and it is on disk when the method returns. Bad input throws IllegalArgumentException and
 * changes nothing.
 */
public final class CodebookEditor {

	private final ExcerptaProject project;

	public CodebookEditor(ExcerptaProject project) {
		this.project = project;
	}

	private Codebook codebook() {
		return project.model().getCodebook();
	}

	private EditingDomain domain() {
		return project.editingDomain();
	}

	/** The code at a path such as "Conflict and tension between partners / Relational". */
	public Code find(String path) {
		return CodePaths.require(codebook(), path);
	}

	public String pathOf(Code code) {
		return CodePaths.pathOf(code);
	}

	/**
	 * Adds a code, and any missing parents (codable, like any code made by hand). A null colour
	 * gives a palette colour no other code has.
	 */
	public Code add(String path, String color, String description) {
		NewCodes made = newCodesFor(codebook(), path, color, description);
		// The new codes are built outside the project and join it with one AddCommand.
		project.execute(label(AddCommand.create(domain(), CodePaths.owner(codebook(), made.parent()), CodePaths.feature(made.parent()),
				made.top()), "Add code " + made.leaf().getName()));
		return made.leaf();
	}

	/**
	 * The codes {@link #add} would add for a path, built but not added: {@code top} (holding the
	 * rest as its sub-codes, down to {@code leaf}) goes under {@code parent}, an existing code, or
	 * at the top of the codebook when it is null.
	 */
	public record NewCodes(Code parent, Code top, Code leaf) {
	}

	/**
	 * The codes a path needs in a codebook, checked, coloured and built as {@link #add} does, but not
	 * added: for a codebook that is not an open project's own (the index's copy, while a large
	 * project loads or the command line reads the index alone).
	 */
	public static NewCodes newCodesFor(Codebook codebook, String path, String color, String description) {
		List<String> names = CodePaths.split(Objects.requireNonNull(path, "path"));
		names.forEach(CodePaths::checkName);
		if (CodePaths.find(codebook, path) != null) {
			throw new IllegalArgumentException("the code \"" + path + "\" already exists");
		}
		CodeColors colors = new CodeColors(codebook);
		String own = color == null ? null : CodeColors.check(color);
		Code parent = null;
		int i = 0;
		for (; i < names.size() - 1; i++) {
			Code next = CodePaths.named(CodePaths.siblings(codebook, parent), names.get(i));
			if (next == null) {
				break;
			}
			parent = next;
		}
		Code top = null;
		Code last = null;
		for (int k = i; k < names.size(); k++) {
			String name = names.get(k);
			List<Code> siblings = last == null ? CodePaths.siblings(codebook, parent) : last.getChildren();
			Code clash = CodePaths.clash(siblings, name, null);
			if (clash != null) {
				throw new IllegalArgumentException("\"" + name + "\" clashes with the existing code \"" + CodePaths.pathOf(clash) + "\"");
			}
			boolean leaf = k == names.size() - 1;
			Code c = ModelElements.code(name, leaf && own != null ? own : colors.next(), leaf ? description : null, true);
			if (last == null) {
				top = c;
			} else {
				last.getChildren().add(c);
			}
			last = c;
		}
		return new NewCodes(parent, top, last);
	}

	public void rename(Code code, String newName) {
		checkInProject(code);
		set(code, Literals.CODE__NAME, checkRename(codebook(), code, newName), "Rename code");
	}

	/**
	 * The name a code of this codebook may be renamed to, checked as {@link #rename} checks it (a
	 * valid name no sibling has): for a codebook that is not an open project's own (see {@link
	 * #newCodesFor}).
	 */
	public static String checkRename(Codebook codebook, Code code, String newName) {
		String name = CodePaths.checkName(newName);
		Code clash = CodePaths.clash(CodePaths.siblings(codebook, CodePaths.parentOf(code)), name, code);
		if (clash != null) {
			throw new IllegalArgumentException("cannot rename \"" + CodePaths.pathOf(code) + "\": \"" + CodePaths.pathOf(clash) + "\" already exists");
		}
		return name;
	}

	public void setColor(Code code, String color) {
		checkInProject(code);
		set(code, Literals.CODE__COLOR, color == null ? null : CodeColors.check(color), "Set code colour");
	}

	public void setDescription(Code code, String description) {
		checkInProject(code);
		set(code, Literals.CODE__DESCRIPTION, description, "Set code description");
	}

	/** Moves a code under a new parent (null: top level) at an index (-1: last). */
	public void move(Code code, Code newParent, int index) {
		checkInProject(code);
		if (newParent != null) {
			checkInProject(newParent);
		}
		int size = checkMove(codebook(), code, newParent, index);
		Code oldParent = CodePaths.parentOf(code);
		boolean sameParent = oldParent == newParent;
		Command cmd;
		if (sameParent) {
			cmd = MoveCommand.create(domain(), CodePaths.owner(codebook(), newParent), CodePaths.feature(newParent), code,
					index == -1 ? size : index);
		} else {
			// Remove then add: an AddCommand alone would not put the code back under its old parent on undo.
			CompoundCommand c = new CompoundCommand();
			c.append(RemoveCommand.create(domain(), CodePaths.owner(codebook(), oldParent), CodePaths.feature(oldParent), code));
			c.append(AddCommand.create(domain(), CodePaths.owner(codebook(), newParent), CodePaths.feature(newParent), code, index));
			cmd = c;
		}
		project.execute(label(cmd, "Move code " + code.getName()));
	}

	/**
	 * Checks a move as {@link #move} does (not into its own sub-codes, a position among the new
	 * siblings, no sibling there of the same name) and returns how many other codes are there:
	 * index -1 means that many. For a codebook that is not an open project's own (see {@link
	 * #newCodesFor}).
	 */
	public static int checkMove(Codebook codebook, Code code, Code newParent, int index) {
		if (newParent != null && (newParent == code || EcoreUtil.isAncestor(code, newParent))) {
			throw new IllegalArgumentException("cannot move \"" + CodePaths.pathOf(code) + "\" into its own sub-codes");
		}
		List<Code> target = CodePaths.siblings(codebook, newParent);
		boolean sameParent = CodePaths.parentOf(code) == newParent;
		int size = sameParent ? target.size() - 1 : target.size();
		if (index < -1 || index > size) {
			throw new IllegalArgumentException("position " + index + " is out of range: there are " + size + " other codes there");
		}
		if (!sameParent) {
			Code clash = CodePaths.clash(target, code.getName(), code);
			if (clash != null) {
				throw new IllegalArgumentException("cannot move \"" + CodePaths.pathOf(code) + "\": \"" + CodePaths.pathOf(clash) + "\" already exists there");
			}
		}
		return size;
	}

	/** How many codings a code has, with or without those of the codes below it. */
	public int codingsOf(Code code, boolean withDescendants) {
		return Codings.of(project.model(), withDescendants ? CodePaths.subtree(code) : List.of(code)).size();
	}

	/** How many codes lie below a code, at any depth: they go when it is deleted. */
	public int subCodesOf(Code code) {
		return CodePaths.subtree(code).size() - 1;
	}

	/**
	 * Merges {@code source} into {@code target}: its codings, sub-codes, memos, set and case
	 * memberships and links pass to the target, then it goes. Where a selection would carry two
	 * codings of the target by the same coder, one is kept (with the memos of both).
	 *
	 * @return how many duplicate codings were merged away
	 */
	public int merge(Code source, Code target) {
		checkInProject(source);
		checkInProject(target);
		if (source == target) {
			throw new IllegalArgumentException("cannot merge \"" + pathOf(source) + "\" into itself");
		}
		if (EcoreUtil.isAncestor(source, target)) {
			throw new IllegalArgumentException("cannot merge \"" + pathOf(source) + "\" into its own sub-code \"" + pathOf(target)
					+ "\"; move the sub-code out first");
		}
		List<Coding> codings = Codings.of(project.model(), List.of(source));
		if (!codings.isEmpty() && !target.isCodable()) {
			throw new IllegalArgumentException("cannot merge \"" + pathOf(source) + "\" into \"" + pathOf(target)
					+ "\": it has codings and \"" + pathOf(target) + "\" is not codable");
		}
		for (Code child : source.getChildren()) {
			Code clash = CodePaths.clash(target.getChildren(), child.getName(), null);
			if (clash != null) {
				throw new IllegalArgumentException("cannot merge: \"" + pathOf(target) + "\" already has a sub-code \"" + clash.getName()
						+ "\"; rename or merge \"" + pathOf(child) + "\" first");
			}
		}
		CompoundCommand cmd = new CompoundCommand("Merge code " + source.getName() + " into " + target.getName());
		int duplicates = new MergeCodings(domain(), source, target).append(codings, cmd);
		if (!source.getChildren().isEmpty()) {
			List<Code> children = new ArrayList<>(source.getChildren());
			cmd.append(RemoveCommand.create(domain(), source, Literals.CODE__CHILDREN, children));
			cmd.append(AddCommand.create(domain(), target, Literals.CODE__CHILDREN, children));
		}
		if (!source.getMemos().isEmpty()) {
			cmd.append(AddCommand.create(domain(), target, Literals.ANNOTATABLE__MEMOS, source.getMemos()));
		}
		MergeCodings.redirectReferences(domain(), project.model(), source, target, cmd);
		Code parent = CodePaths.parentOf(source);
		cmd.append(RemoveCommand.create(domain(), CodePaths.owner(codebook(), parent), CodePaths.feature(parent), source));
		project.execute(cmd);
		return duplicates;
	}

	/**
	 * Deletes a code, the codes below it and all their codings (and selections left with no
	 * coding and no memo). Ask first: {@link #codingsOf(Code, boolean)} with descendants.
	 *
	 * @return how many codings were removed
	 */
	public int delete(Code code) {
		checkInProject(code);
		List<Code> subtree = CodePaths.subtree(code);
		List<Coding> codings = Codings.of(project.model(), subtree);
		CompoundCommand cmd = new CompoundCommand("Delete code " + code.getName());
		Set<EObject> gone = new HashSet<>(Codings.remove(domain(), codings, cmd));
		gone.addAll(subtree);
		Codings.removeReferences(domain(), project.model(), gone, cmd);
		Code parent = CodePaths.parentOf(code);
		cmd.append(RemoveCommand.create(domain(), CodePaths.owner(codebook(), parent), CodePaths.feature(parent), code));
		project.execute(cmd);
		return codings.size();
	}

	/** Creates sub-codes under a code, for the researcher to recode its passages into. */
	public void split(Code code, List<String> newChildNames) {
		checkInProject(code);
		if (newChildNames == null || newChildNames.isEmpty()) {
			throw new IllegalArgumentException("name at least one sub-code to split \"" + pathOf(code) + "\" into");
		}
		CodeColors colors = new CodeColors(codebook());
		List<Code> added = new ArrayList<>();
		List<Code> existing = new ArrayList<>(code.getChildren());
		for (String raw : newChildNames) {
			String name = CodePaths.checkName(raw);
			Code clash = CodePaths.clash(existing, name, null);
			if (clash != null) {
				throw new IllegalArgumentException("\"" + pathOf(code) + "\" already has a sub-code \"" + clash.getName() + "\"");
			}
			Code c = ModelElements.code(name, colors.next(), null, true);
			existing.add(c);
			added.add(c);
		}
		project.execute(label(AddCommand.create(domain(), code, Literals.CODE__CHILDREN, added), "Split code " + code.getName()));
	}

	/** What {@link #importRows(List)} or {@link #importQdc(List)} did. */
	public record ImportResult(int added, int updated) {
	}

	/**
	 * Adds the codes of a codebook exchange file that are missing, and updates the colour and
	 * description of those that exist, in one command. Rows may come in any order; a parent
	 * named only as part of a path is created codable.
	 */
	public ImportResult importRows(List<CodebookCsv.Row> rows) {
		Map<String, Code> pending = new HashMap<>(); // new codes, by path, not yet in the project
		Map<Code, Code> roots = new LinkedHashMap<>(); // new codes whose parent is in the project (null: top level)
		CodeColors colors = new CodeColors(codebook());
		CompoundCommand cmd = new CompoundCommand("Import codebook");
		int updated = 0;
		for (CodebookCsv.Row row : rows) {
			Code existing = CodePaths.find(codebook(), row.path());
			String color = row.color() == null ? null : CodeColors.check(row.color());
			if (existing == null) {
				Code c = pendingCode(row.path(), pending, roots, colors);
				c.setCodable(row.codable());
				c.setColor(color == null ? c.getColor() : color);
				c.setDescription(row.description());
				continue;
			}
			boolean changed = false;
			if (color != null && !color.equalsIgnoreCase(Objects.toString(existing.getColor(), ""))) {
				cmd.append(SetCommand.create(domain(), existing, Literals.CODE__COLOR, color));
				changed = true;
			}
			if (row.description() != null && !row.description().equals(existing.getDescription())) {
				cmd.append(SetCommand.create(domain(), existing, Literals.CODE__DESCRIPTION, row.description()));
				changed = true;
			}
			updated += changed ? 1 : 0;
		}
		roots.forEach((root, parent) -> cmd.append(
				AddCommand.create(domain(), CodePaths.owner(codebook(), parent), CodePaths.feature(parent), root)));
		if (!cmd.isEmpty()) {
			project.execute(cmd);
		}
		return new ImportResult(pending.size(), updated);
	}

	/**
	 * Adds the codes of a REFI-QDA codebook ({@link CodebookQdc#read}) that are missing, and updates
	 * the colour and description of those that exist, in one command. A code is matched first by
	 * GUID anywhere in the codebook, then by name under its matched parent. New codes keep the GUID
	 * of the file (unless something in the project already has it), so codebooks round-trip.
	 */
	public ImportResult importQdc(List<CodebookQdc.ImportedCode> codes) {
		Map<String, Code> byGuid = new HashMap<>();
		Set<String> taken = new HashSet<>();
		taken.add(CodebookQdc.normalizeGuid(Objects.toString(project.model().getGuid(), "")));
		for (var it = project.model().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Identified i && i.getGuid() != null) {
				String g = CodebookQdc.normalizeGuid(i.getGuid());
				taken.add(g);
				if (o instanceof Code c) {
					byGuid.put(g, c);
				}
			}
		}
		QdcImport run = new QdcImport(byGuid, taken, new CodeColors(codebook()), new CompoundCommand("Import codebook"));
		run.level(codes, null);
		run.roots.forEach((root, parent) -> run.cmd.append(
				AddCommand.create(domain(), CodePaths.owner(codebook(), parent), CodePaths.feature(parent), root)));
		if (!run.cmd.isEmpty()) {
			project.execute(run.cmd);
		}
		return new ImportResult(run.added, run.updated);
	}

	/** One run of {@link #importQdc(List)}: builds the command, touching nothing until it is executed. */
	private final class QdcImport {
		final Map<String, Code> byGuid;
		final Set<String> taken;
		final CodeColors colors;
		final CompoundCommand cmd;
		final Map<Code, Code> roots = new LinkedHashMap<>(); // new codes whose parent is in the project (null: top level)
		final Set<Code> matched = new HashSet<>();
		int added;
		int updated;

		QdcImport(Map<String, Code> byGuid, Set<String> taken, CodeColors colors, CompoundCommand cmd) {
			this.byGuid = byGuid;
			this.taken = taken;
			this.colors = colors;
			this.cmd = cmd;
		}

		/** Imported codes under a code of the project (null: top level). */
		void level(List<CodebookQdc.ImportedCode> codes, Code parent) {
			for (CodebookQdc.ImportedCode ic : codes) {
				String name = CodePaths.checkName(ic.name());
				Code existing = ic.guid() == null ? null : byGuid.get(CodebookQdc.normalizeGuid(ic.guid()));
				if (existing == null || matched.contains(existing)) {
					existing = CodePaths.named(CodePaths.siblings(codebook(), parent), name);
				}
				if (existing != null && matched.add(existing)) {
					update(existing, ic);
					level(ic.children(), existing);
					continue;
				}
				List<Code> siblings = new ArrayList<>(CodePaths.siblings(codebook(), parent));
				roots.forEach((root, p) -> {
					if (p == parent) {
						siblings.add(root);
					}
				});
				Code clash = CodePaths.clash(siblings, name, null);
				if (clash != null) {
					throw new IllegalArgumentException("\"" + name + "\" clashes with the code \"" + CodePaths.pathOf(clash)
							+ "\" (names at one level must differ in more than case)");
				}
				roots.put(newCode(ic, name), parent);
			}
		}

		private Code newCode(CodebookQdc.ImportedCode ic, String name) {
			Code c = ModelElements.code(name, ic.color() == null ? colors.next() : CodeColors.check(ic.color()),
					ic.description(), ic.codable());
			if (ic.guid() != null && taken.add(CodebookQdc.normalizeGuid(ic.guid()))) {
				c.setGuid(CodebookQdc.normalizeGuid(ic.guid()));
			} else {
				taken.add(c.getGuid());
			}
			added++;
			for (CodebookQdc.ImportedCode child : ic.children()) {
				String childName = CodePaths.checkName(child.name());
				Code clash = CodePaths.clash(c.getChildren(), childName, null);
				if (clash != null) {
					throw new IllegalArgumentException("\"" + name + "\" has two sub-codes named \"" + childName
							+ "\" (names at one level must differ in more than case)");
				}
				c.getChildren().add(newCode(child, childName));
			}
			return c;
		}

		private void update(Code existing, CodebookQdc.ImportedCode ic) {
			boolean changed = false;
			String color = ic.color() == null ? null : CodeColors.check(ic.color());
			if (color != null && !color.equalsIgnoreCase(Objects.toString(existing.getColor(), ""))) {
				cmd.append(SetCommand.create(domain(), existing, Literals.CODE__COLOR, color));
				changed = true;
			}
			if (ic.description() != null && !ic.description().equals(existing.getDescription())) {
				cmd.append(SetCommand.create(domain(), existing, Literals.CODE__DESCRIPTION, ic.description()));
				changed = true;
			}
			updated += changed ? 1 : 0;
		}
	}

	/** The new code at a path, built outside the project with any missing parents. */
	private Code pendingCode(String path, Map<String, Code> pending, Map<Code, Code> roots, CodeColors colors) {
		Code c = pending.get(path);
		if (c != null) {
			return c;
		}
		List<String> names = CodePaths.split(path);
		String name = CodePaths.checkName(names.get(names.size() - 1));
		String parentPath = String.join(CodePaths.SEPARATOR, names.subList(0, names.size() - 1));
		Code parent = names.size() == 1 ? null : CodePaths.find(codebook(), parentPath);
		List<Code> siblings;
		if (names.size() == 1 || parent != null) {
			siblings = CodePaths.siblings(codebook(), parent);
		} else {
			siblings = pendingCode(parentPath, pending, roots, colors).getChildren();
		}
		if (CodePaths.clash(siblings, name, null) != null) {
			throw new IllegalArgumentException("\"" + path + "\" clashes with the existing code \""
					+ CodePaths.clash(siblings, name, null).getName() + "\" at that level (names differ only in case)");
		}
		c = ModelElements.code(name, colors.next(), null, true);
		pending.put(path, c);
		if (names.size() == 1 || parent != null) {
			roots.put(c, parent);
		} else {
			siblings.add(c);
		}
		return c;
	}

	private void set(Code code, org.eclipse.emf.ecore.EAttribute attribute, Object value, String label) {
		if (Objects.equals(code.eGet(attribute), value)) {
			return; // nothing to change: no empty step in the undo history
		}
		project.execute(label(SetCommand.create(domain(), code, attribute, value), label + " " + code.getName()));
	}

	private void checkInProject(Code code) {
		Project p = project.model();
		if (code == null || !EcoreUtil.isAncestor(p.getCodebook(), code)) {
			throw new IllegalArgumentException(code == null ? "no code given" : "\"" + code.getName() + "\" is not a code of this project");
		}
	}

	/** Names the step as the Edit menu shows it ("Undo Rename code ..."). */
	static Command label(Command command, String label) {
		CompoundCommand c = new CompoundCommand(label);
		c.append(command);
		return c;
	}
}
