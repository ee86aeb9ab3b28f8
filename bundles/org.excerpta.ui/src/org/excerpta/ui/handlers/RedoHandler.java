package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;

/** Edit > Redo: makes an undone change again, on disk too. */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && project.commandStack().canRedo();
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project) {
		try {
			project.commandStack().redo();
		} catch (RuntimeException e) {
			MessageDialog.openError(shell, "Redo", e.getMessage());
		}
	}
}
