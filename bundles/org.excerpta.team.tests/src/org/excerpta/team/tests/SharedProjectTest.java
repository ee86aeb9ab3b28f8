package org.excerpta.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.core.store.ProjectLockedException;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.TextSource;
import org.excerpta.team.git.PullResult;
import org.excerpta.team.git.SharedProject;
import org.excerpta.team.merge.MergeConflict;
import org.excerpta.team.merge.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coders share a project through a real git server on loopback and end with identical projects. */
class SharedProjectTest {

	private static final String[] CODES = { "Commissioner-provider relationships framework / Innovation",
			"Commissioner-provider relationships framework / Leadership",
			"Commissioner-provider relationships framework / Knowledge management / Tacit",
			"Network management framework / Managing knowledge flows" };

	@TempDir
	Path tmp;
	GitDaemon daemon;
	String url;

	@BeforeEach
	void server() throws Exception {
		Path served = Files.createDirectories(tmp.resolve("server"));
		daemon = GitDaemon.start(served);
		url = daemon.newRepository("study.git");
		Path lead = tmp.resolve("lead");
		SampleProject.createIn(lead).close();
		try (SharedProject shared = SharedProject.init(lead, "Lead", url)) {
			assertTrue(shared.push(), "the first push to an empty repository");
		}
		assertTrue(Files.exists(lead.resolve(".git")));
	}

	@AfterEach
	void stop() throws Exception {
		daemon.close();
	}

	/** A coder's clone of the shared project, in a folder of their name. */
	private Path cloned(String coder) {
		Path folder = tmp.resolve(coder);
		SharedProject.cloneFrom(url, folder).close();
		return folder;
	}

	@Test
	void threeCodersCodingInParallelEndWithIdenticalProjectsHoldingEveryCoding() throws Exception {
		List<String> coders = List.of("Ana", "Ben", "Cai");
		for (String c : coders) {
			cloned(c);
		}
		List<String> made = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(coders.size());
		List<Future<Integer>> rounds = new ArrayList<>();
		for (int i = 0; i < coders.size(); i++) {
			int n = i;
			rounds.add(pool.submit(() -> codeAndShare(coders.get(n), n, made)));
		}
		for (Future<Integer> f : rounds) {
			assertTrue(f.get() >= 1);
		}
		pool.shutdown();
		for (String c : coders) {
			try (SharedProject shared = SharedProject.open(tmp.resolve(c))) {
				PullResult r = shared.pull(c, Map.of());
				assertTrue(r.conflicts().isEmpty(), r.describe());
			}
		}
		List<String> first = null;
		for (String c : coders) {
			Path folder = tmp.resolve(c);
			assertFalse(Files.exists(folder.resolve(ProjectStore.INDEX_DIR)), "no index is shared or kept stale");
			try (ExcerptaProject p = ExcerptaProject.openReadOnly(folder)) {
				List<String> all = ProjectCopies.codings(p);
				TreeSet<String> guids = new TreeSet<>();
				for (String line : all) {
					guids.add(line.substring(line.lastIndexOf(" / ") + 3));
				}
				assertTrue(guids.containsAll(made), c + " lacks codings made by others");
				assertEquals(made.size(), guids.size(), c + " holds exactly the codings made");
				if (first == null) {
					first = all;
				} else {
					assertEquals(first, all, c + " differs from " + coders.get(0));
				}
			}
		}
	}

	/** Codes eight passages (two in a document of one's own, six in a document all three code), then pulls and pushes until the push lands. */
	private int codeAndShare(String name, int n, List<String> made) {
		try (ExcerptaProject p = ExcerptaProject.open(tmp.resolve(name))) {
			Coder coder = new Coder(p);
			CodebookEditor codebook = new CodebookEditor(p);
			TextSource shared = (TextSource) p.model().getSources().get(0);
			TextSource own = (TextSource) p.model().getSources().get(1 + n);
			for (int k = 0; k < 6; k++) {
				int start = 40 * (3 * k + n);
				Coding c = coder.code(shared, start, start + 30, codebook.find(CODES[k % CODES.length]), coder.coder(name));
				made.add(c.getGuid());
			}
			for (int k = 0; k < 2; k++) {
				Coding c = coder.code(own, 100 * k, 100 * k + 50, codebook.find(CODES[(n + k) % CODES.length]), coder.coder(name));
				made.add(c.getGuid());
			}
		}
		try (SharedProject shared = SharedProject.open(tmp.resolve(name))) {
			for (int attempt = 1; attempt <= 30; attempt++) {
				PullResult r = shared.pull(name, Map.of());
				assertTrue(r.conflicts().isEmpty(), name + ": " + r.describe());
				if (shared.push()) {
					return attempt;
				}
			}
		}
		throw new AssertionError(name + " could not push after 30 attempts");
	}

