package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.ui.OpeningProject;
import org.excerpta.ui.ProjectSession;
import org.excerpta.ui.handlers.RedoHandler;
import org.excerpta.ui.handlers.UndoHandler;
import org.excerpta.ui.parts.CodebookPart;
import org.excerpta.ui.parts.CodedExcerptsPart;
import org.excerpta.ui.parts.CountsPart;
import org.excerpta.api.table.ReportTable;
import org.excerpta.ui.parts.DocumentPart;
import org.excerpta.index.SearchResults;
import org.excerpta.ui.parts.ProjectExplorerPart;
import org.excerpta.ui.parts.SearchPart;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

/**
 * At a million answers the model takes about twenty seconds to load and the index one. While the
 * model loads, the project is shown from its index alone: the codebook with its counts, a code's
 * excerpts with their cases and coders, and search; the passages a search finds can be coded.
 * When the model arrives the same views show the project itself, keeping what was chosen and coded.
 */
class ReadWhileLoadingTest {

	private static final String TACIT = "Commissioner-provider relationships framework / Knowledge management / Tacit";
	private static final String RELATIONAL = "Commissioner-provider relationships framework / Conflict and tension between partners / Relational";

	/** What the views showed in the moment the project was shown from its index, before its model arrived. */
	private final Map<String, Object> whileLoading = new LinkedHashMap<>();
	private final java.util.concurrent.CountDownLatch modelMayLoad = new java.util.concurrent.CountDownLatch(1);

