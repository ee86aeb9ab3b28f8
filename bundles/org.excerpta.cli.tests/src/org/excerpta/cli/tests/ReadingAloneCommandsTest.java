package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.excerpta.index.ProjectIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * counts, excerpts and search read the index alone when it reflects every change of the project
 * (no model loaded), and otherwise open the project. Both ways must print the same, character for
 * character: each command is run once with the index removed (the project is opened and the index
 * rebuilt) and once more, reading the index alone.
 */
class ReadingAloneCommandsTest {

	private static final String FRAMEWORK = "Commissioner-provider relationships framework / ";
	private static final String RELATIONAL = FRAMEWORK + "Conflict and tension between partners / Relational";
	private static final String TACIT = FRAMEWORK + "Knowledge management / Tacit";

	@TempDir
	Path tmp;

	@Test
	void readingCommandsPrintTheSameWithAndWithoutLoadingTheProject() throws IOException {
		Path dir = sampleCodedByTwoCoders("sample");
		String d = dir.toString();
		assertOk(CliRun.run("code", d, "--code", TACIT, "--query", "experience", "--unit", "answer", "--coder", "Ann"));

		List<String[]> commands = new ArrayList<>();
		commands.add(new String[] { "counts", d });
		commands.add(new String[] { "counts", d, "--json" });
		commands.add(new String[] { "counts", d, "--population", "60" });
		commands.add(new String[] { "counts", d, "--by", "Role" });
		commands.add(new String[] { "counts", d, "--by", "Role", "--compare", "GP,Manager" });
		commands.add(new String[] { "counts", d, "--cooccurrence" });
		commands.add(new String[] { "counts", d, "--where", "Role=GP", "--csv" });
		commands.add(new String[] { "counts", d, "--where", "Organisation=Provider", "--by", "Role" });
		commands.add(new String[] { "analyze", d, "code-frequencies", "--where", "Role=GP" });
		commands.add(new String[] { "analyze", d, "code-frequencies", "--code", FRAMEWORK + "Knowledge management", "--option", "population=60" });
		commands.add(new String[] { "analyze", d, "codes-by-attribute", "--option", "attribute=Role", "--json" });
		commands.add(new String[] { "analyze", d, "codes-by-attribute", "--where", "Organisation=Provider" });
		commands.add(new String[] { "analyze", d, "cooccurrence", "--option", "unit=overlap", "--csv" });
		commands.add(new String[] { "analyze", d, "code-network" });
		commands.add(new String[] { "analyze", d, "codes-by-attribute", "--option", "size=3" });
		commands.add(new String[] { "analyze", d, "code-frequencies", "--code", "No such code" });
		commands.add(new String[] { "codebook", d, "list" });
		commands.add(new String[] { "codebook", d, "list", "--json" });
		commands.add(new String[] { "excerpts", d, "--code", TACIT });
		commands.add(new String[] { "excerpts", d, "--code", TACIT, "--coder", "Ben", "--json" });
		commands.add(new String[] { "excerpts", d, "--code", RELATIONAL, "--where", "Role=GP", "--context", "200" });
		commands.add(new String[] { "excerpts", d, "--code", TACIT, "--and", RELATIONAL });
		commands.add(new String[] { "search", d, "trust" });
		commands.add(new String[] { "search", d, "trust", "--code", RELATIONAL, "--json" });
		commands.add(new String[] { "excerpts", d, "--code", "No such code" });
		commands.add(new String[] { "excerpts", d, "--code", TACIT, "--coder", "Nobody" });

		for (String[] command : commands) {
			removeIndex(dir);
			CliRun withProject = CliRun.run(command);
			if ((withProject.exitCode() != 0 || command[0].equals("codebook")) && readAlone(dir) == null) {
				// Refused before the index was opened, or a codebook listing, which reads the model
				// rather than build an index it does not need: the index is made current here.
				assertOk(CliRun.run("counts", d));
			}
			assertNotNull(readAlone(dir), "the command left a current index behind: " + String.join(" ", command));
			CliRun alone = CliRun.run(command);
			assertEquals(withProject.exitCode(), alone.exitCode(), String.join(" ", command) + "\n" + alone.err());
			assertEquals(withProject.out(), alone.out(), String.join(" ", command));
			assertEquals(withProject.err(), alone.err(), String.join(" ", command));
		}
		CliRun tacit = CliRun.run("excerpts", d, "--code", TACIT);
		assertTrue(tacit.out().contains(">>") && !tacit.out().startsWith("0 excerpts"), tacit.out());
		assertTrue(CliRun.run("excerpts", d, "--code", "No such code").err().contains("there is no code \"No such code\""));
	}

