package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.plugins.PluginInstaller;
import org.excerpta.ui.plugins.InstallPluginsDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Install Plugins in the test runtime: loading a repository runs as a job and fills the
 * list; a missing folder gives an error dialog that names it; the installed list explains that a
 * test launch has no p2 profile. (Installing is tested in org.excerpta.plugins.tests and, in the
 * product, in releng/org.excerpta.product.tests.)
 */
class InstallPluginsDialogTest {

	@TempDir
	Path tmp;

	@Test
	void loadsARepositoryOffTheUiThreadAndListsItsFeatures() throws Exception {
		Display display = Display.getDefault();
		Path repository = Path.of(System.getProperty("user.dir")).getParent().resolve("org.excerpta.plugins.tests/testdata/repository");
		assertTrue(Files.isRegularFile(repository.resolve("content.jar")), "test repository missing: " + repository);
		Shell shell = new Shell(display);
		InstallPluginsDialog dialog = new InstallPluginsDialog(shell, PluginInstaller.running());
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<String> errors = closeErrorDialogs(display);
		try {
			Shell window = dialog.getShell();
			assertTrue(labels(window).stream().anyMatch(t -> t.startsWith("This Excerpta has no p2 profile")), labels(window).toString());
			Table available = all(window, Table.class).get(0);
			Button install = button(window, "&Install");
			assertFalse(install.isEnabled(), "nothing ticked, nothing to install");

			all(window, Text.class).get(0).setText(repository.toString());
			button(window, "&Load").notifyListeners(SWT.Selection, null);
			pumpUntil(display, () -> available.getItemCount() == 2);
			assertEquals(List.of("Hello Plugin", "Needy Plugin"), Arrays.stream(available.getItems()).map(i -> i.getText(0)).toList());
			assertEquals("Excerpta tests", available.getItem(0).getText(2));
			assertEquals("A tiny plugin for testing installation.", available.getItem(0).getText(3));
			assertTrue(labels(window).contains("2 feature(s) in the repository."), labels(window).toString());
			// The job is over: the dialog takes input again and there is nothing to stop.
			assertTrue(all(window, Text.class).get(0).isEnabled());
			assertFalse(button(window, "&Stop").isEnabled());
			assertTrue(button(window, org.eclipse.jface.dialogs.IDialogConstants.CLOSE_LABEL).isEnabled());
			TableItem hello = available.getItem(0);
			hello.setChecked(true);
			available.notifyListeners(SWT.Selection, null);
			assertTrue(install.isEnabled());
			PartHarness.pump(display);
			WorkbenchPartsTest.saveScreenshot(window, "install-plugins.png");

			Path missing = tmp.resolve("no-such-repository");
			all(window, Text.class).get(0).setText(missing.toString());
			button(window, "&Load").notifyListeners(SWT.Selection, null);
			pumpUntil(display, () -> !errors.isEmpty());
			assertTrue(errors.get(0).contains("The repository " + missing + " does not exist."), errors.toString());
			assertEquals(0, available.getItemCount());
		} finally {
			dialog.close();
			shell.dispose();
		}
	}

	private static void pumpUntil(Display display, BooleanSupplier done) {
		long end = System.nanoTime() + 30_000_000_000L;
		while (!done.getAsBoolean()) {
			assertTrue(System.nanoTime() < end, "timed out waiting for the plugin job");
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** Closes the dialog's error messages as they open, keeping their texts. */
	private static List<String> closeErrorDialogs(Display display) {
		List<String> messages = new ArrayList<>();
		Runnable[] check = new Runnable[1];
		check[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.getData() instanceof MessageDialog d && "Install Plugins".equals(s.getText())) {
					messages.add(String.join(" ", labels(s)));
					d.close();
				}
			}
			if (!display.isDisposed()) {
				display.timerExec(100, check[0]);
			}
		};
		display.timerExec(100, check[0]);
		return messages;
	}

	private static Button button(Composite root, String text) {
		return all(root, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static List<String> labels(Composite root) {
		return all(root, Label.class).stream().map(Label::getText).toList();
	}

	private static <T extends Control> List<T> all(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		Stream.of(root.getChildren()).forEach(c -> {
			if (type.isInstance(c)) {
				found.add(type.cast(c));
			}
			if (c instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		});
		return found;
	}
}
