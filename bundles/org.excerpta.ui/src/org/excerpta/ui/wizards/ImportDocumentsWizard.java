package org.excerpta.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.ImportReport;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;

/**
 * File > Import Documents: choose files and folders, confirm or rename the speakers found, then
 * import with progress and cancel. Reading runs off the UI thread; each file is added to the
 * project on the UI thread, which owns the model, as its own durable, undoable change.
 */
public final class ImportDocumentsWizard extends Wizard {

	private final ExcerptaProject project;
	private final DocumentFilesPage filesPage = new DocumentFilesPage();
	private final SpeakersPage speakersPage;
	private ImportReport report;

	public ImportDocumentsWizard(ExcerptaProject project) {
		this.project = project;
		this.speakersPage = new SpeakersPage(filesPage);
		setWindowTitle("Import Documents");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(filesPage);
		addPage(speakersPage);
	}

	public DocumentFilesPage filesPage() {
		return filesPage;
	}

	public SpeakersPage speakersPage() {
		return speakersPage;
	}

	/** What the last finished import did (null before). */
	public ImportReport report() {
		return report;
	}

	@Override
	public boolean performFinish() {
		List<Path> files = new ArrayList<>(filesPage.files());
		DocumentImportOptions options = speakersPage.options();
		Display display = getShell().getDisplay();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					report = new DocumentImporter().importFiles(project, files, options, monitor, display::syncExec);
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "Import Documents", e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** A summary a researcher can act on: counts, then every skipped or failed file with its reason. */
	public static String summary(ImportReport r) {
		StringBuilder s = new StringBuilder();
		s.append(r.imported().size()).append(" imported, ").append(r.skipped().size()).append(" skipped, ")
				.append(r.failed().size()).append(" failed").append(r.cancelled() ? " (stopped before the end)" : "").append('.');
		r.skipped().forEach(x -> s.append("\n\nSkipped ").append(x.file().getFileName()).append(": ").append(x.reason()));
		r.failed().forEach(x -> s.append("\n\nFailed ").append(x.file().getFileName()).append(": ").append(x.reason()));
		return s.toString();
	}
}
