package org.excerpta.api.table;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A table of figures or excerpts, the one shape every output shares: the command line prints it,
 * the workbench shows it, and the CSV, XLSX and HTML writers write it. The {@code note} says what
 * the figures are shares of (their bases) and how the intervals are made.
 *
 * @param id      a short name for files and sheets, e.g. "code-frequencies"
 * @param title   the heading a reader sees
 * @param note    what the bases and intervals are; may be empty
 * @param columns the columns, each typed
 * @param rows    the rows; each has one cell per column, of the column's type or empty (see
 *                {@link #made} for rows made as they are read)
 */
public record ReportTable(String id, String title, String note, List<Column> columns, List<Row> rows) {

	public ReportTable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		note = note == null ? "" : note;
		columns = List.copyOf(columns);
		if (rows instanceof MadeRows made) {
			rows = made.checkedAgainst(title, columns); // each row is checked as it is made
		} else {
			rows = List.copyOf(rows);
			for (int r = 0; r < rows.size(); r++) {
				check(title, columns, r, rows.get(r));
			}
		}
	}

	/**
	 * A table whose rows are made when they are read, one at a time, and not kept: a table of a
	 * million coded excerpts written to a file need not hold a million rows of cells while it writes
	 * them. {@code row} must make the same row each time it is asked,
	 * from what it holds (not from a model that may change meanwhile), and may be called from any
	 * thread. Each row is checked as the constructor checks a list's.
	 */
	public static ReportTable made(String id, String title, String note, List<Column> columns, int size, IntFunction<Row> row) {
		return new ReportTable(id, title, note, columns, new MadeRows(size, row, null, List.of()));
	}

	/** Rows made on demand; checked against the table's columns once it has them. */
	private static final class MadeRows extends AbstractList<Row> implements RandomAccess {
		private final int size;
		private final IntFunction<Row> maker;
		private final String title;
		private final List<Column> columns;

		MadeRows(int size, IntFunction<Row> maker, String title, List<Column> columns) {
			if (size < 0) {
				throw new IllegalArgumentException("a table cannot have " + size + " rows");
			}
			this.size = size;
			this.maker = Objects.requireNonNull(maker, "row");
			this.title = title;
			this.columns = columns;
		}

		MadeRows checkedAgainst(String tableTitle, List<Column> tableColumns) {
			return new MadeRows(size, maker, tableTitle, tableColumns);
		}

		@Override
		public Row get(int index) {
			Objects.checkIndex(index, size);
			Row row = maker.apply(index);
			check(title, columns, index, row);
			return row;
		}

		@Override
		public int size() {
			return size;
		}
	}

	private static void check(String title, List<Column> columns, int r, Row row) {
		if (row.cells().size() != columns.size()) {
			throw new IllegalArgumentException("table \"" + title + "\", row " + (r + 1) + ": " + row.cells().size()
					+ " cells for " + columns.size() + " columns");
		}
		for (int c = 0; c < columns.size(); c++) {
			if (!columns.get(c).type().accepts(row.cell(c))) {
				throw new IllegalArgumentException("table \"" + title + "\", row " + (r + 1) + ", column \""
						+ columns.get(c).name() + "\": a " + row.cell(c).getClass().getSimpleName() + " cell in a "
						+ columns.get(c).type() + " column");
			}
		}
	}

	/** The index of the column with this heading, or -1. */
	public int columnIndex(String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** The first row with this key, or null. */
	public Row row(String key) {
		return rows.stream().filter(r -> Objects.equals(key, r.key())).findFirst().orElse(null);
	}

	/** Every cell as {@link Cell#display()} shows it, headings first: what a plain-text table prints. */
	public List<List<String>> displayed() {
		List<List<String>> out = new java.util.ArrayList<>();
		out.add(columns.stream().map(Column::name).toList());
		for (Row r : rows) {
			out.add(r.cells().stream().map(Cell::display).toList());
		}
		return out;
	}
}
