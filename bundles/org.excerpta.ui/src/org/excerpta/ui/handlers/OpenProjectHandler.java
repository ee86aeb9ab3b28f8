package org.excerpta.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.ui.ProjectSession;

/** File > Open Project: choose a project folder. */
public final class OpenProjectHandler {

	@Execute
	void execute(Shell shell, ProjectSession session) {
		DirectoryDialog folders = new DirectoryDialog(shell);
		folders.setText("Open Project: choose the project folder");
		String folder = folders.open();
		if (folder != null) {
			OpenRecentHandler.open(shell, session, Path.of(folder));
		}
	}
}
