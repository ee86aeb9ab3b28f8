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
import org.junit.jupiter.api.Test;

/** The sample survey as a grid: every respondent, filtered by role, sorted, and answers coded in place. */
class SurveyGridTest {

	@Test
	void respondentsFilteredSortedAndTheirAnswersCoded() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(1200, 600);
		shell.setLayout(new FillLayout());
		try (ExcerptaProject project = SampleProject.createIn(Files.createTempDirectory("excerpta-grid").resolve("sample"))) {
			IEclipseContext context = PartHarness.windowContext("grid-test", display);
			context.set(ExcerptaProject.class, project);
			SurveyGridPart grid = PartHarness.make(SurveyGridPart.class, context, shell);
			shell.open();
			assertEquals(40, grid.table().getItemCount(), "the sample's 40 respondents");
			assertEquals("Respondent", grid.table().getColumn(0).getText());
			grid.filter("Role=GP");
			assertEquals(9, grid.table().getItemCount(), "the 9 GPs");
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
		} finally {
			shell.dispose();
		}
	}
}
