package org.excerpta.ui.team;

import java.nio.file.Files;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.team.git.PullResult;
import org.excerpta.team.git.SharedProject;
import org.excerpta.ui.ProjectSession;

/** Team > Pull: bring the team's work in; clashing changes are shown for the user to settle first. */
public final class PullHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly() && Files.exists(project.folder().resolve(".git"));
	}

	@Execute
	void execute(Shell shell, ProjectSession session) {
		String coder = CoderIdentity.name();
		PullResult result = pull(shell, session, coder, Map.of());
		if (result != null && result.outcome() == PullResult.Outcome.CONFLICTS) {
			MergeConflictDialog dialog = new MergeConflictDialog(shell, result.conflicts());
			if (dialog.open() != Window.OK) {
				return;
			}
			result = pull(shell, session, coder, dialog.resolutions());
		}
		if (result != null) {
			MessageDialog.openInformation(shell, "Pull", "Pulled: " + result.describe()
					+ (result.indexNote() == null ? "" : "\n\n" + result.indexNote())
					+ (result.merge() == null || result.merge().notMerged().isEmpty() ? ""
							: "\n\nNot merged:\n" + String.join("\n", result.merge().notMerged())));
		}
	}

	private static PullResult pull(Shell shell, ProjectSession session, String coder, Map<String, org.excerpta.team.merge.Resolution> r) {
		return TeamOperation.run(shell, session, "Pull", folder -> {
			try (SharedProject shared = SharedProject.open(folder)) {
				return shared.pull(coder, r);
			}
		});
	}
}
