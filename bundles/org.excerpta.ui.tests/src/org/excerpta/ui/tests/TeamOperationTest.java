package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.ui.ProjectSession;
import org.excerpta.ui.team.TeamOperation;
import org.junit.jupiter.api.Test;

/**
 * A Team operation that runs out of memory (a pull that merges the copies of a very large project)
 * says so, and how to give Excerpta more, and the project opens again: JFace's progress dialog
 * handed the error past the operation, and the user saw nothing.
 */
class TeamOperationTest {

	@Test
	void anOperationOutOfMemorySaysSoAndTheProjectOpensAgain() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		Path folder = Files.createTempDirectory("excerpta-team-op").resolve("sample");
		SampleProject.createIn(folder).close();
		IEclipseContext window = PartHarness.windowContext("team-op", display);
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		session.open(folder);
		List<String> shown = closeDialogs(display, "Pull");
		try {
			Object result = TeamOperation.run(shell, session, "Pull", f -> {
				throw new OutOfMemoryError("Java heap space");
			});
			assertEquals(null, result);
			assertEquals(1, shown.size(), "one error dialog: " + shown);
			assertTrue(shown.get(0).contains("Pull ran out of memory: Excerpta had about "), shown.get(0));
			assertTrue(shown.get(0).matches("(?s).*JAVA_TOOL_OPTIONS=-Xmx\\d+g excerpta.*"), shown.get(0));
			assertNotNull(session.current(), "the project is open again");
			assertEquals(folder.toAbsolutePath().normalize(), session.current().folder().toAbsolutePath().normalize());
		} finally {
			session.close();
			shell.dispose();
		}
	}

	/**
	 * Closing the project for a Team operation leaves its index folder free. The Codebook, told there
	 * is no project, asked the session for the index, which opened a new one (with a writer) on the
	 * project being closed: a pull could then not bring the index up to date, and dropped its files
	 * under that writer.
	 */
	@Test
	void closingTheProjectWithTheCodebookShownLeavesNoIndexOpen() throws Exception {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		Path folder = Files.createTempDirectory("excerpta-team-close").resolve("sample");
		SampleProject.createIn(folder).close();
		IEclipseContext window = PartHarness.windowContext("team-close", display);
		window.set(org.eclipse.e4.ui.workbench.modeling.ESelectionService.class, new RecordingSelectionService(new ArrayList<>()));
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		try {
			PartHarness.make(org.excerpta.ui.parts.CodebookPart.class, window, shell);
			session.open(folder);
			assertNotNull(session.index(), "the Codebook's counts come from the index");
			PartHarness.pump(display);

			session.close();
			PartHarness.pump(display);

			assertEquals(null, session.current());
			try (org.excerpta.index.ProjectIndex writable = org.excerpta.index.ProjectIndex.openForCoding(folder)) {
				assertNotNull(writable, "no index of the closed project is left open in this program");
			}
		} finally {
			session.close();
			shell.dispose();
		}
	}

	/** Closes each message dialog with this title as it opens, and records its text. */
	private static List<String> closeDialogs(Display display, String title) {
		List<String> texts = new ArrayList<>();
		Runnable[] check = new Runnable[1];
		check[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && title.equals(s.getText()) && s.getData() instanceof MessageDialog d) {
					texts.add(Arrays.stream(s.getChildren())
							.flatMap(c -> c instanceof Composite comp ? Arrays.stream(comp.getChildren()) : java.util.stream.Stream.of(c))
							.filter(c -> c instanceof Label).map(c -> ((Label) c).getText()).reduce("", String::concat));
					d.close();
				}
			}
			if (!display.isDisposed()) {
				display.timerExec(100, check[0]);
			}
		};
		display.timerExec(100, check[0]);
		return texts;
	}
}
