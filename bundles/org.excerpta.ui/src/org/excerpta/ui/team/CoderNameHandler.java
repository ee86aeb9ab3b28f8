package org.excerpta.ui.team;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Team > Coder Name: who this workbench records on codings and commits. */
public final class CoderNameHandler {

	@Execute
	void execute(Shell shell) {
		InputDialog ask = new InputDialog(shell, "Coder Name", "Your name as a coder, recorded on every coding and commit:",
				CoderIdentity.name(), v -> v == null || v.isBlank() ? "A coder needs a name" : null);
		if (ask.open() == Window.OK) {
			CoderIdentity.set(ask.getValue());
		}
	}
}
