package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.model.Memo;
import org.excerpta.ui.parts.MemosPart;
import org.junit.jupiter.api.Test;

/** A code memo written in the Memos view is saved without a Save button, and survives closing the project. */
class MemosPartTest {

	@Test
	void aCodeMemoSavesAsItIsWrittenAndIsThereAfterReopening() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setSize(900, 500);
		shell.setLayout(new FillLayout());
		Path folder = Files.createTempDirectory("excerpta-memos").resolve("sample");
		String guid;
		try (ExcerptaProject project = SampleProject.createIn(folder)) {
			IEclipseContext context = PartHarness.windowContext("memos-test", display);
			context.set(ExcerptaProject.class, project);
			MemosPart memos = PartHarness.make(MemosPart.class, context, shell);
			shell.open();
			Code tenure = new CodebookEditor(project).find("Commissioner-provider relationships framework / Tenure of leaders");
			memos.showMemosOf(tenure);
			Memo memo = memos.newMemo("Turnover");
			memos.type("Three of four sites lost a chief executive in two years.");
			long deadline = System.currentTimeMillis() + 5000;
			while (!"Three of four sites lost a chief executive in two years.".equals(memo.getText())
					&& System.currentTimeMillis() < deadline) {
				if (!display.readAndDispatch()) {
					Thread.sleep(20);
				}
			}
			assertEquals("Three of four sites lost a chief executive in two years.", memo.getText(), "saved by itself, no Save");
			assertTrue(tenure.getMemos().contains(memo));
			guid = memo.getGuid();
			WorkbenchPartsTest.saveScreenshot(shell, "memos.png");
		} finally {
			shell.dispose();
		}
		try (ExcerptaProject reopened = ExcerptaProject.openReadOnly(folder)) {
			Memo memo = (Memo) reopened.store().find(guid);
			assertEquals("Three of four sites lost a chief executive in two years.", memo.getText(), "on disk");
		}
	}
}
