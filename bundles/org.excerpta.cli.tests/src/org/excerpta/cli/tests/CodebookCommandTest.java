package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.excerpta.cli.ExcerptaCli;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code excerpta codebook DIR ...} on the sample project. */
class CodebookCommandTest {

	static final String CPR = "Commissioner-provider relationships framework";
	static final String CONFLICT = CPR + " / Conflict and tension between partners";
	static final String KNOWLEDGE = CPR + " / Knowledge management";

	@TempDir
	Path tmp;

	Path dir;

	private static CliRun run(String... args) {
		return CliRun.run(args);
	}

	private CliRun codebook(String... args) {
		List<String> all = new ArrayList<>(List.of("codebook", dir.toString()));
		all.addAll(List.of(args));
		return run(all.toArray(String[]::new));
	}

	/** The codes of "list --json" by path, each as its fields. */
	private Map<String, Map<String, Object>> listed() throws IOException {
		CliRun r = codebook("list", "--json");
		assertEquals(0, r.exitCode(), r.err());
		Map<String, Map<String, Object>> codes = new LinkedHashMap<>();
		try (JsonParser p = new JsonFactory().createParser(r.out())) {
			assertEquals(JsonToken.START_OBJECT, p.nextToken());
			assertEquals("codes", p.nextFieldName());
			assertEquals(JsonToken.START_ARRAY, p.nextToken());
			while (p.nextToken() == JsonToken.START_OBJECT) {
				Map<String, Object> code = new LinkedHashMap<>();
				while (p.nextToken() == JsonToken.FIELD_NAME) {
					String name = p.currentName();
					JsonToken t = p.nextToken();
					code.put(name, switch (t) {
					case VALUE_NUMBER_INT -> p.getIntValue();
					case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
					case VALUE_NULL -> null;
					default -> p.getText();
					});
				}
				codes.put((String) code.get("path"), code);
			}
		}
		return codes;
	}

