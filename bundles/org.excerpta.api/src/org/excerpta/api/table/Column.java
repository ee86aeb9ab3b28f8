package org.excerpta.api.table;

import java.util.Objects;

/**
 * A column of a {@link ReportTable}: its heading, its type, and optionally the GUID of what it
 * stands for (a code, in a code x code table) so that a view can act on it.
 */
public record Column(String name, ColumnType type, String key) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

	public static Column of(String name, ColumnType type) {
		return new Column(name, type, null);
	}
}
