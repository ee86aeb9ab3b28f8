package org.excerpta.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.ui.ProjectSession;

/** File > New Project: choose a new or empty folder and a name. */
public final class NewProjectHandler {

	@Execute
	void execute(Shell shell, ProjectSession session) {
		DirectoryDialog folders = new DirectoryDialog(shell);
		folders.setText("New Project: choose a new or empty folder");
		String folder = folders.open();
		if (folder == null) {
			return;
		}
		Path dir = Path.of(folder);
		InputDialog name = new InputDialog(shell, "New Project", "Project name:", dir.getFileName().toString(),
				s -> s.isBlank() ? "A project needs a name" : null);
		if (name.open() != Window.OK) {
			return;
		}
		try {
			session.create(dir, name.getValue().strip());
		} catch (RuntimeException e) {
			MessageDialog.openError(shell, "New Project", e.getMessage());
		}
	}
}
