package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.TableItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.Autocoder;
import org.excerpta.index.Excerpt;
import org.excerpta.model.Code;
import org.excerpta.api.table.ReportTable;
import org.excerpta.ui.ProjectSession;
import org.excerpta.ui.parts.CodedExcerptsPart;
import org.excerpta.ui.parts.CountsPart;
import org.excerpta.ui.parts.DocumentPart;
import org.excerpta.ui.parts.SearchPart;
import org.junit.jupiter.api.Test;

/**
 * Search, code all hits, count and retrieve in the real views on the sample project, as a
 * researcher would: the counts and the excerpt list change with the coding and with its undo, and
 * an excerpt opens at its place in the Document view.
 */
class AnalysisPartsTest {

	private static final String RELATIONAL = "Commissioner-provider relationships framework / Conflict and tension between partners / Relational";

	/** Fifty codes in a chart are bars a few pixels high with overlapping labels: the chart keeps the twenty largest. */
	@Test
	void aChartOfManyCodesShowsThoseWithMostCases() throws Exception {
		Display display = Display.getDefault();
		Window opened = openSample("chart");
		Shell shell = opened.shell();
		IEclipseContext window = opened.context();
		ProjectSession session = opened.session();
		ExcerptaProject project = opened.project();
		try {
			// One answer of each respondent, so that each coded answer is one more case.
			List<org.excerpta.model.TextSource> answers = new ArrayList<>();
			for (org.excerpta.model.Case c : project.model().getCases()) {
				c.getSources().stream().filter(s -> s instanceof org.excerpta.model.TextSource t
						&& t.getKind() == org.excerpta.model.SourceKind.SURVEY_ANSWER && t.getLength() >= 5).findFirst()
						.ifPresent(s -> answers.add((org.excerpta.model.TextSource) s));
			}
			assertTrue(answers.size() >= 24, "the sample has forty respondents");
			org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(project);
			var ann = coder.coder("Ann");
			int many = 24;
			for (int k = 0; k < many; k++) {
				Code code = new CodebookEditor(project).add("Theme " + (k + 1), null, null);
				for (int a = 0; a <= k; a++) { // Theme k+1 in k+1 cases
					coder.code(answers.get(a), 0, 5, code, ann);
				}
			}
			CountsPart counts = PartHarness.make(CountsPart.class, window, new Composite(shell, SWT.NONE));
			shell.open();
			PartHarness.pump(display);
			ReportTable table = counts.crossWith(null);
			int codable = 0;
			for (var it = project.model().getCodebook().eAllContents(); it.hasNext();) {
				codable += it.next() instanceof Code c && c.isCodable() ? 1 : 0;
			}
			assertTrue(table.rows().size() > 40, "every code is in the table: " + table.rows().size());
			List<String> chart = counts.chartShown();
			assertEquals("Cases coded: the 20 codes with most cases (of " + codable + ")", chart.get(0));
			List<String> expected = new ArrayList<>();
			for (int k = many; k > many - 20; k--) {
				expected.add("Theme " + k);
			}
			assertEquals(expected, chart.subList(1, chart.size()), "the twenty largest, largest first");
		} finally {
			session.close();
			shell.dispose();
		}
	}

