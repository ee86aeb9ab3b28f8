package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.ui.parts.PropertiesPart;
import org.junit.jupiter.api.Test;

/** The Properties view shows a code's and a respondent's properties, and edits a code's name in place, undoably. */
class PropertiesPartTest {

	@Test
	void showsAndEditsProperties() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(700, 400);
		shell.setLayout(new FillLayout());
		try (ExcerptaProject project = SampleProject.createIn(Files.createTempDirectory("excerpta-props").resolve("sample"))) {
			IEclipseContext context = PartHarness.windowContext("props-test", display);
			context.set(ExcerptaProject.class, project);
			PropertiesPart part = PartHarness.make(PropertiesPart.class, context, shell);
			shell.open();

			Code tenure = new CodebookEditor(project).find("Commissioner-provider relationships framework / Tenure of leaders");
			part.show(tenure);
			assertTrue(rows(part).contains("name=Tenure of leaders"), rows(part).toString());
			assertTrue(rows(part).contains("color=#F28E2B"), rows(part).toString());
			part.change("name", "Tenure and turnover of leaders");
			assertEquals("Tenure and turnover of leaders", tenure.getName());
			project.commandStack().undo();
			assertEquals("Tenure of leaders", tenure.getName(), "an edit is one undoable change");
			IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> part.change("color", "orange"));
			assertTrue(bad.getMessage().contains("#RRGGBB"), bad.getMessage());

			Case r001 = project.model().getCases().stream().filter(c -> c.getName().equals("R001")).findFirst().orElseThrow();
			part.show(r001);
			assertTrue(rows(part).contains("\u2022 Role=GP"), "a respondent's attribute values: " + rows(part));
		} finally {
			shell.dispose();
		}
	}

	private static List<String> rows(PropertiesPart part) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : part.table().getItems()) {
			rows.add(item.getText(0) + "=" + item.getText(1));
		}
		return rows;
	}
}
