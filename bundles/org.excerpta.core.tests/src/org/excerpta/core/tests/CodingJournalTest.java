package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.store.CodingJournal;
import org.excerpta.core.store.CodingJournal.NewCoder;
import org.excerpta.core.store.CodingJournal.PassageCoding;
import org.excerpta.core.store.CodingJournal.Recorded;
import org.excerpta.core.store.ProjectLockedException;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codings recorded straight into the journal, without the model, are what the project holds when
 * it is next opened: the same objects the model's own coding makes, durable at once, and safe
 * against a torn journal and a second program.
 */
class CodingJournalTest {

	@TempDir
	Path tmp;
	private Path dir;
	private String answer;
	private String staffing;
	private String ana;
	private String existingSelection;
	private long changesBefore;

	@BeforeEach
	void aProjectWithOneCodedAnswer() {
		dir = tmp.resolve("project");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Journal test")) {
			User a = ModelElements.user("Ana", "ana");
			TextSource s = ModelElements.textSource("R001 · Comment", SourceKind.SURVEY_ANSWER, a);
			s.setPlainTextContent("Short staffed every night shift, and nobody listens.");
			s.setLength(52);
			Code c = ModelElements.code("Staffing levels", "#4E79A7", "", true);
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__USERS, a));
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, s));
			p.execute(AddCommand.create(p.editingDomain(), p.model().getCodebook(), Literals.CODEBOOK__CODES, c));
			Coding first = new Coder(p).code(s, 0, 13, c, a);
			answer = s.getGuid();
			staffing = c.getGuid();
			ana = a.getGuid();
			existingSelection = ((TextSelection) first.eContainer()).getGuid();
			changesBefore = p.store().changeCount();
		}
	}

	@Test
	void codingsRecordedWithoutTheModelAreThereWhenTheProjectOpens() {
		List<Recorded> recorded;
		String bo = ProjectStore.newGuid();
		try (CodingJournal journal = CodingJournal.open(dir)) {
			assertEquals(changesBefore, journal.changeCount());
			recorded = journal.record(new NewCoder(bo, "Bo"), List.of(
					new PassageCoding(answer, 36, 51, null, 1, staffing, bo), // a new passage
					new PassageCoding(answer, 0, 13, existingSelection, 0, staffing, bo))); // the passage Ana coded
			assertEquals(changesBefore + 1, journal.changeCount(), "one change, however many codings");
		}
		assertTrue(recorded.get(0).newSelection());
		assertFalse(recorded.get(1).newSelection());
		assertEquals(existingSelection, recorded.get(1).selectionGuid());

		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(changesBefore + 1, p.store().changeCount());
			TextSource s = (TextSource) p.store().find(answer);
			assertEquals(2, s.getSelections().size());
			TextSelection kept = s.getSelections().get(0);
			assertEquals(existingSelection, kept.getGuid());
			assertEquals(2, kept.getCodings().size(), "Bo's coding joined Ana's selection");
			TextSelection added = s.getSelections().get(1);
			assertEquals(recorded.get(0).selectionGuid(), added.getGuid());
			assertEquals(36, added.getStart());
			assertEquals(51, added.getEnd());
			User b = (User) p.store().find(bo);
			assertEquals("Bo", b.getName());
			assertTrue(p.model().getUsers().contains(b));
			Coding c = added.getCodings().get(0);
			assertEquals(recorded.get(0).codingGuid(), c.getGuid());
			assertEquals(staffing, c.getCode().getGuid());
			assertEquals(b, c.getCoder());
			assertEquals(b, added.getCreatingUser());
			assertTrue(c.getCreated() != null && added.getCreated() != null);
			assertTrue(p.store().warnings().isEmpty(), p.store().warnings().toString());
			// The model goes on from there: an undoable coding of its own on top.
			new Coder(p).code(s, 14, 35, c.getCode(), b);
			assertEquals(changesBefore + 2, p.store().changeCount());
		}
	}

	@Test
	void theProjectOpenedFromTheJournalTakesItOverWithEveryCodingRecorded() {
		CodingJournal journal = CodingJournal.open(dir);
		journal.record(null, List.of(new PassageCoding(answer, 36, 51, null, 1, staffing, ana)));
		try (ExcerptaProject p = ExcerptaProject.open(dir, journal)) {
			assertTrue(journal.isHandedOver());
			IllegalStateException late = assertThrows(IllegalStateException.class,
					() -> journal.record(null, List.of(new PassageCoding(answer, 14, 20, null, 1, staffing, ana))));
			assertTrue(late.getMessage().contains("finished loading"), late.getMessage());
			journal.close(); // lets nothing go: the project holds the lock
			assertThrows(ProjectLockedException.class, () -> ExcerptaProject.open(dir));
			TextSource s = (TextSource) p.store().find(answer);
			assertEquals(2, s.getSelections().size(), "the coding recorded before the model was read");
			assertEquals(changesBefore + 1, p.store().changeCount());
			new Coder(p).code(s, 14, 20, (Code) p.store().find(staffing), (User) p.store().find(ana));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(3, ((TextSource) p.store().find(answer)).getSelections().size());
			assertEquals(changesBefore + 2, p.store().changeCount());
		}
	}

	@Test
	void aSecondProgramCannotOpenTheProjectWhileCodingsAreRecorded() {
		try (CodingJournal journal = CodingJournal.open(dir)) {
			ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ExcerptaProject.open(dir));
			assertTrue(e.getMessage().contains("already open"), e.getMessage());
			assertThrows(ProjectLockedException.class, () -> CodingJournal.open(dir));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(changesBefore, p.store().changeCount(), "nothing was recorded, nothing changed");
		}
	}

	@Test
	void aTornLastChangeIsCutOffBeforeTheCodingIsAppended() throws Exception {
		Path journalFile;
		try (var files = Files.list(dir.resolve("model"))) {
			journalFile = files.filter(f -> f.getFileName().toString().startsWith("journal-")).findFirst().orElseThrow();
		}
		// A group cut short by a crash: a put without its commit, and half a line.
		Files.writeString(journalFile, "00000000 {\"put\":\"x\",\"class\":\"Code\"}\n{\"pu", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		try (CodingJournal journal = CodingJournal.open(dir)) {
			assertEquals(1, journal.warnings().size());
			assertTrue(journal.warnings().get(0).contains("incomplete last change"), journal.warnings().toString());
			journal.record(null, List.of(new PassageCoding(answer, 36, 51, null, 1, staffing, ana)));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertTrue(p.store().warnings().isEmpty(), "the torn tail is gone: " + p.store().warnings());
			TextSource s = (TextSource) p.store().find(answer);
			assertEquals(2, s.getSelections().size());
			assertEquals(changesBefore + 1, p.store().changeCount());
		}
	}

	@Test
	void aNewSelectionTakesItsPlaceInTextOrder() {
		try (CodingJournal journal = CodingJournal.open(dir)) {
			journal.record(null, List.of(new PassageCoding(answer, 36, 51, null, 1, staffing, ana)));
			// Before the first: the caller says where it goes.
			journal.record(null, List.of(new PassageCoding(answer, 0, 5, null, 0, staffing, ana)));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			TextSource s = (TextSource) p.store().find(answer);
			assertEquals(List.of(0, 0, 36), s.getSelections().stream().map(TextSelection::getStart).toList());
			assertEquals(List.of(5, 13, 51), s.getSelections().stream().map(TextSelection::getEnd).toList());
		}
	}
}
