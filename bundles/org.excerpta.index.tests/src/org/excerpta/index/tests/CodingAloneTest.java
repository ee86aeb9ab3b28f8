package org.excerpta.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.core.store.ProjectLockedException;
import org.excerpta.index.Autocoder;
import org.excerpta.index.Excerpt;
import org.excerpta.index.PassageToCode;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.Source;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coding with the index alone (no model loaded) must leave the project exactly as coding with
 * the model does: the same selections and codings when the project is next opened, the same
 * excerpts and counts in the index, and an index that is still current, so that neither the next
 * reader nor the next open rebuilds it.
 */
class CodingAloneTest {

	private static final String TACIT = "Commissioner-provider relationships framework / Knowledge management / Tacit";

	@TempDir
	Path tmp;
	private Path withModel;
	private Path alone;
	private String tacit;

	@BeforeEach
	void twoCopiesOfTheSample() throws IOException {
		withModel = tmp.resolve("with-model");
		try (ExcerptaProject p = SampleProject.createIn(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			Code code = CodePaths.find(p.model().getCodebook(), TACIT);
			tacit = code.getGuid();
			// One answer already coded by Ann, so that both ways must leave it alone and reuse its selection.
			TextSource answer = answers(p).get(0);
			Coder coder = new Coder(p);
			coder.code(answer, 0, answer.getLength(), code, coder.coder("Ann"));
			index.ensureCurrent();
		}
		alone = tmp.resolve("alone");
		copy(withModel, alone);
	}

	private static List<TextSource> answers(ExcerptaProject p) {
		List<TextSource> out = new ArrayList<>();
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t && t.getKind() == org.excerpta.model.SourceKind.SURVEY_ANSWER) {
				out.add(t);
			}
		}
		return out;
	}

	/**
	 * A code added while the project loads (from its index) is in the project when it opens, where
	 * and as the codebook editor would have put it, and can be coded with at once; the index stays
	 * current.
	 */
	@Test
	void codesAddedAloneAreInTheProjectAsTheEditorAddsThem() {
		String conflict = "Commissioner-provider relationships framework / Conflict and tension between partners";
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			org.excerpta.core.coding.CodebookEditor editor = new org.excerpta.core.coding.CodebookEditor(p);
			editor.add("Trust", null, null);
			editor.add(conflict + " / Mistrust", null, null);
			editor.add("Patient voice / Complaints", "#123456", "Formal and informal complaints.");
		}
		String mistrust;
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			Code trust = index.addCodeAlone("Trust", null, null);
			Code made = index.addCodeAlone(conflict + " /   Mistrust ", null, null);
			mistrust = made.getGuid();
			assertEquals("Mistrust", made.getName(), "the name is trimmed, as the editor trims it");
			assertEquals(made, index.outline().code(mistrust), "the outline knows it at once");
			Code complaints = index.addCodeAlone("Patient voice / Complaints", "#123456", "Formal and informal complaints.");
			assertEquals("Patient voice", ((Code) complaints.eContainer()).getName(), "a missing parent is added with it");
			IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> index.addCodeAlone("Trust", null, null));
			assertTrue(twice.getMessage().contains("already exists"), twice.getMessage());
			IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> index.addCodeAlone("trust", null, null));
			assertTrue(clash.getMessage().contains("clashes with the existing code \"Trust\""), clash.getMessage());
			assertThrows(IllegalArgumentException.class, () -> index.addCodeAlone("Trust /  ", null, null));
			assertThrows(IllegalArgumentException.class, () -> index.addCodeAlone("Trust", "blue", null));
			assertEquals(1, index.codeAlone(index.passagesToCode("trust", true).subList(0, 1), mistrust, "Ann", false),
					"the new code codes at once");
			assertNotNull(trust.getColor());
		}
		try (ProjectIndex reading = ProjectIndex.openForReading(alone)) {
			assertNotNull(reading, "the index is still current");
			assertNotNull(CodePaths.find(reading.outline().codebook(), conflict + " / Mistrust"), "its outline holds the new codes");
		}
		try (ExcerptaProject a = ExcerptaProject.openReadOnly(alone); ExcerptaProject m = ExcerptaProject.openReadOnly(withModel)) {
			assertEquals(codebookLines(m), codebookLines(a), "the same codebook: places, names, colours, codable, definitions");
			Code inProject = (Code) a.store().find(mistrust);
			assertEquals(1, new org.excerpta.core.coding.CodebookEditor(a).codingsOf(inProject, false), "with its coding");
		}
	}

	/**
	 * A code renamed and moved from the index (the command line at a million answers), those edits
	 * undone and redone, is in the project as the codebook editor leaves it: the same names and places, its sub-codes, codings
	 * and the memo written about it kept (a code's record names its memos, and opening the project
	 * takes a record's whole state); the index stays current.
	 */
	@Test
	void codesRenamedAndMovedAloneAreInTheProjectAsTheEditorLeavesThem() throws IOException {
		String km = "Commissioner-provider relationships framework / Knowledge management";
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			new org.excerpta.core.coding.Memos(p).attach(CodePaths.find(p.model().getCodebook(), km), "Scope", "Tacit and explicit", null);
			index.ensureCurrent();
		}
		deleteTree(alone);
		copy(withModel, alone);
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			org.excerpta.core.coding.CodebookEditor editor = new org.excerpta.core.coding.CodebookEditor(p);
			editor.rename(editor.find(km), "Knowledge sharing");
			editor.move(editor.find(TACIT.replace("Knowledge management", "Knowledge sharing")), null, 0);
			// (the alone side's third edit, a move of Knowledge sharing to the end, is undone in the end)
		}
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			assertTrue(index.canChangeCodesAlone(), "an index made by this version knows the codes' memos");
			IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
					() -> index.renameCodeAlone(km, "Innovation"));
			assertTrue(clash.getMessage().contains("already exists"), clash.getMessage());
			IllegalArgumentException intoItself = assertThrows(IllegalArgumentException.class,
					() -> index.moveCodeAlone(km, TACIT, -1));
			assertTrue(intoItself.getMessage().contains("into its own sub-codes"), intoItself.getMessage());
			assertThrows(IllegalArgumentException.class, () -> index.moveCodeAlone(km, null, 99));

			Code renamed = index.renameCodeAlone(km, "  Knowledge sharing ");
			assertEquals("Knowledge sharing", renamed.getName(), "trimmed, as the editor trims it");
			index.moveCodeAlone(TACIT.replace("Knowledge management", "Knowledge sharing"), null, 0);
			index.moveCodeAlone("Commissioner-provider relationships framework / Knowledge sharing", null, -1);

			// Edit > Undo and Redo while the project loads take them back and make them again, in the journal too.
			assertEquals("Move code Knowledge sharing", index.undoLabelAlone());
			index.undoAlone();
			index.undoAlone();
			assertEquals("Rename code Knowledge management", index.undoLabelAlone());
			index.undoAlone();
			assertNotNull(CodePaths.find(index.outline().codebook(), TACIT), "all undone: the codebook as it was");
			assertEquals("Tacit", CodePaths.find(index.outline().codebook(), km).getChildren().get(1).getName(), "Tacit back in its place");
			index.redoAlone();
			index.redoAlone();
			index.redoAlone();
			assertNull(index.redoLabelAlone());
			index.undoAlone(); // the last move: its record taking it back is what the project reads last of the code
			assertEquals("Move code Knowledge sharing", index.redoLabelAlone());
		}
		try (ProjectIndex reading = ProjectIndex.openForReading(alone)) {
			assertNotNull(reading, "the index is still current");
			assertEquals("Tacit", reading.outline().codebook().getCodes().get(0).getName(), "its outline has the codes where they went");
			assertEquals(1, reading.excerpts(List.of(tacit), Map.of(), null, 10).size(), "and the moved code's coding");
		}
		try (ExcerptaProject a = ExcerptaProject.openReadOnly(alone); ExcerptaProject m = ExcerptaProject.openReadOnly(withModel)) {
			assertEquals(codebookLines(m), codebookLines(a), "the same codebook: places, names, colours, codable, definitions, memos");
			Code moved = CodePaths.find(a.model().getCodebook(), "Commissioner-provider relationships framework / Knowledge sharing");
			assertEquals(1, moved.getMemos().size(), "the memo about the renamed code is still about it");
			assertEquals("Tacit and explicit", moved.getMemos().get(0).getText());
			assertEquals(1, new org.excerpta.core.coding.CodebookEditor(a).codingsOf((Code) a.store().find(tacit), false),
					"the moved code keeps its coding");
			assertTrue(a.store().warnings().isEmpty(), "opened without a warning: " + a.store().warnings());
		}
	}

	private static List<String> codebookLines(ExcerptaProject p) {
		List<String> lines = new ArrayList<>();
		for (var it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c) {
				lines.add(CodePaths.pathOf(c) + " " + c.getColor() + " " + c.isCodable() + " " + c.getDescription() + " "
						+ c.getMemos().stream().map(org.excerpta.model.Memo::getText).toList());
			}
		}
		return lines;
	}

	/**
	 * Edit > Undo and Redo while the project loads: codings and codes made from the index are taken
	 * back and made again, last first, and the project opens as if only what was kept had been
	 * made (as the model's own undo leaves it), with an index that is current and not rebuilt.
	 */
	@Test
	void undoAndRedoAloneLeaveWhatWasKept() {
		List<PassageToCode> trusting;
		List<PassageToCode> staffing;
		String obsolete;
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			assertNull(index.undoLabelAlone(), "nothing made yet");
			String trust = index.addCodeAlone("Trust", null, null).getGuid();
			// The first answer is the one Ann coded: Cy's coding joins her selection, the others get their own.
			trusting = index.answersToCode("q_relationship").subList(0, 4);
			assertEquals(4, index.codeAlone(trusting, trust, "Cy", false));
			obsolete = index.addCodeAlone("Obsolete", null, null).getGuid();
			assertEquals("New Code Obsolete", index.undoAlone());
			assertNull(index.outline().code(obsolete), "the code left the outline");
			staffing = index.passagesToCode("staff", false);
			int before = index.codeCounts(Map.of()).get(tacit).codings();
			assertEquals(staffing.size(), index.codeAlone(staffing, tacit, "Ann", false));
			assertEquals("Code Tacit", index.undoLabelAlone());
			assertEquals("Code Tacit", index.undoAlone());
			assertEquals(before, index.codeCounts(Map.of()).get(tacit).codings(), "its excerpts left the index");
			assertEquals("Code Trust", index.undoAlone());
			assertNull(index.outline().coder("Cy"), "the coder the coding added went with it");
			assertEquals(0, index.codeCounts(Map.of()).getOrDefault(trust, new org.excerpta.index.CodeCount(trust, 0, 0, 0)).codings());
			assertEquals("Code Trust", index.redoAlone());
			assertEquals(4, index.codeCounts(Map.of()).get(trust).codings(), "made again");
			assertNotNull(index.outline().coder("Cy"));
			assertEquals("Code Tacit", index.redoLabelAlone());
			// A new change ends what could be redone.
			List<PassageToCode> first = trusting.subList(1, 2);
			assertEquals(1, index.codeAlone(first, tacit, "Ann", false));
			assertNull(index.redoLabelAlone());
			assertThrows(IllegalStateException.class, index::redoAlone);
		}
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			Code trust = new org.excerpta.core.coding.CodebookEditor(p).add("Trust", null, null);
			Coder coder = new Coder(p);
			for (PassageToCode t : trusting) {
				coder.code((TextSource) p.store().find(t.sourceGuid()), t.start(), t.end(), trust, coder.coder("Cy"));
			}
			PassageToCode t = trusting.get(1);
			coder.code((TextSource) p.store().find(t.sourceGuid()), t.start(), t.end(), (Code) p.store().find(tacit), coder.coder("Ann"));
		}
		List<String> excerptsWithModel;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			excerptsWithModel = describe(index.excerpts(List.of(tacit), Map.of(), null, 10_000), index);
		}
		try (ProjectIndex index = ProjectIndex.openForReading(alone)) {
			assertNotNull(index, "current after undoing and redoing");
			assertEquals(excerptsWithModel, describe(index.excerpts(List.of(tacit), Map.of(), null, 10_000), index));
		}
		try (ExcerptaProject a = ExcerptaProject.open(alone); ProjectIndex index = ProjectIndex.open(a);
				ExcerptaProject m = ExcerptaProject.openReadOnly(withModel)) {
			assertTrue(a.store().warnings().isEmpty(), a.store().warnings().toString());
			assertTrue(index.notes().isEmpty(), "not rebuilt: " + index.notes());
			assertEquals(codings(m), codings(a));
			assertEquals(codebookLines(m), codebookLines(a));
			assertNull(a.store().find(obsolete), "the code undone is not in the project");
			assertEquals(m.model().getUsers().stream().map(org.excerpta.model.User::getName).toList(),
					a.model().getUsers().stream().map(org.excerpta.model.User::getName).toList());
		}
	}

	@Test
	void autocodingWholeAnswersAloneLeavesWhatTheAutocoderLeaves() {
		String query = "trust OR relationship";
		int madeWithModel;
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			Autocoder autocoder = new Autocoder(p, index);
			Coder coder = new Coder(p);
			madeWithModel = autocoder.apply(autocoder.byQuery(query, Autocoder.Unit.ANSWER), (Code) p.store().find(tacit), coder.coder("Ann"))
					+ autocoder.apply(autocoder.byQuery("staff", Autocoder.Unit.TURN), (Code) p.store().find(tacit), coder.coder("Bo"));
		}
		int madeAlone;
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			assertNotNull(index, "the index reflects every change: it can code alone");
			List<PassageToCode> answers = index.passagesToCode(query, true);
			assertEquals(index.codeAlone(answers, tacit, "Ann", true), index.codeAlone(answers, tacit, "Ann", true),
					"a preview writes nothing");
			madeAlone = index.codeAlone(answers, tacit, "Ann", false);
			madeAlone += index.codeAlone(index.passagesToCode("staff", false), tacit, "Bo", false); // Bo is new: added
			assertEquals(0, index.codeAlone(answers, tacit, "Ann", false), "coded already: left as it is");
			assertTrue(index.outline().coder("Bo") != null, "the new coder is in the outline");
		}
		assertTrue(madeWithModel > 5, "the query finds answers and turns: " + madeWithModel);
		assertEquals(madeWithModel, madeAlone);

		// The next reader finds the index current, with the same excerpts as the model's index.
		List<String> excerptsWithModel;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			excerptsWithModel = describe(index.excerpts(List.of(tacit), Map.of(), null, 10_000), index);
		}
		try (ProjectIndex index = ProjectIndex.openForReading(alone)) {
			assertNotNull(index, "still current after coding alone");
			assertEquals(excerptsWithModel, describe(index.excerpts(List.of(tacit), Map.of(), null, 10_000), index));
			assertEquals(excerptsWithModel.size(), index.codeCounts(Map.of()).get(tacit).codings());
		}
		// The project opened: the same selections and codings, and an index it does not rebuild.
		Map<String, List<String>> codedWithModel;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(withModel)) {
			codedWithModel = codings(p);
		}
		try (ExcerptaProject p = ExcerptaProject.open(alone); ProjectIndex index = ProjectIndex.open(p)) {
			assertTrue(p.store().warnings().isEmpty(), p.store().warnings().toString());
			assertEquals(codedWithModel, codings(p));
			assertTrue(index.notes().isEmpty(), "not rebuilt: " + index.notes());
			assertEquals(excerptsWithModel, describe(index.excerpts(List.of(tacit), Map.of(), null, 10_000), index));
			// and the model codes on from there, the index following
			TextSource answer = answers(p).get(3);
			new Coder(p).code(answer, 0, 4, (Code) p.store().find(tacit), new Coder(p).coder("Bo"));
			assertEquals(excerptsWithModel.size() + 1, index.codeCounts(Map.of()).get(tacit).codings());
		}
	}

	/**
	 * Every autocoding unit can be found from the index alone (the command line's `code --unit`, and
	 * the Search view's Code all hits while a project loads): the hits, sentences, paragraphs, turns
	 * and answers are the passages the Autocoder finds with the model, in the same order; coded
	 * alone, the project opens with the codings the Autocoder leaves.
	 */
	@Test
	void everyUnitFoundAloneIsWhatTheAutocoderFindsWithTheModel() {
		List<String> queries = List.of("trust OR relationship", "staff*", "\"knowledge management\"", "commission~1");
		Map<String, List<String>> foundWithModel = new java.util.LinkedHashMap<>();
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			Autocoder autocoder = new Autocoder(p, index);
			for (String q : queries) {
				for (Autocoder.Unit unit : Autocoder.Unit.values()) {
					foundWithModel.put(q + " by " + unit, autocoder.byQuery(q, unit).stream()
							.map(t -> t.source().getGuid() + " " + t.start() + "-" + t.end()).toList());
					// The workbench finds them in the index (off the window's thread) and codes them in the model.
					assertEquals(foundWithModel.get(q + " by " + unit), autocoder.targetsOf(index.passagesToCode(q, unit)).stream()
							.map(t -> t.source().getGuid() + " " + t.start() + "-" + t.end()).toList(), "found in the index with the model: " + q + " by " + unit);
				}
			}
			for (Autocoder.Target t : autocoder.byQuery("trust OR relationship", Autocoder.Unit.SENTENCE)) {
				String text = p.text(t.source());
				int after = text.offsetByCodePoints(0, t.end());
				// "But you can't write down the relationships." ends a turn: the JDK's rules broke before its full stop.
				assertTrue(after == text.length() || ".?!".indexOf(text.charAt(after)) < 0,
						"a sentence keeps its full stop: " + text.substring(text.offsetByCodePoints(0, t.start()), Math.min(text.length(), after + 1)));
			}
			Coder coder = new Coder(p);
			autocoder.apply(autocoder.byQuery("staff*", Autocoder.Unit.SENTENCE), (Code) p.store().find(tacit), coder.coder("Bo"));
			autocoder.apply(autocoder.byQuery("trust", Autocoder.Unit.HIT), (Code) p.store().find(tacit), coder.coder("Bo"));
		}
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			for (String q : queries) {
				for (Autocoder.Unit unit : Autocoder.Unit.values()) {
					List<String> found = index.passagesToCode(q, unit).stream().map(t -> t.sourceGuid() + " " + t.start() + "-" + t.end()).toList();
					assertEquals(foundWithModel.get(q + " by " + unit), found, q + " by " + unit);
				}
			}
			assertTrue(foundWithModel.get("trust OR relationship by SENTENCE").size() > 5, "sentences found in interviews and answers: " + foundWithModel.values().stream().map(List::size).toList());
			assertTrue(!foundWithModel.get("staff* by SENTENCE").equals(foundWithModel.get("staff* by HIT")), "the units differ");
			index.codeAlone(index.passagesToCode("staff*", Autocoder.Unit.SENTENCE), tacit, "Bo", false);
			index.codeAlone(index.passagesToCode("trust", Autocoder.Unit.HIT), tacit, "Bo", false);
		}
		try (ExcerptaProject a = ExcerptaProject.open(alone); ProjectIndex index = ProjectIndex.open(a);
				ExcerptaProject m = ExcerptaProject.openReadOnly(withModel)) {
			assertTrue(index.notes().isEmpty(), "not rebuilt: " + index.notes());
			assertEquals(codings(m), codings(a));
		}
	}

	@Test
	void everyAnswerToAQuestionIsCodedWithTheCasesAttributes() throws IOException {
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			List<PassageToCode> answers = index.answersToCode("q_relationship");
			assertTrue(answers.size() > 10, "the sample's answers: " + answers.size());
			int made = index.codeAlone(answers, tacit, "Ann", false);
			assertEquals(answers.size() - 1, made, "the one Ann coded before is left");
			// Filtered by a respondent attribute, as the model's documents are.
			Map<String, org.excerpta.index.CodeCount> gps = index.codeCounts(Map.of("Role", "GP"));
			assertTrue(gps.get(tacit).cases() > 0 && gps.get(tacit).cases() < answers.size(), gps.toString());
			assertThrows(IllegalArgumentException.class, () -> index.answersToCode("no such question"));
		}
		Map<String, org.excerpta.index.CodeCount> coded;
		try (ProjectIndex index = ProjectIndex.openForReading(alone)) {
			coded = Map.of("GP", index.codeCounts(Map.of("Role", "GP")).get(tacit), "all", index.codeCounts(Map.of()).get(tacit));
		}
		// The same counts from an index the model rebuilds: the documents made alone carry what the model's do.
		deleteIndex(alone);
		try (ExcerptaProject p = ExcerptaProject.open(alone); ProjectIndex index = ProjectIndex.open(p)) {
			assertTrue(index.notes().toString().contains("rebuilt"), index.notes().toString());
			assertEquals(coded, Map.of("GP", index.codeCounts(Map.of("Role", "GP")).get(tacit), "all", index.codeCounts(Map.of()).get(tacit)));
		}
	}

	/**
	 * In-vivo coding while the project loads (Ctrl+Shift+I in the Document view): the code is named
	 * by the passage's words and coded with in one change, the same words again code with the same
	 * code, undo takes code and coding back together, and the project opens as the model's own
	 * in-vivo coding leaves it.
	 */
	@Test
	void inVivoCodesMadeAloneAreInTheProjectAsTheCoderMakesThem() throws IOException {
		PassageToCode words;
		PassageToCode other;
		String name;
		try (ExcerptaProject p = ExcerptaProject.open(withModel); ProjectIndex index = ProjectIndex.open(p)) {
			TextSource answer = answers(p).get(1);
			TextSource second = answers(p).get(2);
			String text = p.text(answer);
			int third = text.indexOf(' ', text.indexOf(' ', text.indexOf(' ') + 1) + 1);
			words = new PassageToCode(answer.getGuid(), 0, text.codePointCount(0, third));
			other = new PassageToCode(second.getGuid(), 0, Math.min(20, second.getLength()));
			Coder coder = new Coder(p);
			Code made = coder.inVivo(answer, words.start(), words.end(), null, coder.coder("Bo"));
			name = made.getName();
			assertEquals(made, coder.inVivo(answer, words.start(), words.end(), null, coder.coder("Cy")), "the same words, the same code");
		}
		long journalBefore = journalSize(alone);
		String undone;
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
					() -> index.codeInVivoAlone(new PassageToCode(words.sourceGuid(), words.end(), words.end() + 1), "Bo"));
			assertTrue(blank.getMessage().contains("no words"), blank.getMessage());
			assertThrows(IllegalArgumentException.class,
					() -> index.codeInVivoAlone(new PassageToCode(words.sourceGuid(), 0, 1_000_000), "Bo"));
			assertEquals(journalBefore, journalSize(alone), "nothing recorded for refused passages");
			Code made = index.codeInVivoAlone(words, "Bo");
			assertEquals(name, made.getName(), "named as the Coder names it");
			assertEquals(made, index.outline().code(made.getGuid()), "the outline knows it at once");
			assertEquals("In-vivo code " + name, index.undoLabelAlone());
			assertEquals(1, index.codeCounts(Map.of()).get(made.getGuid()).codings(), "counted at once");
			assertEquals(made, index.codeInVivoAlone(words, "Cy"), "the same words code with the same code");
			assertEquals(2, index.codeCounts(Map.of()).get(made.getGuid()).codings());
			Code taken = index.codeInVivoAlone(other, "Bo");
			undone = taken.getGuid();
			assertEquals("In-vivo code " + taken.getName(), index.undoAlone(), "code and coding are one step");
			assertNull(index.outline().code(undone), "the code left the outline");
			assertNull(index.codeCounts(Map.of()).get(undone), "and its coding the index");
		}
		try (ProjectIndex reading = ProjectIndex.openForReading(alone)) {
			assertNotNull(reading, "the index is still current");
		}
		try (ExcerptaProject a = ExcerptaProject.open(alone); ProjectIndex index = ProjectIndex.open(a);
				ExcerptaProject m = ExcerptaProject.openReadOnly(withModel)) {
			assertTrue(a.store().warnings().isEmpty(), a.store().warnings().toString());
			assertTrue(index.notes().isEmpty(), "not rebuilt: " + index.notes());
			assertEquals(codebookLines(m), codebookLines(a), "the same codebook: the in-vivo code last, with the same colour");
			assertEquals(codings(m), codings(a), "the same codings, one selection for both coders");
			assertNull(a.store().find(undone), "the code undone is not in the project");
		}
	}

	@Test
	void badPassagesAndCodesAreRefusedWithoutWritingAnything() throws IOException {
		long journalBefore = journalSize(alone);
		try (ProjectIndex index = ProjectIndex.openForCoding(alone)) {
			PassageToCode first = index.answersToCode("q_relationship").get(0);
			IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
					() -> index.codeAlone(List.of(new PassageToCode(first.sourceGuid(), 0, first.end() + 1)), tacit, "Ann", false));
			assertTrue(tooLong.getMessage().contains("characters"), tooLong.getMessage());
			assertThrows(IllegalArgumentException.class, () -> index.codeAlone(List.of(first), "no-such-code", "Ann", false));
			// A group of codes is not codable.
			try (ExcerptaProject readOnly = ExcerptaProject.openReadOnly(alone)) {
				String group = CodePaths.find(readOnly.model().getCodebook(), "Commissioner-provider relationships framework").getGuid();
				IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
						() -> index.codeAlone(List.of(first), group, "Ann", false));
				assertTrue(e.getMessage().contains("group"), e.getMessage());
			}
			// Another program cannot open the project meanwhile.
			assertThrows(ProjectLockedException.class, () -> ExcerptaProject.open(alone));
		}
		assertEquals(journalBefore, journalSize(alone), "nothing was recorded");
	}

	/** The workbench's way: code alone while the model loads, then the same index follows the loaded project. */
	@Test
	void theIndexCodedAloneGoesOnWithTheProjectOnceItsModelIsRead() {
		ProjectIndex early = ProjectIndex.openForCoding(alone);
		assertNotNull(early);
		int before = early.codeCounts(Map.of()).get(tacit).codings();
		List<PassageToCode> answers = early.answersToCode("q_change");
		assertEquals(answers.size(), early.codeAlone(answers, tacit, "Cy", false));
		try (ExcerptaProject p = ExcerptaProject.open(alone, early.codingJournal())) {
			IllegalStateException late = assertThrows(IllegalStateException.class,
					() -> early.codeAlone(early.answersToCode("q_relationship"), tacit, "Cy", false));
			assertTrue(late.getMessage().contains("finished loading"), late.getMessage());
			try (ProjectIndex index = ProjectIndex.open(p, early)) {
				assertTrue(index == early, "the same index goes on");
				assertTrue(index.notes().isEmpty(), "not rebuilt: " + index.notes());
				assertEquals(before + answers.size(), index.codeCounts(Map.of()).get(tacit).codings());
				assertNotNull(index.outline().coder("Cy"), "the outline is now the project's, with the coder added alone");
				TextSource answer = answers(p).get(5);
				new Coder(p).code(answer, 0, 2, (Code) p.store().find(tacit), new Coder(p).coder("Cy"));
				assertEquals(before + answers.size() + 1, index.codeCounts(Map.of()).get(tacit).codings(), "it follows the project");
			}
		}
		try (ExcerptaProject p = ExcerptaProject.open(alone); ProjectIndex index = ProjectIndex.open(p)) {
			assertTrue(index.notes().isEmpty(), "current at the next open: " + index.notes());
			assertEquals(before + answers.size() + 1, index.codeCounts(Map.of()).get(tacit).codings());
		}
	}

	@Test
	void aStaleIndexCannotCodeAlone() {
		try (ExcerptaProject p = ExcerptaProject.open(alone)) {
			TextSource answer = answers(p).get(2);
			new Coder(p).code(answer, 0, 3, (Code) p.store().find(tacit), new Coder(p).coder("Ann")); // the index does not follow
		}
		assertNull(ProjectIndex.openForCoding(alone));
		try (ExcerptaProject p = ExcerptaProject.open(alone)) {
			assertTrue(p != null, "nothing held after the refusal: the project opens");
		}
	}

	private static void deleteIndex(Path project) throws IOException {
		try (Stream<Path> files = Files.list(project.resolve("index"))) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
	}

	private static long journalSize(Path project) throws IOException {
		try (Stream<Path> files = Files.list(project.resolve("model"))) {
			return files.filter(f -> f.getFileName().toString().startsWith("journal-")).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	/** Each coding as source, place, code and coder name, per source in text order: GUIDs of new objects differ between copies. */
	private static Map<String, List<String>> codings(ExcerptaProject p) {
		Map<String, List<String>> out = new TreeMap<>();
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t && !t.getSelections().isEmpty()) {
				List<String> list = new ArrayList<>();
				for (TextSelection sel : t.getSelections()) {
					TreeSet<String> codes = new TreeSet<>();
					for (Coding c : sel.getCodings()) {
						codes.add(c.getCode().getName() + " by " + c.getCoder().getName());
					}
					list.add(sel.getStart() + "-" + sel.getEnd() + " " + codes);
				}
				out.put(t.getName(), list);
			}
		}
		return out;
	}

	private static List<String> describe(List<Excerpt> excerpts, ProjectIndex index) {
		List<String> out = new ArrayList<>();
		for (Excerpt e : excerpts) {
			out.add(e.sourceName() + " " + e.start() + "-" + e.end() + " " + index.outline().coderWithGuid(e.coderGuid()).getName() + " "
					+ e.text() + " " + new TreeSet<>(index.caseNames(e.caseGuids()).values()));
		}
		out.sort(null);
		return out;
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path f : all.toList()) {
				Path target = to.resolve(from.relativize(f).toString());
				if (f.getFileName().toString().equals(".excerpta.lock") || f.getFileName().toString().equals("write.lock")) {
					continue;
				}
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				} else {
					Files.copy(f, target);
				}
			}
		}
	}
}
