package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import java.util.ArrayList;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.CodeMatrix;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;

/**
 * Codes by the values of a case attribute (e.g. Role): in each cell the cases with that value
 * coded with the code, and their share, with a 95% Wilson score interval, of the cases with that
 * value (column percentages, the usual "% of GPs") or of the code's cases (row percentages). The
 * figures are those of {@code excerpta counts --by}.
 */
public final class CodeByAttributeTable {

	/** What each cell's share is a share of. */
	public enum Percentages {
		/** Of the cases with the column's value. */
		COLUMN,
		/** Of the code's cases with any value. */
		ROW;

		public static Percentages parse(String s) {
			return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "column" -> COLUMN;
			case "row" -> ROW;
			default -> throw new IllegalArgumentException("percentages are of the column or of the row, not \"" + s + "\"");
			};
		}
	}

	public static final String CODE = "code";
	public static final String TOTAL = "all values";

	private CodeByAttributeTable() {
	}

	public static String id(String attribute) {
		return "codes-by-" + attribute;
	}

	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope, String attribute,
			Percentages percentages) {
		return of(CountedProject.of(project), index, scope, attribute, percentages);
	}

	/** The same table for a project read from the model or from its index alone (see {@link CountedProject}). */
	public static ReportTable of(CountedProject project, ProjectIndex index, ReportScope scope, String attribute,
			Percentages percentages) {
		CodeMatrix m = matrix(index, scope, attribute);
		long allWithValue = m.values().stream().mapToLong(v -> m.casesWithValue().get(v)).sum();
		List<Column> columns = new ArrayList<>(List.of(Column.of(CODE, ColumnType.TEXT)));
		for (String v : m.values()) {
			columns.add(new Column(v + " (n=" + m.casesWithValue().get(v) + ")", ColumnType.PROPORTION, v));
		}
		columns.add(percentages == Percentages.COLUMN
				? Column.of(TOTAL + " (n=" + allWithValue + ")", ColumnType.PROPORTION)
				: Column.of(TOTAL + " (cases, the base of the row)", ColumnType.COUNT));
		List<Row> rows = new ArrayList<>();
		for (Code c : scope.codesIn(project.codebook())) {
			List<Cell> cells = new ArrayList<>(List.of(new Cell.Text(CodePaths.pathOf(c))));
			int rowTotal = m.rowTotal(c.getGuid());
			for (String v : m.values()) {
				int base = percentages == Percentages.ROW ? rowTotal : m.casesWithValue().get(v);
				cells.add(Intervals.proportion(m.cell(c.getGuid(), v), base));
			}
			cells.add(percentages == Percentages.COLUMN ? Intervals.proportion(rowTotal, allWithValue) : new Cell.Count(rowTotal));
			rows.add(new Row(c.getGuid(), cells));
		}
		String note = "Each cell: the cases with that " + attribute + " coded with the code, and their share of "
				+ (percentages == Percentages.COLUMN ? "all cases with that " + attribute + " (column percentages; n is that base)"
						: "the code's cases with any " + attribute + " (row percentages)")
				+ ", with a 95% Wilson score interval. Counted over " + scope.describeCases() + ".";
		return new ReportTable(id(attribute), "Codes by " + attribute, note, columns, rows);
	}

	static CodeMatrix matrix(ProjectIndex index, ReportScope scope, String attribute) {
		CodeMatrix m = index.matrix(attribute, scope.where());
		if (m.casesWithValue().isEmpty()) {
			throw new IllegalArgumentException("no case has a value for the attribute \"" + attribute + "\""
					+ (scope.where().isEmpty() ? "" : " among the " + scope.describeCases()));
		}
		return m;
	}
}