	@Test
	void theViewsReadTheIndexWhileTheModelLoadsThenShowTheProject() throws Exception {
		Path folder = Files.createTempDirectory("excerpta-reading").resolve("sample");
		List<String> answersCoded = codeFiveAnswers(folder);

		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(1200, 700);
		shell.setLayout(new FillLayout());
		SashForm main = new SashForm(shell, SWT.HORIZONTAL);
		SashForm left = new SashForm(main, SWT.VERTICAL);
		SashForm right = new SashForm(main, SWT.VERTICAL);
		IEclipseContext window = PartHarness.windowContext("reading", display);
		window.set(ESelectionService.class, new RecordingSelectionService(new ArrayList<>()));
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		ProjectExplorerPart explorer = PartHarness.make(ProjectExplorerPart.class, window, new Composite(left, SWT.NONE));
		CodebookPart codebook = PartHarness.make(CodebookPart.class, window, new Composite(left, SWT.NONE));
		CodedExcerptsPart excerpts = PartHarness.make(CodedExcerptsPart.class, window, new Composite(right, SWT.NONE));
		SearchPart search = PartHarness.make(SearchPart.class, window, new Composite(right, SWT.NONE));
		DocumentPart document = PartHarness.make(DocumentPart.class, window, new Composite(right, SWT.NONE));
		CountsPart counts = PartHarness.make(CountsPart.class, window, new Composite(left, SWT.NONE));
		org.excerpta.ui.parts.SurveyGridPart grid = PartHarness.make(org.excerpta.ui.parts.SurveyGridPart.class, window,
				new Composite(left, SWT.NONE));
		shell.open();
		// Looks at the views right after the project is shown from its index: the job that loads the
		// model is then blocked until this runs (its own hand-over to the UI thread is queued after it).
		Runnable lookWhileLoading = () -> {
			whileLoading.put("current", session.current());
			whileLoading.put("opening", session.opening());
			whileLoading.put("explorer", explorer.viewer().getTree().getItem(0).getText());
			// The sources, listed from the index by a job of their own, sorted by name; a click opens one from the index.
			long until = System.currentTimeMillis() + 30_000;
			while (!explorer.viewer().getTree().getItem(0).getText().startsWith("Interviews and documents") && System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
				}
			}
			org.eclipse.swt.widgets.TreeItem[] listed = explorer.viewer().getTree().getItems();
			whileLoading.put("explorer listed", java.util.Arrays.stream(listed).map(org.eclipse.swt.widgets.TreeItem::getText).toList());
			whileLoading.put("interviews listed", java.util.Arrays.stream(listed[0].getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList());
			Object firstInterview = listed[0].getItems()[0].getData();
			explorer.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(firstInterview), true);
			whileLoading.put("interview heading", document.heading());
			whileLoading.put("interview text", document.textWidget().getCharCount());
			whileLoading.put("grid", grid.statusText());
			Code tacit = CodePaths.find(session.codebook(), TACIT);
			whileLoading.put("tacit", tacit);
			whileLoading.put("tacit label", findItem(codebook.viewer().getTree().getItems(), "Tacit"));
			whileLoading.put("codebook editable", codebook.canEdit());
			// Counts: Excerpta's own analyses, from the index.
			ReportTable frequencies = counts.crossWith(null);
			whileLoading.put("tacit counted", frequencies == null ? null : frequencies.row(tacit.getGuid()).cell(1).display());
			codebook.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(tacit), true);
			excerpts.showCode(tacit);
			whileLoading.put("excerpts", rows(excerpts.table()));
			search.search("trust");
			whileLoading.put("search hits", search.table().getItemCount());
			whileLoading.put("excerpt opened", excerpts.table().getItemCount() > 0);
			// Coding while the model loads: the whole answers (and interview turns) that mention trust, recorded from the index.
			whileLoading.put("index", session.index());
			search.chooseCode(tacit, org.excerpta.index.Autocoder.Unit.SENTENCE);
			whileLoading.put("sentences coded", PartHarness.codeAllHits(search, display));
			search.chooseCode(tacit, org.excerpta.index.Autocoder.Unit.ANSWER);
			whileLoading.put("answers coded", PartHarness.codeAllHits(search, display));
			whileLoading.put("tacit label after coding", findItem(codebook.viewer().getTree().getItems(), "Tacit"));
			whileLoading.put("excerpts after coding", excerpts.table().getItemCount());
			whileLoading.put("search hits after coding", search.table().getItemCount());
			// Coding a selection in the Document view, the source read from the index: the first hit's
			// source, its first ten characters, with Relational.
			search.open(0);
			whileLoading.put("document heading", document.heading());
			document.textWidget().setSelection(0, 10);
			document.textWidget().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			Code relational = CodePaths.find(session.codebook(), RELATIONAL);
			int before = session.index().codeCounts(Map.of()).containsKey(relational.getGuid())
					? session.index().codeCounts(Map.of()).get(relational.getGuid()).codings() : 0;
			whileLoading.put("relational before", before);
			whileLoading.put("selection coded", codebook.codeSelection(relational));
			whileLoading.put("relational after", session.index().codeCounts(Map.of()).get(relational.getGuid()).codings());
			// Quick-code keys while loading: key 4 made to stand for Relational (Ctrl+4 in the Codebook), then
			// characters 20-30 of the same source coded with the key.
			whileLoading.put("key 4 unset", document.codeWithQuickKey(4));
			org.excerpta.ui.QuickCodes.whileLoading(session.opening()).assign(4, relational);
			codebook.viewer().refresh();
			whileLoading.put("key label", findItem(codebook.viewer().getTree().getItems(), "[4]"));
			document.textWidget().setSelection(20, 30);
			whileLoading.put("key coded", document.codeWithQuickKey(4));
			whileLoading.put("relational after key", session.index().codeCounts(Map.of()).get(relational.getGuid()).codings());
			whileLoading.put("stripes", document.stripeLabels());
			// Edit > Undo takes the key's coding back, Edit > Redo makes it again.
			whileLoading.put("undo offered", edit(UndoHandler.class, CanExecute.class, window, shell));
			edit(UndoHandler.class, Execute.class, window, shell);
			whileLoading.put("relational undone", session.index().codeCounts(Map.of()).get(relational.getGuid()).codings());
			whileLoading.put("redo offered", edit(RedoHandler.class, CanExecute.class, window, shell));
			edit(RedoHandler.class, Execute.class, window, shell);
			whileLoading.put("relational redone", session.index().codeCounts(Map.of()).get(relational.getGuid()).codings());
			whileLoading.put("source coded", ((SearchResults.Hit) ((Object[]) search.table().getItem(0).getData())[0]).sourceGuid());
			// An excerpt opened from Coded Excerpts: its source, read from the index, the excerpt selected.
			excerpts.showCode(tacit);
			org.excerpta.index.Excerpt first = (org.excerpta.index.Excerpt) excerpts.table().getItem(0).getData();
			excerpts.open(0);
			whileLoading.put("excerpt heading", document.heading());
			whileLoading.put("excerpt first", first.sourceName());
			whileLoading.put("excerpt source", first.sourceGuid());
			// A new code while loading, from the Codebook, and the answers about trust coded with it.
			whileLoading.put("can add codes", codebook.canAddCodes());
			Code added = codebook.newCode(null, "Trust while loading");
			whileLoading.put("added", added.getGuid());
			whileLoading.put("added selected", codebook.viewer().getStructuredSelection().getFirstElement() == added);
			search.search("trust");
			search.chooseCode(added, org.excerpta.index.Autocoder.Unit.ANSWER);
			whileLoading.put("coded with the added code", PartHarness.codeAllHits(search, display));
			// The new code renamed while loading (F2 in the Codebook), from the index.
			whileLoading.put("can rename", codebook.canRename());
			codebook.renameCode(added, "Trust, built while loading");
			whileLoading.put("renamed listed", findItem(codebook.viewer().getTree().getItems(), "Trust, built while loading"));
			// A code dragged onto Tacit while loading: moved under it, from the index.
			Code toMove = codebook.newCode(null, "Moved while loading");
			whileLoading.put("moved", codebook.drop(toMove, tacit, false, 0));
			whileLoading.put("moved guid", toMove.getGuid());
			whileLoading.put("moved found", CodePaths.find(session.codebook(), TACIT + " / Moved while loading") != null);
			whileLoading.put("moved at top", CodePaths.find(session.codebook(), "Moved while loading") != null);
			// A passage of the excerpt's source dragged from the Document view onto Relational: coded from the index.
			int relationalBeforeDrop = session.index().codeCounts(Map.of()).get(relational.getGuid()).codings();
			whileLoading.put("passage dropped", codebook.drop(new org.excerpta.ui.IndexedSelection(first.sourceGuid(), 0, 8), relational, false, 0));
			whileLoading.put("relational added by drop", session.index().codeCounts(Map.of()).get(relational.getGuid()).codings() - relationalBeforeDrop);
			// A code added by mistake and undone: it leaves the Codebook, and the project.
			codebook.newCode(null, "Added by mistake");
			whileLoading.put("mistake listed", findItem(codebook.viewer().getTree().getItems(), "Added by mistake"));
			edit(UndoHandler.class, Execute.class, window, shell);
			whileLoading.put("mistake undone", findItem(codebook.viewer().getTree().getItems(), "Added by mistake"));
			// An in-vivo code while loading (Ctrl+Shift+I in the Document view, which shows the excerpt's
			// source): named by the selected words, coded with at once, from the index.
			document.textWidget().setSelection(0, 12);
			whileLoading.put("in vivo words", document.textWidget().getText(0, 11).replaceAll("\\s+", " ").strip());
			Code inVivo = document.codeInVivo();
			whileLoading.put("in vivo", inVivo == null ? null : inVivo.getGuid());
			whileLoading.put("in vivo name", inVivo == null ? null : inVivo.getName());
			whileLoading.put("in vivo listed", inVivo == null ? null : findItem(codebook.viewer().getTree().getItems(), inVivo.getName()));
			whileLoading.put("in vivo stripes", document.stripeLabels());
			codebook.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(tacit), true); // Tacit chosen again
			// The counts after the codings made while loading, to compare with the loaded project's.
			whileLoading.put("frequencies", counts.crossWith(null).displayed());
			whileLoading.put("by role", counts.crossWith("Role").displayed());
			whileLoading.put("by role table", counts.table().getItemCount());
			whileLoading.put("cooccurrence", counts.crossWith(CountsPart.SAME_SOURCE).displayed());
			modelMayLoad.countDown();
		};
		// The model is held back until the views have been looked at and coded with, as a large
		// project's twenty seconds of loading would; the sample's would otherwise be read at once.
		holdTheModelBack(session);
		boolean[] looked = { false };
		// Held here: injection holds the objects it notifies weakly, and a collected probe hears nothing.
		Probe probe = ContextInjectionFactory.make(Probe.class, PartHarness.child(window, "probe"));
		probe.onOpening = () -> {
			if (!looked[0]) { // once: coding while loading sets the opening project anew
				looked[0] = true;
				display.asyncExec(() -> {
					try {
						lookWhileLoading.run();
					} catch (RuntimeException | AssertionError e) {
						whileLoading.put("failure", e);
					} finally {
						modelMayLoad.countDown();
					}
				});
			}
		};
		try {
			List<String> errors = new ArrayList<>();
			Job job = session.openInBackground(folder, errors::add);
			while (job.getState() != Job.NONE || display.readAndDispatch()) {
				if (!display.readAndDispatch()) {
					Thread.sleep(2);
				}
			}
			PartHarness.pump(display);
			assertEquals(List.of(), errors);
			if (whileLoading.get("failure") instanceof Throwable t) {
				throw new AssertionError("looking at the views while loading failed: " + t, t);
			}

			assertNull(whileLoading.get("current"), "the model had not arrived: nothing could be changed");
			assertNotNull(whileLoading.get("opening"), "the project was shown from its index");
			assertTrue(((String) whileLoading.get("explorer")).startsWith("Listing the sources of sample from its search index")
					|| ((String) whileLoading.get("explorer")).startsWith("Interviews and documents"), (String) whileLoading.get("explorer"));
			@SuppressWarnings("unchecked")
			List<String> explorerListed = (List<String>) whileLoading.get("explorer listed");
			assertEquals("Interviews and documents (4)", explorerListed.get(0), "the sources listed from the index while loading: " + explorerListed);
			assertTrue(explorerListed.get(1).startsWith("Survey answers ("), explorerListed.get(1));
			assertEquals(List.of("Cases (when the project has loaded)", "Memos (when the project has loaded)"), explorerListed.subList(2, 4));
			@SuppressWarnings("unchecked")
			List<String> interviews = (List<String>) whileLoading.get("interviews listed");
			assertEquals(interviews.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), interviews, "sorted by name: " + interviews);
			assertTrue(((String) whileLoading.get("interview heading")).startsWith(interviews.get(0) + "  \u2014  read from the index"),
					"a source clicked in the explorer opens in the Document view from the index: " + whileLoading.get("interview heading"));
			assertTrue((Integer) whileLoading.get("interview text") > 1000, "with its text");
			assertTrue(((String) whileLoading.get("grid")).startsWith("sample is loading: its 44 cases show here when it has loaded"),
					"the Survey Grid says it waits for the model, not that the survey is empty: " + whileLoading.get("grid"));
			assertEquals(40, grid.table().getItemCount(), "and shows the respondents when it has arrived");
			assertTrue(grid.statusText().startsWith("40 of 40 respondents"), grid.statusText());
			Code readTacit = (Code) whileLoading.get("tacit");
			assertNotNull(readTacit, "the codebook as last saved, read from the index");
			assertNull(readTacit.eResource(), "a detached copy, not the model's code");
			assertEquals("Tacit  5 in 5", whileLoading.get("tacit label"), "with each code's codings and sources");
			assertEquals(Boolean.FALSE, whileLoading.get("codebook editable"), "the codebook is edited once the project has loaded");
			assertEquals(Boolean.TRUE, whileLoading.get("can add codes"), "but codes can be added meanwhile");
			assertEquals(Boolean.TRUE, whileLoading.get("added selected"), "the new code is selected, ready to code with");
			assertTrue((Integer) whileLoading.get("coded with the added code") > 3, "and codes at once");
			assertEquals("5", whileLoading.get("tacit counted"), "Counts shows Excerpta's own analyses from the index while the model loads");
			@SuppressWarnings("unchecked")
			List<List<String>> read = (List<List<String>>) whileLoading.get("excerpts");
			assertEquals(5, read.size(), "every excerpt of the code, read from the index: " + read);
			for (List<String> row : read) {
				assertTrue(answersCoded.contains(row.get(0)), "an answer coded: " + row);
				assertTrue(!row.get(1).isEmpty(), "its case, by name: " + row);
				assertEquals("Ann", row.get(2), "its coder");
				assertEquals("Tacit", row.get(3));
			}
			assertTrue((Integer) whileLoading.get("search hits") > 0, "search reads the index too");
			int sentences = (Integer) whileLoading.get("sentences coded");
			assertTrue(sentences > 3, "the sentences about trust were coded while loading, their text read from the index: " + sentences);
			int answers = (Integer) whileLoading.get("answers coded");
			assertTrue(answers > 3, "and the whole answers mentioning trust: " + answers);
			int coded = sentences + answers;
			assertTrue(((String) whileLoading.get("tacit label after coding")).startsWith("Tacit  " + (5 + coded) + " in "),
					"the codebook counts them at once (answers, and turns of interviews): " + whileLoading.get("tacit label after coding"));
			assertEquals(5 + coded, whileLoading.get("excerpts after coding"), "and Coded Excerpts lists them");
			assertEquals(whileLoading.get("search hits"), whileLoading.get("search hits after coding"), "the search stays");
			assertTrue(((String) whileLoading.get("document heading")).contains("read from the index"), (String) whileLoading.get("document heading"));
			assertEquals(Boolean.TRUE, whileLoading.get("selection coded"), "a selection in the Document view is coded while loading");
			assertEquals((Integer) whileLoading.get("relational before") + 1, whileLoading.get("relational after"));
			assertEquals(Boolean.FALSE, whileLoading.get("key 4 unset"), "a key with no code codes nothing");
			assertTrue(String.valueOf(whileLoading.get("key label")).startsWith("[4] Relational"), "the Codebook shows the key: "
					+ whileLoading.get("key label"));
			assertEquals(Boolean.TRUE, whileLoading.get("key coded"), "a quick-code key codes while loading");
			assertEquals((Integer) whileLoading.get("relational after") + 1, whileLoading.get("relational after key"));
			assertEquals(2, java.util.Collections.frequency((List<?>) whileLoading.get("stripes"), "Relational"),
					"a stripe for each passage coded, read from the index: " + whileLoading.get("stripes"));
			assertEquals(Boolean.TRUE, whileLoading.get("undo offered"), "Edit > Undo is offered while loading");
			assertEquals(whileLoading.get("relational after"), whileLoading.get("relational undone"), "and takes the key's coding back");
			assertEquals(Boolean.TRUE, whileLoading.get("redo offered"));
			assertEquals(whileLoading.get("relational after key"), whileLoading.get("relational redone"), "Edit > Redo makes it again");
			assertEquals(Boolean.TRUE, whileLoading.get("can rename"), "codes can be renamed while loading");
			assertTrue(String.valueOf(whileLoading.get("renamed listed")).startsWith("Trust, built while loading"),
					"the Codebook shows the new name at once: " + whileLoading.get("renamed listed"));
			assertEquals(Boolean.TRUE, whileLoading.get("moved"), "a code dropped on another is moved while loading");
			assertEquals(Boolean.TRUE, whileLoading.get("moved found"), "under it, in the codebook the views show");
			assertEquals(Boolean.FALSE, whileLoading.get("moved at top"), "and no longer at the top");
			assertEquals(Boolean.TRUE, whileLoading.get("passage dropped"), "a passage dropped on a code is coded while loading");
			assertEquals(1, whileLoading.get("relational added by drop"));
			assertNotNull(whileLoading.get("mistake listed"));
			assertNull(whileLoading.get("mistake undone"), "a code added while loading is undone too");
			assertTrue(((String) whileLoading.get("excerpt heading")).startsWith(whileLoading.get("excerpt first") + "  \u2014  read from the index"),
					"an excerpt opens in the Document view while loading: " + whileLoading.get("excerpt heading"));

			assertNotNull(session.current(), "then the project itself is open");
			assertNull(session.opening(), "and no longer shown from its index alone");
			assertTrue(codebook.canEdit(), "its codebook can be edited now");
			Code addedInModel = (Code) session.current().store().find((String) whileLoading.get("added"));
			assertNotNull(addedInModel, "the code added while loading is in the project");
			assertEquals("Trust, built while loading", addedInModel.getName(), "renamed while loading");
			assertNull(CodePaths.find(session.current().model().getCodebook(), "Added by mistake"), "the code undone is not in the project");
			assertTrue(!(Boolean) edit(RedoHandler.class, CanExecute.class, window, shell),
					"once loaded, Edit > Redo is the project's own (the undo made while loading is kept)");
			assertEquals(session.current().model().getCodebook(), addedInModel.eContainer(), "at the top of its codebook");
			assertEquals((int) (Integer) whileLoading.get("coded with the added code"),
					session.index().codeCounts(Map.of()).get(addedInModel.getGuid()).codings(), "with the codings made with it");
			assertEquals("Interviews and documents (4)", explorer.viewer().getTree().getItem(0).getText(), "its sources listed");
			assertEquals(explorer.viewer().getTree().getItem(1).getText(), explorerListed.get(1), "every answer was listed while loading");
			Object stillChosen = explorer.viewer().getStructuredSelection().getFirstElement();
			assertTrue(stillChosen instanceof TextSource t && t.getName().equals(interviews.get(0)),
					"the source clicked while loading is chosen in the project's own list: " + stillChosen);
			Code modelTacit = CodePaths.find(session.current().model().getCodebook(), TACIT);
			Object chosen = codebook.viewer().getStructuredSelection().getFirstElement();
			assertSame(modelTacit, chosen, "the code chosen while loading is chosen in the project's own codebook");
			assertNotSame(readTacit, chosen);
			assertEquals(5 + coded, excerpts.table().getItemCount(), "the same excerpts stay listed, now from the project");
			assertTrue(rows(excerpts.table()).containsAll(read));
			assertSame(whileLoading.get("index"), session.index(), "the index that showed the project follows it: nothing rebuilt");
			assertEquals(5 + coded, session.index().codeCounts(Map.of()).get(modelTacit.getGuid()).codings());
			int inModel = 0;
			for (Source s : session.current().model().getSources()) {
				if (s instanceof TextSource t) {
					for (var sel : t.getSelections()) {
						inModel += (int) sel.getCodings().stream().filter(c -> c.getCode() == modelTacit).count();
					}
				}
			}
			assertEquals(5 + coded, inModel, "the codings recorded while loading are in the loaded model");
			TextSource codedAlone = (TextSource) session.current().store().find((String) whileLoading.get("source coded"));
			Code modelRelational = CodePaths.find(session.current().model().getCodebook(), RELATIONAL);
			assertTrue(codedAlone.getSelections().stream().anyMatch(sel -> sel.getStart() == 0 && sel.getEnd() == 10
					&& sel.getCodings().stream().anyMatch(c -> c.getCode() == modelRelational)), "the selection coded in the Document view");
			assertTrue(codedAlone.getSelections().stream().anyMatch(sel -> sel.getStart() == 20 && sel.getEnd() == 30
					&& sel.getCodings().stream().anyMatch(c -> c.getCode() == modelRelational)), "and the passage coded with key 4");
			assertEquals(modelRelational, new org.excerpta.ui.QuickCodes(session.current()).code(4), "the key stays with the loaded project");
			String inVivoName = (String) whileLoading.get("in vivo name");
			assertEquals(whileLoading.get("in vivo words"), inVivoName, "an in-vivo code made while loading is named by the selected words");
			assertEquals(inVivoName + "  1 in 1", whileLoading.get("in vivo listed"), "and counted in the Codebook at once");
			assertTrue(((List<?>) whileLoading.get("in vivo stripes")).contains(inVivoName), "with its stripe in the Document view");
			Code inVivoInModel = (Code) session.current().store().find((String) whileLoading.get("in vivo"));
			assertNotNull(inVivoInModel, "the in-vivo code is in the loaded project");
			assertTrue(codedAt(session, (String) whileLoading.get("excerpt source"), 0, 12, inVivoInModel), "coding the words it is named by");
			Code movedInModel = (Code) session.current().store().find((String) whileLoading.get("moved guid"));
			assertSame(modelTacit, movedInModel.eContainer(), "the code moved while loading is under Tacit in the loaded project");
			TextSource dropped = (TextSource) session.current().store().find((String) whileLoading.get("excerpt source"));
			assertTrue(dropped.getSelections().stream().anyMatch(sel -> sel.getStart() == 0 && sel.getEnd() == 8
					&& sel.getCodings().stream().anyMatch(c -> c.getCode() == modelRelational)), "and the passage dropped on Relational is coded");
			assertSame(session.current().store().find((String) whileLoading.get("excerpt source")), document.shownSource(),
					"the Document view now shows the project's own source of the excerpt opened last");
			assertTrue(search.table().getItemCount() > 0, "the search is run again over the project");
			assertEquals(whileLoading.get("frequencies"), counts.crossWith(null).displayed(),
					"the counts shown while loading, codings made then included, are the loaded project's");
			assertEquals(whileLoading.get("cooccurrence"), counts.crossWith(CountsPart.SAME_SOURCE).displayed());
			assertEquals(whileLoading.get("by role"), counts.crossWith("Role").displayed());
			assertEquals(whileLoading.get("by role table"), counts.table().getItemCount(), "a row per code in the view, both times");
		} finally {
			java.lang.ref.Reference.reachabilityFence(probe);
			session.close();
			shell.dispose();
		}
	}

	/**
	 * At a million answers "Code all hits" runs for seconds in the background, and a large autocode
	 * started while the project loads may still be at work when the load ends: the model takes the
	 * project's journal over, and the index can record no more. The passages found are then coded
	 * with the model as soon as it is shown, without asking again, as one undoable step.
	 */
	@Test
	void codeAllHitsStartedWhileLoadingGoesOnWithTheModelWhenTheLoadEnds() throws Exception {
		Path folder = Files.createTempDirectory("excerpta-handover").resolve("sample");
		codeFiveAnswers(folder);
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(1000, 600);
		shell.setLayout(new FillLayout());
		IEclipseContext window = PartHarness.windowContext("handover", display);
		window.set(ESelectionService.class, new RecordingSelectionService(new ArrayList<>()));
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		SearchPart search = PartHarness.make(SearchPart.class, window, new Composite(shell, SWT.NONE));
		shell.open();
		holdTheModelBack(session);
		ProjectIndex[] loadingIndex = new ProjectIndex[1];
		// The journal the index records in while the project loads (the index lets go of it once it follows the model).
		org.excerpta.core.store.CodingJournal[] journal = new org.excerpta.core.store.CodingJournal[1];
		boolean[] handedOverBeforeCoding = { false };
		// The passages are found from the index; then, before the index codes them, the load is let end.
		search.beforeCodingAlone(() -> {
			modelMayLoad.countDown();
			long until = System.currentTimeMillis() + 60_000;
			while (!journal[0].isHandedOver() && System.currentTimeMillis() < until) {
				java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
			}
			handedOverBeforeCoding[0] = journal[0].isHandedOver();
		});
		org.excerpta.ui.parts.CodeAllHitsJob[] started = new org.excerpta.ui.parts.CodeAllHitsJob[1];
		int made;
		Probe probe = ContextInjectionFactory.make(Probe.class, PartHarness.child(window, "probe"));
		probe.onOpening = () -> {
			if (loadingIndex[0] == null) {
				loadingIndex[0] = session.opening().index();
				journal[0] = loadingIndex[0].codingJournal();
				display.asyncExec(() -> {
					search.search("trust");
					search.chooseCode(CodePaths.find(session.codebook(), TACIT), org.excerpta.index.Autocoder.Unit.SENTENCE);
					started[0] = search.codeAllHits(false);
				});
			}
		};
		try {
			List<String> errors = new ArrayList<>();
			Job loading = session.openInBackground(folder, errors::add);
			long until = System.currentTimeMillis() + 120_000;
			while ((loading.getState() != Job.NONE || started[0] == null || started[0].made() < 0) && System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					Thread.sleep(2);
				}
			}
			PartHarness.pump(display);
			assertEquals(List.of(), errors);
			assertNotNull(started[0], "code all hits was started while the project loaded");
			assertTrue(handedOverBeforeCoding[0], "the load ended after the passages were found, before the index coded them");
			ExcerptaProject project = session.current();
			assertNotNull(project, "the project has loaded");
			made = started[0].made();
			org.excerpta.index.Autocoder autocoder = new org.excerpta.index.Autocoder(project, session.index());
			List<org.excerpta.index.Autocoder.Target> sentences = autocoder.byQuery("trust", org.excerpta.index.Autocoder.Unit.SENTENCE);
			assertTrue(sentences.size() > 3, "the sample's sentences about trust: " + sentences.size());
			assertEquals(sentences.size(), made, "every sentence about trust was coded, with the model");
			Code modelTacit = CodePaths.find(project.model().getCodebook(), TACIT);
			User coder = new Coder(project).coder(org.excerpta.ui.team.CoderIdentity.name());
			assertEquals(0, autocoder.preview(sentences, modelTacit, coder), "none is left to code");
			assertEquals("Autocode with Tacit", project.commandStack().getUndoCommand().getLabel(), "one step, which Edit > Undo takes back");
			assertEquals(made + " passage(s) coded with " + TACIT + ".", search.statusText());
			assertEquals(5 + made, session.index().codeCounts(Map.of()).get(modelTacit.getGuid()).codings(), "the index follows");
		} finally {
			java.lang.ref.Reference.reachabilityFence(probe);
			session.close();
			shell.dispose();
		}
		try (ExcerptaProject reopened = ExcerptaProject.openReadOnly(folder)) {
			Code tacit = CodePaths.find(reopened.model().getCodebook(), TACIT);
			long saved = reopened.model().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
					.flatMap(t -> t.getSelections().stream()).flatMap(sel -> sel.getCodings().stream()).filter(c -> c.getCode() == tacit).count();
			assertEquals(5 + made, saved, "the five codings made before and those made when the load ended, saved");
		}
	}

	/** Holds the model's load back (up to a minute) until {@link #modelMayLoad} is counted down. */
	private void holdTheModelBack(ProjectSession session) {
		session.beforeModelLoads(() -> {
			try {
				modelMayLoad.await(60, java.util.concurrent.TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
	}

	/** Runs an Edit menu handler's method, as the workbench does, in the window's context with the shell. */
	private static Object edit(Class<?> handler, Class<? extends java.lang.annotation.Annotation> method, IEclipseContext window, Shell shell) {
		IEclipseContext here = window.createChild("edit");
		here.set(Shell.class, shell);
		try {
			return ContextInjectionFactory.invoke(ContextInjectionFactory.make(handler, here), method, here);
		} finally {
			here.dispose();
		}
	}

	/** The sample project with five survey answers coded Tacit by Ann, saved with a current index; their names. */
	private static List<String> codeFiveAnswers(Path folder) {
		List<String> names = new ArrayList<>();
		try (ExcerptaProject p = SampleProject.createIn(folder); ProjectIndex index = ProjectIndex.open(p)) {
			Coder coder = new Coder(p);
			User ann = coder.coder("Ann");
			Code tacit = CodePaths.find(p.model().getCodebook(), TACIT);
			for (Source s : p.model().getSources()) {
				if (s instanceof TextSource t && t.getKind() == SourceKind.SURVEY_ANSWER && names.size() < 5) {
					coder.code(t, 0, Math.min(30, t.getLength()), tacit, ann);
					names.add(t.getName());
				}
			}
		}
		assertNotNull(ProjectIndex.openForReading(folder), "the index was committed with every change");
		return names;
	}

	private static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> row = new ArrayList<>();
			for (int i = 0; i < table.getColumnCount(); i++) {
				row.add(item.getText(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static String findItem(TreeItem[] items, String prefix) {
		for (TreeItem item : items) {
			if (item.getText().startsWith(prefix)) {
				return item.getText();
			}
			String below = findItem(item.getItems(), prefix);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	/** Told when a project is shown from its index. */
	public static final class Probe {
		Runnable onOpening = () -> {
		};

		@Inject
		void opening(@Optional OpeningProject opening) {
			if (opening != null) {
				onOpening.run();
			}
		}
	}

	/** Whether the loaded project's source has a selection of exactly [start, end) coded with the code. */
	private static boolean codedAt(ProjectSession session, String sourceGuid, int start, int end, Code code) {
		TextSource source = (TextSource) session.current().store().find(sourceGuid);
		return source.getSelections().stream().anyMatch(sel -> sel.getStart() == start && sel.getEnd() == end
				&& sel.getCodings().stream().anyMatch(c -> c.getCode() == code));
	}

}
