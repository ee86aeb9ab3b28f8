package org.excerpta.ui.preferences;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;

/** Edit > Preferences. */
public final class PreferencesHandler {

	@Execute
	void execute(Shell shell, @Optional ExcerptaProject project) {
		new PreferencesDialog(shell, project).open();
	}
}
