package org.excerpta.report;

import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link ReportTable} as CSV (RFC 4180, UTF-8). In the {@link Style#DATA data} layout
 * every figure is a plain number in a column of its own (shares and their interval bounds as
 * percentages, dates as "2025-03-01 14:05:09"); in the {@link Style#DISPLAY display} layout each
 * cell reads as on screen ("12 (40.0% [24.6-57.7])").
 * <p>
 * {@link #forExcel()} starts the file with a byte order mark, without which Excel reads UTF-8 as
 * the local code page, and puts an apostrophe before text that Excel would otherwise run as a
 * formula (text starting with =, +, -, @): survey answers are typed by anyone.
 */
public final class CsvReportWriter {

	/** How figures are laid out. */
	public enum Style {
		/** Plain numbers, one per column: for spreadsheets and statistics programs. */
		DATA,
		/** Each cell as it reads on screen. */
		DISPLAY
	}

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private final boolean excel;
	private final Style style;
	private final ZoneId zone;

	private CsvReportWriter(boolean excel, Style style, ZoneId zone) {
		this.excel = excel;
		this.style = style;
		this.zone = zone;
	}

	/** UTF-8 with a byte order mark, formulas defused, data layout: what Excel opens correctly by double-click. */
	public static CsvReportWriter forExcel() {
		return new CsvReportWriter(true, Style.DATA, ZoneId.systemDefault());
	}

	/** UTF-8 without a byte order mark, text as it is, data layout: for R, Python, Stata. */
	public static CsvReportWriter plain() {
		return new CsvReportWriter(false, Style.DATA, ZoneId.systemDefault());
	}

	public CsvReportWriter withStyle(Style newStyle) {
		return new CsvReportWriter(excel, newStyle, zone);
	}

	/** The time zone dates are written in (default: this computer's). */
	public CsvReportWriter withZone(ZoneId newZone) {
		return new CsvReportWriter(excel, style, newZone);
	}

	public void write(ReportTable table, Path file) {
		AtomicOutput.write(file, out -> write(table, out));
	}

	public void write(ReportTable table, OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		if (excel) {
			w.write('\uFEFF');
		}
		write(table, w);
		w.flush();
	}

	/** Writes the records only (no byte order mark: that belongs to a file). */
	public void write(ReportTable table, Appendable out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		if (style == Style.DISPLAY) {
			for (List<String> r : table.displayed()) {
				printer.printRecord(r.stream().map(this::text).toList());
			}
		} else {
			printer.printRecord(headers(table.columns()).stream().map(this::text).toList());
			for (Row row : table.rows()) {
				List<String> record = new ArrayList<>();
				for (Object v : DataColumns.values(table.columns(), row)) {
					record.add(value(v));
				}
				printer.printRecord(record);
			}
		}
		printer.flush();
	}

	/** The data headers, with the unit of each number: "share of cases (%)". */
	private static List<String> headers(List<Column> columns) {
		List<String> out = new ArrayList<>();
		for (Column c : columns) {
			List<String> names = c.type().dataHeaders(c.name());
			List<String> units = c.type().dataUnits();
			for (int i = 0; i < names.size(); i++) {
				String unit = units.get(i);
				out.add(unit.isEmpty() || names.get(i).endsWith(" " + unit) ? names.get(i) : names.get(i) + " (" + unit + ")");
			}
		}
		return out;
	}

	private String value(Object v) {
		return switch (v) {
		case null -> "";
		case String s -> text(s);
		case Long n -> n.toString();
		// Two decimals more than shown on screen: enough to recompute, not so many as to look like noise.
		case DataColumns.Pct p -> BigDecimal.valueOf(100 * p.fraction()).setScale(p.decimals() + 2, RoundingMode.HALF_UP).toPlainString();
		case DataColumns.P p -> String.valueOf(p.value());
		case DataColumns.Num n -> BigDecimal.valueOf(n.value()).setScale(n.decimals() + 2, RoundingMode.HALF_UP).toPlainString();
		case Instant t -> DATE_TIME.format(t.atZone(zone));
		default -> throw new IllegalStateException("no CSV form for " + v.getClass());
		};
	}

	private String text(String s) {
		if (excel && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
			return "'" + s;
		}
		return s;
	}
}
