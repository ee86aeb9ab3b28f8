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
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.ui.wizards.ImportDocumentsWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard as a researcher uses it: add files, confirm and rename speakers, finish. */
class ImportDocumentsWizardTest {

	@TempDir
	Path tmp;

	@Test
	void speakersAreShownRenamedAndImported() throws Exception {
		Display display = Display.getDefault();
		Path folder = Files.createDirectories(tmp.resolve("interviews"));
		Files.writeString(folder.resolve("site-c.txt"), """
				Dan: Thanks for joining. How long have you been in post?
				Participant: Four years, since the merger.
				Dan: And the contract?
				Participant: Block contract, renewed every year.
				Note: recording paused here.
				""");
		Files.writeString(folder.resolve("notes.md"), "# Notes\n\nThe ICB board met in May.\n");
		try (ExcerptaProject project = ExcerptaProject.create(tmp.resolve("project"), "Wizard")) {
			Shell shell = new Shell(display);
			ImportDocumentsWizard wizard = new ImportDocumentsWizard(project);
			WizardDialog dialog = new WizardDialog(shell, wizard);
			dialog.setBlockOnOpen(false);
			dialog.setPageSize(640, 360);
			dialog.open();
			wizard.filesPage().add(folder);
			wizard.filesPage().setCodeSpeakers(true);
			dialog.showPage(wizard.speakersPage());
			PartHarness.pump(display);
			assertEquals(List.of("Dan", "Participant"), wizard.speakersPage().speakers(),
					"\"Note:\" opens one line only and is not taken for a speaker");
			wizard.speakersPage().rename("Dan", "Interviewer");
			PartHarness.pump(display);
			dialog.getShell().update();
			WorkbenchPartsTest.saveScreenshot(dialog.getShell(), "import-documents-speakers.png");
			assertTrue(wizard.canFinish(), "Finish is offered on the speakers page");
			assertTrue(wizard.performFinish());
			dialog.close();
			shell.dispose();

			assertEquals(2, wizard.report().imported().size(), ImportDocumentsWizard.summary(wizard.report()));
			TextSource transcript = (TextSource) project.model().getSources().stream()
					.filter(s -> s.getKind() == SourceKind.TRANSCRIPT).findFirst().orElseThrow();
			assertEquals(List.of("Interviewer", "Participant", "Interviewer", "Participant"),
					transcript.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
			assertEquals(4, project.summary().codings(), "each turn coded with its speaker");
			assertTrue(project.commandStack().canUndo(), "the import can be undone");
		}
	}

}
