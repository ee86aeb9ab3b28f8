package org.excerpta.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.importer.ImportReport;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;
import org.excerpta.importer.document.ImportFailure;
import org.excerpta.importer.document.Transcript;

/**
 * The speakers found in the chosen files, to confirm (untick a label that is not a speaker) or
 * rename (for example "Dan" to "Interviewer") before anything is imported.
 */
public final class SpeakersPage extends WizardPage {

	/** Files looked at for the preview; the import itself reads them all. */
	private static final int PREVIEW_FILES = 25;

	private final DocumentFilesPage files;
	private Table table;
	private Label note;
	private final Map<String, Text> renames = new HashMap<>();
	private List<Path> previewed = List.of();

	SpeakersPage(DocumentFilesPage files) {
		super("speakers", "Speakers", null);
		this.files = files;
		setDescription("Untick labels that are not speakers; type a new name to rename a speaker everywhere.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		table = new Table(c, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] col : new String[][] { { "Speaker", "200" }, { "Turns", "80" }, { "Rename to", "220" } }) {
			TableColumn tc = new TableColumn(table, SWT.NONE);
			tc.setText(col[0]);
			tc.setWidth(Integer.parseInt(col[1]));
		}
		note = new Label(c, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		setControl(c);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && !files.files().equals(previewed)) {
			preview();
		}
		super.setVisible(visible);
	}

	/** Reads the files (off the UI thread, with progress) and lists the speaker labels found. */
	private void preview() {
		previewed = new ArrayList<>(files.files());
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		DocumentImportOptions detect = new DocumentImportOptions(files.findSpeakers(), Set.of(), Map.of(), false, false, null);
		try {
			getContainer().run(true, true, monitor -> {
				try {
					List<Path> all = DocumentImporter.collect(previewed, new ImportReport());
					List<Path> sample = all.subList(0, Math.min(all.size(), PREVIEW_FILES));
					SubMonitor progress = SubMonitor.convert(monitor, "Finding speakers", sample.size());
					for (Path f : sample) {
						if (progress.isCanceled()) {
							break;
						}
						progress.subTask(f.getFileName().toString());
						try {
							Transcript t = new DocumentImporter().read(f, detect);
							t.turns().forEach(turn -> counts.merge(turn.speaker(), 1, Integer::sum));
						} catch (ImportFailure e) {
							problems.add(f.getFileName() + " " + e.getMessage());
						}
						progress.worked(1);
					}
					if (all.size() > sample.size()) {
						problems.add("Speakers are shown for the first " + sample.size() + " of " + all.size() + " files.");
					}
				} catch (java.io.IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException | InterruptedException e) {
			problems.add(e.getMessage());
		}
		table.removeAll();
		renames.values().forEach(Text::dispose);
		renames.clear();
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { e.getKey(), String.valueOf(e.getValue()), "" });
			item.setChecked(true);
			TableEditor editor = new TableEditor(table);
			Text rename = new Text(table, SWT.NONE);
			editor.grabHorizontal = true;
			editor.setEditor(rename, item, 2);
			renames.put(e.getKey(), rename);
		}
		note.setText(counts.isEmpty() ? "No speaker turns found: the files will be imported as documents."
				+ (problems.isEmpty() ? "" : "\n" + String.join("\n", problems)) : String.join("\n", problems));
		note.getParent().layout();
	}

	/** The speakers as listed (for tests and the import). */
	public List<String> speakers() {
		List<String> names = new ArrayList<>();
		for (TableItem i : table.getItems()) {
			names.add(i.getText(0));
		}
		return names;
	}

	public void rename(String speaker, String to) {
		renames.get(speaker).setText(to);
	}

	public void accept(String speaker, boolean accepted) {
		for (TableItem i : table.getItems()) {
			if (i.getText(0).equals(speaker)) {
				i.setChecked(accepted);
			}
		}
	}

	DocumentImportOptions options() {
		Set<String> accepted = new LinkedHashSet<>();
		Map<String, String> renamed = new HashMap<>();
		if (table != null) {
			for (TableItem i : table.getItems()) {
				if (i.getChecked()) {
					accepted.add(i.getText(0));
				}
				String to = renames.get(i.getText(0)).getText().strip();
				if (!to.isEmpty()) {
					renamed.put(i.getText(0), to);
				}
			}
		}
		boolean previewedSpeakers = table != null && table.getItemCount() > 0;
		// Every label unticked: the user says there are no speakers here.
		boolean detect = files.findSpeakers() && !(previewedSpeakers && accepted.isEmpty());
		return new DocumentImportOptions(detect, previewedSpeakers ? accepted : Set.of(), renamed,
				files.codeSpeakers(), files.casePerSpeaker(), null);
	}
}
