package org.excerpta.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.Memos;
import org.excerpta.model.Annotatable;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.ui.team.CoderIdentity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Memos: the project journal (every memo of the project), or the memos of the code, source or
 * case selected elsewhere. Writing saves by itself a moment after the last key, and on leaving
 * the memo; each save is a durable change that Edit > Undo takes back. There is no Save button
 * because nothing typed can be lost.
 */
public final class MemosPart {

	/** How long after the last key press a memo is saved. */
	static final int AUTOSAVE_MILLIS = 800;

	@Inject
	private UISynchronize sync;

	private ExcerptaProject project;
	private Annotatable target;
	private Memo editing;
	private Label heading;
	private org.eclipse.swt.widgets.List list;
	private Text editor;
	private List<Memo> shown = List.of();
	private boolean loading;
	private final Runnable autosave = this::saveNow;
	private final ProjectFollower follower = new ProjectFollower(e -> sync.asyncExec(this::refreshList));

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		heading = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Button journal = new Button(parent, SWT.PUSH);
		journal.setText("Project &journal");
		journal.addListener(SWT.Selection, e -> showMemosOf(project == null ? null : project.model()));
		Button add = new Button(parent, SWT.PUSH);
		add.setText("&New memo");
		add.addListener(SWT.Selection, e -> newMemo("Memo"));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
		list = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		list.addListener(SWT.Selection, e -> edit(list.getSelectionIndex() < 0 ? null : shown.get(list.getSelectionIndex())));
		editor = new Text(sash, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		editor.setMessage("Choose or create a memo, then write; it saves by itself.");
		editor.addListener(SWT.Modify, e -> {
			if (!loading && editing != null) {
				editor.getDisplay().timerExec(AUTOSAVE_MILLIS, autosave); // restarts the wait on every key
			}
		});
		editor.addListener(SWT.FocusOut, e -> saveNow());
		sash.setWeights(30, 70);
		showMemosOf(project == null ? null : project.model());
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		if (editor != null && !editor.isDisposed()) {
			saveNow();
		}
		follower.follow(project);
		this.project = project;
		if (list != null && !list.isDisposed()) {
			showMemosOf(project == null ? null : project.model());
		}
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (list != null && !list.isDisposed() && (selection instanceof Code || selection instanceof Source || selection instanceof Case
				|| selection instanceof org.excerpta.model.Coding)) {
			showMemosOf((Annotatable) selection);
		}
	}

	/** Lists the memos of an object (the project: its journal, every memo). */
	public void showMemosOf(Annotatable newTarget) {
		saveNow();
		target = newTarget;
		editing = null;
		refreshList();
		setEditorText("");
	}

	private void refreshList() {
		if (list == null || list.isDisposed()) {
			return;
		}
		if (project == null || target == null || target.eResource() == null) {
			shown = List.of();
			list.removeAll();
			heading.setText("No project open.");
			return;
		}
		shown = target instanceof Project p ? List.copyOf(p.getNotes()) : List.copyOf(target.getMemos());
		String[] items = shown.stream().map(m -> m.getName() + (m.getText() == null || m.getText().isBlank() ? "" : ": "
				+ firstLine(m.getText()))).toArray(String[]::new);
		if (!java.util.Arrays.equals(items, list.getItems())) {
			list.setItems(items);
		}
		if (editing != null && shown.contains(editing)) {
			list.select(shown.indexOf(editing));
		}
		heading.setText(target instanceof Project ? "Project journal: every memo of the project (" + shown.size() + ")"
				: "Memos of " + describe(target) + " (" + shown.size() + ")");
		heading.getParent().layout();
	}

	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.length() > 60 ? line.substring(0, 60) + "\u2026" : line;
	}

	private static String describe(Annotatable a) {
		if (a instanceof Code c) {
			return "the code " + c.getName();
		}
		if (a instanceof Source s) {
			return s.getName();
		}
		if (a instanceof Case c) {
			return "the case " + c.getName();
		}
		if (a instanceof org.excerpta.model.Coding c && c.getCode() != null) {
			return "this coding with " + c.getCode().getName() + (c.getCoder() == null ? "" : " by " + c.getCoder().getName());
		}
		return a.eClass().getName();
	}

	/** Writes a new memo on the shown object and opens it for writing. */
	public Memo newMemo(String name) {
		if (project == null || target == null || project.isReadOnly()) {
			return null;
		}
		saveNow();
		Coder coder = new Coder(project);
		// A writer new to the project joins it with the memo: one step to undo.
		Memo memo = new Memos(project).attach(target, name, "", coder.coderFor(CoderIdentity.name()));
		refreshList();
		edit(memo);
		editor.setFocus();
		return memo;
	}

	private void edit(Memo memo) {
		saveNow();
		editing = memo;
		setEditorText(memo == null || memo.getText() == null ? "" : memo.getText());
	}

	private void setEditorText(String text) {
		loading = true;
		try {
			editor.setText(text);
		} finally {
			loading = false;
		}
	}

	/** Types into the memo being written, as a user would (for tests). */
	public void type(String text) {
		editor.setText(text);
	}

	/** Saves what is written now (the autosave and leaving the memo call this). */
	public void saveNow() {
		if (editor == null || editor.isDisposed()) {
			return;
		}
		editor.getDisplay().timerExec(-1, autosave);
		if (editing != null && editing.eResource() != null && project != null && !project.isReadOnly()) {
			new Memos(project).edit(editing, editor.getText());
		}
	}

	@PreDestroy
	void dispose() {
		saveNow();
	}
}
