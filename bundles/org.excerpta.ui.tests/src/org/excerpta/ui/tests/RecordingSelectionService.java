package org.excerpta.ui.tests;

import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;

/** The window's selection service as a test gives it to parts: it keeps every selection a part publishes, in order. */
final class RecordingSelectionService implements ESelectionService {

	private final List<Object> selections;

	RecordingSelectionService(List<Object> selections) {
		this.selections = selections;
	}

	@Override
	public void setSelection(Object selection) {
		selections.add(selection);
	}

	@Override
	public void setPostSelection(Object selection) {
		setSelection(selection);
	}

	@Override
	public Object getSelection() {
		return selections.isEmpty() ? null : selections.get(selections.size() - 1);
	}

	@Override
	public Object getSelection(String partId) {
		return getSelection();
	}

	@Override
	public void addSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void removeSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void addSelectionListener(String partId, ISelectionListener listener) {
	}

	@Override
	public void removeSelectionListener(String partId, ISelectionListener listener) {
	}

	@Override
	public void addPostSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void removePostSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void addPostSelectionListener(String partId, ISelectionListener listener) {
	}

	@Override
	public void removePostSelectionListener(String partId, ISelectionListener listener) {
	}
}
