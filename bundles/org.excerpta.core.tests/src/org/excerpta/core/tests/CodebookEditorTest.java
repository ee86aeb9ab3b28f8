package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookCsv;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.ItemSet;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codebook changes as a researcher makes them: each one step, undoable, kept on disk, and nothing lost. */
class CodebookEditorTest {

	static final String CPR = "Commissioner-provider relationships framework";
	static final String CONFLICT = CPR + " / Conflict and tension between partners";
	static final String RELATIONAL = CONFLICT + " / Relational";
	static final String TRANSACTIONAL = CONFLICT + " / Transactional";
	static final String KNOWLEDGE = CPR + " / Knowledge management";

	@TempDir
	Path tmp;

	Path dir;
	ExcerptaProject project;
	CodebookEditor editor;
	Coder coding;

	@BeforeEach
	void openSample() {
		dir = tmp.resolve("sample");
		project = SampleProject.createIn(dir);
		editor = new CodebookEditor(project);
		coding = new Coder(project);
	}

	@AfterEach
	void close() {
		if (project != null) {
			project.close();
		}
	}

	private void reopen() {
		project.close();
		project = ExcerptaProject.open(dir);
		editor = new CodebookEditor(project);
		coding = new Coder(project);
	}

	private TextSource transcript(int i) {
		return (TextSource) project.model().getSources().get(i);
	}

	static int allCodings(ExcerptaProject p) {
		return p.summary().codings();
	}

	static List<String> allPaths(ExcerptaProject p, CodebookEditor e) {
		List<String> paths = new ArrayList<>();
		for (Iterator<EObject> it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			paths.add(e.pathOf((Code) it.next()));
		}
		return paths;
	}

	/** What a passage is coded with, as "path by coder" strings, so states compare across reopen. */
	static Set<String> codingsAt(TextSource s, CodebookEditor e) {
		Set<String> out = new HashSet<>();
		for (TextSelection sel : s.getSelections()) {
			for (Coding c : sel.getCodings()) {
				out.add(sel.getStart() + "-" + sel.getEnd() + " " + e.pathOf(c.getCode()) + " by " + c.getCoder().getName());
			}
		}
		return out;
	}

