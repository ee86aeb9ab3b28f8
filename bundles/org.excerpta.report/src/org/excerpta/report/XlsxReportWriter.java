package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes report tables as one XLSX workbook, one sheet per table, after an "About" sheet that
 * gives each table's title and note. Rows are streamed (POI's SXSSF keeps a window of rows in
 * memory), so a table of a million excerpts does not need a million rows of spreadsheet objects.
 * <p>
 * Each sheet has its header row bold, frozen and filterable; counts are numbers, shares are
 * numbers formatted as percentages, with their interval bounds in columns of their own; dates are
 * dates. Excel's limits are kept: a text longer than a cell holds is cut with a note saying so, and
 * a table longer than a sheet goes on in a second sheet.
 */
public final class XlsxReportWriter {

	/** Characters a cell of Excel holds. */
	public static final int MAX_CELL_TEXT = 32_767;
	/** Rows a sheet of Excel holds. */
	public static final int MAX_ROWS = 1_048_576;
	/** Columns a sheet of Excel holds. */
	public static final int MAX_COLUMNS = 16_384;
	static final String CUT_NOTE = " [\u2026 cut here: an Excel cell holds at most 32,767 characters; the CSV export has the whole text]";

	private static final int WIDEST = 60;
	private static final int ROWS_MEASURED = 1_000;

	private final ZoneId zone;
	private final int rowsPerSheet;

	public XlsxReportWriter() {
		this(ZoneId.systemDefault(), MAX_ROWS);
	}

	private XlsxReportWriter(ZoneId zone, int rowsPerSheet) {
		this.zone = zone;
		this.rowsPerSheet = rowsPerSheet;
	}

	/** The time zone dates are shown in (default: this computer's). */
	public XlsxReportWriter withZone(ZoneId newZone) {
		return new XlsxReportWriter(newZone, rowsPerSheet);
	}

	/**
	 * Rows per sheet, the header included (default and most: Excel's {@value #MAX_ROWS}); a longer
	 * table goes on in further sheets, each with the header again.
	 */
	public XlsxReportWriter withRowsPerSheet(int rows) {
		if (rows < 2 || rows > MAX_ROWS) {
			throw new IllegalArgumentException("a sheet holds from 2 to " + MAX_ROWS + " rows, not " + rows);
		}
		return new XlsxReportWriter(zone, rows);
	}

	public void write(List<ReportTable> tables, Path file) {
		AtomicOutput.write(file, out -> write(tables, out));
	}

	public void write(List<ReportTable> tables, OutputStream out) throws IOException {
		for (ReportTable t : tables) {
			int width = DataColumns.headers(t.columns()).size();
			if (width > MAX_COLUMNS) {
				throw new IllegalArgumentException("the table \"" + t.title() + "\" has " + width
						+ " columns, more than an Excel sheet holds (" + MAX_COLUMNS + "); choose fewer codes or an attribute with fewer values");
			}
		}
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		workbook.setCompressTempFiles(true);
		try {
			Styles styles = new Styles(workbook);
			SheetNames names = new SheetNames();
			List<String[]> about = new ArrayList<>();
			List<Runnable> sheets = new ArrayList<>();
			String aboutName = names.next("About");
			for (ReportTable t : tables) {
				String name = names.next(t.title());
				about.add(new String[] { name, t.title(), String.valueOf(t.rows().size()), t.note() });
				sheets.add(() -> writeTable(workbook, styles, names, name, t));
			}
			writeAbout(workbook, styles, aboutName, about);
			sheets.forEach(Runnable::run);
			workbook.write(out);
		} finally {
			workbook.close(); // also deletes SXSSF's temporary files
		}
	}

	private void writeAbout(SXSSFWorkbook workbook, Styles styles, String name, List<String[]> tables) {
		ReportTable about = new ReportTable("about", "About", "",
				List.of(Column.of("sheet", ColumnType.TEXT), Column.of("table", ColumnType.TEXT), Column.of("rows", ColumnType.COUNT),
						Column.of("what the figures are", ColumnType.TEXT)),
				tables.stream().map(t -> new Row(null, List.of(new Cell.Text(t[0]), new Cell.Text(t[1]),
						new Cell.Count(Long.parseLong(t[2])), new Cell.Text(t[3])))).toList());
		writeTable(workbook, styles, new SheetNames(), name, about);
	}

