package org.excerpta.ui.team;

import java.nio.file.Files;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.team.git.SharedProject;
import org.excerpta.ui.ProjectSession;

/** Team > Push: commit this coder's work and send it to the shared repository. */
public final class PushHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly() && Files.exists(project.folder().resolve(".git"));
	}

	@Execute
	void execute(Shell shell, ProjectSession session) {
		String coder = CoderIdentity.name();
		Boolean pushed = TeamOperation.run(shell, session, "Push", folder -> {
			try (SharedProject shared = SharedProject.open(folder)) {
				shared.commit(coder, "Work of " + coder);
				return shared.push();
			}
		});
		if (Boolean.TRUE.equals(pushed)) {
			MessageDialog.openInformation(shell, "Push", "Your work is on the shared repository.");
		} else if (Boolean.FALSE.equals(pushed)) {
			MessageDialog.openWarning(shell, "Push", "The shared repository has work you have not pulled yet. "
					+ "Choose Team > Pull, then push again. Your work is committed and safe.");
		}
	}
}
