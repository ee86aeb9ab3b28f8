package org.excerpta.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Code;
import org.excerpta.model.Variable;
import org.excerpta.report.Cell;
import org.excerpta.report.CodeByAttributeTable;
import org.excerpta.report.CodeFrequencyTable;
import org.excerpta.report.CsvReportWriter;
import org.excerpta.report.ReportScope;
import org.excerpta.report.ReportTable;
import org.excerpta.report.Row;
import org.excerpta.report.XlsxReportWriter;
import org.excerpta.ui.ExcerptRequest;
import org.excerpta.ui.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * How often each code occurs, alone or crossed with a case attribute, with 95% intervals: the
 * same tables the command line and the reports give, as a table and a bar chart. Double-click a
 * cell to list its excerpts; export the table as CSV or XLSX and the chart as PNG.
 */
public final class CountsPart {

	private static final String NO_ATTRIBUTE = "(codes only)";
	private static final String SAME_SOURCE = "(other codes: in the same source)";
	private static final String OVERLAPPING = "(other codes: overlapping excerpts)";

	@Inject
	private ProjectSession session;

	@Inject
	private IEclipseContext context;

	@Inject
	private UISynchronize sync;

	private ExcerptaProject project;
	private Combo attribute;
	private Table table;
	private BarChart chart;
	private Label note;
	private ReportTable shown;
	private final ProjectFollower follower = new ProjectFollower(e -> sync.asyncExec(this::refresh));

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(6, false));
		new Label(parent, SWT.NONE).setText("Cross with:");
		attribute = new Combo(parent, SWT.READ_ONLY);
		attribute.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(attribute);
		Label spacer = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
		button(parent, "Export &CSV...", () -> export("csv"));
		button(parent, "Export &XLSX...", () -> export("xlsx"));
		button(parent, "Save chart as &PNG...", this::savePng);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(sash);
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseDoubleClick, e -> openCell(new Point(e.x, e.y)));
		table.addListener(SWT.Selection, e -> drawChart());
		chart = new BarChart(sash);
		sash.setWeights(60, 40);
		note = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).hint(400, SWT.DEFAULT).applyTo(note);
		fillAttributes();
		refresh();
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		if (table != null && !table.isDisposed()) {
			fillAttributes();
			refresh();
		}
	}

	private void fillAttributes() {
		attribute.removeAll();
		attribute.add(NO_ATTRIBUTE);
		attribute.add(SAME_SOURCE);
		attribute.add(OVERLAPPING);
		if (project != null) {
			for (Variable v : project.model().getVariables()) {
				attribute.add(v.getName());
			}
		}
		attribute.select(0);
	}

	/** Crosses the codes with an attribute (null: codes alone), as if chosen in the list. */
	public ReportTable crossWith(String name) {
		int i = name == null ? 0 : List.of(attribute.getItems()).indexOf(name);
		attribute.select(Math.max(0, i));
		refresh();
		return shown;
	}

	public Table table() {
		return table;
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			shown = null;
			if (project == null) {
				return;
			}
			ReportScope scope = ReportScope.all();
			shown = switch (mode()) {
			case CODES -> CodeFrequencyTable.of(project, session.index(), scope, null);
			case COOCCURRENCE -> org.excerpta.report.CooccurrenceTable.of(project, session.index(), scope,
					attribute.getText().equals(SAME_SOURCE) ? org.excerpta.report.CooccurrenceTable.Unit.SOURCE
							: org.excerpta.report.CooccurrenceTable.Unit.OVERLAP);
			case ATTRIBUTE -> CodeByAttributeTable.of(project, session.index(), scope, attribute.getText(),
					CodeByAttributeTable.Percentages.COLUMN);
			};
			for (var c : shown.columns()) {
				TableColumn col = new TableColumn(table, c.type().name().equals("TEXT") ? SWT.LEFT : SWT.RIGHT);
				col.setText(c.name());
				col.setWidth(c.type().name().equals("TEXT") ? 300 : 150);
			}
			for (Row r : shown.rows()) {
				TableItem item = new TableItem(table, SWT.NONE);
				String[] cells = r.cells().stream().map(Cell::display).toArray(String[]::new);
				if (project.store().find(r.key()) instanceof Code c) {
					cells[0] = "    ".repeat(depth(c)) + c.getName(); // the tree, as in the Codebook; the path is in the tooltip of exports
				}
				item.setText(cells);
				item.setData(r);
				if (mode() == Mode.COOCCURRENCE) {
					shade(item, r);
				}
			}
			note.setText(shown.note());
			note.getParent().layout();
		} finally {
			table.setRedraw(true);
		}
		drawChart();
	}

	private enum Mode {
		CODES, COOCCURRENCE, ATTRIBUTE
	}

	private Mode mode() {
		String chosen = attribute.getText();
		return attribute.getSelectionIndex() <= 0 ? Mode.CODES
				: chosen.equals(SAME_SOURCE) || chosen.equals(OVERLAPPING) ? Mode.COOCCURRENCE : Mode.ATTRIBUTE;
	}

	/**
	 * Codes alone: cases per code. Crossed with an attribute: the selected code's share in each
	 * group, with intervals. With other codes: how often the selected code meets each other code.
	 */
	private void drawChart() {
		if (shown == null) {
			chart.show("", List.of(), false);
			return;
		}
		List<BarChart.Bar> bars = new ArrayList<>();
		if (mode() == Mode.COOCCURRENCE) {
			Row row = table.getSelectionCount() > 0 ? (Row) table.getSelection()[0].getData()
					: shown.rows().isEmpty() ? null : shown.rows().get(0);
			if (row == null) {
				chart.show("Nothing is coded yet", List.of(), false);
				return;
			}
			Code code = (Code) project.store().find(row.key());
			for (int i = 1; i < shown.columns().size(); i++) {
				String other = shown.columns().get(i).key();
				if (!row.key().equals(other) && row.cell(i) instanceof Cell.Count n && n.value() > 0) {
					bars.add(new BarChart.Bar(shown.columns().get(i).name(), n.value(), Double.NaN, Double.NaN,
							Colours.rgb(code.getColor(), null)));
				}
			}
			chart.show(code.getName() + " with other codes", bars, false);
			return;
		}
		if (mode() == Mode.CODES) {
			int cases = shown.columnIndex(CodeFrequencyTable.CASES);
			for (Row r : shown.rows()) {
				if (project.store().find(r.key()) instanceof Code c && c.isCodable() && r.cell(cases) instanceof Cell.Count n) {
					bars.add(new BarChart.Bar(c.getName(), n.value(), Double.NaN, Double.NaN, Colours.rgb(c.getColor(), null)));
				}
			}
			chart.show("Cases coded, per code", bars, false);
			return;
		}
		Row row = table.getSelectionCount() > 0 ? (Row) table.getSelection()[0].getData() : firstCoded();
		if (row == null) {
			chart.show("Nothing is coded yet", List.of(), true);
			return;
		}
		Code code = (Code) project.store().find(row.key());
		for (int i = 1; i < shown.columns().size() - 1; i++) {
			if (row.cell(i) instanceof Cell.Proportion p && p.base() > 0) {
				bars.add(new BarChart.Bar(shown.columns().get(i).name(), p.share(), p.lower(), p.upper(),
						Colours.rgb(code.getColor(), null)));
			}
		}
		chart.show(code.getName() + ": % of each group, 95% CI", bars, true);
	}

	/** A heat map in the table: each cell tinted by its count against the largest off the diagonal. */
	private void shade(TableItem item, Row row) {
		long max = 1;
		for (Row r : shown.rows()) {
			for (int i = 1; i < r.cells().size(); i++) {
				if (!r.key().equals(shown.columns().get(i).key()) && r.cell(i) instanceof Cell.Count n) {
					max = Math.max(max, n.value());
				}
			}
		}
		for (int i = 1; i < row.cells().size(); i++) {
			if (row.cell(i) instanceof Cell.Count n && !row.key().equals(shown.columns().get(i).key())) {
				double t = Math.min(1.0, (double) n.value() / max);
				int fade = (int) Math.round(255 - 150 * t);
				item.setBackground(i, new org.eclipse.swt.graphics.Color(fade, fade, 255));
			}
		}
	}

	private static int depth(Code c) {
		int d = 0;
		for (var up = c.eContainer(); up instanceof Code; up = up.eContainer()) {
			d++;
		}
		return d;
	}

	private Row firstCoded() {
		for (Row r : shown.rows()) {
			for (Cell c : r.cells()) {
				if (c instanceof Cell.Proportion p && p.count() > 0) {
					return r;
				}
			}
		}
		return shown.rows().isEmpty() ? null : shown.rows().get(0);
	}

	/** A double-click on a row lists its code's excerpts; on a group's column, only that group's. */
	private void openCell(Point at) {
		TableItem item = table.getItem(at);
		if (item == null || !(project.store().find(((Row) item.getData()).key()) instanceof Code code)) {
			return;
		}
		Map<String, String> where = Map.of();
		for (int i = 1; i < table.getColumnCount(); i++) {
			if (item.getBounds(i).contains(at) && mode() == Mode.ATTRIBUTE) {
				String value = shown.columns().get(i).key();
				if (value != null && i < shown.columns().size() - 1) {
					where = Map.of(attribute.getText(), value);
				}
			}
		}
		IEclipseContext shared = context.getParent() != null ? context.getParent() : context;
		shared.set(ExcerptRequest.class, new ExcerptRequest(code, where));
	}

	private void export(String format) {
		if (shown == null) {
			return;
		}
		FileDialog files = new FileDialog(table.getShell(), SWT.SAVE);
		files.setFilterExtensions(new String[] { "*." + format });
		files.setFileName(shown.title().replaceAll("[^\\p{L}\\p{N} _-]+", "") + "." + format);
		files.setOverwrite(true);
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		try {
			if (format.equals("csv")) {
				CsvReportWriter.forExcel().write(shown, Path.of(chosen));
			} else {
				new XlsxReportWriter().write(List.of(shown), Path.of(chosen));
			}
		} catch (RuntimeException e) {
			MessageDialog.openError(table.getShell(), "Export", "Cannot write " + chosen + ": " + e.getMessage());
		}
	}

	private void savePng() {
		FileDialog files = new FileDialog(table.getShell(), SWT.SAVE);
		files.setFilterExtensions(new String[] { "*.png" });
		files.setFileName("chart.png");
		files.setOverwrite(true);
		String chosen = files.open();
		if (chosen != null) {
			chart.savePng(chosen);
		}
	}
}
