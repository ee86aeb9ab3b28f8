package org.excerpta.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.ImportReport;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;
import org.excerpta.importer.document.TextExtractor;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing real and generated documents and transcripts, and refusing hostile ones cleanly. */
class DocumentImportTest {

	@TempDir
	Path tmp;

	private ExcerptaProject newProject() {
		return ExcerptaProject.create(tmp.resolve("project"), "Import test");
	}

	private static ImportReport importAll(ExcerptaProject p, DocumentImportOptions options, Path... files) throws IOException {
		return new DocumentImporter().importFiles(p, List.of(files), options, new NullProgressMonitor());
	}

	private static TextSource only(ExcerptaProject p) {
		assertEquals(1, p.model().getSources().size());
		return (TextSource) p.model().getSources().get(0);
	}

	private static String turnText(ExcerptaProject p, TextSource s, SpeakerTurn t) {
		String text = p.text(s);
		return text.substring(text.offsetByCodePoints(0, t.getStart()), text.offsetByCodePoints(0, t.getEnd()));
	}

	@Test
	void extractedTextLosesBlanksAtLineEndsAndRunsOfEmptyLinesButNothingElse() throws Exception {
		Path notes = tmp.resolve("notes.txt");
		Files.writeString(notes, "\uFEFFInterviewer: hello \t\r\n\r\n\r\n\r\nParticipant:\u00A0 keeps  double  spaces\u00A0\n \n\nend\u00A0",
				java.nio.charset.StandardCharsets.UTF_8);
		assertEquals("Interviewer: hello\n\nParticipant:\u00A0 keeps  double  spaces\n\nend\u00A0\n", new TextExtractor().extract(notes));
	}

