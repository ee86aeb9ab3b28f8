package org.excerpta.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.ui.ProjectSession;

import jakarta.inject.Named;

/** File > Open Recent > folder. */
public final class OpenRecentHandler {

	public static final String PATH_PARAMETER = "org.excerpta.ui.command.openRecent.path";

	@Execute
	void execute(Shell shell, ProjectSession session, @Named(PATH_PARAMETER) String folder) {
		open(shell, session, Path.of(folder));
	}

	/**
	 * Opens a project in the background (the progress line shows it, with Cancel), or says clearly
	 * why not (locked elsewhere, not a project, newer format).
	 */
	static void open(Shell shell, ProjectSession session, Path folder) {
		session.openInBackground(folder, problem -> MessageDialog.openError(shell, "Open Project", problem));
	}
}
