package org.excerpta.ui.exchange;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;

/** File > Export. */
public final class ExportHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null;
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project, org.excerpta.ui.ProjectSession session) {
		ExportWizard wizard = new ExportWizard(project, session::index);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		if (dialog.open() == Window.OK && wizard.result() != null) {
			MessageDialog.openInformation(shell, "Export", wizard.result());
		}
	}
}
