package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.store.ProjectLockedException;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.core.store.ProjectStoreException;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a researcher relies on: every change is on disk at once, undoable, and the project opens as it was. */
class ProjectStoreTest {

	@TempDir
	Path tmp;

	private static Code addCode(ExcerptaProject p, String name) {
		Code c = ModelElements.code(name, "#336699", "definition of " + name, true);
		p.execute(AddCommand.create(p.editingDomain(), p.model().getCodebook(), Literals.CODEBOOK__CODES, c));
		return c;
	}

	private static List<String> codeNames(ExcerptaProject p) {
		return p.model().getCodebook().getCodes().stream().map(Code::getName).toList();
	}

	@Test
	void aChangeIsOnDiskWithoutSavingAndKeepsItsGuid() {
		Path dir = tmp.resolve("p");
		String guid;
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			guid = addCode(p, "Innovation").getGuid();
			// Read while still open: what another program would see after a crash now.
			try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir)) {
				assertEquals(List.of("Innovation"), codeNames(reader));
			}
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals("Study", p.name());
			Code c = p.model().getCodebook().getCodes().get(0);
			assertEquals(guid, c.getGuid());
			assertEquals("definition of Innovation", c.getDescription());
			assertEquals(c, p.store().find(guid));
		}
	}

	@Test
	void undoAndRedoAreDurableToo() {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			Code c = addCode(p, "Leadership");
			p.execute(SetCommand.create(p.editingDomain(), c, Literals.CODE__NAME, "Leaders"));
			p.commandStack().undo();
			assertOnDisk(dir, List.of("Leadership"));
			p.commandStack().undo();
			assertOnDisk(dir, List.of());
			p.commandStack().redo();
			assertOnDisk(dir, List.of("Leadership"));
		}
	}

	private static void assertOnDisk(Path dir, List<String> names) {
		try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir)) {
			assertEquals(names, codeNames(reader));
		}
	}

	@Test
	void orderMovesAndDeletionsSurviveReopeningAndCompaction() throws IOException {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			for (String n : List.of("A", "B", "C", "D")) {
				addCode(p, n);
			}
			Code b = p.model().getCodebook().getCodes().get(1);
			Code d = p.model().getCodebook().getCodes().get(3);
			p.execute(MoveCommand.create(p.editingDomain(), p.model().getCodebook(), Literals.CODEBOOK__CODES, d, 0));
			// B becomes a child of C (drag in the codebook), then A is deleted.
			Code c = p.model().getCodebook().getCodes().get(3);
			p.execute(AddCommand.create(p.editingDomain(), c, Literals.CODE__CHILDREN, b));
			p.execute(DeleteCommand.create(p.editingDomain(), p.model().getCodebook().getCodes().get(1)));
			assertEquals(List.of("D", "C"), codeNames(p));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("D", "C"), codeNames(p));
			assertEquals("B", p.model().getCodebook().getCodes().get(1).getChildren().get(0).getName());
			p.store().compact();
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("D", "C"), codeNames(p));
			assertEquals(1, p.model().getCodebook().getCodes().get(1).getChildren().size());
			try (Stream<Path> files = Files.list(dir.resolve("model"))) {
				assertEquals(List.of("journal-000002.jsonl", "snapshot-000002.jsonl"),
						files.map(f -> f.getFileName().toString()).sorted().toList(), "old generations are removed");
			}
		}
	}

	@Test
	void codingsKeepCoderCodeAndOffsetsAndDeletingACodeRemovesItsCodings() {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			User coder = ModelElements.user("Ann", "ann@example.org");
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__USERS, coder));
			Code code = addCode(p, "Finance");
			TextSource s = ModelElements.textSource("Answer 1", SourceKind.SURVEY_ANSWER, coder);
			s.setPlainTextContent("Budgets are tight 💷 and getting tighter.");
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, s));
			TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
			sel.setStart(0);
			sel.setEnd(19);
			Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
			coding.setCode(code);
			coding.setCoder(coder);
			sel.getCodings().add(coding);
			p.execute(AddCommand.create(p.editingDomain(), s, Literals.TEXT_SOURCE__SELECTIONS, sel));
			assertNotNull(sel.getGuid(), "objects get a GUID when they join the project");
			assertNotNull(coding.getGuid());
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			TextSource s = (TextSource) p.model().getSources().get(0);
			Coding coding = s.getSelections().get(0).getCodings().get(0);
			assertEquals("Finance", coding.getCode().getName());
			assertEquals("Ann", coding.getCoder().getName());
			assertEquals(19, s.getSelections().get(0).getEnd());
			assertEquals("Budgets are tight 💷 and getting tighter.", p.text(s));
			assertEquals(1, p.summary().codings());
			p.execute(DeleteCommand.create(p.editingDomain(), List.of(coding.getCode(), coding)));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(0, p.summary().codings());
			assertEquals(0, p.summary().codes());
			assertTrue(p.warnings().isEmpty(), p.warnings().toString());
		}
	}

	@Test
	void theChangeCountGrowsWithEveryDurableChangeAndSurvivesCompaction() {
		Path dir = tmp.resolve("p");
		long afterTwo;
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			long start = p.store().changeCount();
			addCode(p, "One");
			addCode(p, "Two");
			afterTwo = p.store().changeCount();
			assertEquals(start + 2, afterTwo);
			try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir)) {
				assertEquals(afterTwo, reader.store().changeCount(), "another program sees the same count");
			}
			assertEquals(afterTwo, ProjectStore.durableChangeCount(dir), "read from the files' ends, while the project is open");
			p.store().compact();
			assertEquals(afterTwo, p.store().changeCount(), "compacting changes nothing the user made");
			assertEquals(afterTwo, ProjectStore.durableChangeCount(dir), "from the new snapshot's end, its journal empty");
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(afterTwo, p.store().changeCount());
			addCode(p, "Three");
			p.commandStack().undo();
			assertEquals(afterTwo + 2, p.store().changeCount(), "an undo is a change too");
			assertEquals(afterTwo + 2, ProjectStore.durableChangeCount(dir));
		}
	}

	@Test
	void theChangeCountReadFromTheEndsPassesOverATornLastChange() throws IOException {
		Path dir = tmp.resolve("p");
		long durable;
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			for (int i = 0; i < 300; i++) {
				addCode(p, "Code " + i + " " + "x".repeat(300)); // a journal of several of the reader's 64 KB blocks
			}
			durable = p.store().changeCount();
		}
		Path journal = dir.resolve("model/journal-000001.jsonl");
		List<String> lines = Files.readAllLines(journal);
		String lastPut = lines.get(lines.size() - 2); // a valid record of the last group, without its commit after it
		Files.writeString(journal, lastPut + "\n" + lastPut + "\n" + "0badc0de {\"commit\":99", java.nio.file.StandardOpenOption.APPEND);
		assertEquals(durable, ProjectStore.durableChangeCount(dir), "the group without its commit and the cut line are not counted");
		try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir)) {
			assertEquals(durable, reader.store().changeCount(), "opening finds the same");
		}
		ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ProjectStore.durableChangeCount(tmp.resolve("none")));
		assertTrue(e.getMessage().contains("no such project folder"), e.getMessage());
	}

	@Test
	void aSecondProgramIsRefusedClearlyAndCanStillRead() {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			addCode(p, "Tacit");
			ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ExcerptaProject.open(dir));
			assertTrue(e.getMessage().contains("already open in another Excerpta"), e.getMessage());
			assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
			try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir)) {
				assertEquals(List.of("Tacit"), codeNames(reader));
				assertThrows(IllegalStateException.class, () -> addCode(reader, "no"));
			}
		}
		ExcerptaProject.open(dir).close(); // released on close
	}

	@Test
	void codingAnAnswerRecordsTheCodingWithoutWritingTheAnswerAgain() throws IOException {
		Path dir = tmp.resolve("p");
		String answer = "Our new chief executive stayed two years; every plan restarted with the next one.";
		String answerGuid;
		List<String> linesOfTheCoding;
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			TextSource source = ModelElements.textSource("R1 - Q1", SourceKind.SURVEY_ANSWER, null);
			source.setPlainTextContent(answer);
			source.setLength(answer.codePointCount(0, answer.length()));
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, source));
			Code tenure = addCode(p, "Tenure of leaders");
			answerGuid = source.getGuid();
			long before = Files.readAllLines(dir.resolve("model/journal-000001.jsonl")).size();
			Coder coder = new Coder(p);
			coder.code(source, 4, 40, tenure, coder.coder("Ann"));
			coder.code(source, 42, 80, tenure, coder.coder("Ann"));
			p.commandStack().undo(); // the second coding taken back: its selection is deleted
			List<String> lines = Files.readAllLines(dir.resolve("model/journal-000001.jsonl"));
			linesOfTheCoding = lines.subList((int) before, lines.size());
		}
		String written = String.join("\n", linesOfTheCoding);
		assertTrue(written.contains("\"class\":\"TextSelection\"") && written.contains("\"class\":\"Coding\""), written);
		assertTrue(written.contains("\"delete\""), "the undone coding's selection is deleted: " + written);
		assertFalse(written.contains("\"put\":\"" + answerGuid + "\""), "the answer's record is not written again: " + written);
		assertFalse(written.contains("chief executive"), "nor its text");
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			TextSource source = (TextSource) p.model().getSources().get(0);
			assertEquals(answer, source.getPlainTextContent());
			assertEquals(1, source.getSelections().size(), "the kept coding, not the undone one");
			TextSelection kept = source.getSelections().get(0);
			assertEquals(List.of(4, 40), List.of(kept.getStart(), kept.getEnd()));
			assertEquals("Tenure of leaders", kept.getCodings().get(0).getCode().getName());
		}
	}

	@Test
	void attributeValuesAreStoredInTheirCaseAndSurviveEditsUndoAndCompaction() throws IOException {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			Variable role = ModelElements.variable("Role", VariableType.TEXT);
			Variable site = ModelElements.variable("Site", VariableType.TEXT);
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__VARIABLES, List.of(role, site)));
			Case nurse = ModelElements.aCase("R1");
			nurse.getValues().add(ModelElements.value(role, "Nurse"));
			nurse.getValues().add(ModelElements.value(site, "North"));
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, nurse));
			// Corrections a researcher makes in the survey grid: a value changed, one removed and put back.
			p.execute(SetCommand.create(p.editingDomain(), nurse.getValues().get(1), Literals.VARIABLE_VALUE__VALUE, "South"));
			p.execute(RemoveCommand.create(p.editingDomain(), nurse.getValues().get(0)));
			p.commandStack().undo();
		}
		String journal = Files.readString(dir.resolve("model/journal-000001.jsonl"));
		assertFalse(journal.contains("\"VariableValue\""), "values are not records of their own");
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("Role=Nurse", "Site=South"), values(p.model().getCases().get(0)));
			p.store().compact();
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			Case c = p.model().getCases().get(0);
			assertEquals(List.of("Role=Nurse", "Site=South"), values(c));
			assertSame(p.model().getVariables().get(0), c.getValues().get(0).getVariable(), "the value refers to the project's variable");
		}
	}

	@Test
	void aLongJournalIsFoldedOnCloseButAShortOneBesideALargeSnapshotIsLeftAsItIs() throws IOException {
		Path dir = tmp.resolve("p");
		// 3,000 answers of 20,000 characters: a 60 MB journal, folded into the snapshot on close.
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Survey")) {
			addLongAnswers(p, 0, 3_000);
		}
		List<String> compacted = modelFiles(dir);
		assertEquals(List.of("journal-000002.jsonl", "snapshot-000002.jsonl"), compacted, "the long journal was folded in");
		assertEquals(0, Files.size(dir.resolve("model/journal-000002.jsonl")));
		// 300 more: a 6 MB journal, over the 4 MB floor but under an eighth of the 60 MB snapshot.
		// Writing the whole project again (and git storing a new snapshot whole) would not pay.
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			addLongAnswers(p, 3_000, 300);
		}
		assertEquals(compacted, modelFiles(dir), "the short journal was left beside the snapshot");
		assertTrue(Files.size(dir.resolve("model/journal-000002.jsonl")) > 4L << 20);
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(3_300, p.model().getSources().size(), "the journal's answers are read on open");
			assertEquals("R3299 - Q1", p.model().getSources().get(3_299).getName());
		}
	}

	private static void addLongAnswers(ExcerptaProject p, int first, int count) {
		List<TextSource> answers = new java.util.ArrayList<>();
		for (int i = first; i < first + count; i++) {
			TextSource answer = ModelElements.textSource("R" + i + " - Q1", SourceKind.SURVEY_ANSWER, null);
			answer.setPlainTextContent(("Answer " + i + ": the rota changed again this week. ").repeat(500).substring(0, 20_000));
			answers.add(answer);
		}
		p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, answers));
	}

	private static List<String> modelFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir.resolve(ProjectStore.MODEL_DIR))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSurveyOfManyRespondentsSurvivesCompactionWholeAndInOrder() throws IOException {
		// Enough records that the snapshot is written in several chunks by its writing thread.
		int respondents = 6_000;
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Survey")) {
			Variable role = ModelElements.variable("Role", VariableType.TEXT);
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__VARIABLES, role));
			List<TextSource> answers = new java.util.ArrayList<>();
			List<Case> cases = new java.util.ArrayList<>();
			for (int i = 0; i < respondents; i++) {
				TextSource answer = ModelElements.textSource("R" + i + " - Q1", SourceKind.SURVEY_ANSWER, null);
				answer.setPlainTextContent("Answer number " + i + " \u00e9\"quoted\"\n");
				answers.add(answer);
				Case c = ModelElements.aCase("R" + i);
				c.getValues().add(ModelElements.value(role, i % 2 == 0 ? "Nurse" : "Manager"));
				c.getSources().add(answer);
				cases.add(c);
			}
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, answers));
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, cases));
			p.store().compact();
			assertEquals(0, p.store().journalSize(), "everything is in the new snapshot");
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(respondents, p.model().getSources().size());
			assertEquals(respondents, p.model().getCases().size());
			for (int i = 0; i < respondents; i += 997) {
				TextSource answer = (TextSource) p.model().getSources().get(i);
				Case c = p.model().getCases().get(i);
				assertEquals("R" + i + " - Q1", answer.getName());
				assertEquals("Answer number " + i + " \u00e9\"quoted\"\n", answer.getPlainTextContent());
				assertEquals("R" + i, c.getName());
				assertEquals(List.of(i % 2 == 0 ? "Role=Nurse" : "Role=Manager"), values(c));
				assertSame(answer, c.getSources().get(0), "the case still links its answer");
			}
		}
	}

	@Test
	void aProjectOfStorageFormatOneIsReadAndMarkedTwoWhenWritten() throws IOException {
		Path dir = tmp.resolve("old");
		Files.createDirectories(dir.resolve("model"));
		Files.writeString(dir.resolve("excerpta.project"), "{\"application\":\"Excerpta\",\"format\":1,\"guid\":\"p-1\",\"name\":\"Old\"}\n");
		// Written as Excerpta wrote projects before values moved into their case's record.
		Files.writeString(dir.resolve("model/snapshot-000001.jsonl"), lines(
				"{\"put\":\"p-1\",\"class\":\"Project\",\"attrs\":{\"name\":\"Old\",\"created\":\"2025-03-30T01:30:00.250+0200\"}}",
				"{\"put\":\"v-1\",\"class\":\"Variable\",\"in\":\"p-1\",\"feature\":\"variables\",\"at\":0,\"attrs\":{\"name\":\"Role\",\"type\":\"Text\"}}",
				"{\"put\":\"c-1\",\"class\":\"Case\",\"in\":\"p-1\",\"feature\":\"cases\",\"at\":0,\"attrs\":{\"name\":\"R1\"}}",
				"{\"put\":\"vv-1\",\"class\":\"VariableValue\",\"in\":\"c-1\",\"feature\":\"values\",\"at\":0,\"attrs\":{\"value\":\"Nurse\"},\"refs\":{\"variable\":\"v-1\"}}",
				"{\"commit\":1,\"records\":4}"));
		Files.writeString(dir.resolve("model/journal-000001.jsonl"), lines(
				"{\"put\":\"vv-1\",\"class\":\"VariableValue\",\"in\":\"c-1\",\"feature\":\"values\",\"at\":0,\"attrs\":{\"value\":\"Doctor\"},\"refs\":{\"variable\":\"v-1\"}}",
				"{\"commit\":2,\"records\":1}"));
		try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir)) {
			assertEquals(List.of("Role=Doctor"), values(reader.model().getCases().get(0)));
			assertEquals(Instant.parse("2025-03-29T23:30:00.250Z"), reader.model().getCreated().toInstant(), "dates keep their offset");
		}
		assertTrue(Files.readString(dir.resolve("excerpta.project")).contains("\"format\":1"), "reading alone changes nothing");
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertTrue(Files.readString(dir.resolve("excerpta.project")).contains("\"format\" : 2"));
			Case c = p.model().getCases().get(0);
			p.execute(SetCommand.create(p.editingDomain(), c.getValues().get(0), Literals.VARIABLE_VALUE__VALUE, "Manager"));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("Role=Manager"), values(p.model().getCases().get(0)), "the old value is replaced, not kept beside");
			assertNull(p.store().find("vv-1"));
		}
	}

	private static List<String> values(Case c) {
		return c.getValues().stream().map(v -> v.getVariable().getName() + "=" + v.getValue()).toList();
	}

	/** Record lines with their checksums, as the store writes them. */
	private static String lines(String... json) {
		StringBuilder out = new StringBuilder();
		for (String j : json) {
			CRC32 crc = new CRC32();
			crc.update(j.getBytes(StandardCharsets.UTF_8));
			out.append(String.format("%08x", crc.getValue())).append(' ').append(j).append('\n');
		}
		return out.toString();
	}

	@Test
	void aProjectFromANewerExcerptaIsRefusedAndLeftUntouched() throws IOException {
		Path dir = tmp.resolve("p");
		ExcerptaProject.create(dir, "Study").close();
		Path header = dir.resolve("excerpta.project");
		Files.writeString(header, Files.readString(header).replaceAll("\"format\" : \\d+", "\"format\" : 7"));
		byte[] before = snapshotBytes(dir);
		ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ExcerptaProject.open(dir));
		assertTrue(e.getMessage().contains("excerpta.project"), e.getMessage());
		assertTrue(e.getMessage().contains("newer Excerpta"), e.getMessage());
		assertArrayEquals(before, snapshotBytes(dir));
	}

	@Test
	void unreadableFilesAreNamedAndNothingIsOverwritten() throws IOException {
		Path notAProject = Files.createDirectories(tmp.resolve("empty"));
		ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ExcerptaProject.open(notAProject));
		assertTrue(e.getMessage().contains("not an Excerpta project"), e.getMessage());

		Path dir = tmp.resolve("p");
		ExcerptaProject.create(dir, "Study").close();
		Path header = dir.resolve("excerpta.project");
		Files.writeString(header, "{ this is not json");
		e = assertThrows(ProjectStoreException.class, () -> ExcerptaProject.open(dir));
		assertTrue(e.getMessage().startsWith(header.toString()), e.getMessage());
		assertEquals("{ this is not json", Files.readString(header));
	}

	@Test
	void damageInTheMiddleOfTheJournalIsRefusedWithTheLineNumber() throws IOException {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			addCode(p, "One");
			addCode(p, "Two");
		}
		Path journal = dir.resolve("model/journal-000001.jsonl");
		List<String> lines = Files.readAllLines(journal);
		int damagedLine = 0;
		while (!lines.get(damagedLine).contains("\"One\"")) {
			damagedLine++;
		}
		lines.set(damagedLine, lines.get(damagedLine).replace("\"One\"", "\"Uno\"")); // checksum no longer matches
		Files.write(journal, lines);
		byte[] damaged = Files.readAllBytes(journal);
		ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ExcerptaProject.open(dir));
		assertTrue(e.getMessage().contains("journal-000001.jsonl"), e.getMessage());
		assertTrue(e.getMessage().contains("line " + (damagedLine + 1) + " is damaged"), e.getMessage());
		assertArrayEquals(damaged, Files.readAllBytes(journal), "a damaged journal is never rewritten");
	}

	@Test
	void aChangeCutOffByACrashIsLeftOutAndReported() throws IOException {
		Path dir = tmp.resolve("p");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			addCode(p, "Kept");
		}
		Path journal = dir.resolve("model/journal-000001.jsonl");
		String half = "0badc0de {\"put\":\"x\",\"class\":\"Code\",\"in\":";
		Files.writeString(journal, half, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("Kept"), codeNames(p));
			assertEquals(1, p.warnings().size());
			assertTrue(p.warnings().get(0).contains("incomplete last change"), p.warnings().get(0));
			addCode(p, "After");
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("Kept", "After"), codeNames(p));
			assertTrue(p.warnings().isEmpty());
		}
	}

	@Test
	void aNewProjectNeedsANewOrEmptyFolder() throws IOException {
		Path full = Files.createDirectories(tmp.resolve("full"));
		Files.writeString(full.resolve("thesis.docx"), "precious");
		ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ExcerptaProject.create(full, "x"));
		assertTrue(e.getMessage().contains("not empty"), e.getMessage());
		assertEquals("precious", Files.readString(full.resolve("thesis.docx")));
	}

	private static byte[] snapshotBytes(Path dir) throws IOException {
		return Files.readAllBytes(dir.resolve("model/snapshot-000001.jsonl"));
	}
}
