package org.excerpta.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The survey file, and for a workbook which sheet. */
public final class SurveyFilePage extends WizardPage {

	private Text file;
	private Text sheet;
	private Spinner headerRows;

	SurveyFilePage() {
		super("surveyFile", "Survey file", null);
		setDescription("A CSV (any delimiter or encoding) or XLSX export with one row per respondent.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText("&File:");
		file = new Text(c, SWT.BORDER);
		file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("&Browse...");
		new Label(c, SWT.NONE).setText("&Sheet:");
		sheet = new Text(c, SWT.BORDER);
		sheet.setMessage("first sheet (or a number from 1, or a name)");
		sheet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(c, SWT.NONE).setText("&Header rows:");
		headerRows = new Spinner(c, SWT.BORDER);
		headerRows.setValues(0, 0, 5, 0, 1, 1);
		headerRows.setToolTipText("0: detect (SurveyMonkey-style exports have 2)");
		new Label(c, SWT.NONE).setText("0 detects them");
		browse.addListener(SWT.Selection, e -> {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN);
			d.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt;*.xlsx", "*" });
			String chosen = d.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		file.addListener(SWT.Modify, e -> validate());
		setControl(c);
	}

	private void validate() {
		boolean ok = Files.isRegularFile(file());
		setErrorMessage(file.getText().isBlank() || ok ? null : "There is no such file.");
		setPageComplete(ok);
	}

	/** Sets the file (also for tests). */
	public void setFile(Path path) {
		file.setText(path.toString());
	}

	Path file() {
		return Path.of(file.getText().strip());
	}

	String sheet() {
		return sheet.getText().isBlank() ? null : sheet.getText().strip();
	}

	int headerRows() {
		return headerRows.getSelection();
	}
}