	@Test
	void searchCodeAllHitsCountRetrieveAndUndo() throws Exception {
		Display display = Display.getDefault();
		Window opened = openSample("window");
		Shell shell = opened.shell();
		IEclipseContext window = opened.context();
		ProjectSession session = opened.session();
		ExcerptaProject project = opened.project();
		new org.excerpta.core.coding.Coder(project).coder("Zed"); // a colleague who has not coded yet
		try {
			SashForm sash = new SashForm(shell, SWT.VERTICAL);
			DocumentPart document = PartHarness.make(DocumentPart.class, window, new Composite(sash, SWT.NONE));
			TabFolder tabs = new TabFolder(sash, SWT.NONE);
			SearchPart search = PartHarness.make(SearchPart.class, window, tab(tabs, "Search"));
			CodedExcerptsPart excerpts = PartHarness.make(CodedExcerptsPart.class, window, tab(tabs, "Coded Excerpts"));
			CountsPart counts = PartHarness.make(CountsPart.class, window, tab(tabs, "Counts"));
			sash.setWeights(45, 55);
			shell.open();
			PartHarness.pump(display);

			var results = search.search("trust");
			assertTrue(results.total() > 0, "the sample's answers talk about trust");
			assertTrue(search.table().getItemCount() > 0, "keyword-in-context lines");
			Code relational = new CodebookEditor(project).find(RELATIONAL);
			search.chooseCode(relational, Autocoder.Unit.ANSWER);
			int made = PartHarness.codeAllHits(search, display);
			assertTrue(made > 0);
			PartHarness.pump(display);
			WorkbenchPartsTest.saveScreenshot(shell, "search-code-all-hits.png");
			assertEquals(made + " passage(s) coded with " + CodePaths.pathOf(relational) + ".", search.statusText());
			// Edit > Undo, as the menu asks it, names what it would take back.
			org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem undoItem = org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory.INSTANCE
					.createHandledMenuItem();
			undoItem.setLabel("&Undo");
			IEclipseContext menu = window.createChild("menu");
			menu.set(org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem.class, undoItem);
			Object undoable = org.eclipse.e4.core.contexts.ContextInjectionFactory.invoke(org.eclipse.e4.core.contexts.ContextInjectionFactory
					.make(org.excerpta.ui.handlers.UndoHandler.class, menu), org.eclipse.e4.core.di.annotations.CanExecute.class, menu);
			assertEquals(Boolean.TRUE, undoable);
			assertEquals("&Undo Autocode with Relational", undoItem.getLabel(), "the menu says what Undo takes back");
			menu.dispose();
			// The status line follows the undo and the redo of the coding it speaks of.
			String path = CodePaths.pathOf(relational);
			project.commandStack().undo();
			PartHarness.pump(display);
			assertEquals("Undone: the " + made + " passage(s) coded with " + path + " are not coded so any more (Edit > Redo codes them again).",
					search.statusText());
			assertEquals(0, new CodebookEditor(project).codingsOf(relational, false));
			assertTrue(project.model().getUsers().stream().noneMatch(u -> u.getName().equals(org.excerpta.ui.team.CoderIdentity.name())),
					"the coder, new to the project, was added by the autocode and taken back with it");
			project.commandStack().redo();
			PartHarness.pump(display);
			assertEquals(made + " passage(s) coded with " + path + ".", search.statusText());
			assertEquals(0, PartHarness.codeAllHits(search, display), "the same hits again: nothing is coded twice");
			assertTrue(search.statusText().endsWith(" already: nothing to code."), search.statusText());
			search.search("zyxwvut");
			assertEquals(0, PartHarness.codeAllHits(search, display));
			assertEquals("No passage matches \"zyxwvut\": nothing to code.", search.statusText());
			search.search("trust");

			ReportTable table = counts.crossWith(null);
			int codings = table.columnIndex("codings");
			assertEquals(String.valueOf(made), table.row(relational.getGuid()).cell(codings).display(), "the count follows the coding");
			tabs.setSelection(2);
			ReportTable byRole = counts.crossWith("Role");
			assertTrue(byRole.columns().size() > 2, "one column per role");
			PartHarness.pump(display);
			WorkbenchPartsTest.saveScreenshot(shell, "counts-by-role.png");

			ReportTable co = counts.crossWith("(other codes: in the same source)");
			assertEquals(org.excerpta.report.CooccurrenceTable.ID, co.id(), "the co-occurrence table");
			assertEquals(String.valueOf(co.rows().size()), String.valueOf(co.columns().size() - 1), "a square of codes");

			excerpts.showCode(relational);
			assertEquals(made, excerpts.table().getItemCount(), "every coded answer is retrieved");
			excerpts.showCoder("Zed");
			assertEquals(0, excerpts.table().getItemCount(), "a colleague who coded nothing has no excerpts");
			excerpts.showCoder(null);
			assertEquals(made, excerpts.table().getItemCount());
			Code tacit = new CodebookEditor(project).find("Commissioner-provider relationships framework / Knowledge management / Tacit");
			excerpts.combine(tacit, null);
			assertEquals(0, excerpts.table().getItemCount(), "Relational AND Tacit: nothing is coded Tacit");
			excerpts.combine(null, tacit);
			assertEquals(made, excerpts.table().getItemCount(), "Relational NOT Tacit: every Relational excerpt");
			excerpts.combine(null, null);
			excerpts.showCode(relational);
			counts.crossWith(null);
			tabs.setSelection(1);
			excerpts.table().select(0);
			excerpts.table().notifyListeners(SWT.DefaultSelection, new Event());
			PartHarness.pump(display);
			Excerpt first = (Excerpt) excerpts.table().getItem(0).getData();
			assertEquals(first.text(), document.textWidget().getSelectionText(), "the excerpt opens at its place");
			WorkbenchPartsTest.saveScreenshot(shell, "coded-excerpts.png");

			// Two excerpts that do not belong, taken out of the code at once (right-click > Uncode, or Delete).
			excerpts.table().setSelection(new int[] { 0, 1 });
			List<String> kept = new ArrayList<>();
			for (int i = 2; i < excerpts.table().getItemCount(); i++) {
				kept.add(((Excerpt) excerpts.table().getItem(i).getData()).codingGuid());
			}
			org.eclipse.swt.widgets.Event delete = new Event();
			delete.keyCode = SWT.DEL;
			excerpts.table().notifyListeners(SWT.KeyDown, delete);
			PartHarness.pump(display);
			assertEquals(made - 2, excerpts.table().getItemCount(), "two excerpts uncoded");
			List<String> left = new ArrayList<>();
			for (int i = 0; i < excerpts.table().getItemCount(); i++) {
				left.add(((Excerpt) excerpts.table().getItem(i).getData()).codingGuid());
			}
			assertEquals(kept, left, "the others stay, in order");
			assertEquals(made - 2, new CodebookEditor(project).codingsOf(relational, false));
			project.commandStack().undo(); // one step: both come back
			PartHarness.pump(display);
			assertEquals(made, excerpts.table().getItemCount(), "one undo brings both back");

			project.commandStack().undo();
			PartHarness.pump(display);
			assertEquals(0, excerpts.table().getItemCount(), "the undo shows at once");
			assertTrue(counts.isStale(), "the hidden Counts tab did not count again after the change");
			assertEquals(String.valueOf(made), counts.table().getItem(indexOf(counts, relational)).getText(codings),
					"it still shows the figures of before");
			tabs.setSelection(2);
			PartHarness.pump(display);
			assertFalse(counts.isStale(), "shown again, it counts again");
			assertEquals("0", counts.table().getItem(indexOf(counts, relational)).getText(codings), "with the change");
			assertEquals("0", counts.crossWith(null).row(relational.getGuid()).cell(codings).display());
			assertFalse(search.table().isDisposed());

			// NEAR: two passages of one interview, 70 characters apart, coded with two codes.
			Code innovation = new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation");
			org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(project);
			org.excerpta.model.TextSource interview = (org.excerpta.model.TextSource) project.model().getSources().get(0);
			coder.code(interview, 20, 80, innovation, coder.coder("Ana"));
			coder.code(interview, 150, 200, tacit, coder.coder("Ana"));
			excerpts.showCode(innovation);
			excerpts.near(tacit, 100);
			assertEquals(1, excerpts.table().getItemCount(), "Innovation NEAR Tacit within 100 characters");
			excerpts.near(tacit, 50);
			assertEquals(0, excerpts.table().getItemCount(), "but not within 50");
			excerpts.near(null, 0);
		} finally {
			shell.dispose();
			session.close();
		}
	}

	/** A shell as a window, with its context and session, on a new copy of the sample project. */
	private record Window(Shell shell, IEclipseContext context, ProjectSession session, ExcerptaProject project) {
	}

	private static Window openSample(String name) throws java.io.IOException {
		Path folder = Files.createTempDirectory("excerpta-" + name).resolve("sample");
		SampleProject.createIn(folder).close();
		Shell shell = new Shell(Display.getDefault());
		shell.setText("Excerpta");
		shell.setSize(1300, 800);
		shell.setLayout(new FillLayout());
		IEclipseContext window = PartHarness.windowContext(name, Display.getDefault());
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		return new Window(shell, window, session, session.open(folder));
	}

	/** The row of the Counts view's table that shows a code. */
	private static int indexOf(CountsPart counts, Code code) {
		for (int i = 0; i < counts.table().getItemCount(); i++) {
			if (counts.table().getItem(i).getData() instanceof org.excerpta.api.table.Row r && code.getGuid().equals(r.key())) {
				return i;
			}
		}
		throw new AssertionError("no row for " + code.getName());
	}

	private static Composite tab(TabFolder tabs, String name) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(name);
		Composite c = new Composite(tabs, SWT.NONE);
		item.setControl(c);
		return c;
	}
}
