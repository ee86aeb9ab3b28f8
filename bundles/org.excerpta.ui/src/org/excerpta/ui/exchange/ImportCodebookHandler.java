package org.excerpta.ui.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookCsv;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.CodebookQdc;

/** File > Import Codebook: a REFI-QDA .qdc or a codebook CSV added to the open project, as one undoable step. */
public final class ImportCodebookHandler {

	@CanExecute
	boolean canExecute(@Optional ExcerptaProject project) {
		return project != null && !project.isReadOnly();
	}

	@Execute
	void execute(Shell shell, ExcerptaProject project) {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setText("Import Codebook: choose a .qdc or .csv codebook");
		files.setFilterExtensions(new String[] { "*.qdc;*.csv", "*.*" });
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			CodebookEditor editor = new CodebookEditor(project);
			CodebookEditor.ImportResult r;
			if (chosen.toLowerCase().endsWith(".csv")) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					r = editor.importRows(CodebookCsv.read(in));
				}
			} else {
				try (InputStream in = Files.newInputStream(file)) {
					r = editor.importQdc(CodebookQdc.read(in));
				}
			}
			MessageDialog.openInformation(shell, "Import Codebook",
					r.added() + " code(s) added, " + r.updated() + " updated from " + file.getFileName() + ". Edit > Undo takes it back.");
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Import Codebook", "Cannot import " + file.getFileName() + ": " + e.getMessage()
					+ "\n\nThe codebook is unchanged.");
		}
	}
}
