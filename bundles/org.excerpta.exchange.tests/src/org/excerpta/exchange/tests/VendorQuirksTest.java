package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.exchange.qdpx.QdpxImportOptions;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.model.Code;
import org.excerpta.model.Memo;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real REFI-QDA files do differently from the standard (see the shared data's README), each tolerated. */
class VendorQuirksTest {

	static final String NS = "urn:QDA-XML:project:1.0";
	static final String U = "0d6b8f40-5a3e-4c8e-9d2b-1a2b3c4d5e6f";
	static final String CODE = "c0de0000-0000-4000-8000-000000000001";
	static final String SRC = "50c00000-0000-4000-8000-000000000001";
	static final String SEL = "5e100000-0000-4000-8000-000000000001";

	@TempDir
	Path tmp;

	/** A project file: one user, one code, then {@code sources}. */
	static String qde(String ns, String origin, String sources) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"" + ns + "\" name=\"Quirks\" origin=\"" + origin
				+ "\">\n<Users><User guid=\"" + U + "\" name=\"Coder\"/></Users>\n<CodeBook><Codes><Code guid=\"" + CODE
				+ "\" name=\"Trust\" isCodable=\"true\" color=\"#ABC\"/></Codes></CodeBook>\n<Sources>\n" + sources
				+ "\n</Sources>\n</Project>\n";
	}

	static String selection(String guid, long start, long end, String inside) {
		return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\" "
				+ "creatingUser=\"" + U + "\">" + inside + "</PlainTextSelection>";
	}

	static String coding(String guid) {
		return "<Coding guid=\"" + guid + "\" creatingUser=\"" + U + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding>";
	}

	private ExcerptaProject imported(Zips archive, QdpxImportReport[] report) throws Exception {
		Path file = archive.writeTo(tmp.resolve("in.qdpx"));
		report[0] = new QdpxImporter().importProject(file, tmp.resolve("p"));
		return ExcerptaProject.open(tmp.resolve("p"));
	}

	@Test
	void standardPositionsCountCrlfAsTwoCharactersAndAreMappedOntoTheLfText() throws Exception {
		String raw = "Line one.\r\nLine two.\r\nHere trust grew.\r\n";
		// "trust" in code points of the file as it is (CRLF = 2): 27..32
		Zips z = Zips.of().put("project.qde", qde(NS, "QualCoder 3.5", "<TextSource guid=\"" + SRC
				+ "\" name=\"Doc\" plainTextPath=\"internal://" + SRC + ".txt\">" + selection(SEL, 27, 32, coding(
						"c0d10000-0000-4000-8000-000000000001")) + "</TextSource>"))
				.put("sources/" + SRC + ".txt", raw);
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(z, r)) {
			TextSource s = AtlasTiImportTest.source(p, SRC);
			assertEquals("Line one.\nLine two.\nHere trust grew.\n", p.text(s));
			assertEquals("trust", AtlasTiImportTest.passage(p, s, SEL));
			assertTrue(r[0].adjusted().stream().anyMatch(i -> i.reason().contains("two characters")), r[0].summary());
			assertEquals("#AABBCC", p.model().getCodebook().getCodes().get(0).getColor(), "#RGB read as #RRGGBB");
			assertEquals("Coder", s.getSelections().get(0).getCodings().get(0).getCoder().getName());
		}
	}

	@Test
	void theProjectNamespaceVariantAndACodebookInTheCodebookNamespaceAreRead() throws Exception {
		String file = qde("urn:QDA-XML:project:1:0", "NVivo 12 Mac", "<TextSource guid=\"" + SRC + "\" name=\"Doc\">"
				+ "<PlainTextContent>Short answer about trust.</PlainTextContent>" + selection(SEL, 19, 24,
						coding("c0d10000-0000-4000-8000-000000000001")) + "</TextSource>")
				.replace("<CodeBook>", "<CodeBook xmlns=\"urn:QDA-XML:codebook:1:0\">");
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(Zips.of().put("project.qde", file), r)) {
			assertEquals(List.of(), r[0].notImported(), r[0].summary());
			TextSource s = AtlasTiImportTest.source(p, SRC);
			assertEquals("Short answer about trust.", s.getPlainTextContent(), "a short inline text stays inline");
			assertEquals("trust", AtlasTiImportTest.passage(p, s, SEL));
			assertEquals("Trust", s.getSelections().get(0).getCodings().get(0).getCode().getName());
		}
	}

	@Test
	void aSelectionWithADescriptionAndNoCodingIsKeptWithItsDescriptionAsAMemo() throws Exception {
		// MAXQDA writes commented segments so
		Zips z = Zips.of().put("project.qde", qde(NS, "MAXQDA 2022", "<TextSource guid=\"" + SRC + "\" name=\"Doc\" "
				+ "plainTextPath=\"internal://doc.txt\">" + selection(SEL, 0, 4, "<Description>Look again at this</Description>")
				+ "</TextSource>")).put("Sources/doc.txt", "Four words of text.");
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(z, r)) {
			TextSelection sel = AtlasTiImportTest.selection(AtlasTiImportTest.source(p, SRC), SEL);
			assertTrue(sel.getCodings().isEmpty());
			Memo memo = sel.getMemos().get(0);
			assertEquals("Look again at this", memo.getText());
			assertTrue(p.model().getNotes().contains(memo), "the memo is one of the project's notes");
			assertEquals("Coder", memo.getCreatingUser().getName());
			assertTrue(r[0].adjusted().stream().anyMatch(i -> SEL.equals(i.guid()) && i.reason().contains("no coding")));
		}
	}

	@Test
	void memosWrittenInDescriptionsAreKept() throws Exception {
		// ATLAS.ti 26 puts a memo's text in its Description
		String notes = "<Notes><Note guid=\"40000000-0000-4000-8000-000000000001\" name=\"Idea\">"
				+ "<Description>The memo itself, as ATLAS.ti 26 writes it</Description></Note></Notes>";
		String file = qde(NS, "ATLAS.ti 26.0", "<TextSource guid=\"" + SRC + "\" name=\"Doc\"><PlainTextContent>x"
				+ "</PlainTextContent><NoteRef targetGUID=\"40000000-0000-4000-8000-000000000001\"/></TextSource>")
				.replace("</Sources>", "</Sources>" + notes);
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(Zips.of().put("project.qde", file), r)) {
			Memo m = AtlasTiImportTest.source(p, SRC).getMemos().get(0);
			assertEquals("Idea", m.getName());
			assertEquals("The memo itself, as ATLAS.ti 26 writes it", m.getText());
		}
	}

	@Test
	void externalFilesAreNeverReadAndAreReportedMissing() throws Exception {
		Path outside = Files.createDirectories(tmp.resolve("outside"));
		Files.writeString(outside.resolve("secret.txt"), "private words");
		String s2 = "50c00000-0000-4000-8000-000000000002";
		String s3 = "50c00000-0000-4000-8000-000000000003";
		String file = qde(NS, "Some tool", "<TextSource guid=\"" + SRC + "\" name=\"Relative\" plainTextPath=\"relative:///"
				+ "secret.txt\"/><TextSource guid=\"" + s2 + "\" name=\"Absolute\" plainTextPath=\"absolute:///"
				+ outside.resolve("secret.txt") + "\"/><TextSource guid=\"" + s3 + "\" name=\"Embedded\" "
				+ "plainTextPath=\"relative:///sub/embedded.txt\"/>")
				.replace("origin=\"Some tool\"", "origin=\"Some tool\" basePath=\"" + outside + "\"");
		Zips z = Zips.of().put("project.qde", file).put("sources/embedded.txt", "kept in the archive all the same");
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(z, r)) {
			assertEquals(1, p.model().getSources().size());
			assertEquals("kept in the archive all the same", p.text(AtlasTiImportTest.source(p, s3)));
			List<QdpxImportReport.Item> missing = r[0].notImported(QdpxImportReport.SOURCE);
			assertEquals(List.of(SRC, s2), missing.stream().map(QdpxImportReport.Item::guid).toList());
			assertTrue(missing.get(0).reason().contains("external file") && missing.get(0).reason().contains(outside.toString()),
					missing.get(0).reason());
			assertFalse(AtlasTiImportTest.guidsOf(p).contains(SRC));
		}
	}

	@Test
	void selectionsOutsideTheirTextAreReportedAndTheRestImported() throws Exception {
		String bad = "5e100000-0000-4000-8000-000000000002";
		String reversed = "5e100000-0000-4000-8000-000000000003";
		String negative = "5e100000-0000-4000-8000-000000000004";
		String huge = "5e100000-0000-4000-8000-000000000005";
		String badCoding = "c0d10000-0000-4000-8000-000000000002";
		Zips z = Zips.of().put("project.qde", qde(NS, "Some tool", "<TextSource guid=\"" + SRC + "\" name=\"Doc\">"
				+ "<PlainTextContent>Ten chars.</PlainTextContent>" + selection(SEL, 0, 3, coding(
						"c0d10000-0000-4000-8000-000000000001")) + selection(bad, 5, 9999, coding(badCoding))
				+ selection(reversed, 6, 2, "") + selection(negative, -5, 2, "")
				+ selection(huge, 0, 1, "").replace("endPosition=\"1\"", "endPosition=\"99999999999999999999999\"")
				+ "</TextSource>"));
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(z, r)) {
			assertEquals(1, AtlasTiImportTest.source(p, SRC).getSelections().size());
			assertEquals(List.of(huge, bad, reversed, negative), r[0].notImported(QdpxImportReport.SELECTION).stream()
					.map(QdpxImportReport.Item::guid).toList());
			QdpxImportReport.Item outside = r[0].notImported(QdpxImportReport.SELECTION).get(1);
			assertTrue(outside.reason().contains("[5, 9999)") && outside.reason().contains("10 characters"), outside.reason());
			assertTrue(outside.where().matches(".*project\\.qde line \\d+"), outside.where());
			assertEquals(badCoding, r[0].notImported(QdpxImportReport.CODING).get(0).guid());
		}
	}

	@Test
	void aPdfComesInThroughItsTextRepresentationWithThePdfKeptAsOriginal() throws Exception {
		byte[] pdf = "%PDF-1.4 not really a pdf".getBytes(StandardCharsets.US_ASCII);
		String pdfSource = "<PDFSource guid=\"" + SRC + "\" name=\"Report.pdf\" path=\"internal://p.pdf\">"
				+ "<PDFSelection guid=\"5e100000-0000-4000-8000-000000000009\" page=\"0\" firstX=\"1\" firstY=\"1\" secondX=\"9\" "
				+ "secondY=\"9\">" + coding("c0d10000-0000-4000-8000-000000000009") + "</PDFSelection>"
				+ "<Representation guid=\"7e900000-0000-4000-8000-000000000001\" plainTextPath=\"internal://p.txt\">"
				+ selection(SEL, 4, 9, coding("c0d10000-0000-4000-8000-000000000001")) + "</Representation></PDFSource>";
		Zips z = Zips.of().put("project.qde", qde(NS, "MAXQDA", pdfSource)).put("sources/p.txt", "The trust report.")
				.put("sources/p.pdf", pdf);
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(z, r)) {
			TextSource s = AtlasTiImportTest.source(p, SRC);
			assertEquals("Report.pdf", s.getName());
			assertEquals(SourceKind.DOCUMENT, s.getKind());
			assertEquals("trust", AtlasTiImportTest.passage(p, s, SEL));
			assertArrayEquals(pdf, Files.readAllBytes(p.folder().resolve(s.getOriginalPath())), "the PDF is kept as the original");
			assertTrue(s.getOriginalPath().endsWith("/Report.pdf"), s.getOriginalPath());
			assertEquals(List.of("5e100000-0000-4000-8000-000000000009"), r[0].notImported(QdpxImportReport.SELECTION).stream()
					.map(QdpxImportReport.Item::guid).toList(), "the page region is reported");
		}
	}

	@Test
	void aCodingOfAWholeSourceBecomesACodingOfItsWholeText() throws Exception {
		Zips z = Zips.of().put("project.qde", qde(NS, "NVivo 14", "<TextSource guid=\"" + SRC + "\" name=\"Doc\">"
				+ "<PlainTextContent>All of it.</PlainTextContent>" + coding("c0d10000-0000-4000-8000-000000000001")
				+ "</TextSource>"));
		QdpxImportReport[] r = new QdpxImportReport[1];
		try (ExcerptaProject p = imported(z, r)) {
			TextSelection whole = AtlasTiImportTest.source(p, SRC).getSelections().get(0);
			assertEquals(0, whole.getStart());
			assertEquals(10, whole.getEnd());
			assertEquals("c0d10000-0000-4000-8000-000000000001", whole.getCodings().get(0).getGuid());
		}
	}

	@Test
	void aBareProjectFileReadsItsTextsFromTheSourcesFolderBesideIt() throws Exception {
		Path dir = Files.createDirectories(tmp.resolve("unpacked/Sources"));
		Files.writeString(dir.resolve("doc.txt"), "Text beside the project file.");
		Files.writeString(tmp.resolve("unpacked/neighbour.txt"), "not part of the project");
		Path qdeFile = tmp.resolve("unpacked/project.qde");
		String sneaky = "50c00000-0000-4000-8000-000000000002";
		Files.writeString(qdeFile, qde(NS, "Some tool", "<TextSource guid=\"" + SRC + "\" name=\"Doc\" "
				+ "plainTextPath=\"internal://doc.txt\">" + selection(SEL, 0, 4, coding("c0d10000-0000-4000-8000-000000000001"))
				+ "</TextSource><TextSource guid=\"" + sneaky + "\" name=\"Sneaky\" plainTextPath=\"internal://../neighbour.txt\"/>"));
		QdpxImportReport report = new QdpxImporter().importProject(qdeFile, tmp.resolve("p"));
		assertEquals(List.of(sneaky), report.notImported().stream().map(QdpxImportReport.Item::guid).toList(),
				"a path out of the sources folder finds nothing: " + report.summary());
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("p"))) {
			assertEquals("Text", AtlasTiImportTest.passage(p, AtlasTiImportTest.source(p, SRC), SEL));
		}
	}

	@Test
	void colonCodeNamesStayAsWrittenWhenNestingIsOff() throws Exception {
		String file = qde(NS, "ATLAS.ti 9", "").replace("</Codes>", "<Code guid=\"c0de0000-0000-4000-8000-000000000002\" "
				+ "name=\"Trust::low\" isCodable=\"true\"/><Code guid=\"c0de0000-0000-4000-8000-000000000003\" "
				+ "name=\"Trust / distrust\" isCodable=\"true\"/><Code guid=\"c0de0000-0000-4000-8000-000000000004\" "
				+ "name=\"TRUST\" isCodable=\"true\"/></Codes>").replace("<Sources>\n\n</Sources>", "");
		Path in = Zips.of().put("project.qde", file).writeTo(tmp.resolve("in.qdpx"));
		QdpxImportReport report = new QdpxImporter(QdpxImportOptions.defaults().withNestColonCodeNames(false))
				.importProject(in, tmp.resolve("flat"));
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("flat"))) {
			assertEquals(List.of("Trust", "Trust::low", "Trust/distrust", "TRUST (2)"),
					p.model().getCodebook().getCodes().stream().map(Code::getName).toList());
		}
		assertEquals(2, report.adjusted().size(), report.summary());
		new QdpxImporter().importProject(in, tmp.resolve("nested"));
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("nested"))) {
			Code trust = p.model().getCodebook().getCodes().get(0);
			assertEquals(List.of("low"), trust.getChildren().stream().map(Code::getName).toList());
		}
	}
}
