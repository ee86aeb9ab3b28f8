package org.excerpta.core.coding;

import java.util.Date;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.model.Annotatable;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Memo;
import org.excerpta.model.User;

/**
 * Memos on codes, sources, selections, codings and cases (REFI-QDA notes): written, attached and
 * edited each as one undoable, durable change. The memo itself lives in the project's notes, so
 * that it survives the coding it was written on being recoded or merged.
 */
public final class Memos {

	private final ExcerptaProject project;

	public Memos(ExcerptaProject project) {
		this.project = project;
	}

	/**
	 * Writes a memo and attaches it to an object of the project. An author new to the project
	 * ({@link Coder#coderFor}) joins it with the memo, in the same change: Edit > Undo of someone's
	 * first memo takes them back with it, as it does after their first coding.
	 */
	public Memo attach(Annotatable target, String name, String text, User author) {
		if (target.eResource() == null) {
			throw new IllegalArgumentException("a memo can only be attached to something in the project");
		}
		Command addingAuthor = author == null ? null : new Coder(project).addingIfNew(author);
		Memo memo = ModelElements.memo(name == null || name.isBlank() ? "Memo" : name.strip(), text, author);
		CompoundCommand cmd = new CompoundCommand("Write memo " + memo.getName());
		if (addingAuthor != null) {
			cmd.append(addingAuthor);
		}
		cmd.append(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__NOTES, memo));
		cmd.append(AddCommand.create(project.editingDomain(), target, Literals.ANNOTATABLE__MEMOS, memo));
		project.execute(cmd);
		return memo;
	}

	/** Replaces a memo's text (the autosave of the memo editor calls this). */
	public void edit(Memo memo, String text) {
		if (text.equals(memo.getText())) {
			return;
		}
		CompoundCommand cmd = new CompoundCommand("Edit memo " + memo.getName());
		cmd.append(SetCommand.create(project.editingDomain(), memo, Literals.MEMO__TEXT, text));
		cmd.append(SetCommand.create(project.editingDomain(), memo, Literals.MEMO__MODIFIED, new Date()));
		project.execute(cmd);
	}
}
