package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.TextSource;
import org.excerpta.team.agreement.AgreementReport;
import org.excerpta.ui.parts.AgreementPart;
import org.junit.jupiter.api.Test;

/** The Agreement view on two coders' overlapping codings: the figures worked out by hand, and the disagreements. */
class AgreementPartTest {

	@Test
	void twoCodersOverlappingCodingsShowTheirAgreementAndDisagreements() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(1100, 700);
		shell.setLayout(new FillLayout());
		try (ExcerptaProject project = SampleProject.createIn(Files.createTempDirectory("excerpta-agreement").resolve("sample"))) {
			Coder coder = new Coder(project);
			TextSource source = (TextSource) project.model().getSources().get(0);
			var innovation = new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation");
			coder.code(source, 0, 100, innovation, coder.coder("Ana"));
			coder.code(source, 50, 150, innovation, coder.coder("Ben"));

			IEclipseContext context = PartHarness.windowContext("agreement-test", display);
			context.set(ExcerptaProject.class, project);
			AgreementPart part = PartHarness.make(AgreementPart.class, context, shell);
			shell.open();
			AgreementReport report = part.compute();
			assertEquals(2, report.settings().coders().size(), "both coders chosen by default");
			TableItem innovationRow = part.figures().getItem(0);
			assertEquals("\u2026 / Innovation", innovationRow.getText(0));
			assertEquals("150", innovationRow.getText(1), "characters coded by either coder");
			assertEquals("33.3", innovationRow.getText(2), "agreement on 50 of 150 characters");
			assertEquals("-0.500", innovationRow.getText(3), "Cohen's kappa (1/3 - 5/9) / (1 - 5/9)");
			assertEquals(2, part.disagreements().getItemCount(), "0-50 coded by Ana only, 100-150 by Ben only");
			assertEquals("Ana", part.disagreements().getItem(0).getText(3));
			part.disagreements().select(0);
			part.disagreements().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			PartHarness.pump(display); // let the side-by-side panels paint
			WorkbenchPartsTest.saveScreenshot(shell, "agreement-view.png");

			// A million answers can disagree a million times: the table holds a page of them at a time.
			assertEquals("", part.disagreementPages(), "two disagreements fit one page");
			part.showDisagreementsInPagesOf(1);
			assertEquals("Rows 1\u20131 of 2", part.disagreementPages());
			assertEquals(1, part.disagreements().getItemCount());
			part.nextDisagreements();
			assertEquals("Rows 2\u20132 of 2", part.disagreementPages());
			assertEquals("Ben", part.disagreements().getItem(0).getText(3), "the second disagreement, on the second page");
			assertEquals("100\u2013150", part.disagreements().getItem(0).getText(1));
			part.disagreements().select(0);
			part.disagreements().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			PartHarness.pump(display);
			assertEquals(java.util.List.of("Ana: not coded", "Ben: coded"), part.sideBySideTitles(),
					"the side-by-side panels show the disagreement chosen on the second page");

			// A third coder codes while the view is hidden: listed when it is shown again, not before.
			shell.setVisible(false);
			coder.code(source, 200, 250, innovation, coder.coder("Cy"));
			PartHarness.pump(display);
			assertTrue(part.isStale(), "hidden: the coders are not looked for after every coding");
			assertEquals(java.util.List.of("Ana", "Ben"), part.codersListed());
			shell.setVisible(true);
			PartHarness.pump(display);
			assertFalse(part.isStale(), "shown again: looked for once");
			assertEquals(java.util.List.of("Ana", "Ben", "Cy"), part.codersListed(), "Cy is listed");
			assertEquals(2, part.compute().settings().coders().size(), "the coders chosen before stay chosen");
		} finally {
			shell.dispose();
		}
	}

	/**
	 * In the workbench the coders are found in the project's index after each change, once it has
	 * caught up (walking a million codings on the window's thread took half a second per change):
	 * a coder whose only coding is undone is no longer offered, and is again after Redo.
	 */
	@Test
	void inTheWorkbenchTheCodersAreFoundInTheIndexAndFollowUndo() throws Exception {
		Display display = Display.getDefault();
		java.nio.file.Path folder = Files.createTempDirectory("excerpta-agreement-session").resolve("sample");
		SampleProject.createIn(folder).close();
		Shell shell = new Shell(display);
		shell.setSize(1100, 700);
		shell.setLayout(new FillLayout());
		IEclipseContext context = PartHarness.windowContext("agreement-session-test", display);
		org.excerpta.ui.ProjectSession session = new org.excerpta.ui.ProjectSession(context);
		context.set(org.excerpta.ui.ProjectSession.class, session);
		try {
			ExcerptaProject project = session.open(folder);
			Coder coder = new Coder(project);
			TextSource source = (TextSource) project.model().getSources().get(0);
			var innovation = new CodebookEditor(project).find("Commissioner-provider relationships framework / Innovation");
			coder.code(source, 0, 100, innovation, coder.coder("Ana"));
			AgreementPart part = PartHarness.make(AgreementPart.class, context, shell);
			shell.open();
			PartHarness.pump(display);
			assertEquals(java.util.List.of("Ana"), part.codersListed());

			coder.code(source, 50, 150, innovation, coder.coder("Ben"));
			PartHarness.pump(display);
			assertEquals(java.util.List.of("Ana", "Ben"), part.codersListed(), "Ben's first coding makes Ben a coder to compare");
			assertEquals(2, part.compute().settings().coders().size());

			project.commandStack().undo();
			PartHarness.pump(display);
			assertEquals(java.util.List.of("Ana"), part.codersListed(), "Ben's only coding undone");
			project.commandStack().redo();
			PartHarness.pump(display);
			assertEquals(java.util.List.of("Ana", "Ben"), part.codersListed(), "and redone");
		} finally {
			shell.dispose();
			session.close();
		}
	}
}
