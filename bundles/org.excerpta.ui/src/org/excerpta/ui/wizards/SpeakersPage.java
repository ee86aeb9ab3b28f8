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
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
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
	/** One speaker label as shown: its name, how many turns it opens, and what the user renames it to. */
	private static final class Row {
		final String speaker;
		final int turns;
		String renameTo = "";

		Row(String speaker, int turns) {
			this.speaker = speaker;
			this.turns = turns;
		}
	}

	private CheckboxTableViewer viewer;
	private Label note;
	private final List<Row> rows = new ArrayList<>();
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
		viewer = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.FULL_SELECTION);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Speaker", 200, r -> r.speaker);
		column("Turns", 80, r -> String.valueOf(r.turns));
		TableViewerColumn rename = column("Rename to (click to type)", 260, r -> r.renameTo);
		rename.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(table);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return ((Row) element).renameTo;
			}

			@Override
			protected void setValue(Object element, Object value) {
				((Row) element).renameTo = String.valueOf(value).strip();
				viewer.update(element, null);
			}
		});
		note = new Label(c, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		setControl(c);
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Row, String> text) {
		return TextColumns.add(viewer, Row.class, title, width, text, null);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && !files.files().equals(previewed)) {
			preview();
		}
		super.setVisible(visible);
		if (visible) {
			// Let the dialog enable Finish again after the preview's progress run.
			getShell().getDisplay().asyncExec(() -> {
				if (!getShell().isDisposed()) {
					getContainer().updateButtons();
				}
			});
		}
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
					List<Path> all = new DocumentImporter().collect(previewed, new ImportReport());
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
		rows.clear();
		counts.forEach((speaker, turns) -> rows.add(new Row(speaker, turns)));
		viewer.setInput(rows);
		viewer.setAllChecked(true);
		note.setText(counts.isEmpty() ? "No speaker turns found: the files will be imported as documents."
				+ (problems.isEmpty() ? "" : "\n" + String.join("\n", problems)) : String.join("\n", problems));
		note.getParent().layout();
	}

	/** The speakers as listed (for tests and the import). */
	public List<String> speakers() {
		return rows.stream().map(r -> r.speaker).toList();
	}

	/** Renames a speaker as if typed in the table (for tests). */
	public void rename(String speaker, String to) {
		rows.stream().filter(r -> r.speaker.equals(speaker)).forEach(r -> {
			r.renameTo = to;
			viewer.update(r, null);
		});
	}

	public void accept(String speaker, boolean accepted) {
		rows.stream().filter(r -> r.speaker.equals(speaker)).forEach(r -> viewer.setChecked(r, accepted));
	}

	DocumentImportOptions options() {
		Set<String> accepted = new LinkedHashSet<>();
		Map<String, String> renamed = new HashMap<>();
		for (Row r : rows) {
			if (viewer.getChecked(r)) {
				accepted.add(r.speaker);
			}
			if (!r.renameTo.isEmpty()) {
				renamed.put(r.speaker, r.renameTo);
			}
		}
		boolean previewedSpeakers = !rows.isEmpty();
		// Every label unticked: the user says there are no speakers here.
		boolean detect = files.findSpeakers() && !(previewedSpeakers && accepted.isEmpty());
		return new DocumentImportOptions(detect, previewedSpeakers ? accepted : Set.of(), renamed,
				files.codeSpeakers(), files.casePerSpeaker(), null);
	}
}
