package org.excerpta.importer.tests;

import static org.excerpta.importer.tests.SurveyRealFilesTest.answers;
import static org.excerpta.importer.tests.SurveyRealFilesTest.caseNamed;
import static org.excerpta.importer.tests.SurveyRealFilesTest.importInto;
import static org.excerpta.importer.tests.SurveyRealFilesTest.value;
import static org.excerpta.importer.tests.SurveyRealFilesTest.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.survey.SurveyImportException;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.importer.survey.SurveyPreview;
import org.excerpta.model.Case;
import org.excerpta.model.TextSource;
import org.excerpta.model.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messy exports written here on purpose: delimiters, encodings, quoting, repeated names, blanks, types. */
class SurveyFormatsTest {

	@TempDir
	Path tmp;

	private Path write(String name, String text, Charset charset, byte... bom) throws IOException {
		Path file = tmp.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(bom);
			out.write(text.getBytes(charset));
		}
		return file;
	}

	private ExcerptaProject project() {
		return ExcerptaProject.create(tmp.resolve("project"), "Study");
	}

	/** The same survey with each delimiter; cells quote the other delimiters and a line break. */
	@ParameterizedTest
	@ValueSource(strings = { ",", ";", "\t", "|" })
	void everyDelimiterIsSniffed(String d) throws IOException {
		String open = "\"It works, mostly; tabs\tand bars | too.\r\nSecond line of the answer, quite long.\"";
		String csv = String.join(d, "id", "score", "comment") + "\r\n" + String.join(d, "r1", "4", open) + "\r\n"
				+ String.join(d, "r2", "5", "\"Another long answer that goes on for a while.\"") + "\r\n";
		try (ExcerptaProject p = project()) {
			SurveyImportReport r = importInto(p, write("survey.csv", csv, StandardCharsets.UTF_8),
					SurveyOptions.defaults().withIdColumn("id"));
			assertEquals(2, r.respondentsAdded());
			assertEquals("4", value(caseNamed(p, "r1"), "score"));
			assertEquals("It works, mostly; tabs\tand bars | too.\nSecond line of the answer, quite long.",
					answers(caseNamed(p, "r1")).get("comment").getPlainTextContent(), "one cell, LF line break");
		}
	}

	@Test
	void excelsSepLineNamesTheDelimiterAndIsNotTheHeader() throws IOException {
		Path file = write("sep.csv", "sep=;\r\nid;note\r\n1;a,b\r\n2;c,d\r\n", StandardCharsets.UTF_8);
		SurveyPreview preview = new SurveyImporter().preview(file, SurveyOptions.defaults().withIdColumn("id"));
		assertEquals(2, preview.respondents());
		assertEquals(List.of("a,b", "c,d"), preview.column("note").samples());
		assertTrue(preview.notes().contains("the first line (\"sep=;\") names the delimiter; it is not part of the "
				+ "header"), preview.notes()::toString);
	}

	/** "Response" as one respondent's answer is not SurveyMonkey's second header row. */
	@Test
	void anAnswerThatReadsResponseIsNotTakenForASubLabel() throws IOException {
		Path file = write("kinds.csv", "id,kind\nr1,Response\nr2,Query\n", StandardCharsets.UTF_8);
		SurveyPreview preview = new SurveyImporter().preview(file, SurveyOptions.defaults().withIdColumn("id"));
		assertEquals(1, preview.headerRows());
		assertEquals(2, preview.respondents());
		assertEquals(2, new SurveyImporter().preview(file, SurveyOptions.defaults().withHeaderRows(2)).headerRows(),
				"unless the user says so");
	}

	@Test
	void listingOpenColumnsMeansTheOthersAreClosed() throws IOException {
		String csv = "id,story,motto\n"
				+ "a,\"We moved here when I was nine and never left the valley.\",\"Slow and steady wins the race, always.\"\n"
				+ "b,\"My grandmother ran the shop on the corner for forty years.\",\"Leave every place better than you found it.\"\n";
		Path file = write("listed.csv", csv, StandardCharsets.UTF_8);
		SurveyOptions options = SurveyOptions.defaults().withIdColumn("id");
		assertEquals(SurveyPreview.Role.OPEN, new SurveyImporter().preview(file, options).column("motto").role(),
				"detected");
		SurveyPreview listed = new SurveyImporter().preview(file, options.withOpenColumns(List.of("story")));
		assertEquals(SurveyPreview.Role.OPEN, listed.column("story").role());
		assertEquals(SurveyPreview.Role.CLOSED, listed.column("motto").role(), "not listed, so not open");
		assertEquals(VariableType.TEXT, listed.column("motto").type());
	}

	@Test
	void windows1252IsReadWhenTheFileIsNotUtf8() throws IOException {
		String csv = "Nom;Remarque\nCécile;\"Le café était trop sucré, mais l'accueil était chaleureux (5 €).\"\n"
				+ "Zoë;\"Naïve question: pourquoi pas de thé? Il faudrait y penser.\"\n";
		Path file = write("export.csv", csv, Charset.forName("windows-1252"));
		try (ExcerptaProject p = project()) {
			SurveyImportReport r = importInto(p, file, SurveyOptions.defaults().withIdColumn("Nom"));
			assertTrue(r.format().contains("Windows-1252"), r.format());
			assertEquals("Le café était trop sucré, mais l'accueil était chaleureux (5 €).",
					answers(caseNamed(p, "Cécile")).get("Remarque").getPlainTextContent());
			assertEquals(List.of("Cécile", "Zoë"), p.model().getCases().stream().map(Case::getName).toList());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE", "UTF-8" })
	void byteOrderMarksAreHonouredAndNotPartOfTheFirstName(String encoding) throws IOException {
		byte[] bom = switch (encoding) {
		case "UTF-16LE" -> new byte[] { (byte) 0xFF, (byte) 0xFE };
		case "UTF-16BE" -> new byte[] { (byte) 0xFE, (byte) 0xFF };
		default -> new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		};
		// Excel's "Unicode text" is UTF-16 with tabs.
		String text = "id\tage\tcomment\r\nłucja\t31\tŻółć and 😀 in one answer, long enough to be open text.\r\n"
				+ "øyvind\t45\tAnother answer with accents: naïve, façade, smörgåsbord.\r\n";
		Path file = write("unicode.txt", text, Charset.forName(encoding), bom);
		try (ExcerptaProject p = project()) {
			SurveyImportReport r = importInto(p, file, SurveyOptions.defaults().withIdColumn("id"));
			assertTrue(r.format().contains("byte order mark"), r.format());
			assertEquals(VariableType.INTEGER, variable(p, "age").getType(), "\"age\" was found: no BOM in \"id\"");
			TextSource answer = answers(caseNamed(p, "łucja")).get("comment");
			String expected = "Żółć and 😀 in one answer, long enough to be open text.";
			assertEquals(expected, answer.getPlainTextContent());
			assertEquals(expected.length() - 1, answer.getLength(), "the emoji is one code point, two chars");
		}
	}

	@Test
	void repeatedColumnNamesBlankAnswersAndRowNumbersWithoutAnIdColumn() throws IOException {
		String csv = "Comment,Comment,Group\n"
				+ "\"The training was useful but far too short for everyone.\",\"Second thoughts: more time please, and more breaks.\",A\n"
				+ ",\"Only the second comment was answered here at length.\",B\n"
				+ ",,\n" // a blank row
				+ "\"Third person with a long first comment and nothing more.\",,A\n";
		try (ExcerptaProject p = project()) {
			SurveyImportReport r = importInto(p, write("dup.csv", csv, StandardCharsets.UTF_8), SurveyOptions.defaults());
			assertEquals(List.of("Comment", "Comment (2)"), r.questions());
			assertTrue(r.notes().contains("column 2 \"Comment\" renamed \"Comment (2)\" (the name was already used)"),
					r.notes()::toString);
			assertEquals(3, r.respondentsAdded());
			assertEquals(4, r.answersAdded());
			assertEquals(2, r.blankAnswersSkipped());
			assertTrue(r.notes().contains("2 blank answers skipped"), r.notes()::toString);
			assertTrue(r.notes().contains("1 blank row skipped"), r.notes()::toString);
			assertEquals(List.of("1", "2", "3"), p.model().getCases().stream().map(Case::getName).toList(),
					"respondents numbered in file order");
			assertEquals(Map.of("Comment (2)", "Only the second comment was answered here at length."),
					answers(caseNamed(p, "2")).entrySet().stream()
							.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
									e -> e.getValue().getPlainTextContent())));
			assertEquals("B", value(caseNamed(p, "2"), "Group"));
			assertTrue(p.model().getSources().stream().map(s -> (TextSource) s)
					.noneMatch(s -> s.getPlainTextContent().isBlank()), "no empty texts");
		}
	}

	@Test
	void typesAreDetectedConservativelyAndStoredInXmlSchemaForm() throws IOException {
		String csv = "id,count,ratio,consent,visited,born,joined,code,ticked,stamp\n"
				+ "a,3,0.5,Yes,25/12/2023,2001-02-03,03/04/2020,007,yes,2024-05-06 07:08\n"
				+ "b,-12,1e3,no,1/2/2024,1999-12-31,04/03/2020,012,yes,2024-05-06T17:18:19\n";
		SurveyPreview preview = new SurveyImporter().preview(write("types.csv", csv, StandardCharsets.UTF_8),
				SurveyOptions.defaults().withIdColumn("id"));
		assertEquals(VariableType.INTEGER, preview.column("count").type());
		assertEquals(VariableType.FLOAT, preview.column("ratio").type());
		assertEquals(VariableType.BOOLEAN, preview.column("consent").type());
		assertEquals(VariableType.DATE, preview.column("visited").type(), "25/12 can only be day first");
		assertEquals(VariableType.DATE, preview.column("born").type());
		assertEquals(VariableType.TEXT, preview.column("joined").type(), "03/04 or 04/03: not guessed");
		assertTrue(preview.notes().stream().anyMatch(n -> n.contains("\"joined\"") && n.contains("day/month")));
		assertEquals(VariableType.TEXT, preview.column("code").type(), "leading zeros: a code, not a number");
		assertEquals(VariableType.TEXT, preview.column("ticked").type(), "\"yes\" alone is not a yes/no question");
		assertEquals(VariableType.DATE_TIME, preview.column("stamp").type());

		try (ExcerptaProject p = project()) {
			importInto(p, write("types2.csv", csv, StandardCharsets.UTF_8), SurveyOptions.defaults().withIdColumn("id")
					.withTypeOverrides(Map.of("joined", VariableType.DATE, "count", VariableType.TEXT)));
			Case a = caseNamed(p, "a");
			assertEquals("true", value(a, "consent"));
			assertEquals("2023-12-25", value(a, "visited"));
			assertEquals("2024-02-01", value(caseNamed(p, "b"), "visited"));
			assertEquals("2020-04-03", value(a, "joined"), "a Date override reads day first");
			assertEquals("2024-05-06T07:08:00", value(a, "stamp"));
			assertEquals(VariableType.TEXT, variable(p, "count").getType(), "overridden");
			assertEquals("007", value(a, "code"));
		}
	}

	@Test
	void aTypeOverrideThatDoesNotFitNamesTheRowAndColumn() throws IOException {
		Path file = write("bad.csv", "id,age\nx,31\ny,thirty\n", StandardCharsets.UTF_8);
		SurveyImportException e = assertThrows(SurveyImportException.class, () -> new SurveyImporter().preview(file,
				SurveyOptions.defaults().withIdColumn("id").withTypeOverrides(Map.of("age", VariableType.INTEGER))));
		assertEquals(3, e.row());
		assertEquals("age", e.column());
		assertTrue(e.getMessage().startsWith(file + ", row 3, column \"age\": \"thirty\" is not an Integer"),
				e.getMessage());
	}

	/** A workbook as Excel writes it: numbers, dates with a date format, booleans, several sheets. */
	@Test
	void xlsxCellsAreReadAsValuesNotAsDisplayedAndSheetsCanBeChosen() throws IOException {
		Path file = tmp.resolve("workbook.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("not the data");
			Sheet sheet = wb.createSheet("Responses");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle money = wb.createCellStyle();
			money.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
			Row h = sheet.createRow(0);
			String[] header = { "ID", "Score", "Income", "Started", "Agreed", "Why" };
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			Object[][] rows = { { "p1", 4, 1234.5, LocalDate.of(2024, 3, 1), true, "Because the course\r\nchanged my mind." },
					{ "p2", 5, 99.0, LocalDate.of(2024, 3, 2), false, "" },
					{ "p3", 3, 1e6, LocalDate.of(2024, 12, 31), true, "No particular reason, it seemed right." } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 2); // row 2 left empty on purpose
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((Integer) rows[r][1]);
				row.createCell(2).setCellValue((Double) rows[r][2]);
				row.getCell(2).setCellStyle(money);
				row.createCell(3).setCellValue((LocalDate) rows[r][3]);
				row.getCell(3).setCellStyle(date);
				row.createCell(4).setCellValue((Boolean) rows[r][4]);
				if (!((String) rows[r][5]).isEmpty()) {
					row.createCell(5).setCellValue((String) rows[r][5]);
				}
			}
			wb.write(out);
		}
		SurveyOptions byName = SurveyOptions.defaults().withIdColumn("ID").withSheet("responses")
				.withOpenColumns(List.of("Why"));
		SurveyPreview preview = new SurveyImporter().preview(file, byName);
		assertEquals("XLSX, sheet \"Responses\"", preview.format());
		assertEquals(VariableType.FLOAT, preview.column("Income").type());
		assertEquals(VariableType.DATE, preview.column("Started").type());
		assertEquals(VariableType.BOOLEAN, preview.column("Agreed").type());
		assertEquals(List.of("1234.5", "99", "1000000"), preview.column("Income").samples(), "no grouping, no rounding");

		try (ExcerptaProject p = project()) {
			SurveyImportReport r = importInto(p, file, byName.withSheet("2"));
			assertEquals(3, r.respondentsAdded());
			Case p1 = caseNamed(p, "p1");
			assertEquals("2024-03-01", value(p1, "Started"));
			assertEquals("true", value(p1, "Agreed"));
			assertEquals("4", value(p1, "Score"));
			assertEquals("Because the course\nchanged my mind.", answers(p1).get("Why").getPlainTextContent());
			assertNull(answers(caseNamed(p, "p2")).get("Why"));
		}
		SurveyImportException e = assertThrows(SurveyImportException.class,
				() -> new SurveyImporter().preview(file, byName.withSheet("3")));
		assertTrue(e.getMessage().contains("there is no sheet 3: the workbook has 2 sheets (Notes, Responses)"),
				e.getMessage());
	}
}
