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

	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope) {
		List<Code> codes = scope.codesIn(project.model());
		Map<String, List<Excerpt>> byCode = new HashMap<>();
		for (Excerpt e : index.excerpts(scope.codeGuids(), scope.where(), null, Integer.MAX_VALUE)) {
			byCode.computeIfAbsent(e.codeGuid(), k -> new ArrayList<>()).add(e);
		}
		List<Variable> variables = caseVariables(project);
		List<Column> columns = new ArrayList<>(List.of(Column.of(CODE, ColumnType.TEXT), Column.of(SOURCE, ColumnType.TEXT),
				Column.of(CASE, ColumnType.TEXT)));
		for (Variable v : variables) {
			// A variable called "text" or "code" must not be mistaken for the fixed column of that name.
			columns.add(new Column(FIXED.contains(v.getName()) ? v.getName() + " (attribute)" : v.getName(), ColumnType.TEXT, v.getGuid()));
		}
		columns.addAll(List.of(Column.of(CODER, ColumnType.TEXT), Column.of(CREATED, ColumnType.DATE_TIME),
				Column.of(START, ColumnType.COUNT), Column.of(END, ColumnType.COUNT), Column.of(TEXT, ColumnType.TEXT)));
		List<Row> rows = new ArrayList<>();
		for (Code code : codes) {
			String path = CodePaths.pathOf(code);
			for (Excerpt e : byCode.getOrDefault(code.getGuid(), List.of())) {
				List<Case> cases = e.caseGuids().stream().map(g -> project.store().find(g)).filter(Case.class::isInstance)
						.map(Case.class::cast).toList();
				List<Cell> cells = new ArrayList<>(List.of(new Cell.Text(path), new Cell.Text(e.sourceName()),
						new Cell.Text(joined(cases.stream().map(Case::getName).toList()))));
				for (Variable v : variables) {
					cells.add(new Cell.Text(joined(valuesOf(cases, v))));
				}
				Coding coding = project.store().find(e.codingGuid()) instanceof Coding c ? c : null;
				User coder = coding != null ? coding.getCoder()
						: e.coderGuid() == null ? null : project.store().find(e.coderGuid()) instanceof User u ? u : null;
				cells.add(new Cell.Text(coder == null ? "" : coder.getName()));
				cells.add(coding == null || coding.getCreated() == null ? Cell.EMPTY : new Cell.DateTime(coding.getCreated().toInstant()));
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
		return String.join("; ", new LinkedHashSet<>(values));
	}
}
