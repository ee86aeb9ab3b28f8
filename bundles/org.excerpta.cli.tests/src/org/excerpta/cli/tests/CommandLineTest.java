package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.excerpta.cli.ExcerptaCli;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.survey.SurveyImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

class CommandLineTest {

	@TempDir
	Path tmp;

	private static CliRun run(String... args) {
		return CliRun.run(args);
	}

	private static Map<String, Object> json(String text) throws IOException {
		Map<String, Object> values = new HashMap<>();
		try (JsonParser p = new JsonFactory().createParser(text)) {
			assertEquals(JsonToken.START_OBJECT, p.nextToken());
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String name = p.currentName();
				JsonToken t = p.nextToken();
				if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
					p.skipChildren();
					continue;
				}
				values.put(name, t == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getText());
			}
		}
		return values;
	}

	@Test
	void newThenInfoAsJson() throws IOException {
		Path dir = tmp.resolve("p");
		CliRun created = run("new", dir.toString(), "--name", "Commissioning study");
		assertEquals(0, created.exitCode(), created.err());
		assertTrue(created.out().contains("Commissioning study"), created.out());

		CliRun info = run("info", dir.toString(), "--json");
		assertEquals(0, info.exitCode(), info.err());
		Map<String, Object> v = json(info.out());
		assertEquals("Commissioning study", v.get("name"));
		for (String count : new String[] { "sources", "cases", "codes", "codings", "users", "memos" }) {
			assertEquals(0, v.get(count), count);
		}
	}

	@Test
	void infoCountsWhatTheSampleHolds() throws IOException {
		Path dir = tmp.resolve("sample");
		assertEquals(0, run("sample", dir.toString()).exitCode());
		Map<String, Object> v = json(run("info", dir.toString(), "--json").out());
		assertEquals(82, v.get("sources"));
		assertEquals(44, v.get("cases"));
		assertEquals(18, v.get("codes"));
		assertEquals(0, v.get("codings"));
		assertEquals(1, v.get("users"));
		assertEquals(1, v.get("memos"));
		CliRun text = run("info", dir.toString());
		assertTrue(text.out().contains("Codes    18"), text.out());
	}

	@Test
	void infoWorksWhileTheProjectIsOpenElsewhere() throws IOException {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject open = ExcerptaProject.create(dir, "Busy")) {
			CliRun info = run("info", dir.toString(), "--json");
			assertEquals(0, info.exitCode(), info.err());
			assertEquals("Busy", json(info.out()).get("name"));
		}
	}

	@Test
	void badInputGetsAClearMessageOnStandardErrorAndANonZeroExit() throws IOException {
		Path notAProject = Files.createDirectories(tmp.resolve("holiday-photos"));
		CliRun info = run("info", notAProject.toString());
		assertEquals(ExcerptaCli.EXIT_PROBLEM, info.exitCode());
		assertEquals("", info.out());
		assertTrue(info.err().contains("holiday-photos") && info.err().contains("not an Excerpta project"), info.err());

		Files.writeString(notAProject.resolve("beach.jpg"), "jpeg");
		CliRun refused = run("new", notAProject.toString());
		assertEquals(ExcerptaCli.EXIT_PROBLEM, refused.exitCode());
		assertTrue(refused.err().contains("not empty"), refused.err());

		CliRun mistyped = run("infoo", "x");
		assertEquals(2, mistyped.exitCode());
		assertTrue(mistyped.err().contains("infoo"), mistyped.err());

		CliRun missing = run("new");
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("DIR"), missing.err());
	}

	/** A document imported into a project whose index is current leaves it current, with the document in it. */
	@Test
	void importingADocumentKeepsACurrentIndexCurrent() throws IOException {
		Path dir = tmp.resolve("s");
		assertEquals(0, run("sample", dir.toString()).exitCode());
		assertEquals(0, run("search", dir.toString(), "trust").exitCode(), "a search leaves the index current");
		Path notes = Files.writeString(tmp.resolve("ward-visit.txt"), "Interviewer: What changed?\nParticipant: The ward rota, mostly.\n");

		CliRun imported = run("import", dir.toString(), notes.toString());
		assertEquals(0, imported.exitCode(), imported.err());

		try (org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.openForReading(dir)) {
			assertTrue(index != null, "the index followed the import and is current: no rebuild at the next command");
			assertEquals(1, index.search("rota", List.of(), Map.of(), 10).hits().size(), "and finds the new document");
		}
	}

	@Test
	void importAFolderReportsEachFileAndExitsNonZeroWhenOneFailed() throws IOException {
		Path dir = tmp.resolve("p");
		run("new", dir.toString());
		Path folder = Files.createDirectories(tmp.resolve("interviews"));
		Files.writeString(folder.resolve("one.txt"), "Interviewer: Hello.\nParticipant: Hi.\nInterviewer: Shall we start?\n");
		Files.writeString(folder.resolve("two.md"), "# Field notes\n\nThe board met on Tuesday.\n");
		Files.writeString(folder.resolve("empty.txt"), "");

		CliRun preview = run("import", dir.toString(), folder.resolve("one.txt").toString(), "--preview");
		assertEquals(0, preview.exitCode(), preview.err());
		assertTrue(preview.out().contains("{Interviewer=2, Participant=1}"), preview.out());

		CliRun imported = run("import", dir.toString(), folder.toString(), "--json", "--rename", "Participant=GP");
		assertEquals(1, imported.exitCode(), "one file failed");
		assertTrue(imported.err().contains("empty.txt is empty"), imported.err());
		Map<String, Object> v = json(imported.out());
		assertEquals(2, v.get("importedCount"));
		assertEquals(1, v.get("failedCount"));
		assertEquals(2, json(run("info", dir.toString(), "--json").out()).get("sources"));
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir)) {
			var transcript = (org.excerpta.model.TextSource) p.model().getSources().stream()
					.filter(s -> s.getName().equals("one")).findFirst().orElseThrow();
			assertEquals(List.of("Interviewer", "GP", "Interviewer"),
					transcript.getTurns().stream().map(t -> t.getSpeaker()).toList());
		}

		CliRun again = run("import", dir.toString(), folder.resolve("one.txt").toString());
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("0 imported, 1 skipped, 0 failed"), again.out());
	}

	@Test
	void importASurveyWithPreviewJsonAndClearErrors() throws IOException {
		Path dir = tmp.resolve("p");
		run("new", dir.toString());
		Path csv = tmp.resolve("survey.csv");
		StringBuilder s = new StringBuilder("id,organisation,trust,why\n");
		for (int i = 1; i <= 12; i++) {
			s.append("R").append(i).append(',').append(i % 2 == 0 ? "Commissioner" : "Provider").append(',').append(i % 5 + 1)
					.append(",\"Because the ").append(i).append(" partners keep changing, and nobody remembers the history\"\n");
		}
		Files.writeString(csv, s);

		CliRun preview = run("import-survey", dir.toString(), csv.toString(), "--preview");
		assertEquals(0, preview.exitCode(), preview.err());
		assertTrue(preview.out().contains("open question"), preview.out());
		assertTrue(preview.out().contains("attribute, integer"), preview.out());

		CliRun imported = run("import-survey", dir.toString(), csv.toString(), "--id", "id", "--json");
		assertEquals(0, imported.exitCode(), imported.err());
		Map<String, Object> v = json(run("info", dir.toString(), "--json").out());
		assertEquals(12, v.get("cases"));
		assertEquals(12, v.get("sources"));
		// The import kept the index open and indexed each batch as it was written: the next
		// command finds it current, without a rebuild, and searchable by the new attribute.
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir);
				org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.open(p)) {
			assertEquals(List.of(), index.notes(), "no rebuild after import-survey");
			assertEquals(6, index.search("partners", List.of(), Map.of("organisation", "Commissioner"), 100).total());
		}

		CliRun again = run("import-survey", dir.toString(), csv.toString(), "--id", "id");
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().startsWith("0 respondents added, 12 matched"), again.out());

		// A newer export of the same survey with a second open question and 5,000 new respondents
		// first, so that the known respondents' new answers come in a later batch of the import than
		// the first: they are searchable by their respondents' attributes at once, without a rebuild.
		Path newer = tmp.resolve("survey-wave-2.csv");
		StringBuilder w = new StringBuilder("id,organisation,trust,why,what next\n");
		for (int i = 13; i < 13 + SurveyImporter.BATCH_SIZE; i++) {
			w.append("R").append(i).append(",Provider,3,\"Newly asked\",\"Staffing\"\n");
		}
		for (int i = 1; i <= 12; i++) {
			w.append("R").append(i).append(',').append(i % 2 == 0 ? "Commissioner" : "Provider").append(',').append(i % 5 + 1)
					.append(",\"Because the ").append(i).append(" partners keep changing, and nobody remembers the history\"")
					.append(",\"Mergers, mostly, and a second wave of turnover\"\n");
		}
		Files.writeString(newer, w);
		CliRun wave2 = run("import-survey", dir.toString(), newer.toString(), "--id", "id", "--text", "why,what next");
		assertEquals(0, wave2.exitCode(), wave2.err());
		assertTrue(wave2.out().startsWith(SurveyImporter.BATCH_SIZE + " respondents added, 12 matched"), wave2.out());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir);
				org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.open(p)) {
			assertEquals(List.of(), index.notes(), "no rebuild after the second wave");
			assertEquals(6, index.search("mergers", List.of(), Map.of("organisation", "Commissioner"), 100).total(),
					"the new answers carry their respondents' attributes");
		}

		CliRun wrongId = run("import-survey", dir.toString(), csv.toString(), "--id", "respondent");
		assertEquals(1, wrongId.exitCode());
		assertTrue(wrongId.err().contains("respondent"), wrongId.err());
		assertEquals(12 + SurveyImporter.BATCH_SIZE, json(run("info", dir.toString(), "--json").out()).get("cases"), "nothing changed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "new", "info", "import", "import-survey", "import-qdpx", "codebook", "search", "code", "uncode", "excerpts", "counts",
			"analyze", "agreement", "merge", "share", "export", "bench", "sample", "plugins" })
	void everyCommandHasHelp(String command) {
		// picocli reads descriptions as format strings and, when one does not format (a lone "95%"),
		// warns on the process's standard error and prints the text unformatted.
		java.io.PrintStream err = System.err;
		java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
		CliRun help;
		System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			help = run(command, "--help");
		} finally {
			System.setErr(err);
		}
		assertEquals(0, help.exitCode());
		assertTrue(help.out().startsWith("Usage: excerpta " + command), help.out());
		String warned = warnings.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertFalse(warned.contains("WARN"), warned);
	}

	@Test
	void noArgumentsListsTheCommands() {
		CliRun r = run();
		assertEquals(0, r.exitCode());
		assertTrue(r.out().contains("new") && r.out().contains("info") && r.out().contains("sample"), r.out());
	}
}
