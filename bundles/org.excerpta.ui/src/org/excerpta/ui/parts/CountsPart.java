package org.excerpta.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.AnalysisOption;
import org.excerpta.api.Contributions;
import org.excerpta.api.Settings;
import org.excerpta.api.table.ColumnType;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Code;
import org.excerpta.api.table.Cell;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.CodeFrequencyTable;
import org.excerpta.report.CsvReportWriter;
import org.excerpta.report.contrib.CodesByAttribute;
import org.excerpta.report.contrib.IndexedProject;
import org.excerpta.report.contrib.OpenedProject;
import org.excerpta.api.ProjectAccess;
import org.excerpta.ui.OpeningProject;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;
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

	/** What {@link #crossWith} takes for co-occurrence, as the view offered it before analyses had options. */
	public static final String SAME_SOURCE = "(other codes: in the same source)";
	public static final String OVERLAPPING = "(other codes: overlapping excerpts)";

	/** The most bars a chart of codes shows: more are too thin to read. */
	static final int MOST_BARS = 20;

	@Inject
	private ProjectSession session;

	@Inject
	private IEclipseContext context;

	@Inject
	private UISynchronize sync;

	private ExcerptaProject project;
	private Combo analysisList;
	private Composite optionsBox;
	private final Map<String, Combo> optionLists = new LinkedHashMap<>();
	private List<Analysis> analyses = List.of();
	private Table table;
	private BarChart chart;
	private Label note;
	private ReportTable shown;
	/**
	 * After a change the counts are read once the index has caught up with it off the window's
	 * thread ({@link ProjectSession#afterIndexCatchesUp}): Lucene writing an autocode's 50,000 new
	 * excerpts took seconds of the window's thread when the Counts view was the first to read.
	 */
	private final ProjectFollower follower = new ProjectFollower(e -> {
		if (session != null) {
			session.afterIndexCatchesUp(this::changed);
		} else {
			sync.asyncExec(this::changed);
		}
	});
	/** Counts again after a change only while the view is seen (a hidden tab counts when shown again). */
	private RefreshWhenShown whenShown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(7, false));
		new Label(parent, SWT.NONE).setText("&Analysis:");
		analysisList = new Combo(parent, SWT.READ_ONLY);
		analysisList.addListener(SWT.Selection, e -> {
			fillOptions(Map.of());
			refresh();
		});
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(analysisList);
		optionsBox = new Composite(parent, SWT.NONE);
		GridLayout row = new GridLayout(0, false);
		row.marginHeight = 0;
		optionsBox.setLayout(row);
		Label spacer = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
		button(parent, "Export &CSV...", () -> export("csv"));
		button(parent, "Export &XLSX...", () -> export("xlsx"));
		button(parent, "Chart as &PNG...", this::savePng);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(7, 1).applyTo(sash);
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseDoubleClick, e -> openCell(new Point(e.x, e.y)));
		table.addListener(SWT.Selection, e -> drawChart());
		chart = new BarChart(sash);
		sash.setWeights(60, 40);
		note = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(7, 1).hint(400, SWT.DEFAULT).applyTo(note);
		fillAnalyses();
		refresh();
		// A hidden Counts tab does not count after every coding (a third of a second at a million
		// codings, on the UI thread): it counts once when it is shown again.
		whenShown = new RefreshWhenShown(parent, table, this::refresh);
	}

	/** The project changed: count again now if the view is seen, else when it is shown. */
	private void changed() {
		if (whenShown != null) {
			whenShown.changed();
		}
	}

	/** Whether the counts shown wait for the view to be shown again to follow the project's last changes. */
	public boolean isStale() {
		return whenShown != null && whenShown.isStale();
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
			fillAnalyses();
			refresh();
		}
	}

	/**
	 * While a project loads for coding, Excerpta's own counts show from its index, and are counted
	 * again each time a coding is recorded from the index (the opening project is set anew).
	 */
	@Inject
	void setOpening(@Optional OpeningProject opening) {
		if (table != null && !table.isDisposed()) {
			if (optionLists.isEmpty()) {
				fillOptions(Map.of()); // the attributes are known now
			}
			refresh();
		}
	}

	/** Every installed analysis, Excerpta's own and the plugins', as the contribution point lists them. */
	private void fillAnalyses() {
		String before = analysisList.getText();
		Map<String, String> chosen = new LinkedHashMap<>();
		optionLists.forEach((name, list) -> chosen.put(name, list.getText()));
		analyses = Contributions.analyses();
		analysisList.setItems(analyses.stream().map(Analysis::name).toArray(String[]::new));
		int keep = analyses.stream().map(Analysis::name).toList().indexOf(before);
		analysisList.select(Math.max(0, keep));
		// The same analysis keeps its options: an attribute chosen while the project loaded stays chosen.
		fillOptions(keep >= 0 ? chosen : Map.of());
	}

	/** A list for each option of the chosen analysis that has choices (an attribute, a unit), set to the values given or the defaults. */
	private void fillOptions(Map<String, String> values) {
		for (var c : optionsBox.getChildren()) {
			c.dispose();
		}
		optionLists.clear();
		Analysis a = analysis();
		int columns = 0;
		ProjectAccess access = access();
		if (a != null && access != null && (project != null || IndexedProject.canRun(a))) {
			for (AnalysisOption o : a.options(access)) {
				if (o.choices().isEmpty()) {
					continue; // free-text options (a population size) are for the command line
				}
				Label l = new Label(optionsBox, SWT.NONE);
				l.setText(o.label() + ":");
				l.setToolTipText(o.description());
				Combo list = new Combo(optionsBox, SWT.READ_ONLY);
				list.setItems(o.choices().toArray(String[]::new));
				String value = values.getOrDefault(o.name(), o.defaultValue());
				list.select(Math.max(0, o.choices().indexOf(value)));
				list.setToolTipText(o.description());
				list.addListener(SWT.Selection, e -> refresh());
				optionLists.put(o.name(), list);
				columns += 2;
			}
		}
		((GridLayout) optionsBox.getLayout()).numColumns = Math.max(1, columns);
		optionsBox.getParent().layout(true, true);
	}

	private Analysis analysis() {
		int i = analysisList.getSelectionIndex();
		return i < 0 || i >= analyses.size() ? null : analyses.get(i);
	}

	/**
	 * The project as the analyses read it: open, or while it loads its index alone (on which only
	 * Excerpta's counting analyses run); null when no project is shown.
	 */
	private ProjectAccess access() {
		if (project != null) {
			return new OpenedProject(project, session::index);
		}
		OpeningProject opening = session.opening();
		return opening == null ? null : new IndexedProject(opening.folder(), opening.index());
	}

	/** A code of the project shown, by GUID: the project's own, or the index's copy while it loads. */
	private Code code(String guid) {
		if (project != null) {
			return project.store().find(guid) instanceof Code c ? c : null;
		}
		OpeningProject opening = session.opening();
		return opening == null || guid == null ? null : opening.outline().code(guid);
	}

	/**
	 * Shows an installed analysis with these options (the others at their defaults), as if chosen in
	 * the lists; returns its table.
	 */
	public ReportTable show(String analysisId, Map<String, String> options) {
		int i = analyses.stream().map(Analysis::id).toList().indexOf(analysisId);
		if (i < 0) {
			throw new IllegalArgumentException("no analysis " + analysisId + " is installed");
		}
		analysisList.select(i);
		fillOptions(options);
		refresh();
		return shown;
	}

	/** The analyses offered, by id, in the order listed. */
	public List<String> analysisIds() {
		return analyses.stream().map(Analysis::id).toList();
	}

	/**
	 * Codes alone (null), crossed with an attribute, or with other codes ({@link #SAME_SOURCE},
	 * {@link #OVERLAPPING}): the three ways of counting codes.
	 */
	public ReportTable crossWith(String name) {
		if (name == null) {
			return show(CodeFrequencyTable.ID, Map.of());
		}
		if (name.equals(SAME_SOURCE) || name.equals(OVERLAPPING)) {
			return show(CooccurrenceTable.ID, Map.of("unit", name.equals(SAME_SOURCE) ? "source" : "overlap"));
		}
		return show(CodesByAttribute.ID, Map.of("attribute", name));
	}

	public Table table() {
		return table;
	}

	/**
	 * A chart of codes: all the bars under {@code title}, or when there are more than {@link
	 * #MOST_BARS} the largest under {@code mostTitle} ("... (of 50)"). Fifty codes make bars a few
	 * pixels high, their labels overlapping: the largest are the ones to see.
	 */
	private void showMost(String title, String mostTitle, List<BarChart.Bar> bars) {
		if (bars.size() <= MOST_BARS) {
			chart.show(title, bars, false);
			return;
		}
		bars.sort(java.util.Comparator.comparingDouble(BarChart.Bar::value).reversed());
		chart.show(mostTitle + " (of " + bars.size() + ")", bars.subList(0, MOST_BARS), false);
	}

	/** The chart's title and its bars' labels, top down: what the chart shows. */
	public List<String> chartShown() {
		List<String> shownNow = new ArrayList<>(List.of(chart.title()));
		shownNow.addAll(chart.labels());
		return shownNow;
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		if (whenShown != null) {
			whenShown.refreshed();
		}
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			shown = null;
			ProjectAccess access = access();
			Analysis a = analysis();
			if (access == null || a == null) {
				note.setText("");
				note.getParent().layout();
				return;
			}
			if (project == null && !IndexedProject.canRun(a)) {
				// A plugin's analysis reads the project's model (the plugin API gives it no other), so it waits for it;
				// Excerpta's own counts read the index, which shows a loading project at once.
				note.setText(a.name() + " shows when the project has loaded. Meanwhile Excerpta's own counts show from the project's index.");
				note.getParent().layout();
				return;
			}
			Settings settings = Settings.all();
			for (Map.Entry<String, Combo> o : optionLists.entrySet()) {
				settings = settings.withOption(o.getKey(), o.getValue().getText());
			}
			try {
				shown = a.run(access, settings, new NullProgressMonitor());
			} catch (RuntimeException e) {
				// A plugin's analysis that fails says so here, and the view stays usable.
				ILog.of(CountsPart.class).error("The analysis " + a.name() + " failed", e);
				note.setText(a.name() + " could not be computed: " + e.getMessage());
				note.getParent().layout();
				return;
			}
			for (var c : shown.columns()) {
				TableColumn col = new TableColumn(table, c.type().name().equals("TEXT") ? SWT.LEFT : SWT.RIGHT);
				col.setText(c.name());
				col.setWidth(c.type().name().equals("TEXT") ? 300 : 150);
			}
			for (Row r : shown.rows()) {
				TableItem item = new TableItem(table, SWT.NONE);
				String[] cells = r.cells().stream().map(Cell::display).toArray(String[]::new);
				if (code(r.key()) instanceof Code c) {
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

	/** How the chart reads the table: Excerpta's own analyses have charts of their own; any other gets bars of its first figures. */
	private enum Mode {
		CODES, COOCCURRENCE, ATTRIBUTE, OTHER
	}

	private Mode mode() {
		Analysis a = analysis();
		String id = a == null ? "" : a.id();
		return switch (id) {
		case CodeFrequencyTable.ID -> Mode.CODES;
		case CooccurrenceTable.ID -> Mode.COOCCURRENCE;
		case CodesByAttribute.ID -> Mode.ATTRIBUTE;
		default -> Mode.OTHER;
		};
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
		if (mode() == Mode.OTHER) {
			drawFirstFigures();
			return;
		}
		if (mode() == Mode.COOCCURRENCE) {
			Row row = table.getSelectionCount() > 0 ? (Row) table.getSelection()[0].getData()
					: shown.rows().isEmpty() ? null : shown.rows().get(0);
			if (row == null) {
				chart.show("Nothing is coded yet", List.of(), false);
				return;
			}
			Code code = code(row.key());
			if (code == null) {
				chart.show("", List.of(), false);
				return;
			}
			for (int i = 1; i < shown.columns().size(); i++) {
				String other = shown.columns().get(i).key();
				if (!row.key().equals(other) && row.cell(i) instanceof Cell.Count n && n.value() > 0) {
					bars.add(new BarChart.Bar(shown.columns().get(i).name(), n.value(), Double.NaN, Double.NaN,
							Colours.rgb(code.getColor(), null)));
				}
			}
			showMost(code.getName() + " with other codes", code.getName() + ": the " + MOST_BARS + " codes it meets most", bars);
			return;
		}
		if (mode() == Mode.CODES) {
			int cases = shown.columnIndex(CodeFrequencyTable.CASES);
			for (Row r : shown.rows()) {
				if (code(r.key()) instanceof Code c && c.isCodable() && r.cell(cases) instanceof Cell.Count n) {
					bars.add(new BarChart.Bar(c.getName(), n.value(), Double.NaN, Double.NaN, Colours.rgb(c.getColor(), null)));
				}
			}
			showMost("Cases coded, per code", "Cases coded: the " + MOST_BARS + " codes with most cases", bars);
			return;
		}
		Row row = table.getSelectionCount() > 0 ? (Row) table.getSelection()[0].getData() : firstCoded();
		if (row == null) {
			chart.show("Nothing is coded yet", List.of(), true);
			return;
		}
		Code code = code(row.key());
		if (code == null) {
			chart.show("", List.of(), true);
			return;
		}
		for (int i = 1; i < shown.columns().size() - 1; i++) {
			if (row.cell(i) instanceof Cell.Proportion p && p.base() > 0) {
				bars.add(new BarChart.Bar(shown.columns().get(i).name(), p.share(), p.lower(), p.upper(),
						Colours.rgb(code.getColor(), null)));
			}
		}
		chart.show(code.getName() + ": % of each group, 95% CI", bars, true);
	}

	/** Any analysis's table as bars: the first column of figures, one bar per row (the first 15, to stay readable), labelled by the first column. */
	private void drawFirstFigures() {
		int figures = -1;
		for (int i = 1; i < shown.columns().size() && figures < 0; i++) {
			ColumnType t = shown.columns().get(i).type();
			if (t == ColumnType.COUNT || t == ColumnType.NUMBER || t == ColumnType.PERCENT) {
				figures = i;
			}
		}
		if (figures < 0 || shown.rows().isEmpty()) {
			chart.show(shown.rows().isEmpty() ? "Nothing to count yet" : shown.title(), List.of(), false);
			return;
		}
		List<BarChart.Bar> bars = new ArrayList<>();
		RGB colour = new RGB(70, 110, 170);
		for (Row r : shown.rows().subList(0, Math.min(15, shown.rows().size()))) {
			double value = switch (r.cell(figures)) {
			case Cell.Count n -> n.value();
			case Cell.Number n -> n.value();
			case Cell.Percent p -> p.share();
			default -> Double.NaN;
			};
			if (!Double.isNaN(value)) {
				bars.add(new BarChart.Bar(r.cell(0).display(), value, Double.NaN, Double.NaN, colour));
			}
		}
		String measure = shown.columns().get(figures).name();
		chart.show(shown.title() + (shown.rows().size() > bars.size() ? " (the first " + bars.size() + ")" : ""), bars,
				shown.columns().get(figures).type() == ColumnType.PERCENT, measure);
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
		if (item == null || !(code(((Row) item.getData()).key()) instanceof Code code)) {
			return;
		}
		Map<String, String> where = Map.of();
		for (int i = 1; i < table.getColumnCount(); i++) {
			if (item.getBounds(i).contains(at) && mode() == Mode.ATTRIBUTE) {
				String value = shown.columns().get(i).key();
				if (value != null && i < shown.columns().size() - 1 && optionLists.containsKey("attribute")) {
					where = Map.of(optionLists.get("attribute").getText(), value);
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
