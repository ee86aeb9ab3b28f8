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
	private static final Set<String> FIXED = Set.of(CODE, SOURCE, CASE, CODER, CREATED, START, END, TEXT);

	private ExcerptTable() {
	}

	/**
	 * What a row shows beside its excerpt: the names and attribute values of the excerpt's cases,
	 * its coder's name and when it was coded. Read from the open project, or from the index alone.
	 */
	private interface Details {

		/** The attribute columns: the attributes any case has a value of, in the project's order, with their keys. */
		List<Column> attributeColumns();

		/** Called once with the cases of every excerpt in the table, before the rows are made. */
		default void casesNeeded(Set<String> caseGuids) {
		}

		/** The names of the cases, and for each attribute column (in order) their values joined. */
		List<String> caseCells(List<String> caseGuids);

		String coderName(Excerpt e);

		java.util.Date created(Excerpt e);
	}

	/** The table from the open project: cases, coders and dates as the model holds them. */
	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope) {
		List<Variable> variables = caseVariables(project);
		return of(project.model().getCodebook(), index, scope, new Details() {
			@Override
			public List<Column> attributeColumns() {
				return variables.stream().map(v -> attributeColumn(v.getName(), v.getGuid())).toList();
			}

			@Override
			public List<String> caseCells(List<String> caseGuids) {
				List<Case> cases = caseGuids.stream().map(g -> project.store().find(g)).filter(Case.class::isInstance).map(Case.class::cast)
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
	}

	/**
	 * The same table from the index alone (the command line's export when the index is current): the
	 * cases' names and values from their documents, the coders from the index's outline,
	 * the dates from the coded excerpts. The rows and cells are the model's; only an attribute column
	 * carries no variable GUID as its key, and a case's several values of one attribute are joined in
	 * the order of their text rather than the order they were given in.
	 */
	public static ReportTable of(CountedProject counted, ProjectIndex index, ReportScope scope) {
		List<String> attributes = index.attributeSpread(java.util.Map.of()).entrySet().stream().filter(e -> e.getValue().holders() > 0)
				.map(java.util.Map.Entry::getKey).toList();
		Map<String, String> coders = new HashMap<>();
		index.outline().coders().forEach(u -> coders.put(u.getGuid(), u.getName()));
		return of(counted.codebook(), index, scope, new Details() {
			private Map<String, ProjectIndex.CaseRow> rows = Map.of();

			@Override
			public List<Column> attributeColumns() {
				return attributes.stream().map(a -> attributeColumn(a, null)).toList();
			}

			@Override
			public void casesNeeded(Set<String> caseGuids) {
				rows = index.caseRows(caseGuids); // one pass over the case documents, not a look-up per excerpt
			}

			@Override
			public List<String> caseCells(List<String> caseGuids) {
				ProjectIndex.CaseRow one = caseGuids.size() == 1 ? rows.get(caseGuids.get(0)) : null;
				if (one != null) { // a survey answer's respondent: nothing to join
					List<String> cells = new ArrayList<>(1 + attributes.size());
					cells.add(one.name());
					for (String a : attributes) {
						cells.add(joined(one.values().getOrDefault(a, List.of())));
					}
					return cells;
				}
				List<ProjectIndex.CaseRow> cases = caseGuids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
				List<String> cells = new ArrayList<>(1 + attributes.size());
				cells.add(joined(cases.stream().map(ProjectIndex.CaseRow::name).toList()));
				for (String a : attributes) {
					cells.add(joined(cases.stream().flatMap(c -> c.values().getOrDefault(a, List.of()).stream()).toList()));
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
	}

	/** The table: one row per coded excerpt in scope, codes in codebook order, then by source and place. */
	private static ReportTable of(Codebook codebook, ProjectIndex index, ReportScope scope, Details details) {
		List<Code> codes = scope.codesIn(codebook);
		Map<String, List<Excerpt>> byCode = new HashMap<>();
		Set<String> caseGuids = new HashSet<>();
		for (Excerpt e : index.excerpts(scope.codeGuids(), scope.where(), null, Integer.MAX_VALUE)) {
			byCode.computeIfAbsent(e.codeGuid(), k -> new ArrayList<>()).add(e);
			caseGuids.addAll(e.caseGuids());
		}
		details.casesNeeded(caseGuids);
		List<Column> columns = new ArrayList<>(List.of(Column.of(CODE, ColumnType.TEXT), Column.of(SOURCE, ColumnType.TEXT),
				Column.of(CASE, ColumnType.TEXT)));
		columns.addAll(details.attributeColumns());
		columns.addAll(List.of(Column.of(CODER, ColumnType.TEXT), Column.of(CREATED, ColumnType.DATE_TIME),
				Column.of(START, ColumnType.COUNT), Column.of(END, ColumnType.COUNT), Column.of(TEXT, ColumnType.TEXT)));
		List<Row> rows = new ArrayList<>();
		for (Code code : codes) {
			String path = CodePaths.pathOf(code);
			for (Excerpt e : byCode.getOrDefault(code.getGuid(), List.of())) {
				List<Cell> cells = new ArrayList<>(columns.size());
				cells.add(new Cell.Text(path));
				cells.add(new Cell.Text(e.sourceName()));
				for (String c : details.caseCells(e.caseGuids())) {
					cells.add(new Cell.Text(c));
				}
				cells.add(new Cell.Text(details.coderName(e)));
				java.util.Date created = details.created(e);
				cells.add(created == null ? Cell.EMPTY : new Cell.DateTime(created.toInstant()));
				cells.add(new Cell.Count(e.start()));
				cells.add(new Cell.Count(e.end()));
				cells.add(new Cell.Text(e.text()));
				rows.add(new Row(e.codingGuid(), cells));
			}
		}
		String note = "One row per coding (" + scope.describeCases() + "). Start and end are places in the source's text in "
				+ "characters (Unicode code points) from 0, the end excluded. Attribute columns hold the values of the "
				+ "source's case (several cases: their values joined by \"; \").";
		return new ReportTable(ID, "Coded excerpts", note, columns, rows);
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
