package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.ui.OpeningProject;
import org.excerpta.ui.ProjectSession;

/** Edit > Undo: takes back the last change of the project, on disk too. */
public final class UndoHandler {

	/** Whether there is something to undo; the menu item (when asked from the menu) is named by it, e.g. "Undo Autocode with Trust". */
	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project, @Optional OpeningProject opening, @Optional MHandledMenuItem item) {
		String what;
		if (project != null) {
			what = project.commandStack().canUndo() ? project.commandStack().getUndoCommand().getLabel() : null;
		} else {
			// While a project loads: what was coded or added from its index meanwhile.
			what = opening == null ? null : opening.index().undoLabelAlone();
		}
		EditMenuLabels.name(item, "Undo", what);
		return project != null ? project.commandStack().canUndo() : what != null;
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
