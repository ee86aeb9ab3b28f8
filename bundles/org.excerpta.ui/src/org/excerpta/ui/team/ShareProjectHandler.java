package org.excerpta.ui.team;

import java.nio.file.Files;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.team.git.SharedProject;
import org.excerpta.ui.ProjectSession;

/** Team > Share Project: make the project folder a git repository, with the team's shared repository as its remote. */
public final class ShareProjectHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly() && !Files.exists(project.folder().resolve(".git"));
	}

	@Execute
	void execute(Shell shell, ProjectSession session) {
		InputDialog ask = new InputDialog(shell, "Share Project",
				"The team's shared repository (git://, https://, file:// or a bare repository on a shared drive).\n"
						+ "Leave empty to share later. Credentials come from ~/.netrc or EXCERPTA_GIT_USERNAME/PASSWORD.",
				"", null);
		if (ask.open() != Window.OK) {
			return;
		}
		String remote = ask.getValue().isBlank() ? null : ask.getValue().strip();
		String coder = CoderIdentity.name();
		Boolean pushed = TeamOperation.run(shell, session, "Share Project", folder -> {
			try (SharedProject shared = SharedProject.init(folder, coder, remote)) {
				return remote != null && shared.push();
			}
		});
		if (pushed != null) {
			MessageDialog.openInformation(shell, "Share Project", pushed ? "The project is shared and pushed to " + remote + "."
					: "The project is now a git repository. Colleagues clone it with: excerpta share clone URL DIR");
		}
	}
}