	/** Runs bad input: it must fail with a message containing {@code words} and leave the project as it was. */
	void refused(Executable action, String words) {
		Command top = project.commandStack().getUndoCommand();
		List<String> paths = allPaths(project, editor);
		int codings = allCodings(project);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> action.execute());
		assertTrue(e.getMessage().contains(words), e.getMessage());
		assertSame(top, project.commandStack().getUndoCommand(), "no step was added");
		assertEquals(paths, allPaths(project, editor));
		assertEquals(codings, allCodings(project));
	}

	interface Executable {
		void execute() throws Exception;
	}

	@Test
	void findsCodesByPathAndGivesTheirPath() {
		Code relational = editor.find(RELATIONAL);
		assertEquals("Relational", relational.getName());
		assertEquals(RELATIONAL, editor.pathOf(relational));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> editor.find(CONFLICT + " / Romantic"));
		assertTrue(e.getMessage().contains("Romantic") && e.getMessage().contains("no code"), e.getMessage());
	}

	@Test
	void addCreatesMissingParentsWithDistinctColoursAsOneUndoableStep() {
		Set<String> coloursBefore = new HashSet<>();
		project.model().getCodebook().eAllContents().forEachRemaining(o -> coloursBefore.add(((Code) o).getColor()));
		Code leaf = editor.add("Patient voice / Complaints / Waiting times", null, "Delays patients report.");
		Code parent = editor.find("Patient voice / Complaints");
		Code top = editor.find("Patient voice");
		assertSame(parent, leaf.eContainer());
		assertTrue(top.isCodable() && parent.isCodable(), "parents made on the way are codable");
		assertEquals("Delays patients report.", leaf.getDescription());
		Set<String> newColours = Set.of(top.getColor(), parent.getColor(), leaf.getColor());
		assertEquals(3, newColours.size(), "distinct colours " + newColours);
		newColours.forEach(c -> assertFalse(coloursBefore.contains(c), c + " already used"));
		assertEquals(21, project.summary().codes());

		project.commandStack().undo();
		assertEquals(18, project.summary().codes(), "one undo takes all three back");
		project.commandStack().redo();
		Code red = editor.add("Patient voice / Praise", "#ff0000", null);
		assertEquals("#FF0000", red.getColor());
		reopen();
		assertEquals("#FF0000", editor.find("Patient voice / Praise").getColor());
		assertEquals("Delays patients report.", editor.find("Patient voice / Complaints / Waiting times").getDescription());
	}

	@Test
	void badCodebookChangesAreRefusedWithAClearMessageAndChangeNothing() {
		refused(() -> editor.add(RELATIONAL, null, null), "already exists");
		refused(() -> editor.add(CONFLICT + " / relational", null, null), "clashes");
		refused(() -> editor.add("Trust", "red", null), "#RRGGBB");
		refused(() -> editor.add("   ", null, null), "name");
		Code tacit = editor.find(KNOWLEDGE + " / Tacit");
		refused(() -> editor.rename(tacit, "Explicit"), "already exists");
		refused(() -> editor.rename(tacit, "Tacit / Implicit"), "\" / \"");
		Code knowledge = editor.find(KNOWLEDGE);
		refused(() -> editor.move(knowledge, tacit, -1), "own sub-codes");
		refused(() -> editor.move(knowledge, knowledge, -1), "own sub-codes");
		refused(() -> editor.move(tacit, null, 7), "out of range");
		Code relational = editor.find(RELATIONAL);
		refused(() -> editor.merge(relational, relational), "itself");
		refused(() -> editor.merge(editor.find(CONFLICT), relational), "sub-code");
		refused(() -> editor.split(tacit, List.of()), "at least one");
	}

	@Test
	void renameMoveColourAndDescriptionAreEachOneUndoableDurableStep() {
		Code tacit = editor.find(KNOWLEDGE + " / Tacit");
		Code knowledge = editor.find(KNOWLEDGE);
		int indexUnderParent = knowledge.getChildren().indexOf(tacit);

		editor.rename(tacit, "Tacit knowledge");
		assertEquals(KNOWLEDGE + " / Tacit knowledge", editor.pathOf(tacit));
		editor.move(tacit, null, 0);
		assertSame(tacit, project.model().getCodebook().getCodes().get(0));
		project.commandStack().undo();
		assertSame(knowledge, tacit.eContainer(), "undo puts it back under its old parent");
		assertEquals(indexUnderParent, knowledge.getChildren().indexOf(tacit), "at its old place");
		project.commandStack().redo();

		Code network = editor.find("Network management framework");
		Code stability = editor.find("Network management framework / Managing network stability");
		editor.move(stability, network, 0);
		assertEquals(0, network.getChildren().indexOf(stability));
		editor.setColor(stability, "#123abc");
		editor.setDescription(stability, "Keeping the network going.");
		project.commandStack().undo();
		assertNotEquals("Keeping the network going.", stability.getDescription());
		project.commandStack().redo();

		reopen();
		assertEquals(0, project.model().getCodebook().getCodes().indexOf(editor.find("Tacit knowledge")));
		Code s = editor.find("Network management framework / Managing network stability");
		assertEquals(0, s.eContainer().eContents().indexOf(s));
		assertEquals("#123ABC", s.getColor());
		assertEquals("Keeping the network going.", s.getDescription());
	}

	@Test
	void mergeKeepsEveryCodingAndMovesChildrenSetsAndCases() {
		Code relational = editor.find(RELATIONAL);
		Code transactional = editor.find(TRANSACTIONAL);
		User ann = coding.coder("Ann");
		User bob = coding.coder("Bob");
		TextSource t = transcript(0);
		coding.code(t, 100, 200, relational, ann);
		coding.code(t, 100, 200, transactional, ann); // same passage, same coder: a duplicate after the merge
		coding.code(t, 100, 200, relational, bob);
		coding.code(t, 300, 420, relational, ann);
		coding.code(transcript(1), 10, 50, relational, bob);
		coding.code(transcript(1), 60, 90, transactional, bob);
		Code grudges = editor.add(RELATIONAL + " / Old grudges", null, null);
		coding.code(transcript(2), 5, 25, grudges, ann);
		ItemSet watch = ExcerptaFactory.eINSTANCE.createItemSet();
		watch.setGuid(ProjectStore.newGuid());
		watch.setName("To discuss");
		watch.getMemberCodes().add(relational);
		project.execute(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__SETS, watch));
		Case site = project.model().getCases().get(0);
		project.execute(AddCommand.create(project.editingDomain(), site, Literals.CASE__CODES, relational));

		int before = allCodings(project);
		assertEquals(7, before);
		Set<String> t0Before = codingsAt(t, editor);

		int duplicates = editor.merge(relational, transactional);

		assertEquals(1, duplicates, "Ann's two codings of 100-200 became one");
		assertEquals(before - duplicates, allCodings(project), "every other coding kept");
		assertEquals(5, editor.codingsOf(transactional, false));
		assertEquals(6, editor.codingsOf(transactional, true), "with Old grudges, now under Transactional");
		assertEquals(Set.of("100-200 " + TRANSACTIONAL + " by Ann", "100-200 " + TRANSACTIONAL + " by Bob",
				"300-420 " + TRANSACTIONAL + " by Ann"), codingsAt(t, editor));
		assertEquals(TRANSACTIONAL + " / Old grudges", editor.pathOf(grudges));
		assertEquals(List.of(transactional), watch.getMemberCodes());
		assertTrue(site.getCodes().contains(transactional) && !site.getCodes().contains(relational));
		assertNull(CodePaths.find(project.model().getCodebook(), RELATIONAL));

		project.commandStack().undo();
		assertEquals(before, allCodings(project), "one undo brings back the code and its codings");
		assertEquals(t0Before, codingsAt(t, editor));
		assertEquals(RELATIONAL + " / Old grudges", editor.pathOf(grudges));
		assertEquals(List.of(relational), watch.getMemberCodes());

		project.commandStack().redo();
		reopen();
		assertEquals(before - 1, allCodings(project));
		assertEquals(6, editor.codingsOf(editor.find(TRANSACTIONAL), true));
		assertNull(CodePaths.find(project.model().getCodebook(), RELATIONAL));
		assertEquals(List.of(editor.find(TRANSACTIONAL)), project.model().getSets().get(0).getMemberCodes());
	}

	@Test
	void mergeRefusesSubCodesWithTheSameNameAndNonCodableTargets() {
		Code relational = editor.find(RELATIONAL);
		editor.add(RELATIONAL + " / History", null, null);
		editor.add(TRANSACTIONAL + " / history", null, null);
		refused(() -> editor.merge(relational, editor.find(TRANSACTIONAL)), "already has a sub-code");
		coding.code(transcript(0), 0, 10, relational, coding.coder("Ann"));
		refused(() -> editor.merge(relational, editor.find(CPR)), "not codable");
	}

	@Test
	void deleteRemovesExactlyTheCountedCodingsAndEmptySelections() {
		Code knowledge = editor.find(KNOWLEDGE);
		Code tacit = editor.find(KNOWLEDGE + " / Tacit");
		Code explicit = editor.find(KNOWLEDGE + " / Explicit");
		Code leadership = editor.find(CPR + " / Leadership");
		User ann = coding.coder("Ann");
		TextSource t = transcript(0);
		coding.code(t, 0, 40, knowledge, ann);
		Coding keep = coding.code(t, 50, 90, tacit, ann);
		coding.code(t, 50, 90, leadership, ann); // this passage stays, with its other code
		coding.code(t, 100, 140, explicit, ann);
		coding.code(t, 100, 140, tacit, ann);
		TextSelection lonely = (TextSelection) coding.code(t, 150, 160, tacit, ann).eContainer();
		Case c = project.model().getCases().get(0);
		project.execute(AddCommand.create(project.editingDomain(), c, Literals.CASE__SELECTIONS, lonely));
		int before = allCodings(project);
		int selectionsBefore = t.getSelections().size();

		int counted = editor.codingsOf(knowledge, true);
		assertEquals(5, counted);
		assertEquals(1, editor.codingsOf(knowledge, false));
		int removed = editor.delete(knowledge);

		assertEquals(counted, removed);
		assertEquals(before - counted, allCodings(project));
		assertEquals(15, project.summary().codes(), "the code and its two sub-codes went");
		assertEquals(selectionsBefore - 3, t.getSelections().size(), "0-40, 100-140 and 150-160 had nothing else");
		assertNotNull(Coder.selectionAt(t, 50, 90), "a passage with another code stays");
		assertTrue(c.getSelections().isEmpty(), "the case no longer refers to a removed selection");
		assertNull(keep.eContainer(), "the Tacit coding on the kept passage went");

		project.commandStack().undo();
		assertEquals(before, allCodings(project));
		assertEquals(18, project.summary().codes());
		assertEquals(List.of(lonely), c.getSelections());
		project.commandStack().redo();
		reopen();
		assertEquals(before - counted, allCodings(project));
		assertEquals(15, project.summary().codes());
	}

	@Test
	void splitAddsSubCodesInOneStep() {
		Code innovation = editor.find(CPR + " / Innovation");
		editor.split(innovation, List.of("Pilots", "Spread"));
		assertEquals(List.of("Pilots", "Spread"), innovation.getChildren().stream().map(Code::getName).toList());
		project.commandStack().undo();
		assertTrue(innovation.getChildren().isEmpty());
		project.commandStack().redo();
		reopen();
		assertEquals(2, editor.find(CPR + " / Innovation").getChildren().size());
	}

	@Test
	void csvRoundTripsTheSampleCodebookAndImportUpdatesInOneStep() throws IOException {
		StringWriter w = new StringWriter();
		CodebookCsv.write(project.model().getCodebook(), w);
		List<CodebookCsv.Row> written = CodebookCsv.read(new StringReader(w.toString()));
		List<CodebookCsv.Row> shipped;
		try (Reader r = new InputStreamReader(SampleProject.class.getResourceAsStream("/sample/codebook.csv"),
				StandardCharsets.UTF_8)) {
			shipped = CodebookCsv.read(r);
		}
		assertEquals(shipped, written, "the export is the codebook the sample was made from");

		try (ExcerptaProject empty = ExcerptaProject.create(tmp.resolve("empty"), "Empty")) {
			CodebookEditor e = new CodebookEditor(empty);
			// Children before parents: the import must not depend on row order.
			List<CodebookCsv.Row> reversed = new ArrayList<>(written);
			java.util.Collections.reverse(reversed);
			assertEquals(new CodebookEditor.ImportResult(18, 0), e.importRows(reversed));
			assertEquals(18, empty.summary().codes());
			assertFalse(e.find(CPR).isCodable());
			assertEquals("#D37295", e.find(RELATIONAL).getColor());
		}

		String changed = "path,codable,color,description\n" + RELATIONAL + ",true,#000000,\n"
				+ "Patient voice / Complaints,true,,Delays and rudeness.\n";
		var result = editor.importRows(CodebookCsv.read(new StringReader(changed)));
		assertEquals(new CodebookEditor.ImportResult(2, 1), result);
		assertEquals("#000000", editor.find(RELATIONAL).getColor());
		assertTrue(editor.find(RELATIONAL).getDescription().startsWith("Conflict grounded"), "empty cell: kept");
		assertEquals("Delays and rudeness.", editor.find("Patient voice / Complaints").getDescription());
		project.commandStack().undo();
		assertEquals("#D37295", editor.find(RELATIONAL).getColor());
		assertEquals(18, project.summary().codes(), "one undo takes the whole import back");

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CodebookCsv.read(new StringReader("path,codable\nA,maybe\n")));
		assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("maybe"), e.getMessage());
		refused(() -> editor.importRows(CodebookCsv.read(new StringReader("path,color\nNew,blue\n"))), "#RRGGBB");
	}
}
