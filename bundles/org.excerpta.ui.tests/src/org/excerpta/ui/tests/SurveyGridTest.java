package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.ui.parts.SurveyGridPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample survey as a grid: every respondent, filtered by role, sorted, and answers coded in place. */
class SurveyGridTest {

	private final Display display = Display.getDefault();
	private Shell shell;
	private ExcerptaProject project;
	private SurveyGridPart grid;

	/** The Survey Grid on a new copy of the sample project, in a window of its own. */
	@BeforeEach
	void showTheSampleSurvey() throws Exception {
		shell = new Shell(display);
		shell.setSize(1200, 600);
		shell.setLayout(new FillLayout());
		project = SampleProject.createIn(Files.createTempDirectory("excerpta-grid").resolve("sample"));
		IEclipseContext context = PartHarness.windowContext("grid-test", display);
		context.set(ExcerptaProject.class, project);
		grid = PartHarness.make(SurveyGridPart.class, context, shell);
		shell.open();
	}

	@AfterEach
	void close() {
		project.close();
		shell.dispose();
	}

	@Test
	void respondentsFilteredSortedAndTheirAnswersCoded() throws Exception {
		assertEquals(40, grid.table().getItemCount(), "the sample's 40 respondents");
		assertEquals("Respondent", grid.table().getColumn(0).getText());
		grid.filter("Role=GP");
		assertEquals(9, grid.table().getItemCount(), "the 9 GPs");
		assertTrue(grid.statusText().startsWith("9 of 40 respondents with Role=GP."), grid.statusText());
		grid.sortBy(0); // the grid starts sorted up by respondent: a click on that heading sorts down
		String first = grid.table().getItem(0).getText(0);
		String last = grid.table().getItem(8).getText(0);
		assertTrue(first.compareTo(last) > 0, first + " before " + last + " when sorted down");

		String question = grid.table().getColumn(grid.table().getColumnCount() - 1).getText();
		Code innovation = new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation");
		grid.choose(innovation, question);
		grid.table().select(0, 2);
		int before = project.summary().codings();
		int coded = grid.codeSelectedAnswers();
		assertTrue(coded >= 2 && coded <= 3, "the selected GPs' answers (one may be blank): " + coded);
		assertEquals(before + coded, project.summary().codings());
		PartHarness.pump(display); // paint
		WorkbenchPartsTest.saveScreenshot(shell, "survey-grid.png");

		// A coding leaves the rows as they are (the filter, the sort, the selection), an attribute
		// edited shows at once, and its undo too.
		String chosen = grid.table().getItem(0).getText(0);
		assertEquals(9, grid.table().getItemCount());
		org.excerpta.model.Case gp = project.model().getCases().stream().filter(c -> c.getName().equals(chosen)).findFirst().orElseThrow();
		int readBefore = grid.timesRead();
		org.excerpta.model.VariableValue role = gp.getValues().stream().filter(v -> v.getVariable().getName().equals("Role"))
				.findFirst().orElseThrow();
		project.execute(org.eclipse.emf.edit.command.SetCommand.create(project.editingDomain(), role,
				org.excerpta.model.ExcerptaPackage.Literals.VARIABLE_VALUE__VALUE, "Nurse"));
		PartHarness.pump(display);
		assertEquals(8, grid.table().getItemCount(), "the GP made a nurse leaves the filtered rows");
		assertEquals(readBefore + 1, grid.timesRead());
		project.commandStack().undo();
		PartHarness.pump(display);
		assertEquals(9, grid.table().getItemCount(), "and the undo brings them back");
		int read = grid.timesRead();
		new org.excerpta.core.coding.Coder(project).code((org.excerpta.model.TextSource) gp.getSources().get(0), 0, 3, innovation,
				new org.excerpta.core.coding.Coder(project).coder("Zed"));
		PartHarness.pump(display);
		assertEquals(read, grid.timesRead(), "a coding does not make the grid read the respondents again");
		project.commandStack().undo();
		PartHarness.pump(display);
		assertEquals(read, grid.timesRead(), "nor does its undo");
		assertEquals(9, grid.table().getItemCount());
	}

	@Test
	void aLargeSurveyIsShownAPageAtATimeAndCodedOnThePageShown() throws Exception {
		assertEquals("", grid.pageText(), "40 respondents fit one page of 10,000");
		grid.showPagesOf(15); // as a million respondents in pages of 10,000
		assertEquals(15, grid.table().getItemCount(), "the table holds one page");
		assertEquals("Rows 1\u201315 of 40", grid.pageText());
		assertEquals(grid.respondentInOrder(0).getName(), grid.table().getItem(0).getText(0));
		grid.nextPage();
		assertEquals("Rows 16\u201330 of 40", grid.pageText());
		assertEquals(grid.respondentInOrder(15).getName(), grid.table().getItem(0).getText(0), "the second page starts with the 16th");
		grid.nextPage();
		grid.nextPage(); // there is no fourth page: the third stays
		assertEquals("Rows 31\u201340 of 40", grid.pageText());
		assertEquals(10, grid.table().getItemCount());
		assertEquals(grid.respondentInOrder(39).getName(), grid.table().getItem(9).getText(0));

		// Coding the selected rows codes the respondents on the page shown, not those at the same
		// rows of the first page.
		String question = grid.table().getColumn(grid.table().getColumnCount() - 1).getText();
		Code innovation = new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation");
		grid.choose(innovation, question);
		grid.table().select(0, 1);
		java.util.List<org.excerpta.model.Case> chosen = java.util.List.of(grid.respondentAt(0), grid.respondentAt(1));
		assertEquals(grid.respondentInOrder(30), chosen.get(0));
		int before = innovationCodings(chosen, innovation);
		int all = project.summary().codings();
		int coded = grid.codeSelectedAnswers();
		assertTrue(coded > 0, "answers coded");
		assertEquals(before + coded, innovationCodings(chosen, innovation), "every new coding is on a respondent of the page shown");
		assertEquals(all + coded, project.summary().codings(), "and there are no others");

		grid.filter("Role=GP");
		assertEquals(9, grid.table().getItemCount(), "a filter starts again at its first page");
		assertEquals("", grid.pageText(), "and 9 respondents need no pager");
	}

	private static int innovationCodings(java.util.List<org.excerpta.model.Case> respondents, Code code) {
		int n = 0;
		for (org.excerpta.model.Case r : respondents) {
			for (org.excerpta.model.Source s : r.getSources()) {
				if (s instanceof org.excerpta.model.TextSource t) {
					for (org.excerpta.model.TextSelection selection : t.getSelections()) {
						n += (int) selection.getCodings().stream().filter(c -> c.getCode() == code).count();
					}
				}
			}
		}
		return n;
	}
}
