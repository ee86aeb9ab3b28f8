package org.excerpta.ui.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.excerpta.importer.document.DocumentImporter;

/** The files and folders to import, and whether to look for speakers. */
public final class DocumentFilesPage extends WizardPage {

	private final List<Path> files = new ArrayList<>();
	private org.eclipse.swt.widgets.List list;
	private Button findSpeakers;
	private Button codeSpeakers;
	private Button casePerSpeaker;

	DocumentFilesPage() {
		super("files", "Documents and transcripts", null);
		setDescription("Add interview transcripts and documents (" + String.join(", ",
				new DocumentImporter().extensions()) + "). Folders are imported with their subfolders.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		list = new org.eclipse.swt.widgets.List(c, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 4));
		Button addFiles = button(c, "Add &Files...");
		Button addFolder = button(c, "Add F&older...");
		Button remove = button(c, "&Remove");
		new org.eclipse.swt.widgets.Label(c, SWT.NONE);
		findSpeakers = check(c, "Find &speaker turns (Name: text, [Name], timestamps, Otter headers, VTT voices)", true);
		codeSpeakers = check(c, "&Code each speaker's turns (codes under \"Speakers\")", false);
		casePerSpeaker = check(c, "Make a c&ase for each speaker", false);
		addFiles.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
			d.setFilterExtensions(new String[] { new DocumentImporter().extensions().stream().map(x -> "*." + x)
					.reduce((a, b) -> a + ";" + b).orElse("*"), "*" });
			if (d.open() != null) {
				for (String name : d.getFileNames()) {
					add(Path.of(d.getFilterPath(), name));
				}
			}
		});
		addFolder.addListener(SWT.Selection, e -> {
			String folder = new DirectoryDialog(getShell()).open();
			if (folder != null) {
				add(Path.of(folder));
			}
		});
		remove.addListener(SWT.Selection, e -> {
			int[] selected = list.getSelectionIndices();
			for (int i = selected.length - 1; i >= 0; i--) {
				files.remove(selected[i]);
				list.remove(selected[i]);
			}
			setPageComplete(!files.isEmpty());
		});
		findSpeakers.addListener(SWT.Selection, e -> {
			codeSpeakers.setEnabled(findSpeakers.getSelection());
			casePerSpeaker.setEnabled(findSpeakers.getSelection());
		});
		setControl(c);
	}

	/** Adds a file or folder (also used by tests and drag and drop). */
	public void add(Path fileOrFolder) {
		if (!files.contains(fileOrFolder)) {
			files.add(fileOrFolder);
			list.add(fileOrFolder.toString());
		}
		setPageComplete(true);
	}

	List<Path> files() {
		return files;
	}

	boolean findSpeakers() {
		return findSpeakers.getSelection();
	}

	boolean codeSpeakers() {
		return codeSpeakers.getSelection() && findSpeakers.getSelection();
	}

	boolean casePerSpeaker() {
		return casePerSpeaker.getSelection() && findSpeakers.getSelection();
	}

	public void setCodeSpeakers(boolean on) {
		codeSpeakers.setSelection(on);
	}

	private static Button button(Composite c, String label) {
		Button b = new Button(c, SWT.PUSH);
		b.setText(label);
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		return b;
	}

	private static Button check(Composite c, String label, boolean on) {
		Button b = new Button(c, SWT.CHECK);
		b.setText(label);
		b.setSelection(on);
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return b;
	}
}
