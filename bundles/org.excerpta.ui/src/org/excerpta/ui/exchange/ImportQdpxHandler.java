package org.excerpta.ui.exchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.ui.ProjectSession;

/**
 * File > Import REFI-QDA Project: a .qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette
 * becomes a new project, which is then opened. What Excerpta cannot hold is listed.
 */
public final class ImportQdpxHandler {

	@Execute
	void execute(Shell shell, ProjectSession session) {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setText("Import REFI-QDA Project: choose the .qdpx file");
		files.setFilterExtensions(new String[] { "*.qdpx;*.qde", "*.*" });
		String file = files.open();
		if (file == null) {
			return;
		}
		DirectoryDialog folders = new DirectoryDialog(shell);
		folders.setText("Import REFI-QDA Project: choose a new, empty folder for the project");
		String folder = folders.open();
		if (folder == null) {
			return;
		}
		AtomicReference<QdpxImportReport> report = new AtomicReference<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask("Importing " + Path.of(file).getFileName() + "...", -1);
				try {
					report.set(new QdpxImporter().importProject(Path.of(file), Path.of(folder)));
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(ImportQdpxHandler.class).error("Import of " + file + " failed", cause);
			MessageDialog.openError(shell, "Import REFI-QDA Project", cause.getMessage() + "\n\nNo project was created.");
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		session.open(Path.of(folder));
		MessageDialog.openInformation(shell, "Import REFI-QDA Project", report.get().summary());
	}
}
