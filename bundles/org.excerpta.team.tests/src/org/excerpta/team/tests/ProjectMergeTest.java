package org.excerpta.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.team.merge.MergeConflict;
import org.excerpta.team.merge.MergePlan;
import org.excerpta.team.merge.MergeResult;
import org.excerpta.team.merge.ProjectMerge;
import org.excerpta.team.merge.Resolution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two coders work on copies of the sample project and come together without losing anything. */
class ProjectMergeTest {

	private static final String FRAMEWORK = "Commissioner-provider relationships framework";
	private static final String INNOVATION = FRAMEWORK + " / Innovation";
	private static final String LEADERSHIP = FRAMEWORK + " / Leadership";
	private static final String TENURE = FRAMEWORK + " / Tenure of leaders";
	private static final String TACIT = FRAMEWORK + " / Knowledge management / Tacit";
	private static final String STABILITY = "Network management framework / Managing network stability";

	@TempDir
	Path tmp;
	Path base;
	Path ours;
	Path theirs;

	@BeforeEach
	void copies() {
		base = tmp.resolve("base");
		try (ExcerptaProject p = SampleProject.createIn(base)) {
			// What the team coded together before the copies went their ways.
			Coder coder = new Coder(p);
			coder.code(source(p, 0), 300, 340, code(p, TACIT), coder.coder("Cai"));
			coder.code(source(p, 2), 50, 90, code(p, STABILITY), coder.coder("Cai"));
			coder.code(source(p, 2), 95, 120, code(p, INNOVATION), coder.coder("Cai"));
		}
		ours = ProjectCopies.copy(base, tmp.resolve("ours"));
		theirs = ProjectCopies.copy(base, tmp.resolve("theirs"));
	}

	@Test
	void threeWayMergeKeepsEveryCodingOfBothCodersAndCarriesOverRenamesAndMoves() {
		work(ours, p -> {
			Coder coder = new Coder(p);
			coder.code(source(p, 0), 10, 60, code(p, INNOVATION), coder.coder("Ana"));
			coder.code(source(p, 1), 100, 180, code(p, LEADERSHIP), coder.coder("Ana"));
			new CodebookEditor(p).rename(code(p, TENURE), "Tenure and turnover of leaders");
		});
		work(theirs, p -> {
			Coder coder = new Coder(p);
			CodebookEditor codebook = new CodebookEditor(p);
			coder.code(source(p, 0), 10, 60, code(p, INNOVATION), coder.coder("Ben")); // same passage, other coder
			coder.code(source(p, 2), 0, 40, code(p, TACIT), coder.coder("Ben"));
			Code pilots = codebook.add(INNOVATION + " / Pilots", null, "Pilots and trials of new models of care.");
			coder.code(source(p, 3), 5, 25, pilots, coder.coder("Ben"));
			codebook.move(code(p, STABILITY), code(p, "Network management framework / Managing network coherence"), -1);
		});
		List<String> expected = new ArrayList<>(codings(ours));
		expected.addAll(codings(theirs));
		List<String> baseCodings = codings(base);
		try (ExcerptaProject b = ExcerptaProject.openReadOnly(base); ExcerptaProject t = ExcerptaProject.openReadOnly(theirs);
				ExcerptaProject o = ExcerptaProject.open(ours)) {
			MergePlan plan = ProjectMerge.plan(b.model(), o.model(), t.model());
			assertFalse(plan.hasConflicts(), plan.conflicts().toString());
			int before = ProjectCopies.codings(o).size();
			MergeResult result = ProjectMerge.apply(o, plan, t::text, Map.of());
			assertEquals(3, result.added().get("Coding"), result.summary());
			assertEquals(1, result.added().get("Code"), result.summary());
			assertEquals(before + 3, ProjectCopies.codings(o).size());
			o.commandStack().undo();
			assertEquals(before, ProjectCopies.codings(o).size(), "a merge is one undoable step");
			o.commandStack().redo();
		}
		List<String> merged = codings(ours);
		List<String> union = new ArrayList<>(new java.util.TreeSet<>(expected));
		assertEquals(union, merged, "every coding made on either side, and only those, after reopening");
		assertTrue(merged.containsAll(baseCodings));
		try (ExcerptaProject o = ExcerptaProject.openReadOnly(ours)) {
			assertNotNull(CodePaths.find(o.model().getCodebook(), FRAMEWORK + " / Tenure and turnover of leaders"),
					"our rename kept");
			assertNotNull(CodePaths.find(o.model().getCodebook(),
					"Network management framework / Managing network coherence / Managing network stability"), "their move applied");
			assertNotNull(CodePaths.find(o.model().getCodebook(), INNOVATION + " / Pilots"), "their new code added");
			assertTrue(o.model().getUsers().stream().anyMatch(u -> u.getName().equals("Ben")), "their coder added");
		}
	}

