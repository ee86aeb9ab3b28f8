package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.excerpta.core.ExcerptaProject;

/**
 * Imports a survey export (CSV or XLSX) into a project: one case per respondent, closed questions
 * as typed case variables, and each non-blank open answer as a codable survey-answer text linked
 * to its case and labelled with its question (a value of the "Question" variable).
 *
 * <p>The file is read twice, row by row: first to find the header, the ID column, column types
 * and open questions and to check everything that could make the import fail; then to add the
 * respondents, one command per {@value #BATCH_SIZE} of them. A failure found in the first pass
 * leaves the project untouched; a failure or cancellation in the second undoes the batches
 * already added.
 *
 * <p>Importing a newer export of the same survey into the same project matches respondents by ID
 * (case name) and variables and questions by column name: new respondents, columns and answers are
 * added, nothing is duplicated, changed closed values are updated, and existing answers are never
 * changed, so their codings stay valid (see {@link SurveyImportReport}). Because of this, an
 * import interrupted by a crash can simply be run again.
 */
public final class SurveyImporter {

	/** Respondents per command. */
	public static final int BATCH_SIZE = 5_000;

	/** What the import would do: reads the whole file once, and does not touch a project. */
	public SurveyPreview preview(Path file, SurveyOptions options) {
		return preview(file, options, null);
	}

	public SurveyPreview preview(Path file, SurveyOptions options, IProgressMonitor monitor) {
		SurveyFile reader = SurveyFile.open(file, options.sheet());
		SurveyScan scan = SurveyScan.run(reader, options, monitor);
		List<String> notes = new ArrayList<>(scan.notes());
		List<ColumnPlan> plans = new ColumnPlanner(file, scan.names(), scan.stats(), notes).plan(scan.idIndex(), options,
				ExistingSurvey.none());
		if (scan.blankRows() > 0) {
			notes.add(scan.blankRows() + (scan.blankRows() == 1 ? " blank row" : " blank rows") + " will be skipped");
		}
		List<SurveyPreview.Column> columns = plans.stream()
				.map(p -> new SurveyPreview.Column(p.index() + 1, p.name(), p.role(), p.type(), p.stats().values(),
						p.stats().samples(), p.reason()))
				.toList();
		return new SurveyPreview(file, reader.describe(), scan.headerRows(), scan.respondents(), columns, notes);
	}

	/**
	 * Imports the file into the project.
	 *
	 * @param monitor progress and cancellation; may be {@code null}
	 * @throws SurveyImportException     when the file cannot be imported (the project is as it was)
	 * @throws OperationCanceledException when cancelled (the project is as it was)
	 */
	public SurveyImportReport importSurvey(ExcerptaProject project, Path file, SurveyOptions options,
			IProgressMonitor monitor) {
		return importSurvey(project, file, options, monitor, Runnable::run);
	}

	/**
	 * Imports with the reading on the calling thread and every change to the project handed to
	 * {@code modelThread}: the workbench passes its UI thread, which owns the model.
	 */
	public SurveyImportReport importSurvey(ExcerptaProject project, Path file, SurveyOptions options,
			IProgressMonitor monitor, java.util.function.Consumer<Runnable> modelThread) {
		if (project.isReadOnly()) {
			throw new SurveyImportException(file, "the project " + project.folder() + " is open read-only");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + file.getFileName(), 100);
		SurveyFile reader = SurveyFile.open(file, options.sheet());
		SurveyScan scan = SurveyScan.run(reader, options, progress.split(30));
		ExistingSurvey existing = ExistingSurvey.of(project.model());
		List<String> notes = new ArrayList<>(scan.notes());
		List<ColumnPlan> plans = new ColumnPlanner(file, scan.names(), scan.stats(), notes).plan(scan.idIndex(), options,
				existing);
		SurveyImportReport report = new SurveyImportReport(file, reader.describe(), scan.headerRows(), notes);
		new SurveyWriter(project, scan, plans, existing, report, BATCH_SIZE, progress.split(70), modelThread).run(reader);
		report.finish(scan.blankRows());
		return report;
	}
}
