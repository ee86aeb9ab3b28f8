package org.excerpta.ui.team;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.team.merge.MergePlan;
import org.excerpta.team.merge.MergeResult;
import org.excerpta.team.merge.ProjectMerge;
import org.excerpta.team.merge.Resolution;

/** Team > Merge Another Copy: bring a colleague's copy of this project in, as one undoable step. */
public final class MergeCopyHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly();
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project) {
		DirectoryDialog folders = new DirectoryDialog(shell);
		folders.setText("Merge Another Copy: choose the other copy's project folder");
		String chosen = folders.open();
		if (chosen == null) {
			return;
		}
		try (ExcerptaProject other = ExcerptaProject.openReadOnly(Path.of(chosen))) {
			MergePlan plan = ProjectMerge.plan(null, project.model(), other.model());
			Map<String, Resolution> resolutions = Map.of();
			if (plan.hasConflicts()) {
				MergeConflictDialog dialog = new MergeConflictDialog(shell, plan.conflicts());
				if (dialog.open() != Window.OK) {
					return;
				}
				resolutions = dialog.resolutions();
			} else if (!MessageDialog.openConfirm(shell, "Merge Another Copy", "Merge " + chosen + ": " + plan.summary() + "?")) {
				return;
			}
			MergeResult r = ProjectMerge.apply(project, plan, other::text, resolutions);
			MessageDialog.openInformation(shell, "Merge Another Copy", "Merged: " + r.summary() + ". Edit > Undo takes it back.");
		} catch (RuntimeException e) {
			ILog.of(MergeCopyHandler.class).error("Merge of " + chosen + " failed", e);
			MessageDialog.openError(shell, "Merge Another Copy", "The merge failed: " + e.getMessage() + "\n\nYour project is unchanged.");
		}
	}
}
