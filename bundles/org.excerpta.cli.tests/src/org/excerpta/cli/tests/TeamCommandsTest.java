package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two coders share the sample project through a bare repository (as on a shared drive) from the command line. */
class TeamCommandsTest {

	private static final String LEADERSHIP = "Commissioner-provider relationships framework / Leadership";

	@TempDir
	Path tmp;

	@Test
	void initClonePushPullAndSettleAConflictFromTheCommandLine() throws Exception {
		Path remote = tmp.resolve("shared-drive/study.git");
		org.eclipse.jgit.api.Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path lead = tmp.resolve("lead");
		assertEquals(0, CliRun.run("sample", lead.toString()).exitCode());
		CliRun init = CliRun.run("share", "init", lead.toString(), "--remote", remote.toUri().toString(), "--coder", "Lead");
		assertEquals(0, init.exitCode(), init.err());
		assertEquals(0, CliRun.run("share", "push", lead.toString()).exitCode());
		Path ana = tmp.resolve("ana");
		Path ben = tmp.resolve("ben");
		assertEquals(0, CliRun.run("share", "clone", remote.toUri().toString(), ana.toString()).exitCode());
		assertEquals(0, CliRun.run("share", "clone", remote.toUri().toString(), ben.toString()).exitCode());

		String anaCoding = codeAndRename(ana, "Ana", 0, "Leadership style");
		CliRun push = CliRun.run("share", "push", ana.toString(), "--coder", "Ana");
		assertEquals(0, push.exitCode(), push.err());
		String benCoding = codeAndRename(ben, "Ben", 1, "Leaders");
		CliRun refused = CliRun.run("share", "push", ben.toString(), "--coder", "Ben");
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("pull"), refused.err());

		CliRun stopped = CliRun.run("share", "pull", ben.toString(), "--coder", "Ben");
		assertEquals(1, stopped.exitCode(), stopped.out());
		assertTrue(stopped.err().contains("Leaders") && stopped.err().contains("Leadership style"), stopped.err());
		CliRun settled = CliRun.run("share", "pull", ben.toString(), "--coder", "Ben", "--prefer", "theirs");
		assertEquals(0, settled.exitCode(), settled.err());
		assertTrue(settled.out().contains("merged"), settled.out());
		assertEquals(0, CliRun.run("share", "push", ben.toString(), "--coder", "Ben").exitCode());
		assertEquals(0, CliRun.run("share", "pull", ana.toString(), "--coder", "Ana").exitCode());

