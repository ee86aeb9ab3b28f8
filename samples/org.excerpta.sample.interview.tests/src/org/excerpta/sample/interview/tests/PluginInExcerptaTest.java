package org.excerpta.sample.interview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.excerpta.api.Contributions;
import org.excerpta.cli.ExcerptaCli;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample plugin as Excerpta meets it: installed beside Excerpta (here, in the test runtime), its
 * format and its analysis appear wherever Excerpta's own do, found through the contribution points.
 */
class PluginInExcerptaTest {

	@TempDir
	Path tmp;

	record Run(int exitCode, String out, String err) {
	}

	static Run cli(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ExcerptaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void theFormatAndTheAnalysisAreContributedBesideExcerptasOwn() {
		assertTrue(Contributions.importedExtensions().containsAll(java.util.List.of("interview", "docx", "pdf", "vtt")),
				Contributions.importedExtensions().toString());
		assertTrue(Contributions.analyses().stream().anyMatch(a -> a.id().equals("word-frequencies")));
		assertEquals("code-frequencies", Contributions.analyses().get(0).id(), "Excerpta's own analyses come first");
	}

	@Test
	void importsAnInterviewFileAndCountsItsWordsFromTheCommandLine() throws Exception {
		Path dir = tmp.resolve("study");
		assertEquals(0, cli("new", dir.toString()).exitCode());
		Run imported = cli("import", dir.toString(), Examples.file("commissioner-interview.interview").toString());
		assertEquals(0, imported.exitCode(), imported.err());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir)) {
			TextSource source = (TextSource) p.model().getSources().get(0);
			assertEquals(6, source.getTurns().size(), "the plugin's turns, not Excerpta's own speaker detection");
			assertTrue(p.text(source).contains("Knowledge flowed through them"));
		}

		Run list = cli("analyze", "--list");
		assertTrue(list.out().contains("word-frequencies") && list.out().contains("code-frequencies"), list.out());
		Run words = cli("analyze", dir.toString(), "word-frequencies", "--option", "top=25", "--json");
		assertEquals(0, words.exitCode(), words.err());
		// "budget" (3), "leaders" (3), "partners"... the interviewer's and respondent's words, function words left out.
		assertTrue(words.out().contains("{\"word\":\"budget\",\"occurrences\":3,\"sources\":1"), words.out());
		assertTrue(!words.out().contains("\"word\":\"the\""), "function words are left out by default");

		Run bad = cli("analyze", dir.toString(), "word-frequencies", "--option", "top=7");
		assertEquals(1, bad.exitCode());
		assertTrue(bad.err().contains("\"7\" is not a value of the option \"top\""), bad.err());

		Path html = tmp.resolve("report.html");
		Run report = cli("export", dir.toString(), "--format", "html", html.toString());
		assertEquals(0, report.exitCode(), report.err());
		assertTrue(Files.readString(html).contains("Word frequencies"), "the plugin's table is in the HTML report");
	}
}
