package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.ReportExport;
import org.excerpta.report.ReportExport.Format;
import org.excerpta.report.ReportOptions;
import org.excerpta.report.ReportScope;
import org.excerpta.report.StandardTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code excerpta export DIR --format F OUT} will call, format by format. */
class ReportExportTest {

	@TempDir
	Path tmp;

	@Test
	void everyFormatWritesItsFilesForColleaguesToOpen() throws Exception {
		Path dir = tmp.resolve("sample");
		// The coded sample, closed: exports read projects open read-only, as the command line does.
		CodedSample.create(dir).close();
		Path out = tmp.resolve("out");
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			ReportOptions options = ReportOptions.defaults().withScope(ReportScope.all().where(Map.of("Organisation", "Commissioner")));
			int tables = StandardTables.of(p, index, options).size();

			List<Path> csv = ReportExport.export(p, index, Format.parse("csv"), out.resolve("csv"), options);
			assertEquals(tables, csv.size());
			try (Stream<Path> files = Files.list(out.resolve("csv"))) {
				assertEquals(tables, files.count(), "one file per table, nothing else");
			}
			assertTrue(csv.contains(out.resolve("csv/codes-by-Partners in the system trust each other (1-5).csv")), csv::toString);
			String frequencies = Files.readString(out.resolve("csv/code-frequencies.csv"), StandardCharsets.UTF_8);
			assertTrue(frequencies.startsWith("\uFEFFcode,codings,sources,cases,share of cases (%)"), frequencies);

			Path xlsx = out.resolve("report.xlsx");
			assertEquals(List.of(xlsx), ReportExport.export(p, index, Format.XLSX, xlsx, options));
			try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
				assertEquals(tables + 1, wb.getNumberOfSheets());
				assertTrue(wb.getSheet("About").getRow(1).getCell(3).getStringCellValue().contains("cases with Organisation = Commissioner"),
						"the note says which cases are counted");
			}

			Path html = out.resolve("report.html");
			ReportExport.export(p, index, Format.HTML, html, options.withTitle("For the steering group"));
			assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<h1>For the steering group</h1>"));

			Path codes = out.resolve("codes.gexf");
			ReportExport.export(p, index, Format.GEXF, codes, options);
			Path cases = out.resolve("cases.gexf");
			ReportExport.export(p, index, Format.parse("gexf-cases"), cases, options);
			try (InputStream a = Files.newInputStream(codes); InputStream b = Files.newInputStream(cases)) {
				NetworkTest.Gexf codeGraph = NetworkTest.Gexf.read(a);
				NetworkTest.Gexf caseGraph = NetworkTest.Gexf.read(b);
				assertTrue(codeGraph.labels.containsValue("Relational"));
				assertTrue(caseGraph.values.values().stream().allMatch(v -> "Commissioner".equals(v.get("Organisation"))),
						"only the commissioners' cases");
				assertTrue(caseGraph.labels.size() > 5);
			}
			Path ordinary = Files.writeString(out.resolve("ordinary.txt"), "made as any program makes a file");
			for (Path f : List.of(xlsx, html, codes, cases, out.resolve("csv/excerpts.csv"))) {
				assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(f),
						"a report is a file to share, with the permissions of any new file, not those of a private temporary file: " + f);
			}
		}
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Format.parse("pdf"));
		assertTrue(unknown.getMessage().contains("pdf") && unknown.getMessage().contains("xlsx"), unknown.getMessage());
	}
}
