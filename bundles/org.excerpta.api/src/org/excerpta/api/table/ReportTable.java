package org.excerpta.api.table;

import java.util.List;
import java.util.Objects;

/**
 * A table of figures or excerpts, the one shape every output shares: the command line prints it,
 * the workbench shows it, and the CSV, XLSX and HTML writers write it. The {@code note} says what
 * the figures are shares of (their bases) and how the intervals are made.
 *
 * @param id      a short name for files and sheets, e.g. "code-frequencies"
 * @param title   the heading a reader sees
 * @param note    what the bases and intervals are; may be empty
 * @param columns the columns, each typed
 * @param rows    the rows; each has one cell per column, of the column's type or empty
 */
public record ReportTable(String id, String title, String note, List<Column> columns, List<Row> rows) {

	public ReportTable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		note = note == null ? "" : note;
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
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
