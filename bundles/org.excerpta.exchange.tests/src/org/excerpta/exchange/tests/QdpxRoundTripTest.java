package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.exchange.qdpx.QdpxExportException;
import org.excerpta.exchange.qdpx.QdpxExportResult;
import org.excerpta.exchange.qdpx.QdpxExporter;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.model.Coding;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Excerpta project exported to REFI-QDA and imported again is the same project. */
class QdpxRoundTripTest {

	@TempDir
	Path tmp;

	@Test
	void theSampleProjectWithCodingsMemosSetsAndLinksComesBackWhole() throws Exception {
		Path qdpx = tmp.resolve("sample.qdpx");
		try (ExcerptaProject original = SampleProject.createIn(tmp.resolve("sample"))) {
			SampleEnrichment.enrich(original);
			QdpxExportResult result = new QdpxExporter().export(original, qdpx);
			assertEquals(List.of(), result.warnings());
			assertEquals(SampleEnrichment.count(original, Coding.class), result.codings());
			assertTrue(result.codings() > 40, "the enriched sample has codings to carry: " + result.codings());
			QdeSchema.assertValid(qdpx);

			QdpxImportReport report = new QdpxImporter().importProject(qdpx, tmp.resolve("imported"));
			assertEquals(List.of(), report.notImported(), report.summary());
			assertEquals(result.codings(), report.count(QdpxImportReport.CODING));
			assertEquals(result.selections(), report.count(QdpxImportReport.SELECTION));
			try (ExcerptaProject imported = ExcerptaProject.open(tmp.resolve("imported"))) {
				assertEquals(List.of(), imported.warnings(), "the imported project reopens without repairs");
				ProjectComparison.assertSameProject(original, imported);
				TextSource emoji = (TextSource) imported.model().getSources().stream()
						.filter(s -> "Emoji answer".equals(s.getName())).findFirst().orElseThrow();
				TextSelection coded = emoji.getSelections().get(0);
				String text = imported.text(emoji);
				assertEquals("trust grows ", text.substring(text.offsetByCodePoints(0, coded.getStart()),
						text.offsetByCodePoints(0, coded.getEnd())), "positions are code points on both sides");
			}
		}
	}

	@Test
	void anImportedProjectExportsToTheSameArchiveContent() throws Exception {
		Path first = tmp.resolve("first.qdpx");
		try (ExcerptaProject original = SampleProject.createIn(tmp.resolve("sample"))) {
			SampleEnrichment.enrich(original);
			new QdpxExporter().export(original, first);
		}
		new QdpxImporter().importProject(first, tmp.resolve("again"));
		Path second = tmp.resolve("second.qdpx");
		try (ExcerptaProject again = ExcerptaProject.open(tmp.resolve("again"))) {
			new QdpxExporter().export(again, second);
		}
		QdeSchema.assertValid(first);
		QdeSchema.assertValid(second);
		// The project files differ only in the time of the export.
		assertEquals(withoutExportTime(QdeSchema.qdeOf(first)), withoutExportTime(QdeSchema.qdeOf(second)));
	}

	private static String withoutExportTime(byte[] file) {
		String qde = new String(file, java.nio.charset.StandardCharsets.UTF_8);
		int root = qde.indexOf("<Project");
		int end = qde.indexOf('>', root);
		return qde.substring(0, root) + qde.substring(root, end).replaceAll(" modifiedDateTime=\"[^\"]*\"", "")
				+ qde.substring(end);
	}

	/** Excerpta's own additions damaged: the standard part still comes in, and the report says what did not. */
	@Test
	void damagedExcerptaAdditionsAreReportedAndTheRestImported() throws Exception {
		Path qdpx = tmp.resolve("sample.qdpx");
		try (ExcerptaProject original = SampleProject.createIn(tmp.resolve("sample"))) {
			new QdpxExporter().export(original, qdpx);
		}
		Path damaged = Zips.copyOf(qdpx).put("excerpta/extras.json", "{\"format\": 1, \"sources\": [ {\"guid\": ")
				.writeTo(tmp.resolve("damaged.qdpx"));
		QdpxImportReport report = new QdpxImporter().importProject(damaged, tmp.resolve("imported"));
		assertEquals(1, report.notImported().size(), report.summary());
		assertTrue(report.notImported().get(0).reason().contains("speaker turns"), report.summary());
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve("imported"))) {
			assertEquals(82, p.model().getSources().size());
			assertEquals(0, p.model().getSources().stream().mapToInt(s -> ((TextSource) s).getTurns().size()).sum());
		}
	}

	@Test
	void aFailedExportLeavesTheEarlierArchiveAsItWas() throws Exception {
		Path qdpx = tmp.resolve("out.qdpx");
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("sample"))) {
			new QdpxExporter().export(p, qdpx);
			QdeSchema.assertValid(qdpx);
			byte[] before = Files.readAllBytes(qdpx);
			TextSource first = (TextSource) p.model().getSources().get(0);
			Files.delete(p.folder().resolve(first.getPlainTextPath()));
			QdpxExportException e = assertThrows(QdpxExportException.class, () -> new QdpxExporter().export(p, qdpx));
			assertTrue(e.getMessage().contains(first.getName()), e.getMessage());
			assertArrayEquals(before, Files.readAllBytes(qdpx));
			try (Stream<Path> files = Files.list(tmp)) {
				assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
			}
		}
	}
}