	@Test
	void qualcoderTranscriptWithBracketSpeakers() throws IOException {
		try (ExcerptaProject p = newProject()) {
			ImportReport r = importAll(p, DocumentImportOptions.defaults(), SharedData.file("transcripts/qualcoder_examples/transcript.txt"));
			assertEquals(1, r.imported().size(), r.failed().toString());
			TextSource s = only(p);
			assertEquals(SourceKind.TRANSCRIPT, s.getKind());
			assertEquals("transcript", s.getName());
			assertEquals(List.of("id1", "id2", "id3", "id1", "id3", "id1", "id2"),
					s.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
			assertTrue(turnText(p, s, s.getTurns().get(1)).startsWith("[id2] I am struggling with the lecture slides"));
			assertTrue(Files.isRegularFile(p.folder().resolve(s.getOriginalPath())), "the original is kept");
			assertEquals(Files.readString(SharedData.file("transcripts/qualcoder_examples/transcript.txt")).strip() + "\n",
					p.text(s), "the plain text is the file's text");
		}
	}

	@Test
	void maxqdaPdfInterviewWithNumberedParagraphs() throws IOException {
		try (ExcerptaProject p = newProject()) {
			ImportReport r = importAll(p, DocumentImportOptions.defaults(), SharedData.file("transcripts/pdpilot/P1.pdf"));
			assertEquals(1, r.imported().size(), r.failed().toString());
			TextSource s = only(p);
			assertEquals(SourceKind.TRANSCRIPT, s.getKind());
			Set<String> speakers = new java.util.HashSet<>();
			s.getTurns().forEach(t -> speakers.add(t.getSpeaker()));
			assertEquals(Set.of("Dan", "Participant"), speakers);
			assertTrue(s.getTurns().size() > 20, s.getTurns().size() + " turns");
			SpeakerTurn first = s.getTurns().get(0);
			assertEquals("Dan", first.getSpeaker());
			String firstTurn = turnText(p, s, first);
			assertTrue(firstTurn.startsWith("Dan: Okay. So now you can stop sharing"), firstTurn);
			assertFalse(firstTurn.strip().endsWith("3"), "the paragraph number before the next turn is not part of this one");
		}
	}

	@Test
	void officeAndOpenDocumentFilesKeepTheirText() throws IOException {
		try (ExcerptaProject p = newProject()) {
			ImportReport r = importAll(p, DocumentImportOptions.defaults(), SharedData.file("transcripts/qualcoder_examples/ID1.docx"),
					SharedData.file("transcripts/qualcoder_examples/ID2.odt"));
			assertEquals(2, r.imported().size(), r.failed().toString());
			String docx = p.text((TextSource) p.model().getSources().get(0));
			String odt = p.text((TextSource) p.model().getSources().get(1));
			assertTrue(docx.startsWith("I really like learning new things."), docx);
			assertTrue(docx.contains("like a duck to water for me"), docx);
			assertTrue(odt.contains("my father Joe Bloggs really encouraged me to study again"), odt);
			assertTrue(odt.contains("The course cost \u20ac200.00"), "the euro sign survives: " + odt);
			for (var source : p.model().getSources()) {
				String text = p.text((TextSource) source);
				assertFalse(text.contains("\r"));
				assertEquals(text.codePointCount(0, text.length()), ((TextSource) source).getLength());
				assertEquals(SourceKind.DOCUMENT, source.getKind());
			}
		}
	}

	@Test
	void otterStyleHeadersAndTimestampedTurns() throws IOException {
		Path otter = tmp.resolve("otter.txt");
		Files.writeString(otter, """
				Speaker 1  0:03
				So tell me about the new contract.

				Speaker 2  0:09
				It's a block contract, three years.
				We negotiated it over the winter.

				Speaker 1  1:02:15
				And the KPIs?
				""");
		Path stamped = tmp.resolve("stamped.txt");
		Files.writeString(stamped, "[00:00:04] INTERVIEWER: Thanks.\n(00:00:09) R1: Sure, happy to.\n00:01:30 INTERVIEWER: Next?\n");
		try (ExcerptaProject p = newProject()) {
			assertEquals(2, importAll(p, DocumentImportOptions.defaults(), otter, stamped).imported().size());
			TextSource o = (TextSource) p.model().getSources().get(0);
			assertEquals(List.of("Speaker 1", "Speaker 2", "Speaker 1"), o.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
			assertEquals(List.of(3000L, 9000L, 3735000L), o.getTurns().stream().map(SpeakerTurn::getTimestampMillis).toList());
			assertTrue(turnText(p, o, o.getTurns().get(1)).endsWith("We negotiated it over the winter."));
			TextSource s = (TextSource) p.model().getSources().get(1);
			assertEquals(List.of("INTERVIEWER", "R1", "INTERVIEWER"), s.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
			assertEquals(List.of(4000L, 9000L, 90000L), s.getTurns().stream().map(SpeakerTurn::getTimestampMillis).toList());
		}
	}

	@Test
	void webVttVoicesAndSubRipSpeakers() throws IOException {
		Path vtt = tmp.resolve("zoom.vtt");
		Files.writeString(vtt, """
				WEBVTT

				1
				00:00:01.000 --> 00:00:03.500
				<v Alice Jones>Welcome, everyone.</v>

				2
				00:00:03.600 --> 00:00:06.000
				<v Alice Jones>Let's start with the budget.</v>

				3
				00:00:06.200 --> 00:00:09.000
				<v Bob>The budget is tight.</v>
				""");
		Path srt = tmp.resolve("teams.srt");
		Files.writeString(srt, "1\r\n00:00:01,000 --> 00:00:02,000\r\nQ: Who commissions it?\r\n\r\n2\r\n00:00:02,500 --> 00:00:04,000\r\nA: The ICB.\r\n");
		try (ExcerptaProject p = newProject()) {
			assertEquals(2, importAll(p, DocumentImportOptions.defaults(), vtt, srt).imported().size());
			TextSource v = (TextSource) p.model().getSources().get(0);
			assertEquals("[00:00:01] Alice Jones: Welcome, everyone. Let's start with the budget.\n\n[00:00:06] Bob: The budget is tight.\n",
					p.text(v));
			assertEquals(List.of("Alice Jones", "Bob"), v.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
			assertEquals(6200L, v.getTurns().get(1).getTimestampMillis());
			assertEquals("[00:00:06] Bob: The budget is tight.", turnText(p, v, v.getTurns().get(1)));
			TextSource s = (TextSource) p.model().getSources().get(1);
			assertEquals(List.of("Q", "A"), s.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
		}
	}

	@Test
	void encodingsAreDetectedAndByteOrderMarksDropped() throws IOException {
		String text = "Interviewer: Café budgets — naïve targets?\nRespondent: Ça dépend, £5 million.\nInterviewer: Merci.\n";
		Path latin = tmp.resolve("latin1.txt");
		Files.write(latin, text.replace("—", "-").getBytes(Charset.forName("windows-1252")));
		Path utf16 = tmp.resolve("utf16.txt");
		Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
		Path utf8bom = tmp.resolve("utf8bom.txt");
		Files.write(utf8bom, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
		try (ExcerptaProject p = newProject()) {
			ImportReport r = importAll(p, DocumentImportOptions.defaults(), latin, utf16, utf8bom);
			assertEquals(2, r.imported().size(), r.failed().toString());
			assertEquals(1, r.skipped().size(), "the UTF-8 copy has the same text as the UTF-16 one: a duplicate");
			assertEquals(text.replace("—", "-"), p.text((TextSource) p.model().getSources().get(0)));
			assertEquals(text, p.text((TextSource) p.model().getSources().get(1)));
			assertEquals(3, ((TextSource) p.model().getSources().get(1)).getTurns().size());
		}
	}

	@Test
	void rtfAndHtmlTranscripts() throws IOException {
		Path rtf = tmp.resolve("minutes.rtf");
		Files.writeString(rtf, "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard\n"
				+ "Chair: The contract is renewed.\\par\nFinance lead: Only for a year.\\par\nChair: Agreed.\\par\n}");
		Path html = tmp.resolve("interview.html");
		Files.writeString(html, "<html><head><title>Interview</title><script>var x = 1;</script></head><body>"
				+ "<p>Interviewer: How is the partnership?</p><p>Participant: Better since the merger.</p>"
				+ "<p>Interviewer: Why?</p></body></html>");
		try (ExcerptaProject p = newProject()) {
			ImportReport r = importAll(p, DocumentImportOptions.defaults(), rtf, html);
			assertEquals(2, r.imported().size(), r.failed().toString());
			TextSource minutes = (TextSource) p.model().getSources().get(0);
			assertEquals(List.of("Chair", "Finance lead", "Chair"), minutes.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
			TextSource interview = (TextSource) p.model().getSources().get(1);
			assertFalse(p.text(interview).contains("var x"), "scripts are not text");
			assertEquals(List.of("Interviewer", "Participant", "Interviewer"),
					interview.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
		}
	}

	@Test
	void ordinaryDocumentsHaveNoInventedSpeakers() throws IOException {
		Path memo = tmp.resolve("memo.md");
		Files.writeString(memo, "# Site visit\n\nNote: the trust merged in 2020.\n\nWe met the finance team.\n");
		try (ExcerptaProject p = newProject()) {
			importAll(p, DocumentImportOptions.defaults(), memo);
			TextSource s = only(p);
			assertEquals(SourceKind.DOCUMENT, s.getKind());
			assertTrue(s.getTurns().isEmpty());
		}
	}

	@Test
	void theUserConfirmsRenamesCodesAndMakesCasesOfSpeakers() throws IOException {
		Path pdf = SharedData.file("transcripts/pdpilot/P2.pdf");
		DocumentImportOptions options = new DocumentImportOptions(true, Set.of("Dan", "Participant"),
				Map.of("Dan", "Interviewer"), true, true, "Ann");
		try (ExcerptaProject p = newProject()) {
			importAll(p, options, pdf);
			TextSource s = only(p);
			assertEquals(Set.of("Interviewer", "Participant"), Set.copyOf(s.getTurns().stream().map(SpeakerTurn::getSpeaker).toList()));
			Code speakers = p.model().getCodebook().getCodes().get(0);
			assertEquals("Speakers", speakers.getName());
			assertEquals(List.of("Interviewer", "Participant"), speakers.getChildren().stream().map(Code::getName).sorted().toList());
			assertEquals(s.getTurns().size(), p.summary().codings());
			assertEquals("Ann", s.getSelections().get(0).getCodings().get(0).getCoder().getName());
			Case participant = p.model().getCases().stream().filter(c -> c.getName().equals("Participant")).findFirst().orElseThrow();
			assertTrue(participant.getSources().contains(s));
			assertEquals(s.getTurns().stream().filter(t -> t.getSpeaker().equals("Participant")).count(), participant.getSelections().size());
		}
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("project"))) {
			assertEquals(only(p).getTurns().size(), p.summary().codings(), "speaker codings are durable");
		}
	}

	@Test
	void aFolderBatchGoesOnPastBadFilesAndSkipsDuplicates() throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("batch/site A"));
		Files.copy(SharedData.file("transcripts/qualcoder_examples/transcript.txt"), folder.resolve("t1.txt"));
		Files.copy(SharedData.file("transcripts/qualcoder_examples/transcript.txt"), folder.resolve("t1 copy.txt"));
		Files.writeString(folder.resolve("empty.txt"), "");
		Files.write(folder.resolve("garbage.txt"), randomBytes(20_000));
		Files.write(folder.resolve("broken.docx"), randomBytes(5_000));
		Files.writeString(folder.resolve("photo.jpg"), "not imported");
		try (ExcerptaProject p = newProject()) {
			ImportReport r = importAll(p, DocumentImportOptions.defaults(), tmp.resolve("batch"));
			assertEquals(1, r.imported().size());
			assertEquals(Map.of("photo.jpg", "not a format", "t1.txt", "already in the project"), reasons(r.skipped().stream()
					.map(s -> Map.entry(s.file(), s.reason())).toList()));
			Map<String, String> failed = reasons(r.failed().stream().map(f -> Map.entry(f.file(), f.reason())).toList());
			assertEquals(Set.of("empty.txt", "garbage.txt", "broken.docx"), failed.keySet());
			assertEquals("is empty", failed.get("empty.txt"));
			assertTrue(failed.get("garbage.txt").contains("does not look like text"), failed.get("garbage.txt"));
			assertTrue(failed.get("broken.docx").contains("cannot be read"), failed.get("broken.docx"));
		}
	}

	private static Map<String, String> reasons(List<Map.Entry<Path, String>> entries) {
		Map<String, String> m = new TreeMap<>();
		for (var e : entries) {
			String reason = e.getValue();
			m.put(e.getKey().getFileName().toString(), reason.contains("not a format") ? "not a format"
					: reason.contains("already in the project") ? "already in the project" : reason);
		}
		return m;
	}

	@Test
	void hostileFilesFailCleanlyAndLeaveTheProjectAsItWas() throws Exception {
		Path bomb = tmp.resolve("bomb.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
					+ "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) { // 300 MB of nothing, a few hundred KB compressed
				zip.write(spaces);
			}
		}
		Path huge = tmp.resolve("huge.txt");
		try (OutputStream out = Files.newOutputStream(huge)) {
			byte[] line = "Interviewer: and again, and again, and again.\n".getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 50_000; i++) {
				out.write(line);
			}
		}
		Path project = tmp.resolve("project");
		ExcerptaProject.create(project, "Untouched").close();
		Map<String, String> before = hashes(project);
		try (ExcerptaProject p = ExcerptaProject.open(project)) {
			// Small limits stand in for the real ones (100 MB, 20 million characters, 2 minutes) to keep the test quick.
			DocumentImporter strict = new DocumentImporter(new TextExtractor(1 << 20, 1_000_000, 20_000));
			ImportReport r = strict.importFiles(p, List.of(bomb, huge), DocumentImportOptions.defaults(), new NullProgressMonitor());
			assertEquals(0, r.imported().size());
			assertEquals(2, r.failed().size(), r.failed().toString());
			assertTrue(r.failed().get(1).reason().contains("too large"), r.failed().get(1).reason());
		}
		Map<String, String> after = hashes(project);
		after.remove(".excerpta.lock");
		before.remove(".excerpta.lock");
		assertEquals(before, after, "a failed import leaves the project byte for byte as it was");
	}

	@Test
	void aParserThatTakesTooLongIsAbandoned() throws IOException {
		try (ExcerptaProject p = newProject()) {
			DocumentImporter impatient = new DocumentImporter(new TextExtractor(100L << 20, 20_000_000, 1));
			ImportReport r = impatient.importFiles(p, List.of(SharedData.file("transcripts/pdpilot/coded-segments.pdf")),
					DocumentImportOptions.defaults(), new NullProgressMonitor());
			assertEquals(1, r.failed().size());
			assertTrue(r.failed().get(0).reason().contains("could not be read within"), r.failed().get(0).reason());
			assertEquals(0, p.model().getSources().size());
		}
	}

	private static byte[] randomBytes(int n) {
		byte[] b = new byte[n];
		new Random(42).nextBytes(b);
		return b;
	}

	static Map<String, String> hashes(Path folder) throws Exception {
		Map<String, String> out = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path f : walk.filter(Files::isRegularFile).toList()) {
				out.put(folder.relativize(f).toString(),
						HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
			}
		}
		return out;
	}
}
