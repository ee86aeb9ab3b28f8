package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.Coding;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableValue;

/**
 * The coded excerpts, one row per coding: code path, source, case, one column per case attribute,
 * coder, when it was coded, where (code points from 0, end exclusive) and the excerpt's text; in
 * codebook order, then by source and place. A colleague can sort and filter it in a spreadsheet.
 */
public final class ExcerptTable {

	public static final String ID = "excerpts";
	public static final String CODE = "code";
	public static final String SOURCE = "source";
	public static final String CASE = "case";
	public static final String CODER = "coder";
	public static final String CREATED = "coded on";
	public static final String START = "start";
	public static final String END = "end";
	public static final String TEXT = "text";
	private static final String TITLE = "Coded excerpts";
	private static final Set<String> FIXED = Set.of(CODE, SOURCE, CASE, CODER, CREATED, START, END, TEXT);

	private ExcerptTable() {
	}

	/**
	 * What a row shows beside its excerpt: the names and attribute values of the excerpt's cases,
	 * its coder's name and when it was coded. Read from the open project, or from the index alone.
	 *
	 * @param <T> what an excerpt is read as: the excerpt itself, or the excerpt beside its cases
	 */
	private interface Details<T> {

		/** The attribute columns: the attributes any case has a value of, in the project's order, with their keys. */
		List<Column> attributeColumns();

		Excerpt excerpt(T item);

		/** The names of the cases, and for each attribute column (in order) their values joined. */
		List<String> caseCells(T item);

		String coderName(Excerpt e);

		java.util.Date created(Excerpt e);
	}

