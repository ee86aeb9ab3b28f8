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
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.model.TextSource;
import org.excerpta.ui.exchange.ExportWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export driven as a user would: a .qdpx that imports back with the coding, and an HTML report. */
class ExportWizardTest {

	@TempDir
	Path tmp;

	@Test
	void exportsTheProjectAsQdpxAndAsAnHtmlReport() throws Exception {
		Display display = Display.getDefault();
		try (ExcerptaProject project = SampleProject.createIn(tmp.resolve("sample"))) {
			Coder coder = new Coder(project);
			String coding = coder.code((TextSource) project.model().getSources().get(0), 20, 80,
					new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation"), coder.coder("Ana"))
					.getGuid();
			Path qdpx = tmp.resolve("out/study.qdpx");
			Files.createDirectories(qdpx.getParent());
			assertTrue(finish(display, project, "qdpx", qdpx).startsWith("Wrote"));
			Path back = tmp.resolve("back");
			new QdpxImporter().importProject(qdpx, back);
			try (ExcerptaProject imported = ExcerptaProject.openReadOnly(back)) {
				assertTrue(imported.store().find(coding) != null, "the coding came back with its GUID");
			}
			Path html = tmp.resolve("out/report.html");
			finish(display, project, "html", html);
			assertTrue(Files.readString(html).contains("Innovation"));
		}
	}

	private String finish(Display display, ExcerptaProject project, String format, Path out) throws Exception {
		Shell shell = new Shell(display);
		ExportWizard wizard = new ExportWizard(project);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		// Every installed export is offered, Excerpta's own through the same contribution point as a plugin's.
		assertTrue(wizard.page().formatIds().containsAll(List.of("qdpx", "qdc", "html", "xlsx", "csv", "gexf", "gexf-cases")),
				wizard.page().formatIds().toString());
		wizard.page().choose(format, out);
		if (format.equals("html")) {
			PartHarness.pump(display); // let the page paint before the picture
			WorkbenchPartsTest.saveScreenshot(dialog.getShell(), "export-wizard.png");
		}
		List<String> errors = ImportSurveyWizardTest.closeErrorDialogs(display);
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		assertEquals(List.of(), errors);
		dialog.close();
		shell.dispose();
		assertTrue(Files.size(out) > 0);
		return wizard.result();
	}
}
