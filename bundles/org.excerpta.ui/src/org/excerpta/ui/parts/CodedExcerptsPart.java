package org.excerpta.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.report.CsvReportWriter;
import org.excerpta.report.ExcerptTable;
import org.excerpta.report.ReportScope;
import org.excerpta.ui.PassageRequest;
import org.excerpta.ui.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every excerpt coded with the code chosen in the Codebook (and the codes below it), optionally in
 * the cases with some attribute values: source, case, coder and text. Double-click opens the
 * passage in the Document view; Export writes the list as CSV for Excel.
 */
public final class CodedExcerptsPart {

	/** The most excerpts listed at once; the heading says when there are more. */
	static final int MAX_SHOWN = 2000;

	@Inject
	private ProjectSession session;

	@Inject
	private IEclipseContext context;

	private ExcerptaProject project;
	private Code code;
	private Label heading;
	private Text where;
	private org.eclipse.swt.widgets.Combo coder;
	private org.eclipse.swt.widgets.Combo also;
	private org.eclipse.swt.widgets.Combo not;
	private org.eclipse.swt.widgets.Combo near;
	private org.eclipse.swt.widgets.Spinner within;
	private final List<Code> codes = new ArrayList<>();
	private Table table;
	/** Every change may change the excerpts shown: read again once the index has caught up with it, off the window's thread. */
	private final ProjectFollower follower = new ProjectFollower(e -> session.afterIndexCatchesUp(this::refresh));

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(6, false));
		heading = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(heading);
		new Label(parent, SWT.NONE).setText("Only cases with:");
		where = new Text(parent, SWT.BORDER | SWT.SEARCH);
		where.setMessage("Attribute=Value, e.g. Role=GP (comma between several)");
		where.addListener(SWT.DefaultSelection, e -> refresh());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(where);
		new Label(parent, SWT.NONE).setText("Coder:");
		coder = new org.eclipse.swt.widgets.Combo(parent, SWT.READ_ONLY);
		coder.addListener(SWT.Selection, e -> refresh());
		Button apply = new Button(parent, SWT.PUSH);
		apply.setText("&Filter");
		apply.addListener(SWT.Selection, e -> refresh());
		Button export = new Button(parent, SWT.PUSH);
		export.setText("E&xport CSV...");
		export.addListener(SWT.Selection, e -> exportCsv());
		// Code expressions: excerpts that overlap an excerpt of another code (AND), or none (NOT), or lie near one (NEAR).
		new Label(parent, SWT.NONE).setText("Also coded with:");
		also = new org.eclipse.swt.widgets.Combo(parent, SWT.READ_ONLY);
		also.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(also);
		new Label(parent, SWT.NONE).setText("Not coded with:");
		not = new org.eclipse.swt.widgets.Combo(parent, SWT.READ_ONLY);
		not.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(not);
		// NEAR: excerpts within so many characters of an excerpt of another code, in the same source.
		new Label(parent, SWT.NONE).setText("Near an excerpt of:");
		near = new org.eclipse.swt.widgets.Combo(parent, SWT.READ_ONLY);
		near.addListener(SWT.Selection, e -> refresh());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(near);
		new Label(parent, SWT.NONE).setText("within (characters):");
		within = new org.eclipse.swt.widgets.Spinner(parent, SWT.BORDER);
		within.setValues(200, 0, 100_000, 0, 50, 500);
		within.addListener(SWT.Selection, e -> refresh());
		new Label(parent, SWT.NONE);
		table = new Table(parent, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Source", "200" }, { "Case", "90" }, { "Coder", "90" }, { "Code", "150" }, { "Excerpt", "600" } }) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(table);
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		addMenu();
		refresh();
	}

	/**
	 * Right-click on excerpts: open the first, or uncode them all (also the Delete key), as one step
	 * Edit > Undo takes back. Reading a retrieval and taking out what does not belong is how a
	 * researcher checks a code; while the project loads, uncoding waits for it.
	 */
	private void addMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(table);
		org.eclipse.swt.widgets.MenuItem open = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		open.setText("&Open in the Document view");
		open.addListener(SWT.Selection, e -> openSelected());
		org.eclipse.swt.widgets.MenuItem uncode = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		uncode.addListener(SWT.Selection, e -> uncodeSelected());
		menu.addListener(SWT.Show, e -> {
			int n = table.getSelectionCount();
			open.setEnabled(n > 0);
			uncode.setEnabled(n > 0 && project != null);
			uncode.setText(project == null ? "Uncode (once the project has loaded)"
					: n > 1 ? "&Uncode " + n + " excerpts\tDelete" : "&Uncode\tDelete");
		});
		table.setMenu(menu);
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				uncodeSelected();
				e.doit = false;
			}
		});
	}

	/**
	 * Removes the codings of the excerpts selected, as one undoable step; returns how many.
	 * Nothing while the project loads (the heading says so).
	 */
	public int uncodeSelected() {
		if (table.getSelectionCount() == 0) {
			return 0;
		}
		if (project == null) {
			heading.setText("The project is still loading: uncode once it has (Edit > Undo takes back what you coded meanwhile).");
			return 0;
		}
		List<org.excerpta.model.Coding> codings = new ArrayList<>();
		for (TableItem item : table.getSelection()) {
			if (project.store().find(((Excerpt) item.getData()).codingGuid()) instanceof org.excerpta.model.Coding c) {
				codings.add(c);
			}
		}
		try {
			new org.excerpta.core.coding.Coder(project).uncode(codings);
		} catch (RuntimeException e) { // a read-only project, or one that cannot be written (a full disk): nothing changed
			org.eclipse.core.runtime.ILog.of(CodedExcerptsPart.class).error("Uncode failed", e);
			MessageDialog.openError(table.getShell(), "Uncode", e.getMessage());
			return 0;
		}
		refresh(); // at once, rather than after the follower hears of it
		return codings.size();
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		showSameCode();
	}

	/** While a project loads for coding, its excerpts are read from its index alone. */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		showSameCode();
	}

	/**
	 * After the project shown changes: the code listed stays listed when it is the same project
	 * (its codebook read from the index, then its own), else the list empties.
	 */
	private void showSameCode() {
		Codebook shown = session == null ? null : session.codebook();
		code = code == null || shown == null ? null : CodePaths.withGuid(shown, code.getGuid());
		if (table != null && !table.isDisposed()) {
			refresh();
		}
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Code c && table != null && !table.isDisposed()) {
			showCode(c);
		}
	}

	/** Lists what another view asked for (a cell of the Counts view): a code's excerpts in some cases. */
	@Inject
	void request(@Optional org.excerpta.ui.ExcerptRequest request) {
		if (request != null && table != null && !table.isDisposed()) {
			where.setText(org.excerpta.ui.AttributeFilter.format(request.where()));
			showCode(request.code());
		}
	}

	/** Lists the excerpts of a code and of the codes below it. */
	public void showCode(Code c) {
		this.code = c;
		refresh();
	}

	public Table table() {
		return table;
	}

	/** The attribute values typed in the filter box. */
	Map<String, String> whereValues() {
		return org.excerpta.ui.AttributeFilter.parse(where.getText());
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.removeAll();
		Codebook codebook = session.codebook();
		if (codebook == null || code == null || !EcoreUtil.isAncestor(codebook, code)) {
			heading.setText("Choose a code in the Codebook to see its excerpts.");
			return;
		}
		fillCoders();
		List<String> guids = new ArrayList<>();
		ReportScope.branches(List.of(code)).forEach(c -> guids.add(c.getGuid()));
		User chosenCoder = coder.getSelectionIndex() <= 0 ? null : session.outline().coders().stream()
				.filter(u -> u.getName().equals(coder.getText())).findFirst().orElse(null);
		fillCodes();
		Code alsoCode = also.getSelectionIndex() <= 0 ? null : codes.get(also.getSelectionIndex() - 1);
		Code notCode = not.getSelectionIndex() <= 0 ? null : codes.get(not.getSelectionIndex() - 1);
		Code nearCode = near.getSelectionIndex() <= 0 ? null : codes.get(near.getSelectionIndex() - 1);
		List<Excerpt> excerpts = session.index().excerpts(new org.excerpta.index.ExcerptQuery(guids,
				alsoCode == null ? List.of() : List.of(alsoCode.getGuid()), notCode == null ? List.of() : List.of(notCode.getGuid()),
				nearCode == null ? List.of() : List.of(nearCode.getGuid()), within.getSelection(), whereValues(), chosenCoder == null ? null : chosenCoder.getGuid(), null), MAX_SHOWN + 1);
		int shown = Math.min(excerpts.size(), MAX_SHOWN);
		// Names looked up once for the whole list: from the project, or from the index while it loads.
		ProjectOutline outline = session.outline();
		Set<String> caseGuids = new HashSet<>();
		excerpts.subList(0, shown).forEach(x -> caseGuids.addAll(x.caseGuids()));
		Map<String, String> caseNames = session.index().caseNames(caseGuids);
		for (Excerpt x : excerpts.subList(0, shown)) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { x.sourceName(), names(x.caseGuids(), caseNames), coderName(outline, x.coderGuid()),
					codeName(outline, x.codeGuid()), x.text().replace('\n', ' ') });
			item.setData(x);
		}
		heading.setText("Excerpts of " + CodePaths.pathOf(code) + (alsoCode == null ? "" : " AND " + alsoCode.getName())
				+ (notCode == null ? "" : " NOT " + notCode.getName())
				+ (nearCode == null ? "" : " NEAR " + nearCode.getName() + " (" + within.getSelection() + " characters)") + ": " + (excerpts.size() > MAX_SHOWN ? "the first " + MAX_SHOWN : shown)
				+ (whereValues().isEmpty() ? "" : " in cases with " + whereValues())
				+ (project == null ? ". (From the index while the project loads: double-click one to read and code it.)" : ". Double-click one to open it."));
		heading.getParent().layout();
	}

	/** The codes for AND and NOT, keeping the choices made. */
	private void fillCodes() {
		List<Code> now = new ArrayList<>();
		for (var it = session.codebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c) {
				now.add(c);
			}
		}
		if (!now.equals(codes)) {
			String a = also.getText();
			String n = not.getText();
			String nr = near.getText();
			codes.clear();
			codes.addAll(now);
			String[] items = new String[now.size() + 1];
			items[0] = "(any)";
			for (int i = 0; i < now.size(); i++) {
				items[i + 1] = CodePaths.pathOf(now.get(i));
			}
			also.setItems(items);
			not.setItems(items);
			near.setItems(items);
			also.select(Math.max(0, List.of(items).indexOf(a)));
			not.select(Math.max(0, List.of(items).indexOf(n)));
			near.select(Math.max(0, List.of(items).indexOf(nr)));
		}
	}

	/** Keeps only excerpts that overlap one of {@code alsoCoded} and none of {@code notCoded} (null: no condition). */
	public void combine(Code alsoCoded, Code notCoded) {
		fillCodes();
		also.select(alsoCoded == null ? 0 : codes.indexOf(alsoCoded) + 1);
		not.select(notCoded == null ? 0 : codes.indexOf(notCoded) + 1);
		refresh();
	}

	/** Keeps only excerpts within {@code characters} of an excerpt of {@code nearCode} in the same source (null: no condition). */
	public void near(Code nearCode, int characters) {
		fillCodes();
		near.select(nearCode == null ? 0 : codes.indexOf(nearCode) + 1);
		within.setSelection(characters);
		refresh();
	}

	/** Every coder, or one: the coders of the project, keeping the choice made. */
	private void fillCoders() {
		List<String> names = new ArrayList<>(List.of("All coders"));
		session.outline().coders().forEach(u -> names.add(u.getName()));
		if (!names.equals(List.of(coder.getItems()))) {
			String chosen = coder.getText();
			coder.setItems(names.toArray(String[]::new));
			coder.select(Math.max(0, names.indexOf(chosen)));
			coder.getParent().layout();
		}
	}

	/** Shows one coder's excerpts only (null: everyone's), as if chosen in the list (for tests). */
	public void showCoder(String name) {
		fillCoders();
		coder.select(Math.max(0, name == null ? 0 : List.of(coder.getItems()).indexOf(name)));
		refresh();
	}

	/** Opens a row in the Document view, as a double-click does (for tests and keyboard users). */
	public void open(int row) {
		table.setSelection(row);
		openSelected();
	}

	private void openSelected() {
		if (table.getSelectionCount() == 0) {
			return;
		}
		Excerpt x = (Excerpt) table.getSelection()[0].getData();
		IEclipseContext shared = context.getParent() != null ? context.getParent() : context;
		if (project != null && project.store().find(x.sourceGuid()) instanceof TextSource source) {
			shared.set(PassageRequest.class, new PassageRequest(source, x.start(), x.end()));
		} else if (project == null && session != null && session.opening() != null) {
			// While the project loads, the Document view reads the source from the index (and can code it).
			shared.set(org.excerpta.ui.IndexedPassageRequest.class,
					new org.excerpta.ui.IndexedPassageRequest(x.sourceGuid(), x.sourceName(), x.start(), x.end()));
		}
	}

	private void exportCsv() {
		if (project == null || code == null) {
			if (code != null) {
				MessageDialog.openInformation(table.getShell(), "Export excerpts", "The project is still loading; export its excerpts when it has.");
			}
			return;
		}
		FileDialog files = new FileDialog(table.getShell(), SWT.SAVE);
		files.setFilterExtensions(new String[] { "*.csv" });
		files.setFileName(code.getName().replaceAll("[^\\p{L}\\p{N} _-]+", "") + " excerpts.csv");
		files.setOverwrite(true);
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		try {
			ReportScope scope = ReportScope.all().withCodes(ReportScope.branches(List.of(code))).where(whereValues());
			CsvReportWriter.forExcel().write(ExcerptTable.of(project, session.index(), scope), Path.of(chosen));
		} catch (RuntimeException e) {
			MessageDialog.openError(table.getShell(), "Export excerpts", "Cannot write " + chosen + ": " + e.getMessage());
		}
	}

	private static String names(List<String> caseGuids, Map<String, String> caseNames) {
		return String.join(", ", caseGuids.stream().filter(caseNames::containsKey).map(caseNames::get).toList());
	}

	private static String coderName(ProjectOutline outline, String guid) {
		User u = guid == null ? null : outline.coderWithGuid(guid);
		return u == null ? "" : u.getName();
	}

	private static String codeName(ProjectOutline outline, String guid) {
		Code c = outline.code(guid);
		return c == null ? "" : c.getName();
	}
}
