package org.excerpta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.importer.ImportReport;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.index.Autocoder;
import org.excerpta.index.CodeMatrix;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.SearchResults;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Source;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.VariableType;

/**
 * What a researcher does, done through Excerpta's own API exactly as the workbench and the
 * command line do it (survey and document importers, the durable command stack, the index and
 * the autocoder); the runner times these calls. One instance holds the surveyed project.
 */
final class Workloads implements AutoCloseable {

	/** The survey import's result. */
	record SurveyImport(double importMs, double indexMs, long answers) {
	}

	private final Path folder;
	private ExcerptaProject project;
	private ProjectIndex index;
	/** Answer sources by answer number (from 0). */
	private List<TextSource> answers = List.of();
	private final List<Code> planCodes = new ArrayList<>();
	private final Map<String, Integer> planCodeByGuid = new HashMap<>();
	private Code oneByOne;
	private final List<Code> autocodeCodes = new ArrayList<>();
	private User coder;

	private Workloads(Path folder) {
		this.folder = folder;
	}

	static SurveyOptions surveyOptions() {
		Map<String, VariableType> types = new HashMap<>();
		SurveyShape.ATTRIBUTES.forEach(a -> types.put(a.name(), VariableType.TEXT));
		return SurveyOptions.defaults().withIdColumn(SurveyShape.ID).withOpenColumns(List.of(SurveyShape.OPEN))
				.withTypeOverrides(types);
	}

	/**
	 * Survey import with indexing, end to end: a new project with its index open (as in the
	 * workbench and the command line), the import (durable, in batches, each batch's documents
	 * indexed as it is written), then the first query's catch-up (the last documents, the commit).
	 * The returned instance holds the open project and index.
	 */
	static Workloads importSurvey(Path csv, Path folder, double[] importAndIndexMs) {
		Workloads w = new Workloads(folder);
		long t0 = System.nanoTime();
		w.project = ExcerptaProject.create(folder, "Benchmark survey");
		w.index = ProjectIndex.open(w.project);
		SurveyImportReport report = new SurveyImporter().importSurvey(w.project, csv, surveyOptions(), null, Runnable::run);
		long t1 = System.nanoTime();
		w.index.ensureCurrent();
		long t2 = System.nanoTime();
		importAndIndexMs[0] = (t1 - t0) / 1e6;
		importAndIndexMs[1] = (t2 - t1) / 1e6;
		if (report.answersAdded() == 0) {
			w.close();
			throw new IllegalStateException("the survey import added no answers: " + report);
		}
		w.collectAnswers();
		return w;
	}

