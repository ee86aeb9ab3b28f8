package org.excerpta.ui.team;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.JavaHeap;
import org.excerpta.ui.ProjectSession;

/**
 * Runs a git operation on the open project: the project is closed (so every file is complete and
 * git may replace them), the operation runs off the UI thread with a progress dialog, and the
 * project is opened again whatever happened. Failures are shown and logged.
 */
public final class TeamOperation {

	private TeamOperation() {
	}

	/** What the error dialog says when an operation failed. */
	static String failure(String title, Throwable cause, long maxHeapBytes) {
		if (cause instanceof OutOfMemoryError) {
			return title + " ran out of memory: Excerpta had about " + JavaHeap.size(maxHeapBytes) + " to use, and reads every copy"
					+ " a merge compares.\n\nQuit, start Excerpta with more (for instance JAVA_TOOL_OPTIONS="
					+ JavaHeap.doubledOption(maxHeapBytes) + " excerpta) and try again.";
		}
		return title + " failed: " + cause.getMessage()
				+ "\n\nThe project is unchanged. Check the remote's address and your network or credentials, then try again.";
	}

	public static <T> T run(Shell shell, ProjectSession session, String title, Function<Path, T> operation) {
		ExcerptaProject project = session.current();
		if (project == null) {
			return null;
		}
		Path folder = project.folder();
		session.close();
		AtomicReference<T> result = new AtomicReference<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(title + " " + folder.getFileName() + "...", -1);
				try {
					result.set(operation.apply(folder));
				} catch (RuntimeException | OutOfMemoryError e) {
					// An error left to JFace's modal context went past this dialog to the handler, and the
					// user saw nothing: merging the copies of a million-answer project needs about 6 GB.
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(TeamOperation.class).error(title + " failed for " + folder, cause);
			MessageDialog.openError(shell, title, failure(title, cause, Runtime.getRuntime().maxMemory()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			session.open(folder);
		}
		return result.get();
	}
}
