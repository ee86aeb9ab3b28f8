package org.excerpta.ui.parts;

import org.eclipse.emf.common.command.CommandStackListener;
import org.excerpta.core.ExcerptaProject;

/**
 * Keeps a part's command-stack listener on whichever project the part shows, so that every
 * change, undo and redo repaints it, and the listener leaves with the project.
 */
final class ProjectFollower {

	private final CommandStackListener listener;
	private ExcerptaProject project;

	ProjectFollower(CommandStackListener listener) {
		this.listener = listener;
	}

	/**
	 * Whether the project's last change (or its undo or redo) may have touched an object of one of
	 * these kinds: one of its affected objects is one. A coding's are its selection and coding, its
	 * undo's the source. With no project or no change known, yes: a view then shows everything again.
	 */
	static boolean lastChangeTouched(ExcerptaProject project, Class<?>... kinds) {
		org.eclipse.emf.common.command.Command last = project == null ? null : project.commandStack().getMostRecentCommand();
		if (last == null) {
			return true;
		}
		for (Object o : last.getAffectedObjects()) {
			for (Class<?> kind : kinds) {
				if (kind.isInstance(o)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Starts following a project (null: none), and stops following the previous one. */
	void follow(ExcerptaProject next) {
		if (project != null) {
			project.commandStack().removeCommandStackListener(listener);
		}
		project = next;
		if (next != null) {
			next.commandStack().addCommandStackListener(listener);
		}
	}
}
