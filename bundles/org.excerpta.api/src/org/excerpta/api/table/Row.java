package org.excerpta.api.table;

import java.util.List;

/**
 * A row of a {@link ReportTable}: its cells, and optionally the GUID of what it stands for (a
 * code, a coding) so that a view can select it and a chart can colour it.
 */
public record Row(String key, List<Cell> cells) {

	public Row {
		cells = List.copyOf(cells);
	}

	public Cell cell(int column) {
		return cells.get(column);
	}
}
