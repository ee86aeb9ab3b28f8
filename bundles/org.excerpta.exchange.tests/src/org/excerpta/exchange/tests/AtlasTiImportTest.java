package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.exchange.qdpx.QdpxExporter;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.model.Code;
import org.excerpta.model.Identified;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Memo;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The real ATLAS.ti 8.4 export of the REFI-QDA vendor test project (shared data). Its archive
 * holds Project.qde and an empty Sources/ folder: the texts themselves were not exported, so
 * every text source is reported as missing its text. Where positions and texts matter, the
 * tests add texts composed around the quotations the real file names, with CRLF line ends.
 */
class AtlasTiImportTest {

	private static final String SIMON = "ae5298be-7c94-4b66-8a9c-51fbe232d2f5";
	private static final String MABEL_2 = "17fb9cb8-7858-4291-a162-65424b9942ec";

	@TempDir
	Path tmp;

	private static Path realArchive() {
		return SharedData.file("refi/atlasti-8.4-testproject/TestProject.qdpx");
	}

	@Test
	void everyCodeSourceSelectionAndCodingOfTheRealFileIsImportedOrReported() throws Exception {
		Document qde = dom(Zips.copyOf(realArchive()).get("Project.qde"));
		QdpxImportReport report = new QdpxImporter().importProject(realArchive(), tmp.resolve("atlas"));
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("atlas"))) {
			Set<String> inProject = guidsOf(p);
			List<String> codes = guids(qde, "Code");
			assertEquals(14, codes.size());
			assertTrue(inProject.containsAll(codes), "all 14 codes are imported with their GUIDs");
			assertEquals(14, report.count(QdpxImportReport.CODE));
			for (String kind : List.of("TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource")) {
				assertAccountedFor(guids(qde, kind), inProject, report, QdpxImportReport.SOURCE, kind);
			}
			assertAccountedFor(guids(qde, "PlainTextSelection", "PDFSelection", "PictureSelection", "VideoSelection"),
					inProject, report, QdpxImportReport.SELECTION, "selection");
			List<String> codings = guids(qde, "Coding");
			assertEquals(16, codings.size(), "16 codings: of texts, PDF pages and text, a picture and a video");
			assertAccountedFor(codings, inProject, report, QdpxImportReport.CODING, "Coding");
			for (QdpxImportReport.Item i : report.notImported(QdpxImportReport.SOURCE)) {
				if (i.element().equals("TextSource")) {
					assertTrue(i.reason().contains("is not in the archive"), i.toString());
				}
			}
			assertTrue(report.notImported().stream().anyMatch(i -> i.element().equals("PictureSource")
					&& i.reason().contains("pictures are not modelled")), report.summary());
			assertTrue(report.notImported().stream().anyMatch(i -> i.element().equals("Graph")), report.summary());

			// the code tree: ATLAS.ti's "Coke::diet Coke" nests under "Coke"
			Code coke = code(p, "7496ba52-9c8d-4396-8fab-cc438614e453");
			assertEquals(List.of("full-fat Coke", "diet Coke"), coke.getChildren().stream().map(Code::getName).toList());
			assertEquals("non sucr\u00e9", coke.getChildren().get(1).getDescription());
			Code cornflakes = code(p, "ae6d04ce-d987-4fc8-af97-d72ca6ffd08f");
			assertEquals("#DC0000", cornflakes.getColor());
			assertEquals("breakfast cereal made by Kellogg\u2019s", cornflakes.getDescription());
			assertNull(code(p, "c3c7d437-6932-4b14-a55d-30b7f811bbf3").getColor(), "milk has no colour in the file");
			assertEquals("\"rushed\"", code(p, "9f43fe32-c2cb-4ba8-b766-a0734c826e49").getName());

			assertEquals(List.of("ATLAS.ti", "Friedrich Markgraf", "Sebastian Petrausch"),
					p.model().getUsers().stream().map(u -> u.getName()).toList());
			Memo plan = p.model().getNotes().get(0);
			assertEquals("Research Plan", plan.getName());
			assertTrue(plan.getText().startsWith("day to day log about this amazing project\n\nThis is a great project"));
			assertEquals("Friedrich Markgraf", plan.getCreatingUser().getName());
			assertEquals(16, p.model().getSets().size());
			ItemSet positive = p.model().getSets().stream().filter(s -> s.getName().equals("positive feelings")).findFirst()
					.orElseThrow();
			assertEquals(3, positive.getMemberCodes().size());
			assertTrue(p.model().getSets().stream().anyMatch(s -> s.getName().equals("<3") && s.getMemberCodes().isEmpty()),
					"an empty set, with an escaped name, is kept");
			assertTrue(p.model().getOrigin().startsWith("ATLAS.ti 8.4.0"));
		}
		assertReportJsonLists(report);
		String summary = report.summary();
		assertTrue(summary.contains("3 users, 2 memos, 14 codes, 16 sets"), summary);
		assertTrue(summary.contains("Not imported: 12 sources"), summary);
	}

	@Test
	void theImportedAtlasProjectExportsValidAndComesBackTheSame() throws Exception {
		new QdpxImporter().importProject(realArchive(), tmp.resolve("atlas"));
		Path again = tmp.resolve("again.qdpx");
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("atlas"))) {
			new QdpxExporter().export(p, again);
		}
		QdeSchema.assertValid(again);
		QdpxImportReport second = new QdpxImporter().importProject(again, tmp.resolve("second"));
		assertEquals(List.of(), second.notImported(), second.summary());
		try (ExcerptaProject a = ExcerptaProject.open(tmp.resolve("atlas"));
				ExcerptaProject b = ExcerptaProject.open(tmp.resolve("second"))) {
			ProjectComparison.assertSameProject(a, b);
		}
	}

	/**
	 * The real quotations of "Simon.docx" and "Mabêl 2ième.txt", on texts with CRLF line ends
	 * composed so that, counting a CRLF as one character as ATLAS.ti does, the quoted words sit
	 * exactly where the file says. The import must find them there; with the other counting they
	 * would be shifted by the line breaks before them.
	 */
	@Test
	void crlfCountedAsOneCharacterLandsOnTheQuotedWords() throws Exception {
		assertQuotationsLand(false);
	}

	/** The same decided from the evidence alone: the file claims another origin. */
	@Test
	void theCrlfCountingIsFoundFromTheQuotationsNotJustTheVendor() throws Exception {
		assertQuotationsLand(true);
	}

	private void assertQuotationsLand(boolean hideVendor) throws Exception {
		String soggy = "I did try the gluten free bread, but it was always so soggy,";
		String honest = "But to be honest, I used to have a much bigger breakfast, and these days I find myself snacking abou";
		String simon = Passages.text().at(215, soggy).at(513, Passages.extend(honest + "t all day.", 907 - 513))
				.build(1000);
		String babies = "For some reason babies aren't supposed to have cow's milk that is low fat. However, I am really bad";
		String mabel = Passages.text().at(250, Passages.extend(babies + " at remembering.", 412 - 250)).build(600);
		assertTrue(simon.substring(0, 215).chars().filter(c -> c == '\n').count() >= 3, "line breaks before the quotation");
		Zips archive = Zips.copyOf(realArchive());
		String qde = archive.text("Project.qde");
		if (hideVendor) {
			qde = qde.replace("origin=\"ATLAS.ti 8.4.0 573", "origin=\"Some QDA tool 1.0");
		}
		archive.put("Project.qde", qde)
				.put("Sources/C1C745F7-8E4D-48B2-9710-655AFE7E54FA.txt", simon.replace("\n", "\r\n"))
				.put("Sources/88293C71-CB70-4AB7-8413-C24110A19C2E.txt", mabel.replace("\n", "\r\n"));
		Path file = archive.writeTo(tmp.resolve("with-texts.qdpx"));
		QdpxImportReport report = new QdpxImporter().importProject(file, tmp.resolve("p"));
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("p"))) {
			TextSource s = source(p, SIMON);
			String text = p.text(s);
			assertEquals(simon, text, "stored with LF line ends");
			assertEquals(soggy, passage(p, s, "789a62d6-a2ad-4b59-ab90-ef1d4ab1868f"));
			String snacking = passage(p, s, "f4e8ff7e-1e00-4112-add1-37f087bb8598");
			assertTrue(snacking.startsWith(honest + "t all day."), snacking);
			assertTrue(snacking.endsWith("."), "the quotation ends where its sentence ends");
			TextSelection damage = selection(s, "63e009f1-5c33-4568-b65d-53a7e28bdbc1");
			assertEquals(907, damage.getEnd());
			assertEquals("why does Simon feel the need to do this?", damage.getMemos().get(0).getText(),
					"a quotation's comment is kept as a memo on it");
			assertEquals("bacon and eggs", damage.getCodings().get(0).getCode().getName());
			assertEquals("Friedrich Markgraf", damage.getCodings().get(0).getCoder().getName());

			TextSource m = source(p, MABEL_2);
			TextSelection uncoded = selection(m, "b49d7982-bb8e-4335-80af-dc869ccc3f45");
			assertTrue(uncoded.getCodings().isEmpty(), "a selection without codings is kept");
			assertTrue(passage(p, m, uncoded.getGuid()).startsWith(babies));
			assertEquals("Mabel is not the only person I know who has Coke for breakfast!", uncoded.getMemos().get(0).getText());
			assertTrue(report.adjusted().stream().anyMatch(i -> i.guid().equals(SIMON) && i.reason().contains("one character")),
					report.summary());
		}
	}

	private static void assertAccountedFor(List<String> guids, Set<String> inProject, QdpxImportReport report, String kind,
			String what) {
		Set<String> reported = report.notImported(kind).stream().map(QdpxImportReport.Item::guid).collect(Collectors.toSet());
		List<String> lost = new ArrayList<>();
		for (String g : guids) {
			if (!inProject.contains(g) && !reported.contains(g)) {
				lost.add(g);
			}
		}
		assertEquals(List.of(), lost, what + " neither imported nor reported");
	}

	private static void assertReportJsonLists(QdpxImportReport report) throws Exception {
		int items = 0;
		boolean picture = false;
		Map<String, Integer> counts = new java.util.HashMap<>();
		try (JsonParser j = new JsonFactory().createParser(report.toJson())) {
			String field = null;
			String section = null;
			while (j.nextToken() != null) {
				if (j.currentToken() == JsonToken.FIELD_NAME) {
					field = j.currentName();
					if (j.getParsingContext().getParent().inRoot()) {
						section = field;
					}
				} else if (j.currentToken() == JsonToken.VALUE_NUMBER_INT && "imported".equals(section)) {
					counts.put(field, j.getIntValue());
				} else if (j.currentToken() == JsonToken.VALUE_STRING && "element".equals(field) && "notImported".equals(section)) {
					items++;
					picture |= j.getText().equals("PictureSource");
				}
			}
		}
		assertEquals(report.notImported().size(), items);
		assertTrue(picture);
		assertEquals(14, counts.get("code"));
	}

	static Document dom(byte[] xml) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	/** The GUIDs (lower case) of every element of these names. */
	static List<String> guids(Document d, String... elements) {
		List<String> out = new ArrayList<>();
		for (String e : elements) {
			NodeList nodes = d.getElementsByTagNameNS("*", e);
			for (int i = 0; i < nodes.getLength(); i++) {
				out.add(((Element) nodes.item(i)).getAttribute("guid").toLowerCase(Locale.ROOT));
			}
		}
		return out;
	}

	static Set<String> guidsOf(ExcerptaProject p) {
		Set<String> all = new HashSet<>();
		for (Iterator<EObject> it = p.model().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified i) {
				all.add(i.getGuid());
			}
		}
		return all;
	}

	private static Code code(ExcerptaProject p, String guid) {
		for (Iterator<EObject> it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.getGuid().equals(guid)) {
				return c;
			}
		}
		throw new AssertionError("no code " + guid);
	}

	static TextSource source(ExcerptaProject p, String guid) {
		return (TextSource) p.model().getSources().stream().filter(s -> s.getGuid().equals(guid)).findFirst()
				.orElseThrow(() -> new AssertionError("no source " + guid));
	}

	static TextSelection selection(TextSource s, String guid) {
		return s.getSelections().stream().filter(x -> x.getGuid().equals(guid)).findFirst()
				.orElseThrow(() -> new AssertionError("no selection " + guid + " in " + s.getName()));
	}

	static String passage(ExcerptaProject p, TextSource s, String selectionGuid) {
		TextSelection sel = selection(s, selectionGuid);
		String text = p.text(s);
		return text.substring(text.offsetByCodePoints(0, sel.getStart()), text.offsetByCodePoints(0, sel.getEnd()));
	}
}
