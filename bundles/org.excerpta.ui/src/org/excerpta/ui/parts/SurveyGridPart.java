package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.Coder;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.VariableValue;
import org.excerpta.ui.PassageRequest;
import org.excerpta.ui.team.CoderIdentity;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The survey as a grid: one row per respondent, their closed answers (attributes) and their open
 * answers side by side. Click a heading to sort, type Attribute=Value to filter, double-click an
 * open answer to read it in the Document view, or code the selected respondents' answers to a
 * question with the code chosen in the Codebook.
 * <p>
 * The table shows the sorted, filtered respondents a page at a time ({@link PagedTable}): a million
 * rows froze the window for 3.5 s when the grid opened and for 7 s at each filter. Sorting and
 * filtering still take in every respondent; cells are made only for the rows GTK paints.
 */
public final class SurveyGridPart {

	/** The name of the source-level variable that says which question an open answer answers. */
	static final String QUESTION = "Question";

	@Inject
	private IEclipseContext context;

	@Inject
	private UISynchronize sync;

	private ExcerptaProject project;
	private org.excerpta.ui.OpeningProject opening;
	private Code chosenCode;
	private Text filter;
	private Label status;
	private Table table;
	private final List<String> attributes = new ArrayList<>();
	private final List<String> questions = new ArrayList<>();
	private List<Respondent> all = List.of();
	private List<Respondent> rows = List.of();
	private int sortColumn = 0;
	private boolean ascending = true;
	private int clickedColumn = -1;
	/** The table, a page of {@link #rows} at a time. */
	private PagedTable paged;
	private final ProjectFollower follower = new ProjectFollower(e -> sync.asyncExec(this::reloadIfShownChanged));
	/** How many times the respondents were read (for tests). */
	private int timesRead;

	/** How many times the grid has read the respondents from the project (for tests: a coding must not make it read them again). */
	public int timesRead() {
		return timesRead;
	}

	/** What the rows were made from: the numbers of cases, sources and variables when they were last read. */
	private Shape shape;

	private record Shape(int cases, int sources, int variables) {
		static Shape of(ExcerptaProject p) {
			return p == null ? null : new Shape(p.model().getCases().size(), p.model().getSources().size(), p.model().getVariables().size());
		}
	}

	/**
	 * One respondent: the case and its answers, by the index of their question in {@link #questions}
	 * (shorter than the questions where the last ones went unanswered). The attribute values are
	 * read from the case when a cell needs them: a map per respondent cost half a gigabyte at a
	 * million.
	 */
	record Respondent(Case respondent, TextSource[] answers) {
		TextSource answer(int question) {
			return question < answers.length ? answers[question] : null;
		}
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		new Label(parent, SWT.NONE).setText("Only respondents with:");
		filter = new Text(parent, SWT.BORDER | SWT.SEARCH);
		filter.setMessage("Attribute=Value, e.g. Role=GP (comma between several)");
		filter.addListener(SWT.DefaultSelection, e -> applyFilter());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		Button apply = new Button(parent, SWT.PUSH);
		apply.setText("&Filter");
		apply.addListener(SWT.Selection, e -> applyFilter());
		Button code = new Button(parent, SWT.PUSH);
		code.setText("Code &answers with the Codebook's code");
		code.setToolTipText("Codes the whole answer, in the column you last clicked, of every selected respondent");
		code.addListener(SWT.Selection, e -> codeSelectedAnswers());
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(status);

		paged = new PagedTable(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL,
				index -> cells(rows.get(index)));
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(paged.area());
		table = paged.table();
		table.addListener(SWT.MouseDown, e -> clickedColumn = columnAt(new Point(e.x, e.y)));
		table.addListener(SWT.MouseDoubleClick, e -> openAnswer(columnAt(new Point(e.x, e.y))));
		reload();
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		if (table != null && !table.isDisposed()) {
			reload();
		}
	}

