package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.SharedStrings;
import org.excerpta.model.Case;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Project;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.excerpta.model.VariableValue;

/**
 * The second pass: turns each respondent's row into a case with typed values and one survey-answer
 * text per non-blank open answer, or updates the matching case of an earlier import. The changes
 * go to the project as one command per batch of respondents, so memory holds one batch at a time
 * and the journal gets groups of a sensible size; if the pass fails or is cancelled, the batches
 * already written are undone.
 */
final class SurveyWriter implements RowFeed.Listener {

	private final ExcerptaProject project;
	private final Project model;
	private final EditingDomain domain;
	private final SurveyScan scan;
	private final List<ColumnPlan> plans;
	private final ExistingSurvey existing;
	private final SurveyImportReport report;
	private final int batchSize;
	private final SubMonitor progress;
	private final Consumer<Runnable> modelThread;
	private final Map<Integer, Variable> variables = new HashMap<>();
	private final List<Variable> newVariables = new ArrayList<>();
	private Variable question;
	private final List<Command> executed = new ArrayList<>();

	// The batch being built.
	private final List<Case> newCases = new ArrayList<>();
	private final List<TextSource> newAnswers = new ArrayList<>();
	private final Map<Case, List<VariableValue>> valuesForMatched = new LinkedHashMap<>();
	private final Map<Case, List<TextSource>> answersForMatched = new LinkedHashMap<>();
	private final List<Command> changedValues = new ArrayList<>();
	/** Closed answers repeat a few values across all respondents: one string each (see {@link SharedStrings}). */
	private final SharedStrings distinctValues = new SharedStrings();
	private int inBatch;
	private long firstOfBatch = 1;
	private long respondent;

	SurveyWriter(ExcerptaProject project, SurveyScan scan, List<ColumnPlan> plans, ExistingSurvey existing,
			SurveyImportReport report, int batchSize, IProgressMonitor monitor, Consumer<Runnable> modelThread) {
		this.project = project;
		this.modelThread = modelThread;
		this.model = project.model();
		this.domain = project.editingDomain();
		this.scan = scan;
		this.plans = plans;
		this.existing = existing;
		this.report = report;
		this.batchSize = batchSize;
		this.progress = SubMonitor.convert(monitor, "Adding respondents", (int) Math.min(Integer.MAX_VALUE,
				scan.respondents()));
		prepareVariables();
	}

	/** The project's variables where they exist, new ones (added with the first batch) where not. */
	private void prepareVariables() {
		for (ColumnPlan p : plans) {
			if (p.isClosed()) {
				Variable v = existing.variable(p.name());
				if (v == null) {
					v = ModelElements.variable(p.name(), p.type());
					newVariables.add(v);
					report.variableCreated(p.name(), p.type());
				}
				variables.put(p.index(), v);
			} else if (p.isOpen()) {
				report.question(p.name());
			}
		}
		question = existing.questionVariable();
		if (question == null && plans.stream().anyMatch(ColumnPlan::isOpen)) {
			question = ModelElements.variable(HeaderRows.QUESTION, VariableType.TEXT);
			newVariables.add(question);
			report.variableCreated(HeaderRows.QUESTION, VariableType.TEXT);
		}
	}

	/** Reads the file again and writes every respondent; on failure or cancellation undoes what it wrote. */
	void run(SurveyFile reader) {
		try {
			RowFeed feed = new RowFeed(scan.headerRows(), this);
			reader.read(feed);
			feed.end(scan.file());
			if (respondent != scan.respondents()) {
				throw changed(0);
			}
			flush();
			progress.done();
		} catch (RuntimeException e) {
			try {
				undoWritten();
			} catch (RuntimeException undoFailed) {
				e.addSuppressed(undoFailed);
			}
			throw e;
		}
	}

	@Override
	public void header(List<List<String>> rows) {
		List<String> names = HeaderRows.names(rows, new ArrayList<>());
		if (names.size() > scan.names().size() || !scan.names().subList(0, names.size()).equals(names)) {
			throw changed(0);
		}
	}

	@Override
	public void respondent(long row, List<String> cells) {
		respondent++;
		String name = scan.idIndex() >= 0 ? SurveyScan.cell(cells, scan.idIndex()).strip() : Long.toString(respondent);
		Case c = existing.caseNamed(name);
		if (c == null) {
			c = ModelElements.aCase(name);
			newCases.add(c);
			report.respondentAdded();
			addNew(c, row, cells);
		} else {
			report.respondentMatched();
			update(c, row, cells);
		}
		if (++inBatch == batchSize) {
			flush();
		}
		if (respondent % SurveyScan.ROWS_PER_TICK == 0) {
			progress.split(SurveyScan.ROWS_PER_TICK); // also where cancellation is noticed
			progress.subTask("Added " + respondent + " of " + scan.respondents() + " respondents");
		}
	}

