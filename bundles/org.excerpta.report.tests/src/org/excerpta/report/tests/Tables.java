package org.excerpta.report.tests;

import java.time.Instant;
import java.util.List;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;
import org.excerpta.report.Intervals;

/** Small hand-made tables whose figures can be checked by eye. */
final class Tables {

	static final Instant CODED = Instant.parse("2025-03-01T14:05:09Z");

	private Tables() {
	}

	/** One column of every type; the second row is all gaps. */
	static ReportTable everyKind() {
		List<Column> columns = List.of(Column.of("code", ColumnType.TEXT), Column.of("cases", ColumnType.COUNT),
				Column.of("centrality", ColumnType.NUMBER), Column.of("share of text", ColumnType.PERCENT),
				Column.of("share of cases", ColumnType.SHARE), Column.of("GP (n=30)", ColumnType.PROPORTION),
				Column.of("difference", ColumnType.DIFFERENCE), Column.of("p", ColumnType.P_VALUE), Column.of("coded on", ColumnType.DATE_TIME));
		Row full = new Row("k1", List.of(new Cell.Text("Zo\u00eb \u2013 \u201cquotes\u201d, \u65e5\u672c\u8a9e, \ud83d\ude00"), new Cell.Count(12),
				new Cell.Number(0.4166666, 3), new Cell.Percent(0.123456, 2), Intervals.share(12, 30, null), Intervals.proportion(12, 30),
				new Cell.Difference(-0.123, -0.3, 0.05), new Cell.PValue(0.0421), new Cell.DateTime(CODED)));
		Row gaps = new Row("k2", List.of(new Cell.Text(""), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Intervals.proportion(0, 0),
				Cell.EMPTY, Cell.EMPTY, Cell.EMPTY));
		return new ReportTable("every-kind", "Every kind of cell", "A note.", columns, List.of(full, gaps));
	}

	static ReportTable texts(String title, List<String> texts) {
		return new ReportTable("texts", title, "", List.of(Column.of("text", ColumnType.TEXT)),
				texts.stream().map(t -> new Row(null, List.<Cell>of(new Cell.Text(t)))).toList());
	}
}