	/**
	 * info answers from the index alone when it is current: the same lines as from the model, for a
	 * project with codings by two coders and with memos. A record damaged in the middle of the
	 * snapshot, which reading the model refuses, shows that the model was not read.
	 */
	@Test
	void infoPrintsTheSameFromTheIndexAlone() throws IOException {
		Path dir = sampleCodedByTwoCoders("info");
		String d = dir.toString();
		assertNotNull(readAlone(dir), "coding left a current index behind");

		CliRun alone = CliRun.run("info", d);
		CliRun aloneJson = CliRun.run("info", d, "--json");
		assertOk(alone);
		Path snapshot;
		try (Stream<Path> files = Files.list(dir.resolve("model"))) {
			snapshot = files.filter(f -> f.getFileName().toString().startsWith("snapshot-")).findFirst().orElseThrow();
		}
		byte[] original = Files.readAllBytes(snapshot);
		byte[] damaged = original.clone();
		int middle = damaged.length / 2;
		damaged[middle] = (byte) (damaged[middle] == 'x' ? 'y' : 'x');
		Files.write(snapshot, damaged);
		assertEquals(alone.out(), CliRun.run("info", d).out(), "info read the model, not the index alone");
		removeIndex(dir);
		assertTrue(CliRun.run("info", d).exitCode() != 0, "reading the model refuses the damaged snapshot");
		Files.write(snapshot, original);

		assertNull(readAlone(dir));
		CliRun withProject = CliRun.run("info", d);
		assertOk(withProject);
		assertEquals(withProject.out(), alone.out());
		assertEquals(CliRun.run("info", d, "--json").out(), aloneJson.out());
		assertTrue(alone.out().contains("Codings") && alone.out().contains("Memos"), alone.out());
		assertTrue(alone.err().isEmpty(), alone.err());
	}

