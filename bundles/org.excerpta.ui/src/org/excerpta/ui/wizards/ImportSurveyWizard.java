package org.excerpta.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;

/**
 * File > Import Survey: choose a CSV or XLSX export, check the columns (respondent ID, open
 * questions, attributes and their types), then import with progress and cancel. The file is read
 * off the UI thread; each batch of respondents is added on the UI thread, which owns the model.
 */
public final class ImportSurveyWizard extends Wizard {

	private final ExcerptaProject project;
	private final SurveyFilePage filePage = new SurveyFilePage();
	private final SurveyColumnsPage columnsPage = new SurveyColumnsPage(filePage);
	private SurveyImportReport report;

	public ImportSurveyWizard(ExcerptaProject project) {
		this.project = project;
		setWindowTitle("Import Survey");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(columnsPage);
	}

	public SurveyFilePage filePage() {
		return filePage;
	}

	public SurveyColumnsPage columnsPage() {
		return columnsPage;
	}

	public SurveyImportReport report() {
		return report;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == columnsPage && columnsPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		SurveyOptions options = columnsPage.options();
		java.nio.file.Path file = filePage.file(); // read the widgets here: the import runs on another thread
		Display display = getShell().getDisplay();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					report = new SurveyImporter().importSurvey(project, file, options, monitor, display::syncExec);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() instanceof SWTException swt && swt.getCause() != null ? swt.getCause() : e.getCause();
			if (!(cause instanceof org.eclipse.core.runtime.OperationCanceledException)) {
				MessageDialog.openError(getShell(), "Import Survey", cause.getMessage());
			}
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** What a researcher wants to know after an import. */
	public static String summary(SurveyImportReport r) {
		StringBuilder s = new StringBuilder();
		s.append(r.respondentsAdded()).append(" respondents added, ").append(r.respondentsMatched())
				.append(" already in the project; ").append(r.answersAdded()).append(" answers added, ")
				.append(r.blankAnswersSkipped()).append(" blank answers skipped.");
		if (r.answersChangedKept() > 0) {
			s.append("\n").append(r.answersChangedKept()).append(" answers differ from the earlier import and were kept as they were, with their codings.");
		}
		r.notes().forEach(n -> s.append("\n\u2022 ").append(n));
		return s.toString();
	}
}
