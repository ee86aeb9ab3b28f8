package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.excerpta.report.AtomicOutput;
import org.excerpta.report.CsvReportWriter;
import org.excerpta.api.table.ReportTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as Excel, R and a terminal read it. */
class CsvReportWriterTest {

	@TempDir
	Path tmp;

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
	}

	@Test
	void excelCsvHasAByteOrderMarkAndEveryFigureInAColumnOfItsOwn() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvReportWriter.forExcel().withZone(ZoneId.of("Europe/London")).write(Tables.everyKind(), bytes);
		byte[] all = bytes.toByteArray();
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(all, 3), "UTF-8 byte order mark");
		List<CSVRecord> records = parse(new String(all, 3, all.length - 3, StandardCharsets.UTF_8));
		assertEquals(List.of("code", "cases", "centrality", "share of text (%)", "share of cases (%)", "share of cases 95% CI lower (%)",
				"share of cases 95% CI upper (%)", "GP (n=30)", "GP (n=30) %", "GP (n=30) 95% CI lower (%)", "GP (n=30) 95% CI upper (%)",
				"difference (points)", "difference 95% CI lower (points)", "difference 95% CI upper (points)", "p", "coded on"),
				records.get(0).toList());
		assertEquals(List.of("Zo\u00eb \u2013 \u201cquotes\u201d, \u65e5\u672c\u8a9e, \ud83d\ude00", "12", "0.41667", "12.3456", "40.000",
				"24.591", "57.680", "12", "40.000", "24.591", "57.680", "-12.300", "-30.000", "5.000", "0.0421", "2025-03-01 14:05:09"),
				records.get(1).toList(), "Wilson: 12 of 30 is 40.0% [24.591-57.680], worked by hand; London is on GMT in March");
		assertEquals(List.of("", "", "", "", "", "", "", "0", "", "", "", "", "", "", "", ""), records.get(2).toList(),
				"gaps stay empty; a share of no cases has no value");
	}

	@Test
	void displayLayoutReadsAsOnScreen() throws IOException {
		StringBuilder out = new StringBuilder();
		ReportTable t = Tables.everyKind();
		CsvReportWriter.plain().withStyle(CsvReportWriter.Style.DISPLAY).write(t, out);
		List<CSVRecord> records = parse(out.toString());
		assertEquals(t.displayed(), records.stream().map(CSVRecord::toList).toList());
		assertEquals("12 (40.0% [24.6-57.7])", records.get(1).get(5));
		assertEquals("-12.3 [-30.0 to +5.0]", records.get(1).get(6));
		assertEquals("0 (-)", records.get(2).get(5));
	}

	@Test
	void excelCsvDefusesFormulasThatPlainCsvKeeps() throws IOException {
		List<String> typed = List.of("=HYPERLINK(\"http://x\",\"click\")", "+1 more", "-- nothing", "@SUM(A1)", "plain, \"quoted\"\nnext line");
		ReportTable t = Tables.texts("Answers", typed);
		StringBuilder excel = new StringBuilder();
		CsvReportWriter.forExcel().write(t, excel);
		List<String> defused = parse(excel.toString()).stream().skip(1).map(r -> r.get(0)).toList();
		assertEquals(List.of("'=HYPERLINK(\"http://x\",\"click\")", "'+1 more", "'-- nothing", "'@SUM(A1)", "plain, \"quoted\"\nnext line"),
				defused, "a survey answer must not run as a formula when the file is opened");
		StringBuilder plain = new StringBuilder();
		CsvReportWriter.plain().write(t, plain);
		assertEquals(typed, parse(plain.toString()).stream().skip(1).map(r -> r.get(0)).toList(), "for R or Python, the text as typed");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvReportWriter.plain().write(t, bytes);
		assertEquals('t', bytes.toByteArray()[0], "no byte order mark in plain CSV");
	}

	@Test
	void aFileIsReplacedWholeOrLeftAsItWas() throws IOException {
		Path file = tmp.resolve("counts.csv");
		Files.writeString(file, "the last good export");
		UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> AtomicOutput.write(file, out -> {
			out.write("half a report".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertTrue(failed.getMessage().contains("counts.csv") && failed.getMessage().contains("disk full"), failed.getMessage());
		assertEquals("the last good export", Files.readString(file));
		try (Stream<Path> files = Files.list(tmp)) {
			assertEquals(List.of(file), files.toList(), "no temporary file left behind");
		}
		CsvReportWriter.forExcel().write(Tables.everyKind(), file);
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("\uFEFFcode,cases"));
		assertTrue(Files.isReadable(file));
		assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("last good"));
		assertThrows(IllegalArgumentException.class, () -> CsvReportWriter.plain().write(Tables.everyKind(), tmp));
	}
}
