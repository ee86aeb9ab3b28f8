package org.excerpta.ui.parts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The codebook as a tree: each code with its colour; its definition on hover. */
public final class CodebookPart {

	@Inject
	private ESelectionService selectionService;

	@Inject
	private UISynchronize sync;

	@Inject
	@Optional
	private org.excerpta.ui.ProjectSession session;

	@Inject
	private org.eclipse.e4.core.contexts.IEclipseContext context;

	private TreeViewer viewer;
	private org.eclipse.swt.widgets.Text filter;
	private ExcerptaProject project;
	/** Codings and sources per code, refreshed with every change (the index answers in milliseconds). */
	private Map<String, org.excerpta.index.CodeCount> counts = Map.of();
	private org.excerpta.ui.DocumentSelection documentSelection;
	private final Map<String, Image> swatches = new HashMap<>();
	/**
	 * After every change (and undo, and redo) the Codebook counts the codings again, from the index,
	 * once the index has caught up with the change off the window's thread ({@link
	 * org.excerpta.ui.ProjectSession#afterIndexCatchesUp}).
	 */
	private final ProjectFollower follower = new ProjectFollower(e -> {
		Runnable recount = () -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				countCodings();
				viewer.refresh();
			}
		};
		if (session != null) {
			session.afterIndexCatchesUp(recount);
		} else {
			sync.asyncExec(recount); // shown without a session (a test's): no index to count from
		}
	});

	private void countCodings() {
		try {
			counts = session == null || session.index() == null ? Map.of() : session.index().codingsAndSources();
		} catch (RuntimeException e) {
			counts = Map.of(); // counts are a help; the codebook shows without them
		}
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
		filter = new org.eclipse.swt.widgets.Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter codes");
		filter.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			viewer.expandAll();
		});
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getControl().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
		// A code shows when its name, or a code below it, matches the filter: the tree keeps its shape.
		viewer.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer v, Object parentElement, Object element) {
				return matches((Code) element, filter.getText().strip().toLowerCase());
			}
		});
		addDragAndDrop();
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Code c = (Code) element;
				org.excerpta.index.CodeCount n = counts.get(c.getGuid());
				String figures = n == null || n.codings() == 0 ? "" : "  " + n.codings() + " in " + n.sources();
				org.excerpta.ui.QuickCodes keys = quickCodes();
				int key = keys == null ? 0 : keys.keyOf(c);
				return (key > 0 ? "[" + key + "] " : "") + (c.isCodable() ? c.getName() : c.getName() + "  (group)") + figures;
			}

			@Override
			public Image getImage(Object element) {
				return swatch(((Code) element).getColor());
			}

			@Override
			public String getToolTipText(Object element) {
				String d = ((Code) element).getDescription();
				return d == null || d.isBlank() ? null : wrap(d, 80);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		// Ctrl+1..9 on a code makes that digit its quick-code key in the Document view.
		viewer.getTree().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1 && e.keyCode >= '1' && e.keyCode <= '9' && quickCodes() != null
					&& viewer.getStructuredSelection().getFirstElement() instanceof Code code) {
				try {
					quickCodes().assign(e.keyCode - '0', code);
					viewer.refresh();
				} catch (IllegalArgumentException ex) {
					org.eclipse.jface.dialogs.MessageDialog.openInformation(viewer.getControl().getShell(), "Quick-code key", ex.getMessage());
				}
				e.doit = false;
			}
		});
		addEditingMenu();
		viewer.addSelectionChangedListener(e -> selectionService.setSelection(((IStructuredSelection) e.getSelection()).getFirstElement()));
		// Double-click (or Enter) on a code: code the passage selected in the Document view with it.
		viewer.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Code code) {
				codeSelection(code);
			}
		});
		show();
	}

	/**
	 * Right-click (or the keys) to edit the codebook as in NVivo's or MAXQDA's code system: a new
	 * code (Insert), a sub-code of the selected one (Shift+Insert), rename (F2), delete (Delete,
	 * after saying what goes with it). Each is one step that Edit > Undo takes back.
	 */
	private void addEditingMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(viewer.getTree());
		org.eclipse.swt.widgets.MenuItem add = item(menu, "&New Code...\tInsert", () -> askNewCode(null));
		org.eclipse.swt.widgets.MenuItem addBelow = item(menu, "New &Sub-code...\tShift+Insert", () -> askNewCode(chosen()));
		org.eclipse.swt.widgets.MenuItem rename = item(menu, "&Rename...\tF2", () -> askRename(chosen()));
		new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
		org.eclipse.swt.widgets.MenuItem delete = item(menu, "&Delete...\tDelete", () -> askDelete(chosen()));
		menu.addListener(SWT.Show, e -> {
			add.setEnabled(canAddCodes());
			addBelow.setEnabled(canAddCodes() && chosen() != null);
			rename.setEnabled(canRename() && chosen() != null);
			delete.setEnabled(editable() && chosen() != null);
		});
		viewer.getTree().setMenu(menu);
		viewer.getTree().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MODIFIER_MASK) == 0 && e.keyCode == SWT.INSERT) {
				askNewCode(null);
			} else if ((e.stateMask & SWT.MODIFIER_MASK) == SWT.SHIFT && e.keyCode == SWT.INSERT && chosen() != null) {
				askNewCode(chosen());
			} else if ((e.stateMask & SWT.MODIFIER_MASK) == 0 && e.keyCode == SWT.F2 && chosen() != null) {
				askRename(chosen());
			} else if ((e.stateMask & SWT.MODIFIER_MASK) == 0 && e.keyCode == SWT.DEL && chosen() != null) {
				askDelete(chosen());
			} else {
				return;
			}
			e.doit = false;
		});
	}

	private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
		org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	private Code chosen() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Code c ? c : null;
	}

	/** Whether the codebook can be changed in every way now: a project open for writing. */
	private boolean editable() {
		return project != null && !project.isReadOnly();
	}

	/** The quick-code keys of the project shown (open, or loading from its index); null when none is. */
	private org.excerpta.ui.QuickCodes quickCodes() {
		if (project != null) {
			return new org.excerpta.ui.QuickCodes(project);
		}
		return loading() ? org.excerpta.ui.QuickCodes.whileLoading(session.opening()) : null;
	}

	/** Whether the project shown is still loading: new codes can be added then, from the index. */
	private boolean loading() {
		return project == null && session != null && session.opening() != null;
	}

	/** Whether the codebook can be changed in every way now; if not, says why. */
	private boolean canEditOrSay() {
		if (editable()) {
			return true;
		}
		if (loading()) {
			inform("Codes can be moved and deleted once the project has loaded (the Project Explorer shows how far it is). "
					+ "Meanwhile you can add and rename codes and code with them.");
		} else if (project != null) {
			inform("This project is open read-only: its codebook cannot be changed here.");
		}
		return false;
	}

	private void askNewCode(Code parent) {
		if (!canAddCodes() && !canEditOrSay()) {
			return;
		}
		org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(viewer.getControl().getShell(),
				parent == null ? "New Code" : "New Sub-code",
				parent == null ? "Name of the new code:" : "Name of the new code under \"" + parent.getName() + "\":", "",
				CodebookPart::nameProblem);
		if (ask.open() == org.eclipse.jface.window.Window.OK) {
			try {
				newCode(parent, ask.getValue());
			} catch (IllegalArgumentException e) {
				error("New code", e.getMessage());
			} catch (IllegalStateException e) {
				inform("The code could not be added while the project loads: " + e.getMessage() + ".");
			} catch (org.excerpta.core.store.ProjectStoreException e) {
				storeFailed("New code", e);
			}
		}
	}

	/** What is wrong with a code's name, for the dialog to say as it is typed; null when nothing is. */
	private static String nameProblem(String name) {
		try {
			CodePaths.checkName(name);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/**
	 * Adds a codable code at the top of the codebook or under {@code parent}, selects it and returns
	 * it. While the project loads it is added from the index ({@code ProjectIndex.addCodeAlone}):
	 * saved at once, and in the project when it has loaded.
	 */
	public Code newCode(Code parent, String name) {
		String path = (parent == null ? "" : CodePaths.pathOf(parent) + CodePaths.SEPARATOR) + CodePaths.checkName(name);
		Code made;
		if (loading()) {
			made = session.addCodeWhileLoading(path);
		} else {
			made = new org.excerpta.core.coding.CodebookEditor(project).add(path, null, null);
		}
		viewer.refresh();
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(made), true);
		return made;
	}

	private void askRename(Code code) {
		if (code == null) {
			return;
		}
		if (!canRename()) {
			if (loading()) {
				inform("Codes can be renamed once the project has loaded: its search index was made by an earlier version of Excerpta, "
						+ "which did not keep the memos about each code that renaming from the index must write again. "
						+ "Once the project has loaded, the index keeps them.");
			} else {
				canEditOrSay();
			}
			return;
		}
		org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(viewer.getControl().getShell(), "Rename Code",
				"New name of \"" + code.getName() + "\":", code.getName(), CodebookPart::nameProblem);
		if (ask.open() == org.eclipse.jface.window.Window.OK && !ask.getValue().strip().equals(code.getName())) {
			try {
				renameCode(code, ask.getValue());
			} catch (IllegalArgumentException e) {
				error("Rename code", e.getMessage());
			} catch (IllegalStateException e) {
				inform("The code could not be renamed while the project loads: " + e.getMessage() + ".");
			} catch (org.excerpta.core.store.ProjectStoreException e) {
				storeFailed("Rename code", e);
			}
		}
	}

	/**
	 * Renames a code (its codings stay). While the project loads it is renamed from the index
	 * ({@code ProjectIndex.renameCodeAlone}): saved at once, and in the project when it has loaded.
	 */
	public void renameCode(Code code, String name) {
		// By its path: the project may have finished loading while the dialog was open, and the code
		// chosen then was the index's copy, not the project's own.
		String path = CodePaths.pathOf(code);
		if (loading()) {
			session.renameCodeWhileLoading(path, name);
		} else {
			org.excerpta.core.coding.CodebookEditor editor = new org.excerpta.core.coding.CodebookEditor(project);
			editor.rename(editor.find(path), name);
		}
		viewer.refresh();
	}

	/** Whether codes can be renamed now: in a project open for writing, or (from its index) in one still loading. */
	public boolean canRename() {
		return editable() || loading() && session.canRenameCodesWhileLoading();
	}

	/** Whether codes can be added now: to a project open for writing, or (from its index) to one still loading. */
	public boolean canAddCodes() {
		return editable() || loading();
	}

	/** Whether the codebook can be edited now: a project open for writing (not one still loading, nor read-only). */
	public boolean canEdit() {
		return editable();
	}

	private void askDelete(Code code) {
		if (code == null || !canEditOrSay()) {
			return;
		}
		if (org.eclipse.jface.dialogs.MessageDialog.openQuestion(viewer.getControl().getShell(), "Delete Code", whatDeleteRemoves(code))) {
			try {
				deleteCode(code);
			} catch (org.excerpta.core.store.ProjectStoreException e) {
				storeFailed("Delete code", e);
			}
		}
	}

	/** "Delete "Trust", its 2 sub-codes and their 14 codings?": what the question before deleting says. */
	public String whatDeleteRemoves(Code code) {
		org.excerpta.core.coding.CodebookEditor editor = new org.excerpta.core.coding.CodebookEditor(project);
		int below = editor.subCodesOf(code);
		int codings = editor.codingsOf(code, true);
		return "Delete \"" + code.getName() + "\""
				+ (below == 0 ? "" : ", its " + below + (below == 1 ? " sub-code" : " sub-codes"))
				+ (codings == 0 ? " (it has no codings)" : " and " + (below == 0 ? "its " : "their ") + codings + (codings == 1 ? " coding" : " codings"))
				+ "? Edit > Undo brings " + (below == 0 && codings == 0 ? "it" : "them") + " back.";
	}

	/** Deletes a code, the codes below it and their codings; returns how many codings went. */
	public int deleteCode(Code code) {
		int removed = new org.excerpta.core.coding.CodebookEditor(project).delete(code);
		viewer.refresh();
		return removed;
	}

	/** The project could not be written (a full or read-only disk): nothing was changed; say so, and log the detail. */
	private void storeFailed(String title, RuntimeException e) {
		org.eclipse.core.runtime.ILog.of(CodebookPart.class).error(title + " failed", e);
		error(title, e.getMessage());
	}

	private void inform(String message) {
		org.eclipse.jface.dialogs.MessageDialog.openInformation(viewer.getControl().getShell(), "Codebook", message);
	}

	private void error(String title, String message) {
		org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getControl().getShell(), title, message);
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		show();
	}

	/**
	 * While a project loads for coding ({@link org.excerpta.ui.OpeningProject}), its codebook as
	 * last saved shows, with its counts; the project's own replaces it when it arrives.
	 */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		show();
	}

	private void show() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			// The code chosen stays chosen when the loaded project's codebook replaces the one read from the index.
			String chosen = viewer.getStructuredSelection().getFirstElement() instanceof Code c ? c.getGuid() : null;
			countCodings();
			Codebook shown = project != null ? project.model().getCodebook() : session == null ? null : session.codebook();
			viewer.setInput(shown);
			viewer.expandAll();
			Code again = shown == null || chosen == null ? null : CodePaths.withGuid(shown, chosen);
			if (again != null) {
				viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(again), true);
			}
		}
	}

	private static boolean matches(Code c, String text) {
		if (text.isEmpty() || c.getName().toLowerCase().contains(text)) {
			return true;
		}
		return c.getChildren().stream().anyMatch(child -> matches(child, text));
	}

	/** Shows only the codes whose names (or whose sub-codes' names) contain the text. */
	public void filter(String text) {
		filter.setText(text);
	}

	/**
	 * Drag a code onto another to move it there (before or after it: beside it); hold Ctrl while
	 * dropping to merge it into the other instead. Drag a passage from the Document view onto a
	 * code to code it.
	 */
	private void addDragAndDrop() {
		org.eclipse.swt.dnd.Transfer[] local = { org.eclipse.jface.util.LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(org.eclipse.swt.dnd.DND.DROP_MOVE | org.eclipse.swt.dnd.DND.DROP_COPY, local,
				new org.eclipse.swt.dnd.DragSourceAdapter() {
					@Override
					public void dragStart(org.eclipse.swt.dnd.DragSourceEvent event) {
						org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
					}
				});
		viewer.addDropSupport(org.eclipse.swt.dnd.DND.DROP_MOVE | org.eclipse.swt.dnd.DND.DROP_COPY, local,
				new org.eclipse.jface.viewers.ViewerDropAdapter(viewer) {
					@Override
					public boolean validateDrop(Object target, int operation, org.eclipse.swt.dnd.TransferData type) {
						return target instanceof Code;
					}

					@Override
					public boolean performDrop(Object data) {
						Object dragged = org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection sel
								? sel.getFirstElement() : null;
						Code target = (Code) getCurrentTarget();
						boolean merge = getCurrentOperation() == org.eclipse.swt.dnd.DND.DROP_COPY;
						int location = getCurrentLocation();
						return CodebookPart.this.drop(dragged, target, merge, location == LOCATION_BEFORE ? -1 : location == LOCATION_AFTER ? 1 : 0);
					}
				});
	}

	/**
	 * What a drop onto a code does: a passage is coded with it; a code is moved under it
	 * ({@code beside} 0), before or after it ({@code beside} -1 or 1), or merged into it.
	 */
	public boolean drop(Object dragged, Code target, boolean merge, int beside) {
		if (target == null || dragged == target) {
			return false;
		}
		if (project == null) {
			return loading() && dropWhileLoading(dragged, target, merge, beside);
		}
		org.excerpta.core.coding.CodebookEditor codebook = new org.excerpta.core.coding.CodebookEditor(project);
		try {
			if (dragged instanceof org.excerpta.ui.DocumentSelection passage && !passage.isEmpty()) {
				return code(passage, target);
			}
			if (!(dragged instanceof Code code)) {
				return false;
			}
			if (merge) {
				if (org.eclipse.jface.dialogs.MessageDialog.openQuestion(viewer.getControl().getShell(), "Merge codes",
						"Merge \"" + code.getName() + "\" into \"" + target.getName() + "\"? Its codings move to \"" + target.getName()
								+ "\" and it is removed. Edit > Undo takes it back.")) {
					codebook.merge(code, target);
					return true;
				}
				return false;
			}
			Placement place = Placement.of(code, target, beside);
			codebook.move(code, place.parent(), place.index());
			return true;
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getControl().getShell(), "Codebook", e.getMessage());
			return false;
		}
	}

	/**
	 * A drop while the project loads, made from its index: a passage of a source read from the index
	 * is coded, a code is moved (saved at once; Edit > Undo takes it back). Merging waits for the
	 * project: it rewrites every coding of the code, which the index does not hold whole.
	 */
	private boolean dropWhileLoading(Object dragged, Code target, boolean merge, int beside) {
		if (dragged instanceof org.excerpta.ui.IndexedSelection passage) {
			return codeWhileLoading(passage, target);
		}
		if (!(dragged instanceof Code code)) {
			return false;
		}
		if (merge) {
			inform("Codes can be merged once the project has loaded: merging rewrites each of the code's codings, "
					+ "which the search index does not hold whole. Moving a code works now.");
			return false;
		}
		if (!session.canRenameCodesWhileLoading()) {
			inform("Codes can be moved once the project has loaded: its search index was made by an earlier version of Excerpta, "
					+ "which did not keep the memos about each code that moving from the index must write again. "
					+ "Once the project has loaded, the index keeps them.");
			return false;
		}
		try {
			Placement place = Placement.of(code, target, beside);
			session.moveCodeWhileLoading(CodePaths.pathOf(code), place.parent() == null ? null : CodePaths.pathOf(place.parent()),
					place.index());
			viewer.refresh();
			return true;
		} catch (IllegalArgumentException e) {
			error("Codebook", e.getMessage());
			return false;
		} catch (IllegalStateException e) {
			inform("The code could not be moved while the project loads: " + e.getMessage() + ".");
			return false;
		}
	}

	/**
	 * Where a code dropped on {@code target} goes: under it ({@code beside} 0, last), or before or
	 * after it (-1, 1) among its siblings, counted as the editor counts: without the code's old place.
	 */
	private record Placement(Code parent, int index) {
		static Placement of(Code code, Code target, int beside) {
			if (beside == 0) {
				return new Placement(target, -1);
			}
			Code parent = target.eContainer() instanceof Code p ? p : null;
			java.util.List<Code> siblings = parent == null ? ((org.excerpta.model.Codebook) target.eContainer()).getCodes() : parent.getChildren();
			int index = siblings.indexOf(target) + (beside > 0 ? 1 : 0);
			if (siblings.contains(code) && siblings.indexOf(code) < index) {
				index--; // the code leaves its old place first
			}
			return new Placement(parent, index);
		}
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Inject
	void setDocumentSelection(@Optional org.excerpta.ui.DocumentSelection selection) {
		this.documentSelection = selection;
	}

	/**
	 * Codes the passage selected in the Document view with a code, as the user (their login name
	 * until coder identities come from preferences). Returns whether a coding was made.
	 */
	public boolean codeSelection(Code code) {
		if (project == null && session != null && session.opening() != null) {
			return codeWhileLoading(code);
		}
		// The window's current passage, read when asked: the injected copy is the fallback.
		org.excerpta.ui.DocumentSelection current = context == null ? null : context.get(org.excerpta.ui.DocumentSelection.class);
		return code(current != null ? current : documentSelection, code);
	}

	/**
	 * While the project loads: codes the passage selected in a source the Document view shows from
	 * the index, with the index alone (saved at once; Edit > Undo takes it back while the project loads).
	 */
	private boolean codeWhileLoading(Code code) {
		return codeWhileLoading(context == null ? null : context.get(org.excerpta.ui.IndexedSelection.class), code);
	}

	/** Codes a passage of a source read from the index (selected, or dragged onto the code) while the project loads. */
	private boolean codeWhileLoading(org.excerpta.ui.IndexedSelection passage, Code code) {
		if (passage == null || passage.isEmpty() || !code.isCodable()) {
			return false;
		}
		try {
			return session.codeWhileLoading(passage.sourceGuid(), passage.start(), passage.end(), code) > 0;
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getControl().getShell(), "Code", e.getMessage());
			return false;
		} catch (IllegalStateException e) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(viewer.getControl().getShell(), "Code",
					"The project has just finished loading; select the passage and code it again.");
			return false;
		}
	}

	private boolean code(org.excerpta.ui.DocumentSelection passage, Code code) {
		if (project == null || passage == null || passage.isEmpty() || !code.isCodable()) {
			return false;
		}
		try {
			org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(project);
			coder.code(passage.source(), passage.start(), passage.end(), code, coder.coderFor(org.excerpta.ui.team.CoderIdentity.name()));
			return true;
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(viewer.getControl().getShell(), "Code", e.getMessage());
			return false;
		}
	}

	/** A small square of the code's colour (grey when it has none), made once per colour. */
	private Image swatch(String color) {
		String key = color == null ? "" : color;
		return swatches.computeIfAbsent(key, k -> {
			Display display = viewer.getControl().getDisplay();
			Image image = new Image(display, 14, 14);
			GC gc = new GC(image);
			Color fill = new Color(display, Colours.rgb(k, NO_COLOUR));
			gc.setBackground(fill);
			gc.fillRectangle(0, 0, 14, 14);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			gc.drawRectangle(0, 0, 13, 13);
			gc.dispose();
			return image;
		});
	}

	/** The swatch and tint of a code without a colour. */
	static final RGB NO_COLOUR = new RGB(200, 200, 200);

	private static String wrap(String text, int width) {
		StringBuilder out = new StringBuilder();
		int col = 0;
		for (String word : text.split(" ")) {
			if (col + word.length() > width && col > 0) {
				out.append('\n');
				col = 0;
			} else if (col > 0) {
				out.append(' ');
				col++;
			}
			out.append(word);
			col += word.length();
		}
		return out.toString();
	}

	@PreDestroy
	void dispose() {
		setProject(null);
		swatches.values().forEach(Image::dispose);
	}

	private static final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Codebook cb ? cb.getCodes().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Code) parent).getChildren().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((Code) element).eContainer() instanceof Code parent ? parent : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Code) element).getChildren().isEmpty();
		}
	}
}
