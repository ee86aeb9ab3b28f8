package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;

/** Edit > Undo: takes back the last change of the project, on disk too. */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && project.commandStack().canUndo();
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project) {
		try {
			project.commandStack().undo();
		} catch (RuntimeException e) {
			MessageDialog.openError(shell, "Undo", e.getMessage());
		}
	}
}