	/**
	 * While a project loads, the grid says what it will show and when: it reads its respondents from
	 * the model, and an empty grid with "0 of 0 respondents" looked like a survey lost.
	 */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		this.opening = opening;
		if (table != null && !table.isDisposed() && project == null) {
			applyFilter();
		}
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Code c) {
			chosenCode = c;
		}
	}

	public Table table() {
		return table;
	}

	/** The n-th respondent the filter keeps, in the order shown, on whichever page. */
	public Case respondentInOrder(int n) {
		return rows.get(n).respondent();
	}

	/** The respondent on a row of the page shown, or null. */
	public Case respondentAt(int row) {
		Respondent r = rowAt(row);
		return r == null ? null : r.respondent();
	}

	/** The respondent on a row of the page shown, with their answers, or null. */
	private Respondent rowAt(int row) {
		int index = paged.indexOf(row);
		return index < 0 ? null : rows.get(index);
	}

	/** Shows pages of another size (for tests: the sample has 40 respondents). */
	public void showPagesOf(int size) {
		paged.showPagesOf(size);
	}

	/** Shows the next page of respondents, if there is one (as the Next button). */
	public void nextPage() {
		paged.nextPage();
	}

	/** The line above the table: how many respondents are shown, or that the project is loading. */
	public String statusText() {
		return status.getText();
	}

	/** The pager's text, e.g. "Rows 10,001-20,000 of 1,000,000" (empty when all rows fit one page). */
	public String pageText() {
		return paged.pageText();
	}

	/**
	 * After a change: reads the respondents again only when the change can alter what the grid
	 * shows (cases, sources or variables added or removed, or an attribute value or case edited).
	 * A coding cannot, and reading a million respondents again after each one froze the window for
	 * seconds per coding.
	 */
	private void reloadIfShownChanged() {
		if (table == null || table.isDisposed() || project == null) {
			return;
		}
		if (ProjectFollower.lastChangeTouched(project, Case.class, VariableValue.class, org.excerpta.model.Variable.class)
				|| !Shape.of(project).equals(shape)) {
			reload();
		}
	}

	/** Reads the respondents from the project and rebuilds the columns. */
	private void reload() {
		if (table == null || table.isDisposed()) {
			return;
		}
		shape = Shape.of(project);
		timesRead++;
		attributes.clear();
		questions.clear();
		List<Respondent> list = new ArrayList<>();
		if (project != null) {
			Set<String> attributeNames = new LinkedHashSet<>();
			Map<String, Integer> questionIndex = new HashMap<>();
			for (Case c : project.model().getCases()) {
				TextSource[] answers = null;
				for (Source s : c.getSources()) {
					if (s instanceof TextSource t && t.getKind() == SourceKind.SURVEY_ANSWER) {
						String q = question(t);
						Integer at = questionIndex.get(q);
						if (at == null) {
							at = questionIndex.size();
							questionIndex.put(q, at);
							questions.add(q);
						}
						if (answers == null || answers.length <= at) {
							answers = answers == null ? new TextSource[at + 1] : Arrays.copyOf(answers, at + 1);
						}
						answers[at] = t;
					}
				}
				if (answers != null) { // a respondent; interviewees have their own attributes and no answers
					list.add(new Respondent(c, answers));
					for (VariableValue v : c.getValues()) {
						if (v.getVariable() != null) {
							attributeNames.add(v.getVariable().getName());
						}
					}
				}
			}
			attributes.addAll(attributeNames);
		}
		all = list;
		table.setRedraw(false);
		try {
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			List<String> headings = new ArrayList<>(List.of("Respondent"));
			headings.addAll(attributes);
			headings.addAll(questions);
			for (int i = 0; i < headings.size(); i++) {
				TableColumn col = new TableColumn(table, SWT.LEFT);
				col.setText(headings.get(i));
				col.setWidth(i == 0 ? 110 : i <= attributes.size() ? 110 : 320);
				int index = i;
				col.addListener(SWT.Selection, e -> sortBy(index));
			}
		} finally {
			table.setRedraw(true);
		}
		applyFilter();
	}

	private static String question(TextSource answer) {
		String question = value(answer.getValues(), QUESTION);
		return question == null ? answer.getName() : question;
	}

	/** Shows only the respondents with the typed attribute values, in the chosen order. */
	public void applyFilter() {
		Map<String, String> where = org.excerpta.ui.AttributeFilter.parse(filter.getText());
		List<Respondent> kept;
		if (where.isEmpty()) {
			kept = new ArrayList<>(all); // no filter: a million respondents kept without a look at their values
		} else {
			kept = new ArrayList<>();
			for (Respondent r : all) {
				if (where.entrySet().stream().allMatch(w -> w.getValue().equals(value(r.respondent().getValues(), w.getKey())))) {
					kept.add(r);
				}
			}
		}
		rows = kept;
		sort();
		if (project == null && opening != null) {
			status.setText(String.format("%s is loading: its %,d cases show here when it has loaded. Meanwhile, read, search, code and count in the other views.",
					opening.name(), opening.outline().cases()));
		} else {
			status.setText(String.format("%,d of %,d respondents", rows.size(), all.size()) + (where.isEmpty() ? "" : " with " + org.excerpta.ui.AttributeFilter.format(where))
					+ ". Click a heading to sort; double-click an answer to read and code it.");
		}
		status.getParent().layout();
	}

	/** A case's (or an answer's) value of a variable, or null: each has a handful, so a look along them is enough. */
	private static String value(List<VariableValue> values, String variable) {
		for (VariableValue v : values) {
			if (v.getVariable() != null && variable.equals(v.getVariable().getName())) {
				return v.getValue();
			}
		}
		return null;
	}

	/** Filters as if typed (for tests). */
	public void filter(String text) {
		filter.setText(text);
		applyFilter();
	}

	/** Sorts by a column; a second click on the same heading reverses the order. */
	public void sortBy(int column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		sort();
	}

	private void sort() {
		// One key per row, worked out once and kept beside it: a sort of a million rows compares
		// keys, and never re-reads a text or a case's values. Rows already in order (the respondents
		// as imported, sorted by name) cost one pass: List.sort finds the run.
		List<Keyed> keyed = new ArrayList<>(rows.size());
		for (Respondent r : rows) {
			keyed.add(Keyed.of(cell(r, sortColumn), r));
		}
		keyed.sort(ascending ? Keyed.ORDER : Keyed.ORDER.reversed());
		List<Respondent> sorted = new ArrayList<>(keyed.size());
		keyed.forEach(k -> sorted.add(k.respondent()));
		rows = sorted;
		if (sortColumn < table.getColumnCount()) {
			table.setSortColumn(table.getColumn(sortColumn));
			table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		}
		paged.showList(rows.size());
	}

	/**
	 * A row's sort key: numbers sort as numbers (years in post) before text, text without regard to
	 * case; an empty cell is the first text.
	 */
	private record Keyed(boolean isNumber, double number, String text, Respondent respondent) {
		static final Comparator<Keyed> ORDER = (a, b) -> a.isNumber != b.isNumber ? (a.isNumber ? -1 : 1)
				: a.isNumber ? Double.compare(a.number, b.number) : String.CASE_INSENSITIVE_ORDER.compare(a.text, b.text);

		static Keyed of(String cell, Respondent respondent) {
			String t = cell.strip();
			if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '.')) {
				try {
					return new Keyed(true, Double.parseDouble(t), cell, respondent);
				} catch (NumberFormatException e) {
					// text that starts like a number ("3rd floor")
				}
			}
			return new Keyed(false, 0, cell, respondent);
		}
	}

	private String cell(Respondent r, int column) {
		if (column <= 0) {
			return r.respondent().getName();
		}
		if (column <= attributes.size()) {
			String value = value(r.respondent().getValues(), attributes.get(column - 1));
			return value == null ? "" : value;
		}
		TextSource answer = r.answer(column - 1 - attributes.size());
		return answer == null ? "" : project.text(answer);
	}

	/** A row's cells as the table shows them: an answer on one line. */
	private String[] cells(Respondent r) {
		String[] cells = new String[1 + attributes.size() + questions.size()];
		for (int column = 0; column < cells.length; column++) {
			String cell = cell(r, column);
			cells[column] = column > attributes.size() ? cell.replace('\n', ' ') : cell;
		}
		return cells;
	}

	private int columnAt(Point at) {
		TableItem item = table.getItem(at);
		if (item == null) {
			return -1;
		}
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (item.getBounds(i).contains(at)) {
				return i;
			}
		}
		return -1;
	}

	/** The answer in a column of a row of the page shown, or null. */
	private TextSource answerAt(int row, int column) {
		int q = column - 1 - attributes.size();
		Respondent r = rowAt(row);
		return r == null || q < 0 ? null : r.answer(q);
	}

	private void openAnswer(int column) {
		TextSource answer = answerAt(table.getSelectionIndex(), column);
		if (answer != null) {
			IEclipseContext shared = context.getParent() != null ? context.getParent() : context;
			shared.set(PassageRequest.class, new PassageRequest(answer, 0, answer.getLength()));
		}
	}

	/**
	 * Codes the whole answers (in the last clicked question column, or the only one) of the selected
	 * respondents with the code chosen in the Codebook.
	 *
	 * @return how many answers were coded
	 */
	public int codeSelectedAnswers() {
		int column = clickedColumn > attributes.size() ? clickedColumn : questions.size() == 1 ? 1 + attributes.size() : -1;
		if (project == null || chosenCode == null || column < 0 || table.getSelectionCount() == 0) {
			MessageDialog.openInformation(table.getShell(), "Code answers",
					"Choose a code in the Codebook, click an answer column, and select the respondents whose answers to code.");
			return 0;
		}
		Coder coder = new Coder(project);
		var user = coder.coder(CoderIdentity.name());
		int coded = 0;
		for (int row : table.getSelectionIndices()) {
			TextSource answer = answerAt(row, column);
			if (answer != null && answer.getLength() > 0) {
				coder.code(answer, 0, answer.getLength(), chosenCode, user);
				coded++;
			}
		}
		status.setText(coded + " answer(s) coded with " + chosenCode.getName() + ".");
		return coded;
	}

	/** Chooses the code and the question column as the user would by clicking (for tests). */
	public void choose(Code code, String question) {
		chosenCode = code;
		clickedColumn = 1 + attributes.size() + questions.indexOf(question);
	}
}
