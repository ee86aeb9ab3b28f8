package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.ui.wizards.ImportDocumentsWizard;

/** File > Import Documents (Ctrl+I). */
public final class ImportDocumentsHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly();
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project) {
		ImportDocumentsWizard wizard = new ImportDocumentsWizard(project);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(640, 360);
		if (dialog.open() == Window.OK && wizard.report() != null) {
			var report = wizard.report();
			MessageDialog.open(report.failed().isEmpty() ? MessageDialog.INFORMATION : MessageDialog.WARNING, shell,
					"Import Documents", ImportDocumentsWizard.summary(report), 0);
		}
	}
}
