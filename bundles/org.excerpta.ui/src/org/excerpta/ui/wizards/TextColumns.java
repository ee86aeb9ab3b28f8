package org.excerpta.ui.wizards;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table column whose cells show a text computed from the row, with an optional tooltip. */
final class TextColumns {

	private TextColumns() {
	}

	static <R> TableViewerColumn add(TableViewer viewer, Class<R> rowType, String title, int width, Function<R, String> text,
			Function<R, String> tooltip) {
		TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}

			@Override
			public String getToolTipText(Object element) {
				return tooltip == null ? null : tooltip.apply(rowType.cast(element));
			}
		});
		return col;
	}
}