	/**
	 * Transcript import into a new project of its own; returns the speaker turns found and puts
	 * the time of the import itself (extraction, turns, originals and texts stored, one durable
	 * command per file) in {@code importMs[0]}: creating and closing the project are not counted.
	 */
	static long importTranscripts(List<Path> files, Path folder, double[] importMs) {
		try (ExcerptaProject p = ExcerptaProject.create(folder, "Benchmark transcripts")) {
			long t = System.nanoTime();
			ImportReport report = new DocumentImporter().importFiles(p, files, DocumentImportOptions.defaults(), null);
			importMs[0] = (System.nanoTime() - t) / 1e6;
			if (!report.failed().isEmpty() || report.imported().size() != files.size()) {
				throw new IllegalStateException("transcript import: " + report.imported().size() + " of " + files.size()
						+ " imported; failed: " + report.failed());
			}
			return report.imported().stream().mapToLong(ImportReport.Imported::speakerTurns).sum();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	long answerCount() {
		return answers.size();
	}

	ExcerptaProject project() {
		return project;
	}

	ProjectIndex index() {
		return index;
	}

	private void collectAnswers() {
		TextSource[] byNumber = new TextSource[project.model().getCases().size()];
		for (Case c : project.model().getCases()) {
			int i = SurveyShape.index(c.getName());
			for (Source s : c.getSources()) {
				if (s instanceof TextSource t) {
					byNumber[i] = t;
				}
			}
		}
		answers = List.of(byNumber);
	}

	/**
	 * The codebook (the plan's 50 codes, one code for single codings, one per autocode run) and
	 * the coder. The index stays open: codes and users touch no document.
	 */
	void prepareCodebook(int autocodeRuns) {
		CodebookEditor codebook = new CodebookEditor(project);
		for (int k = 0; k < CodingPlan.CODES; k++) {
			Code c = codebook.add(CodingPlan.NAMES.get(k), null, null);
			planCodes.add(c);
			planCodeByGuid.put(c.getGuid(), k);
		}
		oneByOne = codebook.add("Coded one by one", null, null);
		for (int r = 0; r < autocodeRuns; r++) {
			autocodeCodes.add(codebook.add("Autocoded " + SurveyShape.QUERY_WORD + " " + (r + 1), null, null));
		}
		coder = new Coder(project).coder("bench");
	}

	/**
	 * Codes the answers as the plan says: one durable command per code, with the index open (as in
	 * the workbench), so each command's coded excerpts are made as it is recorded and indexed on the
	 * second core. Returns the codings made.
	 */
	long codeAsPlanned(CodingPlan plan) {
		List<List<Autocoder.Target>> targets = new ArrayList<>();
		for (int k = 0; k < CodingPlan.CODES; k++) {
			targets.add(new ArrayList<>());
		}
		for (int a = 0; a < answers.size(); a++) {
			TextSource s = answers.get(a);
			for (int k : plan.codesOf(a)) {
				targets.get(k).add(new Autocoder.Target(s, 0, s.getLength()));
			}
		}
		Autocoder autocoder = new Autocoder(project, null); // apply() codes given targets; it needs no index
		long made = 0;
		for (int k = 0; k < CodingPlan.CODES; k++) {
			made += autocoder.apply(targets.get(k), planCodes.get(k), coder);
		}
		return made;
	}

	/** Opens the index, or brings the open one up to date (waits for its documents, commits). */
	void openIndex() {
		if (index == null) {
			index = ProjectIndex.open(project);
		} else {
			index.ensureCurrent();
		}
	}

	private void closeIndex() {
		if (index != null) {
			index.close();
			index = null;
		}
	}

	/** Closes project and index, so that another process can open the project. */
	void closeProject() {
		closeIndex();
		if (project != null) {
			project.close();
			project = null;
		}
	}

	/** Opens the project again in this process (for the workloads that follow), with its index. */
	void reopen() {
		project = ExcerptaProject.open(folder);
		index = ProjectIndex.open(project);
		List<Code> codes = project.model().getCodebook().getCodes();
		planCodes.clear();
		planCodeByGuid.clear();
		autocodeCodes.clear();
		for (Code c : codes) {
			int k = CodingPlan.NAMES.indexOf(c.getName());
			if (k >= 0) {
				planCodes.add(c);
				planCodeByGuid.put(c.getGuid(), k);
			} else if (c.getName().equals("Coded one by one")) {
				oneByOne = c;
			} else if (c.getName().startsWith("Autocoded ")) {
				autocodeCodes.add(c);
			}
		}
		coder = project.model().getUsers().stream().filter(u -> "bench".equals(u.getName())).findFirst().orElseThrow();
		collectAnswers();
	}

	/** The plan's number (0-49) of a code GUID, or -1. */
	int planCode(String guid) {
		return planCodeByGuid.getOrDefault(guid, -1);
	}

	String planCodeGuid(int k) {
		return planCodes.get(k).getGuid();
	}

	/**
	 * The first 100 excerpts of a code among respondents with one attribute value, each with its
	 * context (up to 200 characters either side, taken from the source's text as a viewer shows it).
	 * Returns the respondent IDs in order.
	 */
	List<String> excerpts(int planCode, String attribute, String value, int max) {
		List<Excerpt> found = index.excerpts(List.of(planCodes.get(planCode).getGuid()), Map.of(attribute, value), null, max);
		List<String> ids = new ArrayList<>(found.size());
		for (Excerpt e : found) {
			TextSource s = (TextSource) project.store().find(e.sourceGuid());
			String text = project.text(s);
			int from = text.offsetByCodePoints(0, Math.max(0, e.start() - 200));
			int to = text.offsetByCodePoints(0, Math.min(s.getLength(), e.end() + 200));
			if (text.substring(from, to).isEmpty()) {
				throw new IllegalStateException("an excerpt without text in " + s.getName());
			}
			ids.add(s.getName().substring(0, s.getName().indexOf(' ')));
		}
		return ids;
	}

	CodeMatrix matrix(String attribute) {
		return index.matrix(attribute, Map.of());
	}

	Map<String, Map<String, Integer>> cooccurrence() {
		return index.cooccurrence(Map.of());
	}

	long count(String query) {
		return index.countPassages(query, Map.of());
	}

	SearchResults search(String query, String attribute, String value, int max) {
		return index.search(query, List.of(), Map.of(attribute, value), max);
	}

	/** Codes one whole answer with the "one by one" code: one durable command. */
	void codeOne(int answer) {
		TextSource s = answers.get(answer);
		new Coder(project).code(s, 0, s.getLength(), oneByOne, coder);
	}

	/** Brings the index up to date with the changes since the last query (what the next query would pay). */
	void catchUpIndex() {
		index.ensureCurrent();
	}

	/** Autocodes the answers a query finds, whole answers, with the code of this run: durable. Returns the codings made. */
	int autocode(String query, int run) {
		Autocoder autocoder = new Autocoder(project, index);
		List<Autocoder.Target> targets = autocoder.byQuery(query, Autocoder.Unit.ANSWER);
		return autocoder.apply(targets, autocodeCodes.get(run), coder);
	}

	/**
	 * The coded excerpts table as {@code excerpta export --format csv} writes it when the index is
	 * current: read from the index alone (every coding with its case's name and attributes, coder,
	 * date, place and text), written as CSV for Excel. Returns the rows written.
	 */
	long exportExcerpts(java.nio.file.Path file) {
		index.ensureCurrent(); // what the next command would find: an index reflecting every change
		try (ProjectIndex alone = ProjectIndex.openForReading(project.folder())) {
			if (alone == null) {
				throw new IllegalStateException("the index does not reflect every change of the project: it cannot be read alone");
			}
			org.excerpta.api.table.ReportTable table = org.excerpta.report.ExcerptTable.of(org.excerpta.report.CountedProject.of(alone), alone,
					org.excerpta.report.ReportScope.all());
			org.excerpta.report.CsvReportWriter.forExcel().write(table, file);
			return table.rows().size();
		}
	}

	TextSource answer(int i) {
		return answers.get(i);
	}

	@Override
	public void close() {
		closeProject();
	}
}
