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

	/**
	 * While a large project loads, File > Export offers the tables and the code network, written
	 * from the index that shows the project meanwhile: the same CSV files as the loaded project
	 * writes. The formats that quote the project itself wait, and the page says why.
	 */
	@Test
	void whileTheProjectLoadsTheTablesAreExportedFromItsIndex() throws Exception {
		Display display = Display.getDefault();
		Path folder = tmp.resolve("loading");
		Path viaModel = tmp.resolve("with-model");
		try (ExcerptaProject project = SampleProject.createIn(folder);
				org.excerpta.index.ProjectIndex index = org.excerpta.index.ProjectIndex.open(project)) {
			Coder coder = new Coder(project);
			coder.code((TextSource) project.model().getSources().get(0), 20, 80,
					new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation"), coder.coder("Ana"));
			org.excerpta.report.ReportExport.export(project, index, org.excerpta.report.ReportExport.Format.CSV, viaModel,
					org.excerpta.report.ReportOptions.defaults());
		}
		org.excerpta.index.ProjectIndex alone = org.excerpta.index.ProjectIndex.openForCoding(folder);
		assertTrue(alone != null, "the index the project left is current");
		try {
			Shell shell = new Shell(display);
			ExportWizard wizard = new ExportWizard(new org.excerpta.ui.OpeningProject(folder, "Sample", alone, 0));
			WizardDialog dialog = new WizardDialog(shell, wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			List<String> now = wizard.page().enabledFormatIds();
			assertTrue(now.containsAll(List.of("csv", "xlsx", "gexf")) && !now.contains("qdpx") && !now.contains("html")
					&& !now.contains("gexf-cases"), now.toString());
			assertTrue(wizard.page().getDescription().contains("still loading"), wizard.page().getDescription());
			Path out = tmp.resolve("while-loading");
			wizard.page().choose("csv", out);
			PartHarness.pump(display);
			WorkbenchPartsTest.saveScreenshot(dialog.getShell(), "export-while-loading.png");
			assertTrue(wizard.performFinish());
			dialog.close();
			shell.dispose();
			List<String> files;
			try (java.util.stream.Stream<Path> listed = Files.list(viaModel)) {
				files = listed.map(p -> p.getFileName().toString()).sorted().toList();
			}
			assertTrue(files.contains("excerpts.csv"), files.toString());
			for (String f : files) {
				assertEquals(Files.readString(viaModel.resolve(f)), Files.readString(out.resolve(f)), f);
			}
			assertTrue(Files.readString(out.resolve("excerpts.csv")).contains("Ana"));
		} finally {
			alone.close();
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
