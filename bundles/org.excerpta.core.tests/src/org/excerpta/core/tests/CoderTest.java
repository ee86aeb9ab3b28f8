package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Memo;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding passages: offsets in code points, one selection per passage, one step per action. */
class CoderTest {

	static final String CPR = CodebookEditorTest.CPR;
	static final String EMOJI_ANSWER = "Honestly \uD83D\uDE0A the trust is back, mostly.";

	@TempDir
	Path tmp;

	Path dir;
	ExcerptaProject project;
	CodebookEditor editor;
	Coder coder;
	User ann;
	Code leadership;
	Code innovation;

	@BeforeEach
	void openSample() {
		dir = tmp.resolve("sample");
		project = SampleProject.createIn(dir);
		init();
	}

	private void init() {
		editor = new CodebookEditor(project);
		coder = new Coder(project);
		ann = coder.coder("Ann");
		leadership = editor.find(CPR + " / Leadership");
		innovation = editor.find(CPR + " / Innovation");
	}

	@AfterEach
	void close() {
		project.close();
	}

	private void reopen() {
		project.close();
		project = ExcerptaProject.open(dir);
		init();
	}

	private TextSource transcript() {
		return (TextSource) project.model().getSources().get(0);
	}

	private TextSource emojiAnswer() {
		for (var s : project.model().getSources()) {
			if ("emoji".equals(s.getName())) {
				return (TextSource) s;
			}
		}
		TextSource s = ModelElements.textSource("emoji", SourceKind.SURVEY_ANSWER, ann);
		s.setPlainTextContent(EMOJI_ANSWER);
		s.setLength(EMOJI_ANSWER.codePointCount(0, EMOJI_ANSWER.length()));
		project.execute(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__SOURCES, s));
		return s;
	}

	private static String excerpt(String text, TextSelection s) {
		return text.substring(text.offsetByCodePoints(0, s.getStart()), text.offsetByCodePoints(0, s.getEnd()));
	}

	@Test
	void aCoderIsAUserMadeOnce() {
		int users = project.model().getUsers().size();
		assertSame(ann, coder.coder("Ann"));
		assertSame(ann, coder.coder("  Ann "));
		assertEquals(users, project.model().getUsers().size());
		reopen();
		assertEquals("Ann", ann.getName());
	}

	/**
	 * Someone new to the project who codes is added by that coding, as part of it: Edit > Undo of
	 * their first coding takes them back with it, in one step, and a coding never made adds nobody.
	 * So do in-vivo coding and a second coder of the same name is refused.
	 */
	@Test
	void aNewCodersFirstCodingAddsThemInTheSameStep() {
		TextSource t = transcript();
		int users = project.model().getUsers().size();
		User cy = coder.coderFor("Cy");
		assertEquals(users, project.model().getUsers().size(), "nobody added before they code");
		assertSame(ann, coder.coderFor("Ann"), "a coder in the project is that one");
		Coding first = coder.code(t, 10, 40, leadership, cy);
		assertEquals(users + 1, project.model().getUsers().size());
		assertSame(cy, first.getCoder());
		assertEquals("Code Leadership", project.commandStack().getUndoCommand().getLabel());
		project.commandStack().undo();
		assertEquals(users, project.model().getUsers().size(), "one undo takes the coding and the coder back");
		assertTrue(t.getSelections().stream().noneMatch(s -> s.getStart() == 10 && s.getEnd() == 40));
		project.commandStack().redo();
		assertSame(project.model(), cy.eContainer());
		assertSame(cy, coder.coderFor("Cy"));

		User di = coder.coderFor("Di");
		Code inVivo = coder.inVivo(t, 50, 70, null, di);
		assertSame(project.model(), di.eContainer(), "in-vivo coding adds its new coder too");
		project.commandStack().undo();
		assertEquals(null, di.eContainer());
		assertTrue(inVivo.eContainer() == null, "and the code it made goes with them");

		User another = org.excerpta.core.ModelElements.user("Ann", "Ann");
		IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> coder.code(t, 10, 40, leadership, another));
		assertTrue(twice.getMessage().contains("Ann"), twice.getMessage());
		reopen();
		assertTrue(project.model().getUsers().stream().anyMatch(u -> "Cy".equals(u.getName())), "Cy kept, with the coding redone");
		assertTrue(project.model().getUsers().stream().noneMatch(u -> "Di".equals(u.getName())), "Di undone, and gone");
	}

	@Test
	void codingReusesTheSelectionAndNeverDuplicates() {
		TextSource t = transcript();
		Coding first = coder.code(t, 10, 40, leadership, ann);
		Command step = project.commandStack().getUndoCommand();
		assertSame(first, coder.code(t, 10, 40, leadership, ann), "the same coding, not a second one");
		assertSame(step, project.commandStack().getUndoCommand(), "and no new step");
		Coding second = coder.code(t, 10, 40, innovation, ann);
		assertSame(first.eContainer(), second.eContainer(), "one selection for one passage");
		Coding bobs = coder.code(t, 10, 40, leadership, coder.coder("Bob"));
		assertNotSame(first, bobs, "another coder codes independently");
		assertEquals(1, t.getSelections().size());
		coder.code(t, 0, 5, innovation, ann);
		assertEquals(0, t.getSelections().get(0).getStart(), "selections are kept in text order");

		project.commandStack().undo();
		project.commandStack().undo();
		assertEquals(2, ((TextSelection) first.eContainer()).getCodings().size());
		reopen();
		TextSelection sel = Coder.selectionAt(transcript(), 10, 40);
		assertEquals(2, sel.getCodings().size());
		assertEquals("Ann", sel.getCodings().get(0).getCoder().getName());
		assertNotNull(sel.getCodings().get(0).getCreated());
	}

	@Test
	void offsetsAreCodePointsSoAPassageAfterAnEmojiIsRight() {
		TextSource s = emojiAnswer();
		String text = project.text(s);
		int start = text.codePointCount(0, text.indexOf("the trust"));
		assertEquals(11, start, "9 letters and spaces, one emoji, one space");
		Coding c = coder.code(s, start, start + "the trust".length(), leadership, ann);
		assertEquals("the trust", excerpt(text, (TextSelection) c.eContainer()));
		assertEquals(EMOJI_ANSWER.codePointCount(0, EMOJI_ANSWER.length()), s.getLength());
		coder.code(s, 0, s.getLength(), innovation, ann); // the whole answer, up to its last code point
		assertThrows(IllegalArgumentException.class, () -> coder.code(s, 0, s.getLength() + 1, innovation, ann));

		Code inVivo = coder.inVivo(s, 9, 20, null, ann);
		assertEquals("\uD83D\uDE0A the trust", inVivo.getName());
		reopen();
		TextSource again = emojiAnswer();
		TextSelection sel = Coder.selectionAt(again, 11, 20);
		assertEquals("the trust", excerpt(project.text(again), sel));
		assertEquals("Leadership", sel.getCodings().get(0).getCode().getName());
	}

	@Test
	void badPassagesAndCodesAreRefusedClearlyAndChangeNothing() {
		TextSource t = transcript();
		Command top = project.commandStack().getUndoCommand();
		int length = t.getLength();
		for (int[] bad : new int[][] { { -1, 5 }, { 5, 5 }, { 9, 3 }, { 0, length + 1 } }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> coder.code(t, bad[0], bad[1], leadership, ann));
			assertTrue(e.getMessage().contains("not a passage") && e.getMessage().contains(String.valueOf(length)),
					e.getMessage());
		}
		IllegalArgumentException group = assertThrows(IllegalArgumentException.class,
				() -> coder.code(t, 0, 5, editor.find(CPR), ann));
		assertTrue(group.getMessage().contains("not codable"), group.getMessage());
		assertThrows(IllegalArgumentException.class, () -> coder.code(t, 0, 5, null, ann));
		int blank = project.text(t).indexOf("\n\n"); // the text has no characters beyond the BMP before it
		IllegalArgumentException noWords = assertThrows(IllegalArgumentException.class,
				() -> coder.inVivo(t, blank, blank + 2, null, ann));
		assertTrue(noWords.getMessage().contains("no words"), noWords.getMessage());
		assertSame(top, project.commandStack().getUndoCommand());
		assertTrue(t.getSelections().isEmpty());
	}

	@Test
	void uncodeRemovesTheSelectionOnlyWhenNothingElseIsOnIt() {
		TextSource t = transcript();
		Coding a = coder.code(t, 10, 40, leadership, ann);
		Coding b = coder.code(t, 10, 40, innovation, ann);
		Coding lone = coder.code(t, 50, 60, leadership, ann);
		Coding memoed = coder.code(t, 70, 80, leadership, ann);
		Memo memo = ModelElements.memo("Why", "Ambiguous passage", ann);
		project.execute(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__NOTES, memo));
		project.execute(AddCommand.create(project.editingDomain(), memoed.eContainer(), Literals.ANNOTATABLE__MEMOS, memo));

		coder.uncode(a);
		assertSame(b.eContainer(), Coder.selectionAt(t, 10, 40), "the other coding keeps the selection");
		coder.uncode(lone);
		assertNull(Coder.selectionAt(t, 50, 60), "nothing left: the selection goes");
		coder.uncode(memoed);
		assertNotNull(Coder.selectionAt(t, 70, 80), "a selection with a memo stays");
		project.commandStack().undo();
		project.commandStack().undo();
		assertNotNull(Coder.selectionAt(t, 50, 60));
		assertEquals(1, Coder.selectionAt(t, 70, 80).getCodings().size());
		reopen();
		assertEquals(List.of(1, 1, 1), transcript().getSelections().stream().map(s -> s.getCodings().size()).toList());
	}

	/** Excerpts chosen in a retrieval are uncoded together: one step, whose undo brings them all back. */
	@Test
	void severalCodingsAreUncodedAsOneStep() {
		TextSource t = transcript();
		Coding a = coder.code(t, 10, 40, leadership, ann);
		Coding b = coder.code(t, 10, 40, innovation, ann);
		Coding lone = coder.code(t, 50, 60, leadership, ann);
		coder.uncode(List.of(a, b, lone, a)); // a named twice
		assertEquals("Uncode 3 codings", project.commandStack().getUndoCommand().getLabel());
		assertTrue(t.getSelections().isEmpty(), "both passages held nothing else: they go");
		project.commandStack().undo();
		assertEquals(List.of(2, 1), t.getSelections().stream().map(s -> s.getCodings().size()).toList());
		assertThrows(IllegalArgumentException.class, () -> coder.uncode(List.of(a, org.excerpta.model.ExcerptaFactory.eINSTANCE.createCoding())),
				"a coding that is not in the project");
		assertEquals(List.of(2, 1), t.getSelections().stream().map(s -> s.getCodings().size()).toList(), "nothing removed then");
		reopen();
		assertEquals(List.of(2, 1), transcript().getSelections().stream().map(s -> s.getCodings().size()).toList());
	}

	@Test
	void recodeResizeAndInVivoAreOneStepEach() {
		TextSource t = transcript();
		String text = project.text(t);
		Coding c = coder.code(t, 10, 40, leadership, ann);
		coder.recode(c, innovation);
		assertSame(innovation, c.getCode());
		Coding other = coder.code(t, 10, 40, leadership, ann);
		coder.recode(other, innovation); // Ann already has Innovation here: one coding is left
		assertEquals(1, Coder.selectionAt(t, 10, 40).getCodings().size());
		project.commandStack().undo();
		assertEquals(2, Coder.selectionAt(t, 10, 40).getCodings().size());

		TextSelection sel = (TextSelection) c.eContainer();
		coder.resize(sel, 12, 45);
		assertEquals(List.of(12, 45), List.of(sel.getStart(), sel.getEnd()));
		coder.code(t, 100, 110, leadership, ann);
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> coder.resize(sel, 100, 110));
		assertTrue(taken.getMessage().contains("already covers"), taken.getMessage());
		project.commandStack().undo(); // the coding at 100-110
		project.commandStack().undo(); // the resize
		assertEquals(List.of(10, 40), List.of(sel.getStart(), sel.getEnd()));

		int start = text.indexOf("Participant:"); // the sample's first text has no characters beyond the BMP
		Code parent = editor.find(CPR + " / Tenure of leaders");
		Code named = coder.inVivo(t, start, start + 200, parent, ann);
		assertTrue(named.getName().length() <= Coder.IN_VIVO_MAX, named.getName());
		assertTrue(named.getName().startsWith("Participant: Yes, of course."), named.getName());
		assertSame(parent, named.eContainer());
		assertEquals(1, editor.codingsOf(named, false));
		int codes = project.summary().codes();
		project.commandStack().undo();
		assertEquals(codes - 1, project.summary().codes(), "one undo takes back the code and its coding");
		assertNull(Coder.selectionAt(t, start, start + 200));
		project.commandStack().redo();
		reopen();
		assertEquals(1, editor.codingsOf(editor.find(CPR + " / Tenure of leaders / " + named.getName()), false));
	}
}
