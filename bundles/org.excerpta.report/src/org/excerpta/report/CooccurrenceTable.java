package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;

/**
 * Code by code: how often two codes meet, in the same source or in overlapping excerpts. The
 * figures are those of {@code excerpta counts --cooccurrence [--overlap]}.
 */
public final class CooccurrenceTable {

	/** Where two codes count as meeting. */
	public enum Unit {
		/** Both codes in the same source (a transcript, a survey answer): the cell counts sources. */
		SOURCE,
		/** Excerpts of the two codes overlap: the cell counts pairs of overlapping excerpts. */
		OVERLAP;

		public static Unit parse(String s) {
			return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "source", "sources", "same-source" -> SOURCE;
			case "overlap", "overlaps", "overlapping" -> OVERLAP;
			default -> throw new IllegalArgumentException("codes meet in the same source or in overlapping excerpts (source, overlap), not \""
					+ s + "\"");
			};
		}
	}

	public static final String ID = "cooccurrence";
	public static final String CODE = "code";

	private CooccurrenceTable() {
	}

	/** The counts of the index for a unit: for every pair of codes, keyed by code GUID. */
	public static Map<String, Map<String, Integer>> counts(ProjectIndex index, ReportScope scope, Unit unit) {
		return unit == Unit.OVERLAP ? index.overlaps(scope.where()) : index.cooccurrence(scope.where());
	}

	/** Rows and columns are the codes in scope that are used at all, in codebook order. */
	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope, Unit unit) {
		return of(CountedProject.of(project), index, scope, unit);
	}

	/** The same table for a project read from the model or from its index alone (see {@link CountedProject}). */
	public static ReportTable of(CountedProject project, ProjectIndex index, ReportScope scope, Unit unit) {
		Map<String, Map<String, Integer>> co = counts(index, scope, unit);
		List<Code> used = scope.codesIn(project.codebook()).stream().filter(c -> co.containsKey(c.getGuid())).toList();
		List<Column> columns = new ArrayList<>(List.of(Column.of(CODE, ColumnType.TEXT)));
		used.forEach(c -> columns.add(new Column(c.getName(), ColumnType.COUNT, c.getGuid())));
		List<Row> rows = new ArrayList<>();
		for (Code a : used) {
			List<Cell> cells = new ArrayList<>(List.of(new Cell.Text(CodePaths.pathOf(a))));
			for (Code b : used) {
				cells.add(new Cell.Count(co.get(a.getGuid()).getOrDefault(b.getGuid(), 0)));
			}
			rows.add(new Row(a.getGuid(), cells));
		}
		String note = (unit == Unit.SOURCE
				? "Each cell: the sources coded with both codes; the diagonal, the sources coded with the code."
				: "Each cell: the pairs of excerpts of the two codes that overlap in the same source; the diagonal, the code's excerpts.")
				+ " Counted over " + scope.describeCases() + ".";
		return new ReportTable(ID, unit == Unit.SOURCE ? "Codes in the same source" : "Codes on overlapping excerpts", note,
				columns, rows);
	}
}