	/**
	 * agreement reads the index alone when it is current: the same figures, notes and disagreements,
	 * character for character, as from the model, for every unit the index can cut (a damaged
	 * snapshot, which reading the model refuses, shows the model was not read). The speaker turns
	 * are the model's: with the unit "turn" the command reads the project, and prints the same.
	 */
	@Test
	void agreementPrintsTheSameFromTheIndexAlone() throws IOException {
		Path dir = sampleCodedByTwoCoders("agreement");
		String d = dir.toString();
		// More codings, so that the two coders agree in places and differ in others, on both codes.
		assertOk(CliRun.run("code", d, "--code", RELATIONAL, "--query", "relationship*", "--unit", "answer", "--coder", "Ben"));
		assertOk(CliRun.run("code", d, "--code", RELATIONAL, "--query", "trust", "--unit", "sentence", "--coder", "Ben"));
		assertOk(CliRun.run("code", d, "--code", TACIT, "--query", "experience", "--unit", "turn", "--coder", "Ann"));
		String interview;
		try (ProjectIndex index = ProjectIndex.openForReading(dir)) {
			interview = index.sources().stream().filter(x -> !x.surveyAnswer()).findFirst().orElseThrow().name();
		}
		List<String[]> commands = new ArrayList<>();
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben" });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben", "--json" });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben", "--unit", "answer", "--disagreements", "100" });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben", "--unit", "paragraph", "--include-uncoded" });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben", "--unit", "line", "--code", RELATIONAL });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben", "--unit", "overlap", "--json" });
		commands.add(new String[] { "agreement", d, "--coders", "Ben,Ann", "--source", interview, "--include-uncoded" });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Zed" });
		commands.add(new String[] { "agreement", d, "--coders", "Ann,Ben", "--code", "No such code" });
		Path snapshot;
		try (Stream<Path> files = Files.list(dir.resolve("model"))) {
			snapshot = files.filter(f -> f.getFileName().toString().startsWith("snapshot-")).findFirst().orElseThrow();
		}
		byte[] original = Files.readAllBytes(snapshot);
		byte[] damaged = original.clone();
		damaged[damaged.length / 2] = (byte) (damaged[damaged.length / 2] == 'x' ? 'y' : 'x');
		for (String[] command : commands) {
			removeIndex(dir);
			CliRun withProject = CliRun.run(command);
			assertOk(CliRun.run("counts", d));
			Files.write(snapshot, damaged);
			CliRun alone = CliRun.run(command);
			Files.write(snapshot, original);
			String c = String.join(" ", command);
			assertEquals(withProject.exitCode(), alone.exitCode(), c + "\n" + alone.err());
			assertEquals(withProject.out(), alone.out(), c);
			assertEquals(withProject.err(), alone.err(), c);
		}
		CliRun all = CliRun.run("agreement", d, "--coders", "Ann,Ben", "--json");
		assertTrue(all.out().contains("\"codedBy\":[\"Ann\"]") && all.out().contains("\"codedBy\":[\"Ben\"]")
				&& all.out().contains("\"codedBy\":[\"Ann\",\"Ben\"]") == false, "disagreements both ways: " + all.out());
		assertTrue(all.out().contains("\"cohensKappa\":0.") || all.out().contains("\"cohensKappa\":-0."), all.out());

		// What only the project knows: speaker turns, and whether a name is a set's.
		for (String[] command : List.of(new String[] { "agreement", d, "--coders", "Ann,Ben", "--unit", "turn" },
				new String[] { "agreement", d, "--coders", "Ann,Ben", "--source", "No such source" })) {
			assertNotNull(readAlone(dir));
			CliRun current = CliRun.run(command);
			removeIndex(dir);
			CliRun withProject = CliRun.run(command);
			assertOk(CliRun.run("counts", d));
			assertEquals(withProject.exitCode(), current.exitCode(), String.join(" ", command));
			assertEquals(withProject.out(), current.out(), "read from the project with or without a current index");
			assertEquals(withProject.err(), current.err());
		}
		assertTrue(CliRun.run("agreement", d, "--coders", "Ann,Ben", "--source", "No such source").err()
				.contains("there is no source or set named \"No such source\""));
	}

	/**
	 * export writes its tables (CSV, XLSX) and the code network (GEXF) from the index alone when it
	 * is current: the same files, cell for cell, as from the model, for codings made with the model
	 * and made from the index alone, with filters, chosen codes and attributes. A damaged snapshot,
	 * which reading the model refuses, shows that the model was not read.
	 */
	@Test
	void exportsWriteTheSameFilesFromTheIndexAlone() throws IOException {
		Path dir = sampleCodedByTwoCoders("export");
		String d = dir.toString();
		List<String[]> exports = List.of(new String[] { "--format", "csv" }, new String[] { "--format", "csv", "--where", "Role=GP" },
				new String[] { "--format", "csv", "--code", FRAMEWORK + "Knowledge management", "--by", "Role", "--percent", "row" },
				new String[] { "--format", "csv", "--overlap", "--population", "60" }, new String[] { "--format", "xlsx" },
				new String[] { "--format", "gexf" }, new String[] { "--format", "gexf", "--where", "Organisation=Provider" });
		Path snapshot;
		try (Stream<Path> files = Files.list(dir.resolve("model"))) {
			snapshot = files.filter(f -> f.getFileName().toString().startsWith("snapshot-")).findFirst().orElseThrow();
		}
		byte[] original = Files.readAllBytes(snapshot);
		int n = 0;
		for (String[] export : exports) {
			String[] how = java.util.Arrays.copyOf(export, export.length);
			String ext = how[1].equals("csv") ? "" : "." + how[1];
			Path viaModel = tmp.resolve("model-" + n + ext);
			Path viaIndex = tmp.resolve("alone-" + n + ext);
			n++;
			removeIndex(dir);
			CliRun withProject = CliRun.run(withArgs("export", d, concat(new String[] { viaModel.toString() }, how)));
			assertOk(withProject);
			if (readAlone(dir) == null) {
				assertOk(CliRun.run("counts", d)); // the export read a stale index it did not need to commit
			}
			byte[] damaged = original.clone();
			damaged[damaged.length / 2] = (byte) (damaged[damaged.length / 2] == 'x' ? 'y' : 'x');
			Files.write(snapshot, damaged);
			CliRun alone = CliRun.run(withArgs("export", d, concat(new String[] { viaIndex.toString() }, how)));
			Files.write(snapshot, original);
			assertOk(alone);
			assertEquals(withProject.out().replace(viaModel.toString(), "OUT"), alone.out().replace(viaIndex.toString(), "OUT"),
					String.join(" ", how));
			assertEquals(contents(viaModel), contents(viaIndex), String.join(" ", how));
		}
		String excerpts = Files.readString(tmp.resolve("alone-0").resolve("excerpts.csv"));
		assertTrue(excerpts.contains("coded on") && excerpts.matches("(?s).*,20\\d\\d-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d.*"),
				"the excerpts carry when they were coded: " + excerpts.substring(0, Math.min(600, excerpts.length())));
		assertTrue(Files.readString(tmp.resolve("alone-2").resolve("codes-by-Role.csv")).contains("Tacit"));
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/**
	 * What an export wrote, to compare: each CSV file of a folder, or a file's bytes; of a workbook,
	 * the sheets and their strings (its properties carry the time it was written).
	 */
	private static java.util.Map<String, String> contents(Path out) throws IOException {
		java.util.Map<String, String> all = new java.util.TreeMap<>();
		if (Files.isDirectory(out)) {
			try (Stream<Path> files = Files.list(out)) {
				for (Path f : files.toList()) {
					all.put(f.getFileName().toString(), Files.readString(f));
				}
			}
		} else if (out.toString().endsWith(".xlsx")) {
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
				for (var e : java.util.Collections.list(zip.entries())) {
					if (e.getName().startsWith("xl/")) {
						all.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
					}
				}
			}
		} else {
			all.put(out.getFileName().toString().replaceFirst("^(model|alone)-", ""), Files.readString(out));
		}
		assertTrue(!all.isEmpty(), "nothing written to " + out);
		return all;
	}

	/**
	 * Autocoding whole answers, turns and a question's answers codes from the index alone when it is
	 * current: the same output, and the same project afterwards, as when the project is opened.
	 */
	@Test
	void codingFromTheIndexAloneLeavesTheProjectAsCodingWithTheModel() throws IOException {
		Path withModel = tmp.resolve("with-model");
		Path alone = tmp.resolve("alone");
		assertEquals(0, CliRun.run("sample", withModel.toString()).exitCode());
		assertEquals(0, CliRun.run("sample", alone.toString()).exitCode());
		assertOk(CliRun.run("counts", alone.toString())); // leaves a current index behind
		List<String[]> codings = List.of(
				new String[] { "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--coder", "Ann", "--preview" },
				new String[] { "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--coder", "Ann" },
				new String[] { "--code", TACIT, "--query", "know*", "--unit", "turn", "--coder", "Ben" },
				new String[] { "--code", TACIT, "--question", "q_change", "--coder", "Ann" },
				new String[] { "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--coder", "Ann" },
				new String[] { "--code", FRAMEWORK + "Knowledge management", "--question", "q_change" },
				new String[] { "--code", TACIT, "--question", "no_such_question" });
		for (String[] coding : codings) {
			assertSameWithModelAndAlone("code", coding, withModel, alone);
		}
		assertTrue(CliRun.run("code", alone.toString(), "--code", TACIT, "--question", "q_change", "--coder", "Ann").out()
				.startsWith("0 passages coded"), "coded already");
		// New codes, from the index alone as the editor adds them with the model: names, colours, places, refusals.
		List<String[]> additions = List.of(new String[] { "add", "Trust" },
				new String[] { "add", "Patient voice / Complaints", "--color", "#123456", "--description", "Formal and informal." },
				new String[] { "add", FRAMEWORK + "Innovation / Small wins" }, new String[] { "add", "trust" },
				new String[] { "add", "Trust" }, new String[] { "add", "Bad colour", "--color", "blue" });
		for (String[] addition : additions) {
			assertSameWithModelAndAlone("codebook", addition, withModel, alone);
		}
		assertNotNull(readAlone(alone), "adding codes leaves the index current");
		for (String[] reading : List.of(new String[] { "excerpts", "--code", TACIT }, new String[] { "excerpts", "--code", RELATIONAL,
				"--where", "Role=GP" }, new String[] { "counts", "--by", "Role" }, new String[] { "info" },
				new String[] { "codebook", "list" })) {
			CliRun a = CliRun.run(withArgs(reading[0], withModel.toString(), java.util.Arrays.copyOfRange(reading, 1, reading.length)));
			CliRun b = CliRun.run(withArgs(reading[0], alone.toString(), java.util.Arrays.copyOfRange(reading, 1, reading.length)));
			assertOk(b);
			assertEquals(a.out().replace(withModel.toString(), "DIR"), b.out().replace(alone.toString(), "DIR"), String.join(" ", reading));
		}
	}

	/**
	 * Runs a command that changes the project on two copies of it: one whose index is removed first
	 * (so the project itself is opened), one whose index is current (so it works from the index
	 * alone). Both must say and exit the same.
	 */
	private static void assertSameWithModelAndAlone(String command, String[] args, Path withModel, Path alone) throws IOException {
		removeIndex(withModel); // the project is opened
		CliRun viaModel = CliRun.run(withArgs(command, withModel.toString(), args));
		assertNotNull(readAlone(alone), "current before: " + String.join(" ", args));
		CliRun viaIndex = CliRun.run(withArgs(command, alone.toString(), args));
		assertEquals(viaModel.exitCode(), viaIndex.exitCode(), String.join(" ", args) + "\n" + viaIndex.err());
		assertEquals(viaModel.out(), viaIndex.out(), String.join(" ", args));
		assertEquals(viaModel.err(), viaIndex.err(), String.join(" ", args));
	}

	private static String[] withArgs(String command, String dir, String[] rest) {
		String[] all = new String[rest.length + 2];
		all[0] = command;
		all[1] = dir;
		System.arraycopy(rest, 0, all, 2, rest.length);
		return all;
	}

	@Test
	void aChangeNotYetInTheIndexIsSeen() {
		Path dir = tmp.resolve("sample");
		String d = dir.toString();
		assertEquals(0, CliRun.run("sample", d).exitCode());
		assertOk(CliRun.run("counts", d));
		assertNotNull(readAlone(dir));
		assertOk(CliRun.run("codebook", d, "add", "Brand new code"));
		CliRun counts = CliRun.run("counts", d);
		assertOk(counts);
		assertTrue(counts.out().contains("Brand new code"), "the new code is listed: " + counts.out());
	}

	/** The sample project with answers (inline text) and transcript turns (text files) coded by two coders. */
	private Path sampleCodedByTwoCoders(String name) {
		Path dir = tmp.resolve(name);
		String d = dir.toString();
		assertEquals(0, CliRun.run("sample", d).exitCode());
		assertOk(CliRun.run("code", d, "--code", RELATIONAL, "--query", "trust", "--unit", "answer", "--coder", "Ann"));
		assertOk(CliRun.run("code", d, "--code", TACIT, "--query", "know*", "--unit", "turn", "--coder", "Ben"));
		return dir;
	}

	private static ProjectIndex readAlone(Path dir) {
		ProjectIndex index = ProjectIndex.openForReading(dir);
		if (index != null) {
			index.close();
		}
		return index;
	}

	private static void assertOk(CliRun run) {
		assertEquals(0, run.exitCode(), run.err());
	}

	private static void removeIndex(Path dir) throws IOException {
		Files.createDirectories(dir.resolve("index"));
		try (Stream<Path> files = Files.list(dir.resolve("index"))) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
		assertNull(readAlone(dir));
	}
}
