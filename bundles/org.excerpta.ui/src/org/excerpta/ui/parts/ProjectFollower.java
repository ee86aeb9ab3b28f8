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
