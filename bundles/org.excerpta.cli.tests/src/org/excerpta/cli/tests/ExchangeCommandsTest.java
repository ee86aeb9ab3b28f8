package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.model.TextSource;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFI-QDA and reports from the command line: out, back in, and merged. */
class ExchangeCommandsTest {

	private static final String INNOVATION = "Commissioner-provider relationships framework / Innovation";

	@TempDir
	Path tmp;

	@Test
	void aProjectExportedAsQdpxComesBackWithEverythingAndMergesIntoACopy() throws Exception {
		Path sample = tmp.resolve("sample");
		assertEquals(0, CliRun.run("sample", sample.toString()).exitCode());
		String coding = code(sample, "Ana", 0);
		Path qdpx = tmp.resolve("study.qdpx");
		CliRun export = CliRun.run("export", sample.toString(), "--format", "qdpx", qdpx.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(export.out().contains("1 codings"), export.out());

		Path back = tmp.resolve("back");
		CliRun imported = CliRun.run("import-qdpx", qdpx.toString(), back.toString(), "--json");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("\"notImported\" : [ ]"), "nothing left out: " + imported.out());
		assertEquals(info(sample), info(back), "the same sources, cases, codes, codings, coders and memos");

		// A colleague codes the re-imported copy and sends it back as a .qdpx: merge it in.
		String theirs = code(back, "Ben", 1);
		Path fromBen = tmp.resolve("from-ben.qdpx");
		assertEquals(0, CliRun.run("export", back.toString(), "--format", "qdpx", fromBen.toString()).exitCode());
		CliRun merged = CliRun.run("merge", sample.toString(), fromBen.toString(), "--prefer", "ours");
		assertEquals(0, merged.exitCode(), merged.err());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(sample)) {
			assertTrue(p.store().find(coding) != null && p.store().find(theirs) != null, "both coders' codings, by GUID");
			assertEquals(2, new CodebookEditor(p).codingsOf(new CodebookEditor(p).find(INNOVATION), false));
			long values = p.model().getCases().stream().mapToLong(c -> c.getValues().size()).sum();
			try (ExcerptaProject b = ExcerptaProject.openReadOnly(back)) {
				assertEquals(b.model().getCases().stream().mapToLong(c -> c.getValues().size()).sum(), values,
						"no attribute value doubled by the merge");
			}
		}
	}

	@Test
	void theRealAtlasTiExportImportsWithEveryLeftOutItemReported() {
		Path qdpx = SharedData.file("refi/atlasti-8.4-testproject/TestProject.qdpx");
		Path dir = tmp.resolve("atlas");
		CliRun run = CliRun.run("import-qdpx", qdpx.toString(), dir.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("14"), "14 codes: " + run.out());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir)) {
			assertEquals(14, p.summary().codes());
		}
		CliRun broken = CliRun.run("import-qdpx", tmp.resolve("missing.qdpx").toString(), tmp.resolve("x").toString());
		assertEquals(1, broken.exitCode());
		assertFalse(Files.exists(tmp.resolve("x")), "a failed import leaves no folder");
	}

	@Test
	void reportsInEveryFormat() throws Exception {
		Path sample = tmp.resolve("sample");
		assertEquals(0, CliRun.run("sample", sample.toString()).exitCode());
		code(sample, "Ana", 0);
		for (String format : new String[] { "html", "xlsx", "gexf", "gexf-cases", "qdc" }) {
			Path out = tmp.resolve("report." + format);
			CliRun run = CliRun.run("export", sample.toString(), "--format", format, out.toString());
			assertEquals(0, run.exitCode(), format + ": " + run.err());
			assertTrue(Files.size(out) > 0, format);
		}
		String html = Files.readString(tmp.resolve("report.html"));
		assertTrue(html.contains("<svg") && html.contains("Innovation"), "charts and codes in the report");
		Path csv = tmp.resolve("csv");
		assertEquals(0, CliRun.run("export", sample.toString(), "--format", "csv", csv.toString()).exitCode());
		try (var files = Files.list(csv)) {
			assertTrue(files.count() >= 3, "excerpts and the counts tables, one file each");
		}
		CliRun json = CliRun.run("export", sample.toString(), "--format", "qdpx", tmp.resolve("p.qdpx").toString(), "--json");
		assertEquals(0, json.exitCode(), json.err());
		assertTrue(json.out().startsWith("{\"format\":\"qdpx\"") && json.out().contains("\"codings\":1"), json.out());
		CliRun bad = CliRun.run("export", sample.toString(), "--format", "pdf", tmp.resolve("r.pdf").toString());
		assertEquals(1, bad.exitCode());
		assertTrue(bad.err().contains("unknown format"), bad.err());
	}

	private static String code(Path dir, String coderName, int sourceIndex) {
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			Coder coder = new Coder(p);
			return coder.code((TextSource) p.model().getSources().get(sourceIndex), 20, 80, new CodebookEditor(p).find(INNOVATION),
					coder.coder(coderName)).getGuid();
		}
	}

	private static String info(Path dir) {
		CliRun run = CliRun.run("info", dir.toString(), "--json");
		assertEquals(0, run.exitCode(), run.err());
		return run.out().replaceAll("\"folder\":\"[^\"]*\",", "");
	}
}
