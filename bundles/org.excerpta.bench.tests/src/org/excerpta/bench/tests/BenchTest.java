package org.excerpta.bench.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.excerpta.bench.Bench;
import org.excerpta.bench.BenchOptions;
import org.excerpta.bench.BenchReport;
import org.excerpta.bench.BenchResult;
import org.excerpta.bench.Corpus;
import org.excerpta.bench.DataGenerator;
import org.excerpta.bench.SurveyShape;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;
import org.excerpta.importer.document.Transcript;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harness at a tiny size: the data it generates has the promised shape and depends
 * on the seed alone, and a whole run gives a figure for every workload, with Excerpta, raw Lucene
 * and SQLite FTS5 finding the same answers (otherwise the ratios would compare different work).
 */
class BenchTest {

	private static Corpus corpus;

	@BeforeAll
	static void readRealText() {
		corpus = Corpus.load(SharedData.folder(), Set.of(SurveyShape.QUERY_WORD));
	}

	@Test
	void theSameSeedWritesTheSameAnswersAndAnotherSeedOtherAnswers(@TempDir Path dir) throws Exception {
		Path a = dir.resolve("a.csv");
		Path b = dir.resolve("b.csv");
		Path c = dir.resolve("c.csv");
		new DataGenerator(corpus, 7).writeAnswers(a, 400);
		new DataGenerator(corpus, 7).writeAnswers(b, 400);
		new DataGenerator(corpus, 8).writeAnswers(c, 400);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
	}

	@Test
	void answersAreRealisticLengthsWithFiveClosedAttributesAndThePlantedWordWhereCounted(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("answers.csv");
		int planted = new DataGenerator(corpus, 42).writeAnswers(csv, 2_000);
		List<CSVRecord> rows = new ArrayList<>();
		List<String> header;
		try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
			header = parser.getHeaderNames();
			parser.forEach(rows::add);
		}
		assertEquals(List.of("ID", "Role", "Site", "Age band", "Tenure", "Region", "Comment"), header);
		assertEquals(2_000, rows.size());
		int withWord = 0;
		Set<String> texts = new HashSet<>();
		for (CSVRecord row : rows) {
			assertEquals(7, row.size(), "row " + row.getRecordNumber());
			assertEquals(SurveyShape.id(row.getRecordNumber() - 1), row.get("ID"));
			for (SurveyShape.Attribute a : SurveyShape.ATTRIBUTES) {
				assertTrue(a.values().contains(row.get(a.name())), a.name() + " = " + row.get(a.name()));
			}
			String text = row.get("Comment");
			assertTrue(text.length() >= 50 && text.length() <= 300, text.length() + " characters: " + text);
			withWord += List.of(text.toLowerCase().split("[^a-z']+")).contains(SurveyShape.QUERY_WORD) ? 1 : 0;
			texts.add(text);
		}
		assertEquals(planted, withWord, "the query word occurs exactly where the generator put it");
		assertTrue(planted > 60 && planted < 140, planted + " of 2,000 hold the query word (5% expected)");
		assertTrue(texts.size() > 1_990, "answers differ from one another");
		for (SurveyShape.Attribute a : SurveyShape.ATTRIBUTES) {
			Set<String> seen = rows.stream().map(r -> r.get(a.name())).collect(Collectors.toSet());
			assertEquals(Set.copyOf(a.values()), seen, "every value of " + a.name() + " occurs");
		}
	}

	@Test
	void transcriptsInWordAndPdfAreReadAsInterviewerAndParticipantTurns(@TempDir Path dir) throws Exception {
		DataGenerator.Generated g = new DataGenerator(corpus, 3).write(dir, 20, 2, 400, 500);
		assertEquals(List.of("interview-01.docx", "interview-02.pdf"),
				g.transcripts().stream().map(p -> p.getFileName().toString()).toList());
		for (Path file : g.transcripts()) {
			Transcript t = new DocumentImporter().read(file, DocumentImportOptions.defaults());
			Set<String> speakers = t.turns().stream().map(Transcript.Turn::speaker).collect(Collectors.toSet());
			assertEquals(Set.of("Interviewer", "Participant"), speakers, file.getFileName().toString());
			int words = t.text().split("\\s+").length - t.turns().size(); // less the speaker labels
			assertTrue(words >= 400 && words <= 520, file.getFileName() + ": " + words + " words");
		}
	}

	@Test
	void aTinyRunMeasuresEveryWorkloadAndTheBaselinesDoTheSameWork(@TempDir Path dir) {
		List<String> log = new ArrayList<>();
		BenchResult r = Bench.run(new BenchOptions(300, 1, 300, 400, 42, 1, 5, dir.resolve("work"), SharedData.folder(), Set.of()),
				log::add);
		for (String workload : List.of("survey import + index", "transcript import", "code ", "  then the index catches up (", "open ",
				"retrieve 100 excerpts", "code x attribute matrix", "co-occurrence", "export the coded excerpts as CSV", "count the answers",
				"search: best 100",
				"record one coding durably", "autocode \"workload\"")) {
			BenchResult.Row row = r.rows().stream().filter(x -> x.workload().startsWith(workload)).findFirst().orElse(null);
			assertNotNull(row, "a figure for " + workload + " in " + r.rows());
			assertTrue(row.excerpta().count() >= 1 && row.excerpta().median() > 0, workload);
		}
		for (String baseline : List.of("raw Lucene index", "SQLite FTS5 load", "raw Tika parse", "SQLite FTS5 MATCH count",
				"SQLite self-join", "SQLite GROUP BY", "SQLite join to CSV", "SQLite INSERT ... SELECT MATCH")) {
			assertTrue(r.rows().stream().anyMatch(x -> baseline.equals(x.baseline()) && x.baselineStats().median() > 0), baseline);
		}
		BenchResult.Check exported = r.checks().stream().filter(c -> c.what().startsWith("exports wrote")).findFirst().orElseThrow();
		assertTrue(exported.agrees(), exported.detail());
		BenchResult.Check hits = r.checks().stream().filter(c -> c.what().startsWith("hits of")).findFirst().orElseThrow();
		assertTrue(hits.agrees(), hits.detail());
		assertTrue(r.allChecksAgree(), r.checks().toString());
		assertTrue(r.checks().size() >= 9, r.checks().toString());
		assertFalse(r.targets().isEmpty());
		String report = BenchReport.format(r);
		assertTrue(report.contains("Excerpta vs baseline") && report.contains("retrieve 100 excerpts"), report);
		assertFalse(log.isEmpty(), "progress was reported");
	}

	@Test
	void aFolderTheBenchmarkDidNotMakeIsNeverEmptied(@TempDir Path dir) throws Exception {
		Path precious = Files.writeString(dir.resolve("thesis.docx"), "years of work");
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> Bench.run(new BenchOptions(100, 0, 10, 20, 1, 1, 1, dir, SharedData.folder(), Set.of("survey")), s -> {
				}));
		assertTrue(e.getMessage().contains("not empty"), e.getMessage());
		assertTrue(Files.exists(precious));
	}
}
