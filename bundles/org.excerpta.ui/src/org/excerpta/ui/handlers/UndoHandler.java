package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.ui.OpeningProject;
import org.excerpta.ui.ProjectSession;

/** Edit > Undo: takes back the last change of the project, on disk too. */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project, @Optional OpeningProject opening) {
		if (project != null) {
			return project.commandStack().canUndo();
		}
		// While a project loads: what was coded or added from its index meanwhile.
		return opening != null && opening.index().undoLabelAlone() != null;
	}

	@Execute
	void execute(Shell shell, @Optional ExcerptaProject project, @Optional OpeningProject opening, ProjectSession session) {
		try {
			if (project != null) {
				project.commandStack().undo();
			} else if (opening != null) {
				session.undoWhileLoading();
			}
		} catch (RuntimeException e) {
			MessageDialog.openError(shell, "Undo", e.getMessage());
		}
	}
}
