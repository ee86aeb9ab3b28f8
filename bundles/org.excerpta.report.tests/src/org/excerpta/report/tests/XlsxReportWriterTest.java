package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.CodeFrequencyTable;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.report.ExcerptTable;
import org.excerpta.report.ReportOptions;
import org.excerpta.api.table.ReportTable;
import org.excerpta.report.StandardTables;
import org.excerpta.report.XlsxReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX workbooks, read back with POI as Excel would read them. */
class XlsxReportWriterTest {

	@TempDir
	Path tmp;

	private static Workbook read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	@Test
	void everyKindOfCellIsANumberADateOrTextWithItsFormat() throws IOException {
		Path file = tmp.resolve("kinds.xlsx");
		new XlsxReportWriter().withZone(ZoneId.of("UTC")).write(List.of(Tables.everyKind()), file);
		try (Workbook wb = read(file)) {
			assertEquals(List.of("About", "Every kind of cell"), names(wb));
			Sheet about = wb.getSheet("About");
			assertEquals("Every kind of cell", about.getRow(1).getCell(1).getStringCellValue());
			assertEquals("A note.", about.getRow(1).getCell(3).getStringCellValue(), "the table's note travels with it");
			Sheet s = wb.getSheet("Every kind of cell");
			Row header = s.getRow(0);
			assertEquals(16, header.getLastCellNum(), "a share becomes 3 columns, a proportion 4, a difference 3");
			Font font = wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex());
			assertTrue(font.getBold(), "the header is bold");
			PaneInformation pane = s.getPaneInformation();
			assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, "the header row stays in view");
			Row r = s.getRow(1);
			assertEquals(CellType.STRING, r.getCell(0).getCellType());
			assertEquals("Zo\u00eb \u2013 \u201cquotes\u201d, \u65e5\u672c\u8a9e, \ud83d\ude00", r.getCell(0).getStringCellValue());
			assertEquals(12, r.getCell(1).getNumericCellValue());
			assertEquals("0.000", r.getCell(2).getCellStyle().getDataFormatString());
			assertEquals(0.123456, r.getCell(3).getNumericCellValue(), 1e-12);
			assertEquals("0.00%", r.getCell(3).getCellStyle().getDataFormatString());
			assertEquals(0.4, r.getCell(4).getNumericCellValue(), 1e-12, "a share is a number, shown as a percentage");
			assertEquals("0.0%", r.getCell(4).getCellStyle().getDataFormatString());
			assertEquals(0.24591, r.getCell(5).getNumericCellValue(), 1e-5, "the interval's lower bound");
			assertEquals(0.57680, r.getCell(6).getNumericCellValue(), 1e-5);
			assertEquals(12, r.getCell(7).getNumericCellValue(), "the count of a proportion");
			assertEquals(-0.123, r.getCell(11).getNumericCellValue(), 1e-12);
			assertTrue(r.getCell(11).getCellStyle().getDataFormatString().startsWith("+0.0%"), "differences carry their sign");
			assertEquals(0.0421, r.getCell(14).getNumericCellValue(), 1e-12);
			assertTrue(DateUtil.isCellDateFormatted(r.getCell(15)), "a date cell");
			assertEquals(LocalDateTime.of(2025, 3, 1, 14, 5, 9), r.getCell(15).getLocalDateTimeCellValue());
			Row gaps = s.getRow(2);
			assertNull(gaps.getCell(1), "an empty cell is left empty");
			assertEquals(0, gaps.getCell(7).getNumericCellValue(), "0 of 0 cases: the count stands");
			assertNull(gaps.getCell(8), "but no share");
			for (int c = 0; c < 16; c++) {
				int chars = s.getColumnWidth(c) / 256;
				assertTrue(chars >= 6 && chars <= 60, "column " + c + " is " + chars + " characters wide");
			}
		}
	}

	@Test
	void theSamplesTablesEachGetASheetWithTheirFigures() throws IOException {
		Path dir = tmp.resolve("sample");
		try (ExcerptaProject p = CodedSample.create(dir)) {
			CodedSample.addHostileSource(p);
		}
		Path file = tmp.resolve("sample.xlsx");
		List<ReportTable> tables;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			tables = StandardTables.of(p, index, ReportOptions.defaults());
			new XlsxReportWriter().write(tables, file);
		}
		try (Workbook wb = read(file)) {
			List<String> names = names(wb);
			assertEquals(tables.size() + 1, names.size(), names::toString);
			assertEquals(List.of("About", "Code frequencies", "Codes by Site", "Codes by Role", "Codes by Organisation",
					"Codes by Partners in the system", "Codes in the same source", "Codes linked by the sources", "Coded excerpts"), names);
			ReportTable frequencies = tables.get(0);
			Sheet s = wb.getSheet("Code frequencies");
			assertEquals(frequencies.rows().size(), s.getLastRowNum());
			for (int i = 0; i < frequencies.rows().size(); i++) {
				org.excerpta.api.table.Row r = frequencies.rows().get(i);
				Row row = s.getRow(i + 1);
				assertEquals(r.cell(0).display(), row.getCell(0).getStringCellValue());
				assertEquals(((org.excerpta.api.table.Cell.Count) r.cell(1)).value(), (long) row.getCell(1).getNumericCellValue());
				org.excerpta.api.table.Cell.Share share = (org.excerpta.api.table.Cell.Share) r.cell(frequencies.columnIndex(CodeFrequencyTable.SHARE_OF_CASES));
				assertEquals(share.share(), row.getCell(4).getNumericCellValue(), 1e-12);
				assertEquals(share.lower(), row.getCell(5).getNumericCellValue(), 1e-12);
				assertEquals(share.upper(), row.getCell(6).getNumericCellValue(), 1e-12);
			}
			ReportTable excerpts = tables.get(tables.size() - 1);
			Sheet ex = wb.getSheet("Coded excerpts");
			assertEquals(excerpts.rows().size(), ex.getLastRowNum());
			int text = excerpts.columnIndex(ExcerptTable.TEXT);
			Set<String> texts = new HashSet<>();
			for (int i = 1; i <= ex.getLastRowNum(); i++) {
				texts.add(ex.getRow(i).getCell(text).getStringCellValue());
			}
			assertTrue(texts.contains("Before <script>alert('x')</script> & after \"quoted\" text."), "markup is just text in a cell");
			assertTrue(ex.getColumnWidth(text) / 256 == 60, "long text gets a wide column");
			assertTrue(ex.getRow(1).getCell(text).getCellStyle().getWrapText(), "and wraps");
			assertTrue(ex.getPaneInformation().isFreezePane());
		}
	}

	@Test
	void excelsLimitsAreKept() throws IOException {
		String huge = "x".repeat(40_000);
		String emojiAtTheCut = "y".repeat(XlsxReportWriter.MAX_CELL_TEXT - 120) + "\ud83d\ude00".repeat(100);
		List<String> rows = new ArrayList<>(List.of(huge, emojiAtTheCut, "control \u0001 character"));
		IntStream.range(0, 22).forEach(i -> rows.add("row " + i));
		Path file = tmp.resolve("limits.xlsx");
		new XlsxReportWriter().withRowsPerSheet(10).write(List.of(Tables.texts("Long texts", rows)), file);
		try (Workbook wb = read(file)) {
			assertEquals(List.of("About", "Long texts", "Long texts (2)", "Long texts (3)"), names(wb), "a table longer than a sheet goes on");
			Sheet first = wb.getSheet("Long texts");
			String cut = first.getRow(1).getCell(0).getStringCellValue();
			assertTrue(cut.length() <= XlsxReportWriter.MAX_CELL_TEXT && cut.endsWith("the CSV export has the whole text]"), cut.substring(cut.length() - 80));
			String second = first.getRow(2).getCell(0).getStringCellValue();
			assertFalse(Character.isHighSurrogate(second.charAt(second.indexOf(" [\u2026") - 1)), "no character cut in half");
			assertTrue(first.getRow(3).getCell(0).getStringCellValue().startsWith("control "), "a control character does not spoil the file");
			assertEquals(9, first.getLastRowNum());
			assertEquals("text", wb.getSheet("Long texts (3)").getRow(0).getCell(0).getStringCellValue(), "the header again");
			assertEquals("row 21", wb.getSheet("Long texts (3)").getRow(7).getCell(0).getStringCellValue());
			assertEquals(7, wb.getSheet("Long texts (3)").getLastRowNum());
		}

		Path kept = tmp.resolve("kept.xlsx");
		Files.writeString(kept, "the last good workbook");
		List<Column> columns = IntStream.range(0, XlsxReportWriter.MAX_COLUMNS + 1).mapToObj(i -> Column.of("c" + i, ColumnType.COUNT)).toList();
		ReportTable wide = new ReportTable("wide", "Too wide", "", columns, List.of());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new XlsxReportWriter().write(List.of(wide), kept));
		assertTrue(e.getMessage().contains("Too wide") && e.getMessage().contains("16384"), e.getMessage());
		assertEquals("the last good workbook", Files.readString(kept), "a failed export leaves the old file alone");
	}

	@Test
	void sheetNamesFollowExcelsRules() throws IOException {
		List<String> titles = List.of("Codes by Partners in the system trust each other (1-5)", "Codes by Partners in the system trust them",
				"a/b:c*d?[e]\\f", "'quoted'", "", "History", "history", "CODES BY PARTNERS IN THE SYSTEM", "\ud83d\ude00".repeat(20));
		List<ReportTable> tables = titles.stream().map(t -> Tables.texts(t, List.of("x"))).toList();
		Path file = tmp.resolve("names.xlsx");
		new XlsxReportWriter().write(tables, file);
		try (Workbook wb = read(file)) {
			List<String> names = names(wb);
			assertEquals(titles.size() + 1, names.size());
			Set<String> lower = new HashSet<>();
			for (String n : names) {
				assertDoesNotThrow(() -> WorkbookUtil.validateSheetName(n), n);
				assertTrue(n.length() <= 31 && !n.isBlank() && !n.startsWith("'") && !n.endsWith("'"), n);
				assertFalse(n.equalsIgnoreCase("History"), "Excel keeps History for itself");
				assertTrue(lower.add(n.toLowerCase(Locale.ROOT)), "unique ignoring case: " + n);
			}
			assertEquals("Codes by Partners in the system", names.get(1));
			assertEquals("Codes by Partners in the (2)", names.get(2), "cut at a word");
			assertEquals("a b c d e f", names.get(3));
			assertEquals("quoted", names.get(4));
			assertEquals("Sheet", names.get(5));
		}
	}

	private static List<String> names(Workbook wb) {
		List<String> out = new ArrayList<>();
		wb.forEach(s -> out.add(s.getSheetName()));
		return out;
	}
}