	@BeforeEach
	void sample() {
		dir = tmp.resolve("sample");
		assertEquals(0, run("sample", dir.toString()).exitCode());
		// A few codings to count: the command line does not code (autocoding is another command).
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			CodebookEditor editor = new CodebookEditor(p);
			Coder coder = new Coder(p);
			var ann = coder.coder("Ann");
			TextSource t = (TextSource) p.model().getSources().get(0);
			coder.code(t, 0, 30, editor.find(CONFLICT + " / Relational"), ann);
			coder.code(t, 40, 70, editor.find(CONFLICT + " / Relational"), ann);
			coder.code(t, 40, 70, editor.find(CONFLICT + " / Transactional"), ann);
			coder.code(t, 80, 90, editor.find(KNOWLEDGE + " / Tacit"), ann);
			coder.code(t, 95, 99, editor.find(KNOWLEDGE), ann);
		}
	}

	private static String withoutCounts(String list) {
		return list.replaceAll("\\d+ codings?", "").replaceAll("18 codes, .*", "18 codes");
	}

	@Test
	void aRefiQdaCodebookTravelsToAnotherProjectWithItsGuids() throws Exception {
		java.nio.file.Path qdc = tmp.resolve("framework.qdc");
		CliRun exported = codebook("export", qdc.toString());
		assertEquals(0, exported.exitCode(), exported.err());
		assertTrue(java.nio.file.Files.readString(qdc).contains("urn:QDA-XML:codebook:1.0"));
		java.nio.file.Path other = tmp.resolve("other");
		assertEquals(0, run("new", other.toString()).exitCode());
		CliRun imported = run("codebook", other.toString(), "import", qdc.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		// Codings stay with their project: compare the codebooks without their counts.
		assertEquals(withoutCounts(codebook("list").out()), withoutCounts(run("codebook", other.toString(), "list").out()),
				"the same tree, names and colours");
		try (org.excerpta.core.ExcerptaProject a = org.excerpta.core.ExcerptaProject.openReadOnly(dir);
				org.excerpta.core.ExcerptaProject b = org.excerpta.core.ExcerptaProject.openReadOnly(other)) {
			assertEquals(a.model().getCodebook().getCodes().get(0).getGuid(), b.model().getCodebook().getCodes().get(0).getGuid(),
					"GUIDs travel with the codes");
		}
	}

	@Test
	void listShowsTheTreeWithColoursAndCodings() throws IOException {
		CliRun text = codebook("list");
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("\n    Relational  #D37295  2 codings\n"), text.out());
		assertTrue(text.out().startsWith(CPR + "  #4E79A7  (not codable)\n"), text.out());
		assertTrue(text.out().contains("18 codes, 5 codings"), text.out());

		Map<String, Map<String, Object>> codes = listed();
		assertEquals(18, codes.size());
		Map<String, Object> conflict = codes.get(CONFLICT);
		assertEquals(0, conflict.get("codings"));
		assertEquals(3, conflict.get("codingsWithSubCodes"));
		assertEquals(false, codes.get(CPR).get("codable"));
		assertEquals("#D37295", codes.get(CONFLICT + " / Relational").get("color"));
	}

	@Test
	void addRenameMoveAndMergeChangeTheProject() throws IOException {
		assertEquals(0, run("search", dir.toString(), "trust").exitCode(), "a search leaves the index current, as any search does");
		CliRun added = codebook("add", "Patient voice / Complaints", "--color", "#112233", "--description", "Delays.");
		assertEquals(0, added.exitCode(), added.err());
		assertEquals("#112233", listed().get("Patient voice / Complaints").get("color"));
		assertEquals(true, listed().get("Patient voice").get("codable"));

		assertEquals(0, codebook("rename", "Patient voice / Complaints", "Grievances").exitCode());
		CliRun moved = codebook("move", "Patient voice / Grievances", "--top");
		assertEquals(0, moved.exitCode(), moved.err());
		assertEquals("Moved \"Patient voice / Grievances\" to \"Grievances\"", moved.out().strip(), "from where to where");
		assertTrue(listed().containsKey("Grievances"));
		assertEquals(0, codebook("move", "Grievances", "--to", "Patient voice", "--index", "0").exitCode());
		assertTrue(listed().containsKey("Patient voice / Grievances"));
		try (org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.openForReading(dir)) {
			assertTrue(index != null, "renamed and moved from the index, which stays current (no minute's rebuild at a million answers)");
		}
		try (org.excerpta.core.ExcerptaProject p = org.excerpta.core.ExcerptaProject.openReadOnly(dir)) {
			assertEquals("Grievances", org.excerpta.core.coding.CodePaths.find(p.model().getCodebook(), "Patient voice").getChildren().get(0).getName(),
					"and in the project, first under its new parent");
		}

		CliRun merged = codebook("merge", CONFLICT + " / Relational", "--into", CONFLICT + " / Transactional");
		assertEquals(0, merged.exitCode(), merged.err());
		assertTrue(merged.out().contains("1 codings moved, 1 duplicate codings merged"), merged.out());
		try (org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.openForReading(dir)) {
			assertTrue(index != null, "a merge made with the project loaded is followed by the index, which stays current");
			assertEquals(2, index.codeCounts(Map.of()).get(org.excerpta.core.coding.CodePaths.find(index.outline().codebook(),
					CONFLICT + " / Transactional").getGuid()).codings(), "with the merged codings");
		}
		Map<String, Map<String, Object>> codes = listed();
		assertEquals(2, codes.get(CONFLICT + " / Transactional").get("codings"));
		assertTrue(!codes.containsKey(CONFLICT + " / Relational"));
	}

	@Test
	void deleteAsksFirstThenRemovesExactlyTheCountedCodings() throws IOException {
		CliRun asked = codebook("delete", KNOWLEDGE);
		assertEquals(1, asked.exitCode());
		assertTrue(asked.out().contains("2 sub-codes and 2 codings"), asked.out());
		assertTrue(asked.out().contains("--yes"), asked.out());
		assertTrue(listed().containsKey(KNOWLEDGE), "nothing deleted without --yes");

		CliRun deleted = codebook("delete", KNOWLEDGE, "--yes");
		assertEquals(0, deleted.exitCode(), deleted.err());
		assertTrue(deleted.out().contains("2 codings removed"), deleted.out());
		assertEquals(15, listed().size());
		CliRun info = run("info", dir.toString());
		assertTrue(info.out().contains("Codings  3"), info.out());
	}

	@Test
	void exportThenImportIntoAnotherProject() throws IOException {
		Path csv = tmp.resolve("codebook.csv");
		CliRun exported = codebook("export", csv.toString());
		assertEquals(0, exported.exitCode(), exported.err());
		String written = Files.readString(csv);
		// Commons CSV quotes a cell starting with '#' (a comment marker elsewhere): still the same CSV.
		assertTrue(written.startsWith("path,codable,color,description\n" + CPR + ",false,\"#4E79A7\","), written);

		Path other = tmp.resolve("other");
		run("new", other.toString());
		CliRun imported = run("codebook", other.toString(), "import", csv.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("18 codes added, 0 updated"), imported.out());
		CliRun again = run("codebook", other.toString(), "import", csv.toString());
		assertTrue(again.out().contains("0 codes added, 0 updated"), again.out());
	}

	@Test
	void badInputGetsAClearMessageAndChangesNothing() throws IOException {
		Map<String, Map<String, Object>> before = listed();
		CliRun unknown = codebook("rename", "Trust", "Mistrust");
		assertEquals(ExcerptaCli.EXIT_PROBLEM, unknown.exitCode());
		assertTrue(unknown.err().contains("no code \"Trust\""), unknown.err());
		CliRun clash = codebook("add", CONFLICT + " / relational");
		assertEquals(ExcerptaCli.EXIT_PROBLEM, clash.exitCode());
		assertTrue(clash.err().startsWith("excerpta codebook add: "), clash.err());
		CliRun cycle = codebook("move", KNOWLEDGE, "--to", KNOWLEDGE + " / Tacit");
		assertTrue(cycle.err().contains("own sub-codes"), cycle.err());
		CliRun neither = codebook("move", KNOWLEDGE);
		assertEquals(2, neither.exitCode(), "--to or --top is required");
		CliRun missing = codebook("import", tmp.resolve("nope.csv").toString());
		assertEquals(ExcerptaCli.EXIT_PROBLEM, missing.exitCode());
		assertTrue(missing.err().contains("nope.csv"), missing.err());
		assertEquals(before, listed());
	}

	@ParameterizedTest
	@ValueSource(strings = { "list", "add", "rename", "move", "merge", "delete", "import", "export" })
	void everySubcommandHasHelp(String command) {
		CliRun help = codebook(command, "--help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().startsWith("Usage: excerpta codebook " + command), help.out());
	}
}
