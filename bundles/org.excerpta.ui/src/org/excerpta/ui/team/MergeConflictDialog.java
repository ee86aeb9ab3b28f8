package org.excerpta.ui.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.excerpta.team.merge.MergeConflict;
import org.excerpta.team.merge.Resolution;

/**
 * Shows the conflicts of a merge and lets the user settle each one: keep this copy's side
 * (unchecked) or take the other copy's (checked). Nothing is merged until OK.
 */
public final class MergeConflictDialog extends Dialog {

	private final List<MergeConflict> conflicts;
	private final Map<String, Resolution> resolutions = new LinkedHashMap<>();
	private Table table;

	public MergeConflictDialog(Shell parent, List<MergeConflict> conflicts) {
		super(parent);
		this.conflicts = conflicts;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** The user's choice for every conflict, after OK. */
	public Map<String, Resolution> resolutions() {
		return resolutions;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Settle merge conflicts");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(conflicts.size() + " change(s) clash between this copy and the other. Tick a row to take the other copy's side; "
				+ "leave it to keep yours. Nothing is changed until you press Merge, and Edit > Undo takes the merge back.");
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Take theirs: element", "260" }, { "What", "110" }, { "Here (ours)", "190" },
				{ "There (theirs)", "190" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		for (MergeConflict c : conflicts) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { c.element(), c.feature() != null ? c.feature() : "deleted on one side", c.ours(), c.theirs() });
			item.setData(c);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 220).applyTo(table);
		Composite buttons = new Composite(area, SWT.NONE);
		buttons.setLayout(new GridLayout(2, false));
		Button ours = new Button(buttons, SWT.PUSH);
		ours.setText("Keep all &ours");
		ours.addListener(SWT.Selection, e -> checkAll(false));
		Button theirs = new Button(buttons, SWT.PUSH);
		theirs.setText("Take all &theirs");
		theirs.addListener(SWT.Selection, e -> checkAll(true));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Merge", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void checkAll(boolean checked) {
		for (TableItem item : table.getItems()) {
			item.setChecked(checked);
		}
	}

	@Override
	protected void okPressed() {
		for (TableItem item : table.getItems()) {
			MergeConflict c = (MergeConflict) item.getData();
			resolutions.put(c.id(), item.getChecked() ? Resolution.THEIRS : Resolution.OURS);
		}
		super.okPressed();
	}
}
