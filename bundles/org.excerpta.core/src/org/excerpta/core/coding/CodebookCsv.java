package org.excerpta.core.coding;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;

/**
 * The codebook as CSV, one code a row, parents before children: {@code path,codable,color,description}
 * (the format of the sample's codebook.csv), for exchange with colleagues and spreadsheets.
 */
public final class CodebookCsv {

	public static final List<String> COLUMNS = List.of("path", "codable", "color", "description");

	/** One row; color and description are null where the cell is empty. */
	public record Row(String path, boolean codable, String color, String description) {
	}

	private CodebookCsv() {
	}

	/** Writes line feeds, like the sample's codebook.csv, so exports diff cleanly in version control. */
	public static void write(Codebook codebook, Writer out) throws IOException {
		try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
				.setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get())) {
			for (Code top : codebook.getCodes()) {
				for (Code c : CodePaths.subtreeDepthFirst(top)) {
					p.printRecord(CodePaths.pathOf(c), c.isCodable(), nonNull(c.getColor()), nonNull(c.getDescription()));
				}
			}
		}
	}

	/** Reads rows; a row without a path or with a codable that is not true/false is an error naming its line. */
	public static List<Row> read(Reader in) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
				.setTrim(true).get();
		List<Row> rows = new ArrayList<>();
		// Spreadsheets often save CSV with a byte order mark; it is not part of the first column's name.
		PushbackReader unread = new PushbackReader(in);
		int first = unread.read();
		if (first != -1 && first != '\uFEFF') {
			unread.unread(first);
		}
		try (CSVParser parser = format.parse(unread)) {
			if (!parser.getHeaderMap().containsKey("path")) {
				throw new IllegalArgumentException("a codebook CSV needs a header row with the columns " + String.join(",", COLUMNS));
			}
			try {
				for (CSVRecord r : parser) {
					rows.add(row(r));
				}
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}
		return rows;
	}

	private static Row row(CSVRecord r) {
		String path = cell(r, "path");
		if (path == null) {
			throw new IllegalArgumentException("row " + r.getRecordNumber() + " (after the header): the path is empty");
		}
		String codable = cell(r, "codable");
		if (codable != null && !codable.equalsIgnoreCase("true") && !codable.equalsIgnoreCase("false")) {
			throw new IllegalArgumentException("row " + r.getRecordNumber() + " (after the header): codable must be true or false, not \""
					+ codable + "\"");
		}
		return new Row(path, codable == null || codable.toLowerCase(Locale.ROOT).equals("true"), cell(r, "color"),
				cell(r, "description"));
	}

	private static String cell(CSVRecord r, String column) {
		String v = r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
		return v == null || v.isEmpty() ? null : v;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