	@Test
	void aPullWithClashingRenamesChangesNothingUntilTheUserDecides() throws Exception {
		Path ana = cloned("ana");
		Path ben = cloned("ben");
		rename(ana, "Leadership style");
		try (SharedProject shared = SharedProject.open(ana)) {
			assertEquals(PullResult.Outcome.UP_TO_DATE, shared.pull("Ana", Map.of()).outcome());
			assertTrue(shared.push());
		}
		rename(ben, "Leaders");
		try (SharedProject shared = SharedProject.open(ben)) {
			assertFalse(shared.push(), "the remote moved on: the push is refused");
			PullResult r = shared.pull("Ben", Map.of());
			assertEquals(PullResult.Outcome.CONFLICTS, r.outcome());
			MergeConflict c = r.conflicts().get(0);
			assertEquals("Leaders", c.ours());
			assertEquals("Leadership style", c.theirs());
			assertNotNull(find(ben, "Leaders"), "nothing changed while the conflict is open");
			PullResult settled = shared.pull("Ben", Map.of(c.id(), Resolution.THEIRS));
			assertEquals(PullResult.Outcome.MERGED, settled.outcome());
			assertTrue(shared.push());
		}
		assertNotNull(find(ben, "Leadership style"));
		try (SharedProject shared = SharedProject.open(ana)) {
			assertEquals(PullResult.Outcome.FAST_FORWARD, shared.pull("Ana", Map.of()).outcome());
		}
		assertNotNull(find(ana, "Leadership style"));
	}

	@Test
	void sharingWhileTheProjectIsOpenInAnotherProgramIsRefusedAndCommitsNothing() throws Exception {
		Path ana = cloned("ana");
		rename(ana, "Leadership style");
		try (ExcerptaProject open = ExcerptaProject.open(ana); SharedProject shared = SharedProject.open(ana)) {
			ProjectLockedException commit = assertThrows(ProjectLockedException.class, () -> shared.commit("Ana", "Work of Ana"));
			assertTrue(commit.getMessage().contains("already open in another Excerpta"), commit.getMessage());
			assertThrows(ProjectLockedException.class, () -> shared.pull("Ana", Map.of()));
			assertTrue(shared.push(), "nothing new was committed, so there is nothing to refuse");
			assertEquals(List.of(ProjectStore.MODEL_DIR), shared.status().changed().stream()
					.map(f -> f.substring(0, f.indexOf('/'))).distinct().toList(), "the rename is still uncommitted");
		}
		try (SharedProject shared = SharedProject.open(ana)) {
			assertTrue(shared.commit("Ana", "Work of Ana"), "once the project is closed, its work is committed");
			assertTrue(shared.push());
		}
	}

	@Test
	void sharingAProjectOpenInAnotherProgramIsRefusedAndLeavesItUnshared() throws Exception {
		Path solo = tmp.resolve("solo");
		SampleProject.createIn(solo).close();
		try (ExcerptaProject open = ExcerptaProject.open(solo)) {
			assertThrows(ProjectLockedException.class, () -> SharedProject.init(solo, "Ana", url));
			assertFalse(Files.exists(solo.resolve(".git")), "no half-made repository is left behind");
		}
		try (SharedProject shared = SharedProject.init(solo, "Ana", null)) {
			assertTrue(shared.status().changed().isEmpty(), "once closed, the project is shared whole");
		}
	}

	@Test
	void aCompactedProjectIsSharedWithoutTheFilesTheCompactionReplaced() throws Exception {
		Path ana = cloned("ana");
		Path ben = cloned("ben");
		List<String> before = modelFiles(ana);
		try (ExcerptaProject p = ExcerptaProject.open(ana)) {
			new CodebookEditor(p).rename(new CodebookEditor(p).find(CODES[1]), "Leadership style");
			p.store().compact();
		}
		List<String> after = modelFiles(ana);
		assertTrue(Collections.disjoint(before, after), "the compaction wrote a new generation: " + before + " -> " + after);
		try (SharedProject shared = SharedProject.open(ana)) {
			assertTrue(shared.commit("Ana", "Work of Ana"));
			assertTrue(shared.status().changed().isEmpty(), "new, changed and deleted files are all committed");
			assertTrue(shared.push());
		}
		try (SharedProject shared = SharedProject.open(ben)) {
			assertEquals(PullResult.Outcome.FAST_FORWARD, shared.pull("Ben", Map.of()).outcome());
		}
		assertEquals(after, modelFiles(ben), "Ben has Ana's files and none of those they replaced");
		assertNotNull(find(ben, "Leadership style"));
	}

	private static List<String> modelFiles(Path folder) throws java.io.IOException {
		try (var files = Files.list(folder.resolve(ProjectStore.MODEL_DIR))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	private static void rename(Path folder, String name) {
		try (ExcerptaProject p = ExcerptaProject.open(folder)) {
			CodebookEditor codebook = new CodebookEditor(p);
			codebook.rename(codebook.find(CODES[1]), name);
		}
	}

	private static Code find(Path folder, String name) {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(folder)) {
			return CodePaths.find(p.model().getCodebook(), "Commissioner-provider relationships framework / " + name);
		}
	}
}
