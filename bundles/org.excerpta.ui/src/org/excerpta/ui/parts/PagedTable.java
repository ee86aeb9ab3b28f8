package org.excerpta.ui.parts;

import java.util.Locale;
import java.util.function.IntFunction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table over a long list that holds one page of {@value #PAGE_SIZE} rows at a time, with
 * Previous and Next below it when the list is longer than a page.
 * <p>
 * Why pages: GTK spends about 3.5 microseconds adding a row to a table, virtual or not, and as long
 * removing it. A table of a million rows froze the window for 3.5 s when it was filled and as long
 * again when it shrank; a table of a million made items (non-virtual) for minutes. A page costs
 * tens of milliseconds. Moving between full pages only clears the items, and cells are made only
 * for the rows GTK paints, by asking for the row's place in the whole list.
 */
final class PagedTable {

	/** The most rows the table holds at once. */
	static final int PAGE_SIZE = 10_000;

	private final Composite area;
	private final Table table;
	private final Composite pager;
	private final Button previous;
	private final Button next;
	private final Label label;
	private int size;
	private int pageStart;
	private int pageSize = PAGE_SIZE;

	/**
	 * @param parent where the table and its pager go, in a composite of their own ({@link #area})
	 * @param style the table's style; {@code SWT.VIRTUAL} is added
	 * @param cells a row's cells by its place in the whole list (from 0)
	 */
	PagedTable(Composite parent, int style, IntFunction<String[]> cells) {
		area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		area.setLayout(layout);
		table = new Table(area, style | SWT.VIRTUAL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		pager = new Composite(area, SWT.NONE);
		pager.setLayout(new GridLayout(3, false));
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(pager);
		previous = new Button(pager, SWT.PUSH);
		previous.setText("\u25C0 Pre&vious");
		previous.addListener(SWT.Selection, e -> showPage(pageStart - pageSize));
		label = new Label(pager, SWT.NONE);
		next = new Button(pager, SWT.PUSH);
		next.setText("Ne&xt \u25B6");
		next.addListener(SWT.Selection, e -> showPage(pageStart + pageSize));
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = pageStart + table.indexOf(item);
			if (index < size) {
				item.setText(cells.apply(index));
			}
		});
		showPage(0);
	}

	/** The composite holding the table and its pager, for the parent's layout data. */
	Composite area() {
		return area;
	}

	Table table() {
		return table;
	}

	/** The list now has this many rows (all may have changed): shows its first page. */
	void showList(int rows) {
		size = rows;
		showPage(0);
	}

	/** Shows the page that starts at a row of the list (clamped to the first and last pages). */
	private void showPage(int start) {
		int last = size == 0 ? 0 : (size - 1) / pageSize * pageSize;
		pageStart = Math.max(0, Math.min(start, last));
		int count = Math.min(pageSize, size - pageStart);
		table.clearAll();
		table.setItemCount(count);
		table.setTopIndex(0);
		boolean paged = size > pageSize;
		label.setText(String.format(Locale.ROOT, "Rows %,d\u2013%,d of %,d", count == 0 ? 0 : pageStart + 1, pageStart + count, size));
		previous.setEnabled(pageStart > 0);
		next.setEnabled(pageStart + count < size);
		pager.setVisible(paged);
		((GridData) pager.getLayoutData()).exclude = !paged;
		area.layout(true, true);
	}

	/** Shows the next page, if there is one (as the Next button). */
	void nextPage() {
		showPage(pageStart + pageSize);
	}

	/** Shows pages of another size (for tests, whose lists are short). */
	void showPagesOf(int rows) {
		pageSize = rows;
		showPage(0);
	}

	/** The place in the whole list of a row of the page shown, or -1 when there is no such row. */
	int indexOf(int row) {
		int index = pageStart + row;
		return row < 0 || index >= size ? -1 : index;
	}

	/** The pager's text, e.g. "Rows 10,001-20,000 of 1,000,000" (empty when all rows fit one page). */
	String pageText() {
		return pager.getVisible() ? label.getText() : "";
	}
}