	private void writeTable(SXSSFWorkbook workbook, Styles styles, SheetNames names, String firstName, ReportTable table) {
		List<String> headers = DataColumns.headers(table.columns());
		List<ColumnType> types = DataColumns.types(table.columns());
		int[] widths = widths(table, headers);
		int dataRowsPerSheet = rowsPerSheet - 1;
		int sheets = Math.max(1, (table.rows().size() + dataRowsPerSheet - 1) / dataRowsPerSheet);
		for (int part = 0; part < sheets; part++) {
			String name = part == 0 ? firstName : names.next(table.title() + " (" + (part + 1) + ")");
			SXSSFSheet sheet = workbook.createSheet(name);
			SXSSFRow header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				SXSSFCell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(styles.header);
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			int from = part * dataRowsPerSheet;
			int to = Math.min(table.rows().size(), from + dataRowsPerSheet);
			for (int r = from; r < to; r++) {
				SXSSFRow row = sheet.createRow(r - from + 1);
				List<Object> values = DataColumns.values(table.columns(), table.rows().get(r));
				for (int c = 0; c < values.size(); c++) {
					put(row, c, values.get(c), types.get(c), widths[c] >= WIDEST, styles);
				}
			}
			sheet.createFreezePane(headers.size() > 1 ? 1 : 0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, to - from), 0, headers.size() - 1));
		}
	}

	private void put(SXSSFRow row, int column, Object value, ColumnType type, boolean wide, Styles styles) {
		if (value == null) {
			return;
		}
		SXSSFCell cell = row.createCell(column);
		switch (value) {
		case String s -> {
			cell.setCellValue(fitted(s));
			if (wide) {
				cell.setCellStyle(styles.wrapped);
			}
		}
		case Long n -> cell.setCellValue(n);
		case DataColumns.Pct p -> {
			cell.setCellValue(p.fraction());
			cell.setCellStyle(styles.percent(p.decimals(), p.signed()));
		}
		case DataColumns.P p -> {
			cell.setCellValue(p.value());
			cell.setCellStyle(styles.pValue);
		}
		case DataColumns.Num n -> {
			cell.setCellValue(n.value());
			cell.setCellStyle(styles.number(n.decimals()));
		}
		case Instant t -> {
			cell.setCellValue(t.atZone(zone).toLocalDateTime());
			cell.setCellStyle(styles.dateTime);
		}
		default -> throw new IllegalStateException("no XLSX form for " + value.getClass() + " in a " + type + " column");
		}
	}

	/** Text as a cell can hold it: cut, with a note, past Excel's limit. */
	static String fitted(String s) {
		if (s.length() <= MAX_CELL_TEXT) {
			return s;
		}
		return SheetNames.cut(s, MAX_CELL_TEXT - CUT_NOTE.length()) + CUT_NOTE;
	}

	/** Column widths in characters: the header (which wraps, so up to a point) or the widest of the first rows. */
	private static int[] widths(ReportTable table, List<String> headers) {
		int[] widths = new int[headers.size()];
		for (int c = 0; c < headers.size(); c++) {
			widths[c] = Math.min(headers.get(c).length(), 24);
		}
		int measured = 0;
		for (Row row : table.rows()) {
			if (measured++ == ROWS_MEASURED) {
				break;
			}
			List<Object> values = DataColumns.values(table.columns(), row);
			for (int c = 0; c < values.size(); c++) {
				widths[c] = Math.max(widths[c], shownLength(values.get(c)));
			}
		}
		for (int c = 0; c < widths.length; c++) {
			widths[c] = Math.max(6, Math.min(WIDEST, widths[c] + 2));
		}
		return widths;
	}

	private static int shownLength(Object value) {
		return switch (value) {
		case null -> 0;
		case String s -> s.lines().mapToInt(String::length).max().orElse(0);
		case Long n -> n.toString().length();
		case DataColumns.Pct p -> 7 + p.decimals();
		case DataColumns.P p -> 6;
		case DataColumns.Num n -> 6 + n.decimals();
		case Instant t -> 16;
		default -> 10;
		};
	}

	/** The workbook's cell styles, made once: Excel limits a workbook to 64,000 of them. */
	private static final class Styles {
		final CellStyle header;
		final CellStyle wrapped;
		final CellStyle pValue;
		final CellStyle dateTime;
		private final Map<String, CellStyle> byFormat = new HashMap<>();
		private final SXSSFWorkbook workbook;

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			pValue = format("0.000");
			dateTime = format("yyyy-mm-dd hh:mm");
		}

		CellStyle number(int decimals) {
			String pattern = "0" + (decimals > 0 ? "." + "0".repeat(decimals) : "");
			return byFormat.computeIfAbsent(pattern, k -> format(pattern));
		}

		CellStyle percent(int decimals, boolean signed) {
			String pattern = "0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + "%";
			String key = (signed ? "+" : "") + pattern;
			return byFormat.computeIfAbsent(key, k -> format(signed ? "+" + pattern + ";-" + pattern + ";" + pattern : pattern));
		}

		private CellStyle format(String pattern) {
			CellStyle s = workbook.createCellStyle();
			s.setDataFormat(workbook.createDataFormat().getFormat(pattern));
			return s;
		}
	}
}
