package org.excerpta.api.table;

import java.util.List;

/**
 * What a column holds, and so which {@link Cell} its cells are and how the CSV and XLSX writers
 * spread it over plain columns (a share with its interval becomes three numbers).
 */
public enum ColumnType {
	TEXT(Cell.Text.class, List.of(""), List.of("")),
	COUNT(Cell.Count.class, List.of(""), List.of("")),
	NUMBER(Cell.Number.class, List.of(""), List.of("")),
	PERCENT(Cell.Percent.class, List.of(""), List.of("%")),
	SHARE(Cell.Share.class, List.of("", " 95% CI lower", " 95% CI upper"), List.of("%", "%", "%")),
	PROPORTION(Cell.Proportion.class, List.of("", " %", " 95% CI lower", " 95% CI upper"), List.of("", "%", "%", "%")),
	DIFFERENCE(Cell.Difference.class, List.of("", " 95% CI lower", " 95% CI upper"), List.of("points", "points", "points")),
	P_VALUE(Cell.PValue.class, List.of(""), List.of("")),
	DATE_TIME(Cell.DateTime.class, List.of(""), List.of(""));

	private final Class<? extends Cell> cellClass;
	private final List<String> dataSuffixes;
	private final List<String> dataUnits;

	ColumnType(Class<? extends Cell> cellClass, List<String> dataSuffixes, List<String> dataUnits) {
		this.cellClass = cellClass;
		this.dataSuffixes = dataSuffixes;
		this.dataUnits = dataUnits;
	}

	/**
	 * The unit of each plain column when written as a plain number (CSV): "%" for percentages,
	 * "points" for differences in percentage points, "" otherwise.
	 */
	public List<String> dataUnits() {
		return dataUnits;
	}

	/** Whether a cell may stand in a column of this type (an empty cell may stand anywhere). */
	public boolean accepts(Cell cell) {
		return cell instanceof Cell.Empty || cellClass.isInstance(cell);
	}

	/** The headers of the plain columns this column becomes in CSV and XLSX, for a column named {@code name}. */
	public List<String> dataHeaders(String name) {
		return dataSuffixes.stream().map(s -> name + s).toList();
	}
}
