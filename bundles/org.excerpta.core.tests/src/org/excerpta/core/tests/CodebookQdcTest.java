package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.CodebookQdc;
import org.excerpta.core.coding.CodebookQdc.ImportedCode;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The codebook as a REFI-QDA codebook (.qdc): valid against the official schema, round-tripping, and safe to read. */
class CodebookQdcTest {

	static final String CPR = "Commissioner-provider relationships framework";
	static final String RELATIONAL = CPR + " / Conflict and tension between partners / Relational";

	@TempDir
	Path tmp;

	ExcerptaProject project;
	CodebookEditor editor;

	@BeforeEach
	void openSample() {
		project = SampleProject.createIn(tmp.resolve("sample"));
		editor = new CodebookEditor(project);
	}

	@AfterEach
	void close() {
		if (project != null) {
			project.close();
		}
	}

	static byte[] export(Codebook codebook) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CodebookQdc.write(codebook, out);
		return out.toByteArray();
	}

	static List<ImportedCode> read(String xml) {
		return CodebookQdc.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void exportIsValidAgainstTheRefiCodebookSchema() throws IOException, SAXException {
		byte[] qdc = export(project.model().getCodebook());
		Schema schema = SchemaFactory.newDefaultInstance().newSchema(SharedData.file("refi/Codebook-mrt2019.xsd").toFile());
		Validator validator = schema.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		validator.validate(new StreamSource(new ByteArrayInputStream(qdc))); // throws SAXParseException if invalid

		String xml = new String(qdc, StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
		assertTrue(xml.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Excerpta 0.1\">"), xml);
		assertFalse(xml.contains("Sets"), "no empty <Sets/>: the schema refuses it");
		assertEquals(18, Pattern.compile("<Code ").matcher(xml).results().count());
		Code relational = editor.find(RELATIONAL);
		assertTrue(xml.contains("guid=\"" + relational.getGuid() + "\""), "GUIDs as they are: the schema allows lower case");
	}

	@Test
	void exportAndImportIntoAnEmptyProjectGivesTheSameCodebookWithTheSameGuids() {
		byte[] qdc = export(project.model().getCodebook());
		List<ImportedCode> codes = CodebookQdc.read(new ByteArrayInputStream(qdc));
		assertEquals(tree(project.model().getCodebook().getCodes()), codes, "read gives the codebook as written");

		try (ExcerptaProject empty = ExcerptaProject.create(tmp.resolve("empty"), "Empty")) {
			CodebookEditor e = new CodebookEditor(empty);
			assertEquals(new CodebookEditor.ImportResult(18, 0), e.importQdc(codes));
			assertEquals(18, empty.summary().codes());
			assertEquals(tree(project.model().getCodebook().getCodes()), tree(empty.model().getCodebook().getCodes()),
					"same tree, names, colours, descriptions, codable flags and GUIDs");
			assertFalse(e.find(CPR).isCodable());
			assertArrayEquals(qdc, export(empty.model().getCodebook()), "the file round-trips byte for byte");

			assertEquals(new CodebookEditor.ImportResult(0, 0), e.importQdc(codes), "a second import changes nothing");
			empty.commandStack().undo();
			assertEquals(0, empty.summary().codes(), "one undo takes the whole import back");
		}
		// And from disk: the imported GUIDs were saved.
		try (ExcerptaProject reopened = ExcerptaProject.openReadOnly(tmp.resolve("empty"))) {
			assertEquals(0, reopened.summary().codes());
		}
	}

	@Test
	void importMatchesByGuidThenByPathAndUpdatesInOneStep() {
		Code relational = editor.find(RELATIONAL);
		String guid = relational.getGuid();
		String xml = new String(export(project.model().getCodebook()), StandardCharsets.UTF_8);
		// Renamed elsewhere, new colour: still the same code, found by its GUID (written in braces and upper case).
		xml = xml.replace("guid=\"" + guid + "\" name=\"Relational\"",
				"guid=\"{" + guid.toUpperCase() + "}\" name=\"Relational (renamed)\"");
		xml = xml.replaceFirst("(guid=\"\\{" + guid.toUpperCase() + "\\}\"[^>]*color=\")#[0-9A-Fa-f]{6}", "$1#000000");
		String before = relational.getColor();
		assertFalse("#000000".equals(before));
		// A new code under an existing one, with its own GUID, and a colour in short form.
		String newGuid = "0f8a1907-7e42-4739-8610-a676b4d1b69f";
		xml = xml.replace("</Codes>", "\t<Code guid=\"" + newGuid.toUpperCase()
				+ "\" name=\"Patient voice\" isCodable=\"false\" color=\"#abc\"><Description>What patients say.</Description>"
				+ "<Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"Complaints\" isCodable=\"true\"/></Code>\n\t</Codes>");

		var result = editor.importQdc(read(xml));
		assertEquals(new CodebookEditor.ImportResult(2, 1), result);
		assertEquals("#000000", relational.getColor());
		assertEquals("Relational", relational.getName(), "an import does not rename");
		Code voice = editor.find("Patient voice");
		assertEquals(newGuid, voice.getGuid(), "the imported GUID is kept, in Excerpta's lower case");
		assertEquals("#aabbcc", voice.getColor().toLowerCase());
		assertFalse(voice.isCodable());
		assertEquals("What patients say.", voice.getDescription());
		assertEquals("85d17f60-7bb0-481e-b742-b4861dd669df", editor.find("Patient voice / Complaints").getGuid());
		assertNotNull(editor.find("Patient voice / Complaints").getColor(), "no colour in the file: a palette colour");

		project.commandStack().undo();
		assertEquals(before, relational.getColor());
		assertEquals(18, project.summary().codes(), "one undo takes the whole import back");
	}

	@Test
	void readsTheNamespaceVariantOfNvivoForMacAndOldQualCoder() {
		String xml = new String(export(project.model().getCodebook()), StandardCharsets.UTF_8);
		String quirk = xml.replace("urn:QDA-XML:codebook:1.0", "urn:QDA-XML:codebook:1:0");
		assertFalse(xml.equals(quirk));
		assertEquals(read(xml), read(quirk));
	}

	@Test
	void refusesDoctypesWithoutResolvingExternalEntities() throws IOException {
		Path secret = tmp.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-VALUE");
		String entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
				+ "<Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>";
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(entity));
		assertTrue(e.getMessage().contains("DOCTYPE") && e.getMessage().contains("line 2"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());

		Path dtd = tmp.resolve("evil.dtd");
		Files.writeString(dtd, "<!ENTITY x \"TOP-SECRET-VALUE\">");
		String external = "<!DOCTYPE CodeBook SYSTEM \"" + dtd.toUri() + "\">\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
				+ "<Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"&x;\" isCodable=\"true\"/></Codes></CodeBook>";
		e = assertThrows(IllegalArgumentException.class, () -> read(external));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@Test
	void badInputGivesALineNumberAndChangesNothing() {
		byte[] before = export(project.model().getCodebook());
		boolean couldUndo = project.commandStack().canUndo();
		Object undoTop = project.commandStack().getUndoCommand();

		String malformed = "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n"
				+ "<Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"A\" isCodable=\"true\">\n</Codes>\n</CodeBook>\n";
		refused(() -> editor.importQdc(read(malformed)), "line 5");
		refused(() -> read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes>\n<Code name=\"A\" guid=\"nope\" isCodable=\"true\"/>"
				+ "</Codes></CodeBook>"), "line 3", "nope");
		refused(() -> read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"A\" isCodable=\"true\" color=\"red\"/>"
				+ "</Codes></CodeBook>"), "line 1", "red");
		refused(() -> read("<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:example\"/>"), "line 2", "urn:QDA-XML:codebook:1.0");
		refused(() -> read(""), "");
		// Well-formed, but not something the codebook can take: refused before anything changes.
		refused(() -> editor.importQdc(read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
				+ "<Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"New\" isCodable=\"true\"/>"
				+ "<Code guid=\"0F8A1907-7E42-4739-8610-A676B4D1B69F\" name=\"Yes / No\" isCodable=\"true\"/></Codes></CodeBook>")),
				"Yes / No");
		refused(() -> editor.importQdc(read("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
				+ "<Code guid=\"85D17F60-7BB0-481E-B742-B4861DD669DF\" name=\"New\" isCodable=\"true\"/>"
				+ "<Code guid=\"0F8A1907-7E42-4739-8610-A676B4D1B69F\" name=\"new\" isCodable=\"true\"/></Codes></CodeBook>")),
				"clashes");

		assertArrayEquals(before, export(project.model().getCodebook()), "the codebook is unchanged");
		assertEquals(couldUndo, project.commandStack().canUndo());
		assertEquals(undoTop, project.commandStack().getUndoCommand(), "nothing on the undo stack");
	}

	@Test
	void importsTheCodesOfAnAtlasTiProjectFile() throws IOException {
		List<ImportedCode> codes;
		try (InputStream in = Files.newInputStream(SharedData.file("refi/atlasti-8.4-testproject/Project.qde"))) {
			codes = CodebookQdc.read(in);
		}
		assertEquals(14, codes.size());
		try (ExcerptaProject empty = ExcerptaProject.create(tmp.resolve("atlas"), "ATLAS.ti")) {
			CodebookEditor e = new CodebookEditor(empty);
			assertEquals(new CodebookEditor.ImportResult(14, 0), e.importQdc(codes));
			Code diet = e.find("Coke::diet Coke");
			assertEquals("d299efae-5779-46dc-9827-a3d1a5d544bc", diet.getGuid());
			assertEquals("#966450", diet.getColor());
			assertEquals("non sucré", diet.getDescription());
			assertEquals("breakfast cereal made by Kellogg’s", e.find("cornflakes").getDescription());
			assertNotNull(e.find("\"rushed\""));
			assertNotNull(e.find("milk").getColor(), "a code without colour gets one");
		}
	}

	static void refused(Executable action, String... expected) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
		for (String s : expected) {
			assertTrue(e.getMessage().contains(s), () -> "\"" + e.getMessage() + "\" should mention " + s);
		}
	}

	/** The codebook as the reader gives it, to compare trees. */
	static List<ImportedCode> tree(List<Code> codes) {
		List<ImportedCode> list = new ArrayList<>();
		for (Code c : codes) {
			list.add(new ImportedCode(c.getGuid(), c.getName(), c.isCodable(), c.getColor(), c.getDescription(),
					tree(c.getChildren())));
		}
		return list;
	}
}
