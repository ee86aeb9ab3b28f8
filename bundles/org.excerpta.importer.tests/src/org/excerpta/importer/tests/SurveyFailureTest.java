package org.excerpta.importer.tests;

import static org.excerpta.importer.tests.SurveyRealFilesTest.importInto;
import static org.excerpta.importer.tests.SurveyRealFilesTest.surveyFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.survey.SurveyImportException;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.model.VariableType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be imported gives a message naming the file (and the row and column where
 * there is one), and the project's files are left exactly as they were, byte for byte.
 */
class SurveyFailureTest {

	@TempDir
	Path tmp;

	private Path projectDir;

	/** A project that already holds a survey: a failed import must not disturb it. */
	@BeforeEach
	void projectWithASurvey() {
		projectDir = tmp.resolve("project");
		try (ExcerptaProject p = ExcerptaProject.create(projectDir, "Study")) {
			importInto(p, surveyFile("qualcoder_examples/survey456.csv"), SurveyOptions.defaults().withIdColumn("Case"));
		}
	}

	/** Every file under the project folder with a hash of its content. */
	private Map<String, String> fingerprint() throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(projectDir)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				try {
					hashes.put(projectDir.relativize(f).toString(), HexFormat.of()
							.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
				} catch (GeneralSecurityException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return hashes;
	}

	/** Imports into the open project, expecting a failure that leaves every file as it was. */
	private SurveyImportException failsLeavingProjectAsItWas(Path file, SurveyOptions options) throws IOException {
		try (ExcerptaProject p = ExcerptaProject.open(projectDir)) {
			Map<String, String> before = fingerprint();
			int cases = p.model().getCases().size();
			SurveyImportException e = assertThrows(SurveyImportException.class, () -> importInto(p, file, options));
			assertEquals(before, fingerprint(), "the project's files are unchanged");
			assertEquals(cases, p.model().getCases().size());
			assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
			return e;
		}
	}

	private Path csv(String name, String text) throws IOException {
		return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void anIdColumnThatDoesNotExist() throws IOException {
		Path file = csv("a.csv", "Respondent,Age\nr1,20\n");
		SurveyImportException e = failsLeavingProjectAsItWas(file, SurveyOptions.defaults().withIdColumn("ID"));
		assertEquals("ID", e.column());
		assertTrue(e.getMessage().endsWith("there is no such column for the respondent IDs; the columns are: "
				+ "\"Respondent\", \"Age\""), e.getMessage());
	}

	/** Found only at the end of the file: the first pass checks before anything is added. */
	@Test
	void duplicateRespondentIdsNameBothRows() throws IOException {
		StringBuilder b = new StringBuilder("id,answer\n");
		for (int i = 1; i <= 9_000; i++) {
			b.append("r").append(i).append(",\"A long enough answer from respondent ").append(i).append(".\"\n");
		}
		b.append("r17,\"The same respondent again.\"\n");
		SurveyImportException e = failsLeavingProjectAsItWas(csv("dup.csv", b.toString()),
				SurveyOptions.defaults().withIdColumn("id"));
		assertEquals(9_002, e.row());
		assertTrue(e.getMessage().contains("\"r17\" appears twice (rows 18 and 9002)"), e.getMessage());
	}

	@Test
	void aBlankRespondentId() throws IOException {
		SurveyImportException e = failsLeavingProjectAsItWas(csv("blank-id.csv", "id,age\nr1,3\n,4\n"),
				SurveyOptions.defaults().withIdColumn("id"));
		assertEquals(3, e.row());
		assertEquals("id", e.column());
	}

	@Test
	void anEmptyFileAndAHeaderWithoutRespondents() throws IOException {
		assertTrue(failsLeavingProjectAsItWas(csv("empty.csv", ""), SurveyOptions.defaults()).getMessage()
				.endsWith("the file is empty"));
		assertTrue(failsLeavingProjectAsItWas(csv("blank.csv", "\n ,\n"), SurveyOptions.defaults()).getMessage()
				.contains("no rows"));
		assertTrue(failsLeavingProjectAsItWas(csv("header.csv", "id,age\n"), SurveyOptions.defaults()).getMessage()
				.endsWith("the file has a header but no respondents"));
	}

	@Test
	void malformedQuotingNamesTheRow() throws IOException {
		SurveyImportException e = failsLeavingProjectAsItWas(
				csv("quotes.csv", "id,answer\nr1,\"fine\"\nr2,\"broken\"here,\nr3,x\n"), SurveyOptions.defaults());
		assertEquals(3, e.row());
		assertTrue(e.getMessage().contains("not well-formed CSV"), e.getMessage());
	}

	@Test
	void anUnreadableXlsx() throws IOException {
		Path file = tmp.resolve("damaged.xlsx");
		Files.write(file, "this is not a workbook at all".getBytes(StandardCharsets.US_ASCII));
		assertTrue(failsLeavingProjectAsItWas(file, SurveyOptions.defaults()).getMessage()
				.contains("cannot be read as an .xlsx workbook"));
	}

	@Test
	void aPasswordProtectedXlsx() throws IOException, GeneralSecurityException {
		Path file = tmp.resolve("protected.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(fs)) {
				wb.createSheet("Data").createRow(0).createCell(0).setCellValue("id");
				wb.write(data);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertTrue(failsLeavingProjectAsItWas(file, SurveyOptions.defaults()).getMessage()
				.contains("the workbook is password-protected (encrypted)"));
	}

	@Test
	void aValueThatDoesNotFitTheProjectsVariable() throws IOException {
		// The project's "Age" is an Integer (from survey456.csv).
		SurveyImportException e = failsLeavingProjectAsItWas(csv("newer.csv", "Case,Age\nID4,24\nID9,unknown\n"),
				SurveyOptions.defaults().withIdColumn("Case"));
		assertEquals(3, e.row());
		assertTrue(e.getMessage().endsWith("\"unknown\" is not an Integer, but the project's variable \"Age\" is an "
				+ "Integer"), e.getMessage());
	}

	@Test
	void optionsNamingColumnsThatDoNotExist() throws IOException {
		Path file = csv("ok.csv", "Case,Age\nID4,24\n");
		assertEquals("Comments", failsLeavingProjectAsItWas(file,
				SurveyOptions.defaults().withOpenColumns(List.of("Comments"))).column());
		assertEquals("Height", failsLeavingProjectAsItWas(file,
				SurveyOptions.defaults().withTypeOverrides(Map.of("Height", VariableType.FLOAT))).column());
		assertTrue(failsLeavingProjectAsItWas(csv("ok-again.csv", "Case,Age\nID4,24\n"),
				SurveyOptions.defaults().withIdColumn("Case").withTypeOverrides(Map.of("Age", VariableType.TEXT)))
				.getMessage().contains("the project already has a variable \"Age\" of type Integer"));
	}
}
