package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import java.util.ArrayList;
import java.util.List;

import org.excerpta.analysis.stats.Proportion;
import org.excerpta.analysis.stats.ProportionComparison;
import org.excerpta.analysis.stats.ProportionInterval;
import org.excerpta.analysis.stats.Proportions;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.CodeMatrix;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;

/**
 * Two groups of cases side by side (e.g. GPs and managers): each code's share in both, the
 * difference with Newcombe's 95% interval, and the p-value of the z test or, for small counts,
 * Fisher's exact test. The figures are those of {@code excerpta counts --by A --compare X,Y}.
 */
public final class GroupComparisonTable {

	public static final String CODE = "code";
	public static final String DIFFERENCE = "difference [95% CI]";
	public static final String P = "p";
	public static final String TEST = "test";

	private GroupComparisonTable() {
	}

	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope, String attribute, String a,
			String b) {
		return of(CountedProject.of(project), index, scope, attribute, a, b);
	}

	/** The same table for a project read from the model or from its index alone (see {@link CountedProject}). */
	public static ReportTable of(CountedProject project, ProjectIndex index, ReportScope scope, String attribute, String a,
			String b) {
		CodeMatrix m = CodeByAttributeTable.matrix(index, scope, attribute);
		for (String v : List.of(a, b)) {
			if (!m.casesWithValue().containsKey(v)) {
				throw new IllegalArgumentException("no case has " + attribute + " = \"" + v + "\" (values: "
						+ String.join(", ", m.values()) + ")");
			}
		}
		int baseA = m.casesWithValue().get(a);
		int baseB = m.casesWithValue().get(b);
		List<Column> columns = List.of(Column.of(CODE, ColumnType.TEXT), new Column(a + " (n=" + baseA + ")", ColumnType.PROPORTION, a),
				new Column(b + " (n=" + baseB + ")", ColumnType.PROPORTION, b), Column.of(DIFFERENCE, ColumnType.DIFFERENCE),
				Column.of(P, ColumnType.P_VALUE), Column.of(TEST, ColumnType.TEXT));
		List<Row> rows = new ArrayList<>();
		for (Code c : scope.codesIn(project.codebook())) {
			int inA = m.cell(c.getGuid(), a);
			int inB = m.cell(c.getGuid(), b);
			ProportionComparison cmp = Proportions.comparison(Proportion.of(inA, baseA), Proportion.of(inB, baseB), Cell.CONFIDENCE);
			ProportionInterval d = cmp.difference();
			rows.add(new Row(c.getGuid(), List.of(new Cell.Text(CodePaths.pathOf(c)), Intervals.proportion(inA, baseA),
					Intervals.proportion(inB, baseB), new Cell.Difference(d.estimate(), d.lower(), d.upper()),
					new Cell.PValue(cmp.pValue()), new Cell.Text(cmp.test().label()))));
		}
		String note = "Cases with " + attribute + " = " + a + " against cases with " + attribute + " = " + b + " ("
				+ scope.describeCases() + "): the share of each group coded with the code (95% Wilson score interval), the "
				+ "difference in percentage points with Newcombe's hybrid score interval, and the two-sided p-value of the "
				+ "pooled z test, or of Fisher's exact test where an expected count is below "
				+ (int) Proportions.MINIMUM_EXPECTED_COUNT + ".";
		return new ReportTable("compare-" + attribute, a + " and " + b + " compared", note, columns, rows);
	}
}
