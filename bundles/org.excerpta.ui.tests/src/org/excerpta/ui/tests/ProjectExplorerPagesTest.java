package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.model.Source;
import org.excerpta.model.TextSource;
import org.excerpta.ui.parts.ProjectExplorerPart;
import org.junit.jupiter.api.Test;

/**
 * A large survey in the Project Explorer: its answers and cases are listed in pages of a thousand,
 * so that the tree stays small (a million answers listed at once kept the window frozen for half a
 * minute), an answer can still be revealed, and a change keeps the page that was open.
 */
class ProjectExplorerPagesTest {

	private static final int RESPONDENTS = 2_500;

	@Test
	void aLargeSurveyIsListedInPagesThatStayOpenAcrossChanges() throws IOException {
		Path root = Files.createTempDirectory("excerpta-pages");
		Path csv = root.resolve("answers.csv");
		List<String> rows = new ArrayList<>(List.of("ID,Role,Comment"));
		for (int i = 1; i <= RESPONDENTS; i++) {
			rows.add(String.format("R%05d,%s,Answer number %d about staffing", i, i % 2 == 0 ? "Nurse" : "Doctor", i));
		}
		Files.write(csv, rows, StandardCharsets.UTF_8);
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(500, 700);
		shell.setLayout(new FillLayout());
		try (ExcerptaProject project = ExcerptaProject.create(root.resolve("survey"), "Pages")) {
			new SurveyImporter().importSurvey(project, csv, SurveyOptions.defaults().withIdColumn("ID").withOpenColumns(List.of("Comment")), null);
			IEclipseContext context = PartHarness.windowContext("pages", display);
			context.set(ESelectionService.class, new RecordingSelectionService(new ArrayList<>()));
			context.set(ExcerptaProject.class, project);
			ProjectExplorerPart explorer = PartHarness.make(ProjectExplorerPart.class, context, shell);
			shell.open();
			PartHarness.pump(display);

			Tree tree = explorer.viewer().getTree();
			TreeItem answers = tree.getItem(1);
			assertEquals("Survey answers (2,500)", answers.getText());
			assertEquals(3, answers.getItemCount(), "three pages, not 2,500 rows");
			assertTrue(answers.getItem(0).getText().startsWith("1\u20131,000  (R00001"), answers.getItem(0).getText());
			assertTrue(answers.getItem(2).getText().startsWith("2,001\u20132,500  (R02001"), answers.getItem(2).getText());
			assertEquals("Cases (2,500)", tree.getItem(2).getText());
			assertEquals(3, tree.getItem(2).getItemCount(), "the cases in pages too");
			assertTrue(countItems(tree.getItems()) < 100, "the tree holds folders and pages only: " + countItems(tree.getItems()));

			// An answer revealed (as selecting it elsewhere does) opens its page.
			List<TextSource> all = new ArrayList<>();
			for (Source s : project.model().getSources()) {
				all.add((TextSource) s);
			}
			TextSource answer = all.get(1_500);
			explorer.viewer().setSelection(new StructuredSelection(answer), true);
			PartHarness.pump(display);
			assertSame(answer, explorer.viewer().getStructuredSelection().getFirstElement(), "found in its page");
			assertTrue(answers.getItem(1).getExpanded(), "the second page is open");
			assertEquals(1_000, answers.getItem(1).getItemCount());

			// A coding changes nothing listed here: the open page stays open, with its rows.
			Coder coder = new Coder(project);
			coder.code(answer, 0, 6, new CodebookEditor(project).add("Staffing", null, null), coder.coder("Ann"));
			PartHarness.pump(display);
			assertTrue(tree.getItem(1).getItem(1).getExpanded(), "still open after the change");
			assertEquals(1_000, tree.getItem(1).getItem(1).getItemCount());
			// A source renamed shows at once, in its open page, and its undo too.
			String before = label(answers.getItem(1), answer);
			project.execute(org.eclipse.emf.edit.command.SetCommand.create(project.editingDomain(), answer,
					org.excerpta.model.ExcerptaPackage.Literals.SOURCE__NAME, "Renamed answer"));
			PartHarness.pump(display);
			assertEquals("Renamed answer", label(tree.getItem(1).getItem(1), answer));
			assertTrue(tree.getItem(1).getItem(1).getExpanded(), "the page stays open");
			project.commandStack().undo();
			PartHarness.pump(display);
			assertEquals(before, label(tree.getItem(1).getItem(1), answer));
		} finally {
			shell.dispose();
		}
	}

	/** The text of the row showing {@code element} under {@code page}. */
	private static String label(TreeItem page, Object element) {
		for (TreeItem item : page.getItems()) {
			if (item.getData() == element) {
				return item.getText();
			}
		}
		throw new AssertionError("not listed: " + element);
	}

	private static int countItems(TreeItem[] items) {
		int n = items.length;
		for (TreeItem i : items) {
			if (i.getExpanded()) {
				n += countItems(i.getItems());
			}
		}
		return n;
	}
}
