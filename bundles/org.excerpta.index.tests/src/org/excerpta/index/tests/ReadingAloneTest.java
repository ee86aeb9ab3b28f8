package org.excerpta.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ListedSource;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that only reads (the command line's counts, excerpts and search) opens the index alone
 * when it reflects every change of the project, and must then answer exactly as with the project
 * open: same codes and paths, same coders, same totals, same excerpts, same context text.
 */
class ReadingAloneTest {

	@TempDir
	Path tmp;

	private static final String TWO_PARAGRAPHS = "First paragraph of a long answer.\n\nSecond paragraph, after a blank line.";

	/** The sample project, coded in a transcript (text file), in answers (inline), and in an inline text of two paragraphs. */
	private static void codeSomething(ExcerptaProject p) {
		Coder coder = new Coder(p);
		User ann = coder.coder("Ann");
		Code tacit = CodePaths.find(p.model().getCodebook(), "Commissioner-provider relationships framework / Knowledge management / Tacit");
		assertNotNull(tacit, "the sample's codebook");
		TextSource transcript = null;
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t && t.getKind() == SourceKind.TRANSCRIPT && transcript == null) {
				transcript = t;
			}
		}
		coder.code(transcript, 120, 180, tacit, ann);
		int answers = 0;
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t && t.getKind() == SourceKind.SURVEY_ANSWER && answers < 5) {
				coder.code(t, 2, Math.min(20, t.getLength()), tacit, ann);
				answers++;
			}
		}
		TextSource inline = ModelElements.textSource("Inline memo text", SourceKind.DOCUMENT, ann);
		inline.setPlainTextContent(TWO_PARAGRAPHS);
		inline.setLength(TWO_PARAGRAPHS.codePointCount(0, TWO_PARAGRAPHS.length()));
		p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, inline));
		coder.code(inline, 40, 56, tacit, ann);
	}

	@Test
	void theIndexAloneAnswersAsTheOpenProjectDoes() {
		Path dir = tmp.resolve("s");
		List<Excerpt> withProject;
		List<String> contexts;
		List<List<String>> caseNames;
		ProjectOutline open;
		try (ExcerptaProject p = SampleProject.createIn(dir); ProjectIndex index = ProjectIndex.open(p)) {
			codeSomething(p);
			withProject = index.excerpts(List.of(code(p, "Tacit")), Map.of(), null, 1000);
			contexts = withProject.stream().map(e -> index.sourceText(e.sourceGuid())).toList();
			caseNames = withProject.stream().map(e -> namesOf(index, e)).toList();
			assertTrue(caseNames.stream().filter(n -> !n.isEmpty()).count() >= 5, "the answers' respondents: " + caseNames);
			open = index.outline();
			assertEquals(7, withProject.size(), "a transcript, five answers, an inline text of two paragraphs");
			assertTrue(contexts.contains(TWO_PARAGRAPHS));
			assertEquals(p.model().getCases().size(), open.cases());
		}
		try (ProjectIndex alone = ProjectIndex.openForReading(dir)) {
			assertNotNull(alone, "the index was committed on closing, with every change");
			assertTrue(alone.isReadingAlone());
			ProjectOutline read = alone.outline();
			assertEquals(paths(open), paths(read), "the same codebook, in the same order");
			assertEquals(open.allCodes().stream().map(Code::getGuid).toList(), read.allCodes().stream().map(Code::getGuid).toList());
			assertEquals(open.allCodes().stream().map(Code::getColor).toList(), read.allCodes().stream().map(Code::getColor).toList());
			assertEquals(open.cases(), read.cases());
			assertEquals(open.textLength(), read.textLength());
			assertEquals(open.coders().stream().map(User::getName).toList(), read.coders().stream().map(User::getName).toList());
			assertEquals("Ann", read.coderWithGuid(read.coder("Ann").getGuid()).getName());
			String tacit = CodePaths.find(read.codebook(), "Commissioner-provider relationships framework / Knowledge management / Tacit").getGuid();
			List<Excerpt> alone1 = alone.excerpts(List.of(tacit), Map.of(), null, 1000);
			assertEquals(withProject, alone1, "the same excerpts");
			assertEquals(contexts, alone1.stream().map(e -> alone.sourceText(e.sourceGuid())).toList(),
					"the same source texts: from the text file, an answer's one passage, an inline text kept whole");
			assertEquals(caseNames, alone1.stream().map(e -> namesOf(alone, e)).toList(), "the same cases, by name");
			assertEquals("Commissioner-provider relationships framework / Knowledge management / Tacit", CodePaths.pathOf(read.code(tacit)));
		}
	}

	/**
	 * The Project Explorer lists a loading project's sources from the index: the same sources as
	 * the project has (but one of white space only, which has no passage to index), survey answers
	 * told apart, sorted by name as people read names. Over a thousand, so that the names are read
	 * block by block on several threads.
	 */
	@Test
	void theIndexAloneListsTheSourcesAsTheProjectDoes() {
		Path dir = tmp.resolve("s");
		List<ListedSource> withProject;
		try (ExcerptaProject p = SampleProject.createIn(dir); ProjectIndex index = ProjectIndex.open(p)) {
			User ann = new Coder(p).coder("Ann");
			org.eclipse.emf.common.command.CompoundCommand add = new org.eclipse.emf.common.command.CompoundCommand();
			for (String name : List.of("Interview 10", "Interview 2", "interview 3", "Interview 02b", "Site 1 notes", "Site 01 notes")) {
				add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, inline(name, "Text of " + name + ".", ann)));
			}
			for (int i = 1; i <= 1200; i++) {
				add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, inline("Note " + i, "Note number " + i, ann)));
			}
			add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, inline("Blank", " \n ", ann)));
			p.execute(add);
			withProject = index.sources();
			assertEquals(p.model().getSources().size(), withProject.size());
		}
		List<String> names = withProject.stream().map(ListedSource::name).toList();
		assertEquals(List.of("Interview 2", "Interview 02b", "interview 3", "Interview 10"), names.stream().filter(n -> n.toLowerCase().startsWith("interview ")).toList(),
				"numbers as numbers, letters without regard to case");
		assertTrue(names.indexOf("Note 9") + 1 == names.indexOf("Note 10") && names.indexOf("Note 99") + 1 == names.indexOf("Note 100"), "Note 9, 10, ..., 99, 100");
		assertEquals(names.indexOf("Site 01 notes") + 1, names.indexOf("Site 1 notes"), "equal numbers: the plain order decides");
		try (ProjectIndex alone = ProjectIndex.openForReading(dir)) {
			assertNotNull(alone);
			List<ListedSource> listed = alone.sources();
			assertEquals(withProject.stream().filter(s -> !s.name().equals("Blank")).toList(), listed,
					"the same GUIDs, names, kinds and order, but the source of white space only");
			assertTrue(listed.stream().filter(ListedSource::surveyAnswer).count() > 10, "the sample's survey answers");
			assertTrue(listed.stream().anyMatch(s -> !s.surveyAnswer() && s.name().startsWith("Note ")));
		}
	}

	private static TextSource inline(String name, String text, User creator) {
		TextSource t = ModelElements.textSource(name, SourceKind.DOCUMENT, creator);
		t.setPlainTextContent(text);
		t.setLength(text.codePointCount(0, text.length()));
		return t;
	}

	@Test
	void anIndexBehindTheProjectIsNotReadAlone() throws IOException {
		Path dir = tmp.resolve("s");
		try (ExcerptaProject p = SampleProject.createIn(dir); ProjectIndex index = ProjectIndex.open(p)) {
			assertNotNull(index);
		}
		assertTrue(readableAlone(dir));
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			codeSomething(p); // no index open: the index does not follow
		}
		assertNull(ProjectIndex.openForReading(dir), "stale: the project has changed since the index's last commit");
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			assertTrue(index.notes().toString().contains("stale"), index.notes()::toString);
		}
		assertTrue(readableAlone(dir), "a reader of the project rebuilt and committed it");
		try (Stream<Path> files = Files.list(dir.resolve("index"))) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
		assertNull(ProjectIndex.openForReading(dir), "no index");
		assertNull(ProjectIndex.openForReading(tmp.resolve("not a project")), "the caller's opening of the project says what is wrong");
	}

	/** An excerpt's cases by name, in its order. */
	private static List<String> namesOf(ProjectIndex index, Excerpt e) {
		Map<String, String> names = index.caseNames(e.caseGuids());
		return e.caseGuids().stream().filter(names::containsKey).map(names::get).toList();
	}

	private static boolean readableAlone(Path dir) {
		ProjectIndex index = ProjectIndex.openForReading(dir);
		if (index == null) {
			return false;
		}
		index.close();
		return true;
	}

	private static String code(ExcerptaProject p, String name) {
		for (var it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.getName().equals(name)) {
				return c.getGuid();
			}
		}
		throw new AssertionError(name);
	}

	private static List<String> paths(ProjectOutline o) {
		return o.allCodes().stream().map(CodePaths::pathOf).toList();
	}
}
