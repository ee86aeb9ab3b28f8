package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as plain columns for spreadsheets: a share with its interval becomes three numbers, a
 * count with its share four, so that a colleague can sort, filter and chart them. Shared by the
 * CSV and XLSX writers so that both lay a table out alike.
 */
final class DataColumns {

	/** A share (0..1) to be written as a percentage with so many decimals; signed for differences. */
	record Pct(double fraction, int decimals, boolean signed) {
	}

	/** A measure with so many decimals. */
	record Num(double value, int decimals) {
	}

	/** A p-value. */
	record P(double value) {
	}

	private DataColumns() {
	}

	static List<String> headers(List<Column> columns) {
		List<String> out = new ArrayList<>();
		for (Column c : columns) {
			out.addAll(c.type().dataHeaders(c.name()));
		}
		return out;
	}

	/** For each column, the type of each plain column it becomes (in order). */
	static List<ColumnType> types(List<Column> columns) {
		List<ColumnType> out = new ArrayList<>();
		for (Column c : columns) {
			for (int i = 0; i < c.type().dataHeaders(c.name()).size(); i++) {
				out.add(c.type());
			}
		}
		return out;
	}

	/**
	 * The row's values, one per plain column: String, Long, {@link Num}, {@link Pct}, {@link P}, {@link java.time.Instant},
	 * or null where there is nothing (an empty cell, a share of no cases).
	 */
	static List<Object> values(List<Column> columns, Row row) {
		List<Object> out = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.cell(i);
			int width = columns.get(i).type().dataHeaders("").size();
			switch (cell) {
			case Cell.Text t -> out.add(t.value());
			case Cell.Count n -> out.add(n.value());
			case Cell.Number n -> out.add(new Num(n.value(), n.decimals()));
			case Cell.Percent p -> out.add(new Pct(p.share(), p.decimals(), false));
			case Cell.Share s -> {
				out.add(s.base() == 0 ? null : new Pct(s.share(), 1, false));
				out.add(s.base() == 0 ? null : new Pct(s.lower(), 1, false));
				out.add(s.base() == 0 ? null : new Pct(s.upper(), 1, false));
			}
			case Cell.Proportion p -> {
				out.add(p.count());
				out.add(p.base() == 0 ? null : new Pct(p.share(), 1, false));
				out.add(p.base() == 0 ? null : new Pct(p.lower(), 1, false));
				out.add(p.base() == 0 ? null : new Pct(p.upper(), 1, false));
			}
			case Cell.Difference d -> {
				out.add(new Pct(d.estimate(), 1, true));
				out.add(new Pct(d.lower(), 1, true));
				out.add(new Pct(d.upper(), 1, true));
			}
			case Cell.PValue p -> out.add(new P(p.p()));
			case Cell.DateTime d -> out.add(d.at());
			case Cell.Empty e -> {
				for (int k = 0; k < width; k++) {
					out.add(null);
				}
			}
			}
		}
		return out;
	}
}
