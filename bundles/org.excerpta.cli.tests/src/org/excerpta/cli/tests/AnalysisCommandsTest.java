package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.excerpta.cli.ExcerptaCli;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From codebook to coded excerpts to a code x attribute table, all from the command line, on
 * the sample project; every figure is checked against a count made here by walking the project.
 */
class AnalysisCommandsTest {

	private static final String RELATIONAL = "Commissioner-provider relationships framework / Conflict and tension between partners / Relational";

	@TempDir
	Path tmp;

	private static CliRun run(String... args) {
		return CliRun.run(args);
	}

	@Test
	void autocodeRetrieveAndCountBySubgroup() {
		Path dir = tmp.resolve("sample");
		assertEquals(0, run("sample", dir.toString()).exitCode());

		CliRun preview = run("code", dir.toString(), "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--preview");
		assertEquals(0, preview.exitCode(), preview.err());
		int expected = answersMentioning(dir, "trust").size();
		assertTrue(expected > 0);
		// Transcript turns match too; only survey answers are whole answers, turns are coded whole as their passage.
		CliRun coded = run("code", dir.toString(), "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--coder", "Ann");
		assertEquals(0, coded.exitCode(), coded.err());
		CliRun again = run("code", dir.toString(), "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--coder", "Ann");
		assertTrue(again.out().startsWith("0 passages coded"), "autocoding twice codes nothing twice: " + again.out());

		Set<String> gpAnswers = new HashSet<>();
		Set<String> gpCases = new HashSet<>();
		int gps = 0;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir)) {
			for (Case c : p.model().getCases()) {
				boolean gp = c.getValues().stream().anyMatch(v -> v.getVariable().getName().equals("Role") && "GP".equals(v.getValue()));
				if (!gp) {
					continue;
				}
				gps++;
				for (Source s : c.getSources()) {
					if (s instanceof TextSource t && p.text(t).toLowerCase().matches("(?s).*\\btrust(s|ed|ing)?\\b.*")) {
						gpAnswers.add(t.getGuid());
						gpCases.add(c.getGuid());
					}
				}
			}
		}
		CliRun excerpts = run("excerpts", dir.toString(), "--code", RELATIONAL, "--where", "Role=GP", "--json");
		assertEquals(0, excerpts.exitCode(), excerpts.err());
		assertTrue(excerpts.out().contains("\"count\":" + gpAnswers.size()), excerpts.out());

		CliRun table = run("counts", dir.toString(), "--by", "Role");
		assertEquals(0, table.exitCode(), table.err());
		String relationalRow = table.out().lines().filter(l -> l.contains("/ Relational")).findFirst().orElseThrow();
		assertTrue(table.out().contains("GP (n=" + gps + ")"), table.out());
		assertTrue(relationalRow.contains(gpCases.size() + " ("), relationalRow);

		CliRun compared = run("counts", dir.toString(), "--by", "Role", "--compare", "GP,Manager");
		assertEquals(0, compared.exitCode(), compared.err());
		String comparedRow = compared.out().lines().filter(l -> l.contains("/ Relational")).findFirst().orElseThrow();
		assertTrue(comparedRow.contains(gpCases.size() + " (") && comparedRow.matches(".*(z test|Fisher).*"), comparedRow);
		assertTrue(compared.out().contains("GP (n=" + gps + ")"), compared.out());
		CliRun badCompare = run("counts", dir.toString(), "--by", "Role", "--compare", "GP,Astronaut");
		assertEquals(ExcerptaCli.EXIT_PROBLEM, badCompare.exitCode());
		assertTrue(badCompare.err().contains("Astronaut"), badCompare.err());

		CliRun census = run("counts", dir.toString(), "--population", "44");
		String censusRow = census.out().lines().filter(l -> l.contains("/ Relational")).findFirst().orElseThrow();
		assertTrue(censusRow.matches(".*\\s(\\d+\\.\\d)% \\[\\1-\\1\\].*"),
				"every case answered: the share is known exactly and the interval closes: " + censusRow);
		assertEquals(ExcerptaCli.EXIT_PROBLEM, run("counts", dir.toString(), "--population", "10").exitCode());

		CliRun json = run("counts", dir.toString(), "--json");
		assertTrue(json.out().contains("\"path\":\"" + RELATIONAL + "\""), json.out());

		// Taking the GPs' Relational codings back out: a preview first, then one change; the other roles keep theirs.
		int allBefore = count(run("excerpts", dir.toString(), "--code", RELATIONAL, "--json").out());
		CliRun uncodePreview = run("uncode", dir.toString(), "--code", RELATIONAL, "--where", "Role=GP", "--preview");
		assertEquals(0, uncodePreview.exitCode(), uncodePreview.err());
		String codings = gpAnswers.size() + (gpAnswers.size() == 1 ? " coding of " : " codings of ");
		assertEquals(codings + RELATIONAL + " would be removed", uncodePreview.out().strip());
		CliRun uncoded = run("uncode", dir.toString(), "--code", RELATIONAL, "--where", "Role=GP", "--coder", "Ann");
		assertEquals(0, uncoded.exitCode(), uncoded.err());
		assertEquals(codings + RELATIONAL + " removed", uncoded.out().strip());
		assertTrue(run("excerpts", dir.toString(), "--code", RELATIONAL, "--where", "Role=GP", "--json").out().contains("\"count\":0"));
		assertEquals(allBefore - gpAnswers.size(), count(run("excerpts", dir.toString(), "--code", RELATIONAL, "--json").out()),
				"the other roles' codings stay");
		CliRun noCoder = run("uncode", dir.toString(), "--code", RELATIONAL, "--coder", "Nobody");
		assertEquals(ExcerptaCli.EXIT_PROBLEM, noCoder.exitCode());
		assertTrue(noCoder.err().contains("no coder \"Nobody\""), noCoder.err());

		CliRun search = run("search", dir.toString(), "\"block contract\"");
		assertEquals(0, search.exitCode(), search.err());
		assertTrue(search.out().toLowerCase().contains("[block contract"), search.out());

		CliRun unknown = run("excerpts", dir.toString(), "--code", "No such code");
		assertEquals(ExcerptaCli.EXIT_PROBLEM, unknown.exitCode());
		assertTrue(unknown.err().contains("No such code"), unknown.err());
		CliRun badQuery = run("search", dir.toString(), "\"unclosed");
		assertEquals(ExcerptaCli.EXIT_PROBLEM, badQuery.exitCode());
		assertTrue(badQuery.err().contains("cannot read the query"), badQuery.err());
	}

	/** The "count" of an excerpts --json output. */
	private static int count(String json) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(json);
		assertTrue(m.find(), json);
		return Integer.parseInt(m.group(1));
	}

	private static Set<String> answersMentioning(Path dir, String word) {
		Set<String> out = new HashSet<>();
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir)) {
			for (Source s : p.model().getSources()) {
				if (s.getKind() == SourceKind.SURVEY_ANSWER
					&& p.text((TextSource) s).toLowerCase().matches("(?s).*\\b" + word + "(s|ed|ing)?\\b.*")) {
					out.add(s.getGuid());
				}
			}
		}
		return out;
	}
}