		for (Path copy : new Path[] { ana, ben }) {
			try (ExcerptaProject p = ExcerptaProject.openReadOnly(copy)) {
				CodebookEditor codebook = new CodebookEditor(p);
				assertEquals(2, codebook.codingsOf(codebook.find("Commissioner-provider relationships framework / Leadership style"), false),
						copy + " holds both coders' codings");
				assertTrue(p.store().find(anaCoding) != null && p.store().find(benCoding) != null);
			}
		}
		CliRun status = CliRun.run("share", "status", ana.toString());
		assertEquals(0, status.exitCode(), status.err());
		assertTrue(status.out().contains("0 commit(s) to push, 0 to pull"), status.out());
	}

	/**
	 * A survey-only project shared and cloned: git keeps no empty folders, so the clone has no
	 * folder for documents' texts. A transcript imported into it must still be stored (it failed
	 * with "cannot store the text: .../sources/....txt.tmp"), and reach the lead.
	 */
	@Test
	void aCloneOfASurveyOnlyProjectTakesDocuments() throws Exception {
		Path remote = tmp.resolve("shared-drive/survey.git");
		org.eclipse.jgit.api.Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path lead = tmp.resolve("lead");
		assertEquals(0, CliRun.run("new", lead.toString()).exitCode());
		Path csv = java.nio.file.Files.writeString(tmp.resolve("staff-survey.csv"),
				"id,role,comment\nR1,GP,We need more staff at weekends\nR2,Nurse,The rota changes too often\n");
		CliRun survey = CliRun.run("import-survey", lead.toString(), csv.toString(), "--id", "id", "--text", "comment");
		assertEquals(0, survey.exitCode(), survey.err());
		assertEquals(0, CliRun.run("share", "init", lead.toString(), "--remote", remote.toString(), "--coder", "Lead").exitCode());
		assertEquals(0, CliRun.run("share", "push", lead.toString()).exitCode());
		Path ana = tmp.resolve("ana");
		assertEquals(0, CliRun.run("share", "clone", remote.toString(), ana.toString()).exitCode());
		Path interview = java.nio.file.Files.writeString(tmp.resolve("ward-manager.txt"),
				"Interviewer: How are weekends staffed?\nParticipant: Mostly with agency nurses.\n");

		CliRun imported = CliRun.run("import", ana.toString(), interview.toString());

		assertEquals(0, imported.exitCode(), imported.err());
		assertEquals(0, CliRun.run("share", "push", ana.toString(), "--coder", "Ana").exitCode());
		assertEquals(0, CliRun.run("share", "pull", lead.toString(), "--coder", "Lead").exitCode());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(lead)) {
			org.excerpta.model.TextSource t = (org.excerpta.model.TextSource) p.model().getSources().stream()
					.filter(s -> s.getName().equals("ward-manager")).findFirst().orElseThrow();
			assertTrue(p.text(t).contains("agency nurses"), "the lead reads Ana's interview");
		}
	}

	/**
	 * The sample project shared by a lead through a bare repository on a drive (its HEAD naming
	 * {@code headBranch}), and cloned by a colleague.
	 */
	private static void shareSampleAndClone(Path remote, String headBranch, Path lead, Path colleague) throws Exception {
		org.eclipse.jgit.api.Git.init().setBare(true).setInitialBranch(headBranch).setDirectory(remote.toFile()).call().close();
		assertEquals(0, CliRun.run("sample", lead.toString()).exitCode());
		CliRun init = CliRun.run("share", "init", lead.toString(), "--remote", remote.toString(), "--coder", "Lead");
		assertEquals(0, init.exitCode(), init.err());
		CliRun push = CliRun.run("share", "push", lead.toString());
		assertEquals(0, push.exitCode(), push.err());
		CliRun clone = CliRun.run("share", "clone", remote.toString(), colleague.toString());
		assertEquals(0, clone.exitCode(), clone.err());
	}

	/** A pull that brings a colleague's coding alone says the index took it in, and the index answers with it at once. */
	@Test
	void aPullOfColleaguesCodingKeepsTheSearchIndexAndSaysSo() throws Exception {
		Path lead = tmp.resolve("lead");
		Path ana = tmp.resolve("ana");
		shareSampleAndClone(tmp.resolve("drive/study.git"), "main", lead, ana);
		assertEquals(0, CliRun.run("counts", lead.toString()).exitCode(), "builds the lead's index");
		String innovation = "Commissioner-provider relationships framework / Innovation";
		CliRun coded = CliRun.run("code", ana.toString(), "--query", "innovation", "--code", innovation, "--unit", "paragraph", "--coder", "Ana");
		assertEquals(0, coded.exitCode(), coded.err());
		assertEquals(0, CliRun.run("share", "push", ana.toString(), "--coder", "Ana").exitCode());

		CliRun pull = CliRun.run("share", "pull", lead.toString(), "--coder", "Lead");

		assertEquals(0, pull.exitCode(), pull.err());
		assertTrue(pull.out().contains("fast-forward") && pull.out().contains("took in the pulled coding"), pull.out());
		CliRun excerpts = CliRun.run("excerpts", lead.toString(), "--code", innovation, "--coder", "Ana");
		assertEquals(0, excerpts.exitCode(), excerpts.err());
		assertTrue(excerpts.out().toLowerCase().contains("innovation"), excerpts.out());
	}

	/**
	 * A colleague imports a real interview (PDPilot's P5, a PDF transcript of 136 speaker turns) and
	 * codes the turns about explainability; the lead's pull takes both into the lead's index, which
	 * is current straight after it (nothing to rebuild): a search finds the interview's words and the
	 * colleague's excerpts of it are listed.
	 */
	@Test
	void aPullOfAColleaguesImportedInterviewKeepsTheSearchIndex() throws Exception {
		Path lead = tmp.resolve("lead");
		Path ana = tmp.resolve("ana");
		shareSampleAndClone(tmp.resolve("drive/study.git"), "main", lead, ana);
		assertEquals(0, CliRun.run("counts", lead.toString()).exitCode(), "builds the lead's index");
		CliRun imported = CliRun.run("import", ana.toString(), org.excerpta.testing.SharedData.file("transcripts/pdpilot/P5.pdf").toString());
		assertEquals(0, imported.exitCode(), imported.err());
		String innovation = "Commissioner-provider relationships framework / Innovation";
		CliRun coded = CliRun.run("code", ana.toString(), "--query", "explainability", "--code", innovation, "--unit", "turn", "--coder", "Ana");
		assertEquals(0, coded.exitCode(), coded.err());
		assertEquals(0, CliRun.run("share", "push", ana.toString(), "--coder", "Ana").exitCode());

		CliRun pull = CliRun.run("share", "pull", lead.toString(), "--coder", "Lead");

		assertEquals(0, pull.exitCode(), pull.err());
		assertTrue(pull.out().contains("took in the pulled coding, codes, memos and documents"), pull.out());
		int sources;
		try (org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.openForReading(lead)) {
			assertTrue(index != null, "the lead's index is current after the pull");
			sources = index.outline().sources();
		}
		assertEquals(sourcesIn(lead), sources, "and counts the new interview");
		CliRun search = CliRun.run("search", lead.toString(), "explainability");
		assertEquals(0, search.exitCode(), search.err());
		assertTrue(search.out().contains("P5"), "the interview's words are found: " + search.out());
		CliRun excerpts = CliRun.run("excerpts", lead.toString(), "--code", innovation, "--coder", "Ana");
		assertEquals(0, excerpts.exitCode(), excerpts.err());
		assertTrue(excerpts.out().contains("P5"), "Ana's excerpts of it: " + excerpts.out());
	}

	/** How many sources the project has, read from the project itself. */
	private static int sourcesIn(Path folder) {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(folder)) {
			return p.model().getSources().size();
		}
	}

	/**
	 * A shared drive's repository made as the user guide says, {@code git init --bare}: its HEAD names
	 * git's default branch (master here), not the one Excerpta pushes (main). Cloning it failed with
	 * "Remote branch 'HEAD' not found in upstream origin".
	 */
	@Test
	void aBareRepositoryWhoseHeadNamesAnotherBranchIsClonedFromMain() throws Exception {
		Path lead = tmp.resolve("plain-lead");
		Path ana = tmp.resolve("plain-ana");
		shareSampleAndClone(tmp.resolve("drive/plain.git"), "master", lead, ana);
		String coding = codeAndRename(ana, "Ana", 0, "Leadership style");
		CliRun anaPush = CliRun.run("share", "push", ana.toString(), "--coder", "Ana");
		assertEquals(0, anaPush.exitCode(), anaPush.err());
		CliRun pull = CliRun.run("share", "pull", lead.toString(), "--coder", "Lead");
		assertEquals(0, pull.exitCode(), pull.err());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(lead)) {
			assertTrue(p.store().find(coding) != null, "Ana's coding reached the lead through the plain bare repository");
		}
	}

	@Test
	void mergeOfACopyWithoutAncestorKeepsBothCodingsAndStopsAtConflicts() {
		Path ours = tmp.resolve("ours");
		Path theirs = tmp.resolve("theirs");
		assertEquals(0, CliRun.run("sample", ours.toString()).exitCode());
		// A colleague's copy: the same project (same GUIDs) coded elsewhere.
		try {
			copy(ours, theirs);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		String a = codeAndRename(ours, "Ana", 0, "Leadership style");
		String b = codeAndRename(theirs, "Ben", 1, "Leaders");
		CliRun dry = CliRun.run("merge", ours.toString(), theirs.toString(), "--dry-run");
		assertEquals(0, dry.exitCode(), dry.err());
		assertTrue(dry.out().contains("1 conflict(s)"), dry.out());
		CliRun stopped = CliRun.run("merge", ours.toString(), theirs.toString());
		assertEquals(1, stopped.exitCode());
		String id = stopped.err().lines().filter(l -> l.startsWith("  ")).findFirst().orElseThrow().strip().split("\\s+")[0];
		CliRun merged = CliRun.run("merge", ours.toString(), theirs.toString(), "--take", id + "=ours");
		assertEquals(0, merged.exitCode(), merged.err());
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(ours)) {
			assertTrue(p.store().find(a) != null && p.store().find(b) != null, "both codings kept");
			CodebookEditor codebook = new CodebookEditor(p);
			assertEquals(2, codebook.codingsOf(codebook.find("Commissioner-provider relationships framework / Leadership style"), false));
		}
	}

	/** Thirty cases renamed differently on both sides: the listing shows the first 25 and says how many more; --all shows all. */
	@Test
	void manyConflictsAreListedShortUnlessAllAreAskedFor() {
		Path ours = tmp.resolve("many-ours");
		Path theirs = tmp.resolve("many-theirs");
		assertEquals(0, CliRun.run("sample", ours.toString()).exitCode());
		try {
			copy(ours, theirs);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		renameThirty(ours, " (A)");
		renameThirty(theirs, " (B)");
		CliRun dry = CliRun.run("merge", ours.toString(), theirs.toString(), "--dry-run");
		assertEquals(0, dry.exitCode(), dry.err());
		assertTrue(dry.out().contains("30 conflict(s)"), dry.out());
		assertEquals(25, dry.out().lines().filter(l -> l.startsWith("  conflict ")).count(), dry.out());
		assertTrue(dry.out().contains("  ... and 5 more (--all lists every one)"), dry.out());
		CliRun all = CliRun.run("merge", ours.toString(), theirs.toString(), "--dry-run", "--all");
		assertEquals(30, all.out().lines().filter(l -> l.startsWith("  conflict ")).count(), all.out());
		assertTrue(!all.out().contains("more (--all"), all.out());
		CliRun stopped = CliRun.run("merge", ours.toString(), theirs.toString());
		assertEquals(1, stopped.exitCode());
		assertTrue(stopped.err().contains("30 conflict(s) need your decision; nothing was changed"), stopped.err());
		assertTrue(stopped.err().contains("  ... and 5 more (--all lists every one)"), stopped.err());
		CliRun settled = CliRun.run("merge", ours.toString(), theirs.toString(), "--prefer", "theirs");
		assertEquals(0, settled.exitCode(), settled.err());
	}

	/** Renames the first thirty cases (respondents), as a coder tidying their IDs might. */
	private static void renameThirty(Path dir, String suffix) {
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			for (org.excerpta.model.Case c : p.model().getCases().subList(0, 30)) {
				p.execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), c,
						org.excerpta.model.ExcerptaPackage.Literals.CASE__NAME, c.getName() + suffix));
			}
		}
	}

	private static String codeAndRename(Path dir, String coderName, int sourceIndex, String newName) {
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			CodebookEditor codebook = new CodebookEditor(p);
			Coder coder = new Coder(p);
			String guid = coder.code((TextSource) p.model().getSources().get(sourceIndex), 20, 80, codebook.find(LEADERSHIP),
					coder.coder(coderName)).getGuid();
			codebook.rename(codebook.find(LEADERSHIP), newName);
			return guid;
		}
	}

	private static void copy(Path from, Path to) throws java.io.IOException {
		try (var files = java.nio.file.Files.walk(from)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Path rel = from.relativize(f);
				if (rel.toString().equals(".excerpta.lock") || rel.startsWith("index")) {
					continue;
				}
				Path t = to.resolve(rel.toString());
				if (java.nio.file.Files.isDirectory(f)) {
					java.nio.file.Files.createDirectories(t);
				} else {
					java.nio.file.Files.copy(f, t);
				}
			}
		}
	}
}
