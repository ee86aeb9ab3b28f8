package org.excerpta.cli;

import java.io.PrintWriter;
import java.util.List;

/** A table printed in aligned columns: text left, figures right; the first column cut at 70 characters. */
final class TextTable {

	private TextTable() {
	}

	/** @param rows the heading row first, then the rows, every row as long as the heading */
	static void print(PrintWriter out, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.get(0).size();
		int[] widths = new int[columns];
		for (List<String> r : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], r.get(i).length());
			}
		}
		if (columns > 0) {
			widths[0] = Math.min(widths[0], 70);
		}
		for (List<String> r : rows) {
			StringBuilder s = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				String c = i == 0 ? SearchCommand.shorten(r.get(i), widths[0], true) : r.get(i);
				s.append(i == 0 ? String.format("%-" + Math.max(1, widths[i]) + "s", c) : String.format("  %" + Math.max(1, widths[i]) + "s", c));
			}
			out.println(s.toString().stripTrailing());
		}
	}
}
