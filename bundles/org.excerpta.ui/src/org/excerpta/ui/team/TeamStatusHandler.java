package org.excerpta.ui.team;

import java.nio.file.Files;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.team.git.SharedProject;
import org.excerpta.team.git.ShareStatus;
import org.excerpta.ui.ProjectSession;

/** Team > Status: what is not yet shared, and what waits on the remote. */
public final class TeamStatusHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && Files.exists(project.folder().resolve(".git"));
	}

	@Execute
	void execute(Shell shell, ProjectSession session) {
		ShareStatus status = TeamOperation.run(shell, session, "Status", folder -> {
			try (SharedProject shared = SharedProject.open(folder)) {
				if (shared.status().remote() != null) {
					shared.fetch();
				}
				return shared.status();
			}
		});
		if (status != null) {
			MessageDialog.openInformation(shell, "Team Status", status.describe());
		}
	}
}
