package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.SourceKind;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.excerpta.ui.wizards.ImportSurveyWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey wizard: the columns as detected, the user's choice of ID column, and the import. */
class ImportSurveyWizardTest {

	@TempDir
	Path tmp;

	@Test
	void columnsAreDetectedTheUserPicksTheIdAndRespondentsBecomeCases() throws Exception {
		Display display = Display.getDefault();
		Path csv = tmp.resolve("staff-survey.csv");
		StringBuilder s = new StringBuilder("respondent_id;role;years_in_post;comment\n");
		String[] roles = { "GP", "Manager", "Nurse" };
		for (int i = 1; i <= 30; i++) {
			s.append("S").append(i).append(';').append(roles[i % 3]).append(';').append(i % 17).append(';');
			s.append(i % 5 == 0 ? "" : "\"Answer " + i + ": the contract meetings are mostly about targets, not patients\"");
			s.append('\n');
		}
		Files.writeString(csv, s);
		try (ExcerptaProject project = ExcerptaProject.create(tmp.resolve("project"), "Survey wizard")) {
			Shell shell = new Shell(display);
			ImportSurveyWizard wizard = new ImportSurveyWizard(project);
			WizardDialog dialog = new WizardDialog(shell, wizard);
			dialog.setBlockOnOpen(false);
			dialog.setPageSize(800, 420);
			dialog.open();
			wizard.filePage().setFile(csv);
			dialog.showPage(wizard.columnsPage());
			PartHarness.pump(display);
			assertEquals("open question", wizard.columnsPage().roles().get("comment"));
			assertEquals("attribute Integer", wizard.columnsPage().roles().get("years_in_post"));
			assertEquals("attribute Text", wizard.columnsPage().roles().get("role"));
			wizard.columnsPage().setRole("respondent_id", "respondent ID");
			PartHarness.pump(display);
			WorkbenchPartsTest.saveScreenshot(dialog.getShell(), "import-survey-columns.png");
			assertTrue(wizard.canFinish());
			List<String> errors = closeErrorDialogs(display);
			boolean finished = wizard.performFinish();
			assertEquals(List.of(), errors, "no error dialog");
			assertTrue(finished);
			dialog.close();
			shell.dispose();

			assertEquals(30, wizard.report().respondentsAdded(), ImportSurveyWizard.summary(wizard.report()));
			assertEquals(30, project.model().getCases().size());
			Case s7 = project.model().getCases().stream().filter(c -> c.getName().equals("S7")).findFirst().orElseThrow();
			assertEquals(List.of("role=Manager", "years_in_post=7"),
					s7.getValues().stream().map(v -> v.getVariable().getName() + "=" + v.getValue()).toList());
			assertEquals(24, project.model().getSources().stream().filter(x -> x.getKind() == SourceKind.SURVEY_ANSWER).count(),
					"30 answers less the 6 blank ones");
			Variable years = project.model().getVariables().stream().filter(v -> v.getName().equals("years_in_post")).findFirst()
					.orElseThrow();
			assertEquals(VariableType.INTEGER, years.getType());
		}
	}

	/** Closes (and records) any error dialog the wizard opens, so that a failure shows in the test, not as a hang. */
	static List<String> closeErrorDialogs(Display display) {
		List<String> messages = new java.util.ArrayList<>();
		Runnable[] check = new Runnable[1];
		check[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.getText().startsWith("Import") && s.getData() instanceof org.eclipse.jface.dialogs.MessageDialog d) {
					messages.add(d.getShell().getText() + ": " + java.util.Arrays.stream(s.getChildren()).flatMap(
							c -> c instanceof org.eclipse.swt.widgets.Composite comp ? java.util.Arrays.stream(comp.getChildren()) : java.util.stream.Stream.of(c))
							.filter(c -> c instanceof org.eclipse.swt.widgets.Label).map(c -> ((org.eclipse.swt.widgets.Label) c).getText())
							.reduce("", (a, b) -> a + b));
					d.close();
				}
			}
			if (!display.isDisposed()) {
				display.timerExec(200, check[0]);
			}
		};
		display.timerExec(200, check[0]);
		return messages;
	}
}
