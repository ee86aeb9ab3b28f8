package org.excerpta.ui.exchange;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;

/** File > Export; while a large project loads, the exports that read its index alone. */
public final class ExportHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project, @Optional org.excerpta.ui.OpeningProject opening) {
		return project != null || opening != null;
	}

	@Execute
	void execute(Shell shell, @Optional ExcerptaProject project, @Optional org.excerpta.ui.OpeningProject opening,
			org.excerpta.ui.ProjectSession session) {
		ExportWizard wizard = project != null ? new ExportWizard(project, session::index) : new ExportWizard(opening);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		if (dialog.open() == Window.OK && wizard.result() != null) {
			MessageDialog.openInformation(shell, "Export", wizard.result());
		}
	}
}