	@Test
	void codesRenamedDifferentlyOnBothSidesAreAConflictTheUserSettles() {
		work(ours, p -> new CodebookEditor(p).rename(code(p, LEADERSHIP), "Leadership style"));
		work(theirs, p -> new CodebookEditor(p).rename(code(p, LEADERSHIP), "Leaders"));
		try (ExcerptaProject b = ExcerptaProject.openReadOnly(base); ExcerptaProject t = ExcerptaProject.openReadOnly(theirs);
				ExcerptaProject o = ExcerptaProject.open(ours)) {
			MergePlan plan = ProjectMerge.plan(b.model(), o.model(), t.model());
			assertEquals(1, plan.conflicts().size());
			MergeConflict c = plan.conflicts().get(0);
			assertEquals(MergeConflict.Kind.CHANGED_BOTH, c.kind());
			assertEquals("name", c.feature());
			assertEquals("Leadership style", c.ours());
			assertEquals("Leaders", c.theirs());
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> ProjectMerge.apply(o, plan, t::text, Map.of()));
			assertTrue(e.getMessage().contains("need a decision"), e.getMessage());
			assertNotNull(CodePaths.find(o.model().getCodebook(), FRAMEWORK + " / Leadership style"), "nothing changed");
			ProjectMerge.apply(o, plan, t::text, Map.of(c.id(), Resolution.THEIRS));
			assertNotNull(CodePaths.find(o.model().getCodebook(), FRAMEWORK + " / Leaders"));
		}
	}

	@Test
	void aCodeDeletedThereButUsedHereIsAConflictAndUnusedDeletionsCarryOver() {
		work(ours, p -> {
			Coder coder = new Coder(p);
			coder.code(source(p, 0), 200, 260, code(p, TACIT), coder.coder("Ana"));
		});
		int[] tacitBefore = new int[1];
		work(theirs, p -> {
			CodebookEditor codebook = new CodebookEditor(p);
			tacitBefore[0] = codebook.codingsOf(code(p, TACIT), true);
			codebook.delete(code(p, TACIT));
			codebook.delete(code(p, STABILITY));
		});
		try (ExcerptaProject b = ExcerptaProject.openReadOnly(base); ExcerptaProject t = ExcerptaProject.openReadOnly(theirs);
				ExcerptaProject o = ExcerptaProject.open(ours)) {
			MergePlan plan = ProjectMerge.plan(b.model(), o.model(), t.model());
			assertEquals(1, plan.conflicts().size(), plan.conflicts().toString());
			MergeConflict c = plan.conflicts().get(0);
			assertEquals(MergeConflict.Kind.DELETED_THERE_CHANGED_HERE, c.kind());
			assertTrue(c.element().contains("Tacit"), c.element());
			ProjectMerge.apply(o, plan, t::text, Map.of(c.id(), Resolution.OURS));
			Code tacit = CodePaths.find(o.model().getCodebook(), TACIT);
			assertNotNull(tacit, "kept: we coded with it");
			assertEquals(1, tacitBefore[0], "the shared coding of Tacit was deleted there with the code");
			assertEquals(2, new CodebookEditor(o).codingsOf(tacit, true), "keeping the code keeps every coding of it");
			assertEquals(null, CodePaths.find(o.model().getCodebook(), STABILITY), "their unused deletion carried over");
		}
	}

	/** The mirror case: we deleted a code they went on coding with, and we take theirs: the code comes back with their coding. */
	@Test
	void aCodeDeletedHereButUsedThereIsRestoredWhenTheirsIsTaken() {
		work(ours, p -> new CodebookEditor(p).delete(code(p, TACIT)));
		work(theirs, p -> {
			Coder coder = new Coder(p);
			coder.code(source(p, 1), 20, 70, code(p, TACIT), coder.coder("Ben"));
		});
		try (ExcerptaProject b = ExcerptaProject.openReadOnly(base); ExcerptaProject t = ExcerptaProject.openReadOnly(theirs);
				ExcerptaProject o = ExcerptaProject.open(ours)) {
			MergePlan plan = ProjectMerge.plan(b.model(), o.model(), t.model());
			assertEquals(1, plan.conflicts().size(), plan.conflicts().toString());
			MergeConflict c = plan.conflicts().get(0);
			assertEquals(MergeConflict.Kind.DELETED_HERE_CHANGED_THERE, c.kind());
			assertTrue(c.element().contains("Tacit"), c.element());
			MergeResult result = ProjectMerge.apply(o, plan, t::text, Map.of(c.id(), Resolution.THEIRS));
			Code tacit = CodePaths.find(o.model().getCodebook(), TACIT);
			assertNotNull(tacit, "the code, restored as they have it");
			assertEquals(1, new CodebookEditor(o).codingsOf(tacit, true), "with their new coding; the shared one stays deleted");
			assertEquals(List.of(), result.notMerged());
		}
	}

	@Test
	void withoutACommonAncestorEveryCodingOfBothCopiesIsKeptAndDifferencesAreConflicts() {
		work(ours, p -> {
			Coder coder = new Coder(p);
			coder.code(source(p, 0), 10, 60, code(p, INNOVATION), coder.coder("Ana"));
			new CodebookEditor(p).setColor(code(p, INNOVATION), "#112233");
		});
		work(theirs, p -> {
			Coder coder = new Coder(p);
			coder.code(source(p, 1), 10, 60, code(p, INNOVATION), coder.coder("Ben"));
			new CodebookEditor(p).delete(code(p, STABILITY));
		});
		List<String> union = new ArrayList<>(new java.util.TreeSet<>(concat(codings(ours), codings(theirs))));
		try (ExcerptaProject t = ExcerptaProject.openReadOnly(theirs); ExcerptaProject o = ExcerptaProject.open(ours)) {
			MergePlan plan = ProjectMerge.plan(null, o.model(), t.model());
			assertFalse(plan.isThreeWay());
			assertEquals(1, plan.conflicts().size(), "the colour differs: " + plan.conflicts());
			MergeResult r = ProjectMerge.apply(o, plan, t::text, Map.of(plan.conflicts().get(0).id(), Resolution.OURS));
			assertEquals(0, r.deleted(), "without a base nothing is deleted");
			assertEquals(union, ProjectCopies.codings(o));
			assertNotNull(CodePaths.find(o.model().getCodebook(), STABILITY));
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * Attribute values are matched by case and variable (REFI-QDA gives them no GUID): a value one
	 * side changed is taken, one both sides changed differently is a conflict named by its case
	 * and variable, and the values neither side touched stay as they are.
	 */
	@Test
	void attributeValuesChangedOnOneSideAreTakenAndOnBothAreAConflict() {
		work(ours, p -> setRole(p, 0, "Nurse"));
		work(theirs, p -> {
			setRole(p, 1, "Commissioner");
			setRole(p, 0, "Manager");
		});
		try (ExcerptaProject b = ExcerptaProject.openReadOnly(base); ExcerptaProject t = ExcerptaProject.openReadOnly(theirs);
				ExcerptaProject o = ExcerptaProject.open(ours)) {
			String untouched = role(o, 2);
			MergePlan plan = ProjectMerge.plan(b.model(), o.model(), t.model());
			assertEquals(1, plan.updateCount(), "their change of the second case's role");
			assertEquals(1, plan.conflicts().size(), plan.conflicts().toString());
			MergeConflict c = plan.conflicts().get(0);
			assertEquals(MergeConflict.Kind.CHANGED_BOTH, c.kind());
			assertEquals("value", c.feature());
			assertEquals("Nurse", c.ours());
			assertEquals("Manager", c.theirs());
			assertEquals(((org.excerpta.model.Case) roleValue(o, 0).eContainer()).getGuid() + "#" + roleVariable(o).getGuid() + ":value", c.id(),
					"the conflict names the case and the variable");
			ProjectMerge.apply(o, plan, t::text, Map.of(c.id(), Resolution.OURS));
			assertEquals("Nurse", role(o, 0), "our choice in the conflict");
			assertEquals("Commissioner", role(o, 1), "their change, taken");
			assertEquals(untouched, role(o, 2), "a value neither side changed");
		}
	}

	@Test
	void aCaseWithTwoValuesOfOneVariableCannotBeMerged() {
		work(theirs, p -> {
			org.excerpta.model.Case first = (org.excerpta.model.Case) roleValue(p, 0).eContainer();
			org.excerpta.model.VariableValue twin = org.eclipse.emf.ecore.util.EcoreUtil.copy(roleValue(p, 0));
			twin.setGuid(java.util.UUID.randomUUID().toString());
			p.execute(org.eclipse.emf.edit.command.AddCommand.create(p.editingDomain(), first,
					org.excerpta.model.ExcerptaPackage.Literals.CASE__VALUES, twin));
		});
		try (ExcerptaProject b = ExcerptaProject.openReadOnly(base); ExcerptaProject t = ExcerptaProject.openReadOnly(theirs);
				ExcerptaProject o = ExcerptaProject.openReadOnly(ours)) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectMerge.plan(b.model(), o.model(), t.model()));
			assertTrue(e.getMessage().contains("share the GUID " + ((org.excerpta.model.Case) roleValue(t, 0).eContainer()).getGuid() + "#"),
					e.getMessage());
		}
	}

	private static org.excerpta.model.Variable roleVariable(ExcerptaProject p) {
		return p.model().getVariables().stream().filter(v -> v.getName().equals("Role")).findFirst().orElseThrow();
	}

	/** The Role value of the n-th case that has one (the sample's interviewees and respondents alike). */
	private static org.excerpta.model.VariableValue roleValue(ExcerptaProject p, int n) {
		return p.model().getCases().stream().flatMap(c -> c.getValues().stream()).filter(v -> v.getVariable() == roleVariable(p))
				.skip(n).findFirst().orElseThrow();
	}

	private static String role(ExcerptaProject p, int caseIndex) {
		return roleValue(p, caseIndex).getValue();
	}

	private static void setRole(ExcerptaProject p, int caseIndex, String role) {
		p.execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), roleValue(p, caseIndex),
				org.excerpta.model.ExcerptaPackage.Literals.VARIABLE_VALUE__VALUE, role));
	}

	private static void work(Path folder, Consumer<ExcerptaProject> change) {
		try (ExcerptaProject p = ExcerptaProject.open(folder)) {
			change.accept(p);
		}
	}

	private static List<String> codings(Path folder) {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(folder)) {
			return ProjectCopies.codings(p);
		}
	}

	private static TextSource source(ExcerptaProject p, int index) {
		return (TextSource) p.model().getSources().get(index);
	}

	private static Code code(ExcerptaProject p, String path) {
		return new CodebookEditor(p).find(path);
	}
}
