package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.ui.wizards.ImportSurveyWizard;

/** File > Import Survey. */
public final class ImportSurveyHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly();
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project) {
		ImportSurveyWizard wizard = new ImportSurveyWizard(project);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(800, 420);
		if (dialog.open() == Window.OK && wizard.report() != null) {
			MessageDialog.openInformation(shell, "Import Survey", ImportSurveyWizard.summary(wizard.report()));
		}
	}
}
