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
import org.excerpta.index.CodeCount;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;

/**
 * How often each code is used: codings, distinct sources and cases, the share of cases with a
 * 95% Wilson score interval, and the share of all text coded. The figures are those of
 * {@code excerpta counts}.
 */
public final class CodeFrequencyTable {

	public static final String ID = "code-frequencies";
	public static final String CODE = "code";
	public static final String CODINGS = "codings";
	public static final String SOURCES = "sources";
	public static final String CASES = "cases";
	public static final String SHARE_OF_CASES = "share of cases";
	public static final String SHARE_OF_TEXT = "share of text";

	private CodeFrequencyTable() {
	}

	/**
	 * @param population the size of the population the cases were drawn from (for example all 120
	 *                   practices when 80 answered): the intervals then take a finite population
	 *                   correction; {@code null} for none
	 */
	public static ReportTable of(ExcerptaProject project, ProjectIndex index, ReportScope scope, Long population) {
		return of(CountedProject.of(project), index, scope, population);
	}

	/** The same table for a project read from the model or from its index alone (see {@link CountedProject}). */
	public static ReportTable of(CountedProject project, ProjectIndex index, ReportScope scope, Long population) {
		CountedProject.Bases bases = project.bases(scope);
		int cases = bases.cases();
		if (population != null && population < cases) {
			throw new IllegalArgumentException("the population (" + population + ") is smaller than the " + cases
					+ " cases counted");
		}
		Map<String, CodeCount> counts = index.codeCounts(scope.where());
		Map<String, Long> coded = index.codedLength(scope.where());
		long allText = bases.textLength();
		List<Row> rows = new ArrayList<>();
		for (Code c : scope.codesIn(project.codebook())) {
			CodeCount n = counts.getOrDefault(c.getGuid(), new CodeCount(c.getGuid(), 0, 0, 0));
			long length = coded.getOrDefault(c.getGuid(), 0L);
			rows.add(new Row(c.getGuid(), List.of(new Cell.Text(CodePaths.pathOf(c)), new Cell.Count(n.codings()),
					new Cell.Count(n.sources()), new Cell.Count(n.cases()),
					cases == 0 ? Cell.EMPTY : Intervals.share(n.cases(), cases, population),
					allText == 0 ? Cell.EMPTY : new Cell.Percent((double) length / allText, 2))));
		}
		List<Column> columns = List.of(Column.of(CODE, ColumnType.TEXT), Column.of(CODINGS, ColumnType.COUNT),
				Column.of(SOURCES, ColumnType.COUNT), Column.of(CASES, ColumnType.COUNT),
				Column.of(SHARE_OF_CASES, ColumnType.SHARE), Column.of(SHARE_OF_TEXT, ColumnType.PERCENT));
		String note = "Codings are coded excerpts; sources and cases count the distinct sources and cases holding them. "
				+ "Share of cases: of the " + String.format(java.util.Locale.ROOT, "%,d", cases) + " cases counted (" + scope.describeCases()
				+ "), with a 95% Wilson score interval"
				+ (population == null ? "" : ", corrected for a finite population of " + String.format(java.util.Locale.ROOT, "%,d", population))
				+ ". Share of text: code points coded with the code (overlapping excerpts counted once) of all "
				+ String.format(java.util.Locale.ROOT, "%,d", allText)
				+ " code points of text" + (scope.where().isEmpty() ? "" : " in the sources of those cases") + ".";
		return new ReportTable(ID, "Code frequencies", note, columns, rows);
	}
}