	/** The table from the open project: cases, coders and dates as the model holds them. */
	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope) {
		List<Variable> variables = caseVariables(project);
		List<Excerpt> excerpts = index.excerpts(scope.codeGuids(), scope.where(), null, Integer.MAX_VALUE);
		Table<Excerpt> table = new Table<>(project.model().getCodebook(), excerpts, scope, new Details<>() {
			@Override
			public List<Column> attributeColumns() {
				return variables.stream().map(v -> attributeColumn(v.getName(), v.getGuid())).toList();
			}

			@Override
			public Excerpt excerpt(Excerpt item) {
				return item;
			}

			@Override
			public List<String> caseCells(Excerpt e) {
				List<Case> cases = e.caseGuids().stream().map(g -> project.store().find(g)).filter(Case.class::isInstance).map(Case.class::cast)
						.toList();
				List<String> cells = new ArrayList<>(1 + variables.size());
				cells.add(joined(cases.stream().map(c -> c.getName() == null ? "" : c.getName()).toList())); // as the index stores it
				for (Variable v : variables) {
					cells.add(joined(valuesOf(cases, v)));
				}
				return cells;
			}

			@Override
			public String coderName(Excerpt e) {
				User coder = project.store().find(e.codingGuid()) instanceof Coding c ? c.getCoder()
						: e.coderGuid() == null ? null : project.store().find(e.coderGuid()) instanceof User u ? u : null;
				return coder == null ? "" : coder.getName();
			}

			@Override
			public java.util.Date created(Excerpt e) {
				return project.store().find(e.codingGuid()) instanceof Coding c ? c.getCreated() : null;
			}
		});
		// Made now, while the model is as it was asked about: the workbench goes on changing it.
		return new ReportTable(ID, TITLE, table.note, table.columns, IntStream.range(0, table.size()).mapToObj(table::row).toList());
	}

	/**
	 * The same table from the index alone (the command line's export when the index is current,
	 * and the workbench's while a project loads): the cases' names and values from their documents,
	 * the coders from the index's outline, the dates from the coded excerpts. The rows and cells are
	 * the model's; only an attribute column carries no variable GUID as its key, and a case's
	 * several values of one attribute are joined in the order of their text rather than the order
	 * they were given in.
	 * <p>
	 * The rows are made as they are read (a writer writes each and lets it go) from what is read
	 * here, so the table stays as it was when the project changes later.
	 */
	public static ReportTable of(CountedProject counted, ProjectIndex index, ReportScope scope) {
		List<String> attributes = index.attributeSpread(Map.of()).entrySet().stream().filter(e -> e.getValue().holders() > 0)
				.map(Map.Entry::getKey).toList();
		Map<String, String> coders = new HashMap<>();
		index.outline().coders().forEach(u -> coders.put(u.getGuid(), u.getName()));
		List<ProjectIndex.ExcerptOfCases> excerpts = index.excerptsWithCases(scope.codeGuids(), scope.where(), attributes);
		Table<ProjectIndex.ExcerptOfCases> table = new Table<>(counted.codebook(), excerpts, scope, new Details<>() {
			@Override
			public List<Column> attributeColumns() {
				return attributes.stream().map(a -> attributeColumn(a, null)).toList();
			}

			@Override
			public Excerpt excerpt(ProjectIndex.ExcerptOfCases item) {
				return item.excerpt();
			}

			@Override
			public List<String> caseCells(ProjectIndex.ExcerptOfCases item) {
				List<ProjectIndex.CaseRow> cases = item.cases();
				List<String> cells = new ArrayList<>(1 + attributes.size());
				if (cases.size() == 1) { // a survey answer's respondent: nothing to join
					ProjectIndex.CaseRow one = cases.get(0);
					cells.add(one.name());
					for (List<String> values : one.values()) {
						cells.add(joined(values));
					}
					return cells;
				}
				cells.add(joined(cases.stream().map(ProjectIndex.CaseRow::name).toList()));
				for (int a = 0; a < attributes.size(); a++) {
					int attribute = a;
					cells.add(joined(cases.stream().flatMap(c -> c.values().get(attribute).stream()).toList()));
				}
				return cells;
			}

			@Override
			public String coderName(Excerpt e) {
				return e.coderGuid() == null ? "" : coders.getOrDefault(e.coderGuid(), "");
			}

			@Override
			public java.util.Date created(Excerpt e) {
				return e.created();
			}
		});
		return ReportTable.made(ID, TITLE, table.note, table.columns, table.size(), table::row);
	}

	/** The rows of the table: one per coded excerpt in scope, codes in codebook order, then by source and place. */
	private static final class Table<T> {
		final List<Column> columns;
		final String note;
		private final Details<T> details;
		/** The excerpts in the order of the rows, and each one's code path. */
		private final List<T> ordered = new ArrayList<>();
		private final List<String> paths = new ArrayList<>();

		Table(Codebook codebook, List<T> excerpts, ReportScope scope, Details<T> details) {
			this.details = details;
			Map<String, List<T>> byCode = new HashMap<>();
			for (T item : excerpts) {
				byCode.computeIfAbsent(details.excerpt(item).codeGuid(), k -> new ArrayList<>()).add(item);
			}
			for (Code code : scope.codesIn(codebook)) {
				List<T> these = byCode.getOrDefault(code.getGuid(), List.of());
				String path = CodePaths.pathOf(code);
				ordered.addAll(these);
				these.forEach(e -> paths.add(path));
			}
			List<Column> all = new ArrayList<>(List.of(Column.of(CODE, ColumnType.TEXT), Column.of(SOURCE, ColumnType.TEXT),
					Column.of(CASE, ColumnType.TEXT)));
			all.addAll(details.attributeColumns());
			all.addAll(List.of(Column.of(CODER, ColumnType.TEXT), Column.of(CREATED, ColumnType.DATE_TIME),
					Column.of(START, ColumnType.COUNT), Column.of(END, ColumnType.COUNT), Column.of(TEXT, ColumnType.TEXT)));
			columns = List.copyOf(all);
			note = "One row per coding (" + scope.describeCases() + "). Start and end are places in the source's text in "
					+ "characters (Unicode code points) from 0, the end excluded. Attribute columns hold the values of the "
					+ "source's case (several cases: their values joined by \"; \").";
		}

		int size() {
			return ordered.size();
		}

		Row row(int i) {
			T item = ordered.get(i);
			Excerpt e = details.excerpt(item);
			List<Cell> cells = new ArrayList<>(columns.size());
			cells.add(new Cell.Text(paths.get(i)));
			cells.add(new Cell.Text(e.sourceName()));
			for (String c : details.caseCells(item)) {
				cells.add(new Cell.Text(c));
			}
			cells.add(new Cell.Text(details.coderName(e)));
			java.util.Date created = details.created(e);
			cells.add(created == null ? Cell.EMPTY : new Cell.DateTime(created.toInstant()));
			cells.add(new Cell.Count(e.start()));
			cells.add(new Cell.Count(e.end()));
			cells.add(new Cell.Text(e.text()));
			return new Row(e.codingGuid(), cells);
		}
	}

	/** An attribute's column; an attribute called "text" or "code" must not be mistaken for the fixed column of that name. */
	private static Column attributeColumn(String name, String key) {
		return new Column(FIXED.contains(name) ? name + " (attribute)" : name, ColumnType.TEXT, key);
	}

	/** The variables any case has a value of, in the project's order. */
	static List<Variable> caseVariables(ExcerptaProject project) {
		Set<Variable> used = new HashSet<>();
		for (Case c : project.model().getCases()) {
			for (VariableValue v : c.getValues()) {
				if (v.getVariable() != null) {
					used.add(v.getVariable());
				}
			}
		}
		return project.model().getVariables().stream().filter(used::contains).toList();
	}

	private static List<String> valuesOf(List<Case> cases, Variable variable) {
		Set<String> out = new LinkedHashSet<>();
		for (Case c : cases) {
			for (VariableValue v : c.getValues()) {
				if (v.getVariable() == variable && v.getValue() != null) {
					out.add(v.getValue());
				}
			}
		}
		return List.copyOf(out);
	}

	private static String joined(List<String> values) {
		if (values.size() < 2) {
			return values.isEmpty() ? "" : values.get(0);
		}
		return String.join("; ", new LinkedHashSet<>(values));
	}
}