	/** A new case: plain model building, the case joins the project with the batch's command. */
	private void addNew(Case c, long row, List<String> cells) {
		for (ColumnPlan p : plans) {
			if (p.isClosed()) {
				String value = lexical(p, row, cells);
				if (value != null) {
					c.getValues().add(ModelElements.value(variables.get(p.index()), value));
					report.valueAdded();
				}
			} else if (p.isOpen()) {
				String text = answer(p, cells);
				if (text != null) {
					TextSource a = newAnswer(c.getName(), p.name(), text);
					c.getSources().add(a);
					newAnswers.add(a);
				}
			}
		}
	}

	/**
	 * A case already in the project: values and answers it lacks are added, changed values are
	 * replaced, and an answer whose text changed is kept as it is (codings point into its text).
	 * A blank cell never removes anything.
	 */
	private void update(Case c, long row, List<String> cells) {
		Map<String, TextSource> answers = existing.answersOf(c);
		for (ColumnPlan p : plans) {
			if (p.isClosed()) {
				String value = lexical(p, row, cells);
				if (value == null) {
					continue;
				}
				Variable v = variables.get(p.index());
				VariableValue old = ExistingSurvey.valueOf(c, v);
				if (old == null) {
					valuesForMatched.computeIfAbsent(c, k -> new ArrayList<>()).add(ModelElements.value(v, value));
					report.valueAdded();
				} else if (!value.equals(old.getValue())) {
					changedValues.add(SetCommand.create(domain, old, Literals.VARIABLE_VALUE__VALUE, value));
					report.valueChanged(c.getName(), v.getName(), old.getValue(), value);
				}
			} else if (p.isOpen()) {
				String text = answer(p, cells);
				if (text == null) {
					continue;
				}
				TextSource old = answers.get(p.name());
				if (old == null) {
					TextSource a = newAnswer(c.getName(), p.name(), text);
					newAnswers.add(a);
					answersForMatched.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
				} else if (text.equals(project.text(old))) {
					report.answerUnchanged();
				} else {
					report.answerChangedKept(c.getName(), p.name());
				}
			}
		}
	}

	private String lexical(ColumnPlan p, long row, List<String> cells) {
		String raw = SurveyScan.cell(cells, p.index()).strip();
		if (raw.isEmpty()) {
			return null;
		}
		String value = LexicalValues.lexical(p.type(), p.dateOrder(), raw.replace("\r\n", "\n").replace('\r', '\n'));
		if (value == null) {
			throw changed(row); // the first pass found every value of the column fits its type
		}
		return distinctValues.share(value);
	}

	/** The answer LF-normalised and trimmed, or {@code null} (and counted) when blank. */
	private String answer(ColumnPlan p, List<String> cells) {
		String text = SurveyScan.cell(cells, p.index()).replace("\r\n", "\n").replace('\r', '\n').strip();
		if (text.isEmpty()) {
			report.blankAnswerSkipped();
			return null;
		}
		return text;
	}

	private TextSource newAnswer(String respondentName, String questionLabel, String text) {
		TextSource a = ModelElements.textSource(respondentName + " \u00b7 " + questionLabel, SourceKind.SURVEY_ANSWER,
				model.getCreatingUser());
		a.setPlainTextContent(text);
		a.setLength(text.codePointCount(0, text.length()));
		a.getValues().add(ModelElements.value(question, questionLabel));
		report.answerAdded();
		return a;
	}

	/** Writes the batch as one command: durable and undoable when this returns. */
	private void flush() {
		CompoundCommand batch = new CompoundCommand("Import survey " + scan.file().getFileName() + " (respondents "
				+ firstOfBatch + "-" + respondent + ")");
		if (!newVariables.isEmpty()) {
			batch.append(AddCommand.create(domain, model, Literals.PROJECT__VARIABLES, List.copyOf(newVariables)));
			newVariables.clear();
		}
		if (!newAnswers.isEmpty()) {
			batch.append(AddCommand.create(domain, model, Literals.PROJECT__SOURCES, List.copyOf(newAnswers)));
		}
		if (!newCases.isEmpty()) {
			batch.append(AddCommand.create(domain, model, Literals.PROJECT__CASES, List.copyOf(newCases)));
		}
		valuesForMatched.forEach((c, values) -> batch.append(AddCommand.create(domain, c, Literals.CASE__VALUES, values)));
		answersForMatched.forEach((c, answers) -> batch.append(AddCommand.create(domain, c, Literals.CASE__SOURCES, answers)));
		changedValues.forEach(batch::append);
		newAnswers.clear();
		newCases.clear();
		valuesForMatched.clear();
		answersForMatched.clear();
		changedValues.clear();
		inBatch = 0;
		firstOfBatch = respondent + 1;
		if (batch.isEmpty()) {
			return; // a re-import that brings nothing new
		}
		modelThread.accept(() -> project.execute(batch));
		executed.add(batch);
		report.batchWritten();
	}

	/** Takes back this import's batches, newest first, as long as nothing else was done since. */
	private void undoWritten() {
		modelThread.accept(() -> {
			CommandStack stack = project.commandStack();
			for (int i = executed.size() - 1; i >= 0 && stack.getUndoCommand() == executed.get(i); i--) {
				stack.undo();
			}
		});
		executed.clear();
	}

	private SurveyImportException changed(long row) {
		return new SurveyImportException(scan.file(), row, null,
				"the file changed while it was being imported; nothing was imported");
	}
}
