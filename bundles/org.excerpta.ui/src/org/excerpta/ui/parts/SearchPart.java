package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.Autocoder;
import org.excerpta.index.SearchResults;
import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.ui.PassageRequest;
import org.excerpta.ui.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Full-text search of every source, with keyword-in-context lines, and "code all hits": the hits
 * (or the sentence, paragraph, turn or answer around each) coded with a chosen code in one
 * undoable step, after a count of what would be coded (in the background: {@link CodeAllHitsJob}).
 */
public final class SearchPart {

	static final int MAX_HITS = 1000;
	static final String SYNTAX = "Every word must occur, in any of its forms (trust finds trusted, trusting). "
			+ "\"exact phrase\", \"two words\"~5 (within 5 words), fuzzy~, wild*, OR, NOT, (grouping)";

	@Inject
	private ProjectSession session;

	@Inject
	private IEclipseContext context;

	private ExcerptaProject project;
	private Text query;
	private Label status;
	private Table table;
	private Combo codes;
	private Combo unit;
	private Button codeAll;
	private final List<Code> codable = new ArrayList<>();

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		query = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		query.setMessage("Search the text of every source (Enter)");
		query.setToolTipText(SYNTAX);
		query.addListener(SWT.DefaultSelection, e -> search());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		Button go = new Button(parent, SWT.PUSH);
		go.setText("&Search");
		go.addListener(SWT.Selection, e -> search());
		Label help = new Label(parent, SWT.NONE);
		help.setText("Syntax?");
		help.setToolTipText(SYNTAX);
		status = new Label(parent, SWT.WRAP);
		status.setText(SYNTAX);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(status);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : new String[][] { { "Source", "200" }, { "Before", "330" }, { "Hit", "140" }, { "After", "330" } }) {
			TableColumn col = new TableColumn(table, c[0].equals("Before") ? SWT.RIGHT : SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
		Composite coding = new Composite(parent, SWT.NONE);
		coding.setLayout(new GridLayout(5, false));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(coding);
		new Label(coding, SWT.NONE).setText("Code all hits with:");
		codes = new Combo(coding, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(codes);
		new Label(coding, SWT.NONE).setText("coding the");
		unit = new Combo(coding, SWT.READ_ONLY);
		for (Autocoder.Unit u : Autocoder.Unit.values()) {
			unit.add(u.name().toLowerCase());
		}
		unit.select(1);
		codeAll = new Button(coding, SWT.PUSH);
		codeAll.setText("Code &all hits...");
		codeAll.addListener(SWT.Selection, e -> codeAllHits(true));
		fillCodes();
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		this.project = project;
		coded = null;
		follower.follow(project);
		if (table != null && !table.isDisposed()) {
			fillCodes();
			if (project != null && !query.getText().isBlank()) {
				search(); // the same search, now over the project itself (its hits open in the Document view)
			} else {
				table.removeAll();
			}
		}
	}

	/** While a project loads for coding, its text is searched in its index alone. */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		boolean same = opening != null && shownOpening != null && opening.index() == shownOpening.index();
		shownOpening = opening;
		if (table != null && !table.isDisposed() && project == null) {
			if (same) {
				fillCodes(); // a code may have been added
				if (!query.getText().isBlank()) {
					search(); // codings were recorded from the index: the same search, read again
				}
				return;
			}
			table.removeAll();
			fillCodes();
		}
	}

	/** The codable codes of the codebook shown, keeping the one chosen when it is still there. */
	private void fillCodes() {
		String chosen = codes.getSelectionIndex() < 0 || codes.getSelectionIndex() >= codable.size() ? null
				: codable.get(codes.getSelectionIndex()).getGuid();
		codes.removeAll();
		codable.clear();
		org.excerpta.model.Codebook shown = session == null ? null : session.codebook();
		if (shown == null) {
			return;
		}
		for (var it = shown.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.isCodable()) {
				codable.add(c);
				codes.add(CodePaths.pathOf(c));
				if (c.getGuid().equals(chosen)) {
					codes.select(codable.size() - 1);
				}
			}
		}
	}

	/** Runs a search as if typed (for tests and keyboard users). */
	public SearchResults search(String text) {
		query.setText(text);
		return search();
	}

	/** The opening project last shown, to tell a refresh (codings recorded meanwhile) from another project. */
	private org.excerpta.ui.OpeningProject shownOpening;

	private SearchResults search() {
		table.removeAll();
		if (session.index() == null || query.getText().isBlank()) {
			return null;
		}
		SearchResults results;
		try {
			results = session.index().search(query.getText(), List.of(), Map.of(), MAX_HITS);
		} catch (IllegalArgumentException e) {
			status.setText(e.getMessage() + "  " + SYNTAX);
			return null;
		}
		for (SearchResults.Hit hit : results.hits()) {
			for (SearchResults.Kwic line : hit.lines()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { hit.sourceName(), flat(line.left()), flat(line.match()), flat(line.right()) });
				item.setData(new Object[] { hit, line });
			}
		}
		status.setText(results.total() + " passage(s) match" + (results.total() > MAX_HITS ? "; the first " + MAX_HITS + " are listed" : "")
				+ ". Double-click a line to open it" + (project == null ? " (read from the index while the project loads)." : "."));
		status.getParent().layout();
		return results;
	}

	private static String flat(String s) {
		return s.replace('\n', ' ');
	}

	/** Opens a line of the results in the Document view, as a double-click does (for tests and keyboard users). */
	public void open(int row) {
		table.setSelection(row);
		openSelected();
	}

	private void openSelected() {
		if (table.getSelectionCount() == 0) {
			return;
		}
		Object[] data = (Object[]) table.getSelection()[0].getData();
		SearchResults.Hit hit = (SearchResults.Hit) data[0];
		SearchResults.Kwic line = (SearchResults.Kwic) data[1];
		IEclipseContext shared = context.getParent() != null ? context.getParent() : context;
		if (project != null && project.store().find(hit.sourceGuid()) instanceof TextSource source) {
			shared.set(PassageRequest.class, new PassageRequest(source, line.start(), line.end()));
		} else if (project == null && session.opening() != null) {
			// While the project loads, the Document view reads the source from the index (and can code it).
			shared.set(org.excerpta.ui.IndexedPassageRequest.class,
					new org.excerpta.ui.IndexedPassageRequest(hit.sourceGuid(), hit.sourceName(), line.start(), line.end()));
		}
	}

	/**
	 * Codes every hit of the query with the chosen code, after saying how many passages that is: in
	 * the background ({@link CodeAllHitsJob}), with the project's model or, while it loads, with its
	 * index alone. The button waits until it has ended.
	 *
	 * @return the job started, or null when there is nothing to code with yet
	 */
	public CodeAllHitsJob codeAllHits(boolean ask) {
		if ((project == null && session.opening() == null) || query.getText().isBlank() || codes.getSelectionIndex() < 0) {
			MessageDialog.openInformation(table.getShell(), "Code all hits", "Search for something and choose a code first.");
			return null;
		}
		Code code = codable.get(codes.getSelectionIndex());
		String path = CodePaths.pathOf(code);
		CodeAllHitsJob job = new CodeAllHitsJob(session, table.getShell(), query.getText(), Autocoder.Unit.values()[unit.getSelectionIndex()],
				code, path, ask, this::showStatus, n -> showCoded(n, path));
		job.beforeCodingAlone(beforeCodingAlone);
		codeAll.setEnabled(false);
		showStatus("Finding the passages to code (the line at the bottom of the window shows the work, with a Cancel button)\u2026");
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (!codeAll.isDisposed()) {
					codeAll.getDisplay().asyncExec(() -> {
						if (!codeAll.isDisposed()) {
							codeAll.setEnabled(true);
						}
					});
				}
			}
		});
		job.schedule();
		return job;
	}

	private Runnable beforeCodingAlone = () -> {
	};

	/** For tests: what the next "Code all hits" jobs run after the question, before the index codes while the project loads. */
	public void beforeCodingAlone(Runnable r) {
		beforeCodingAlone = r;
	}

	private void showStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			status.getParent().layout();
		}
	}

	/** The change the status line last said was made by Code all hits, and what it said then and after its undo. */
	private org.eclipse.emf.common.command.Command coded;
	private String codedText;
	private String undoneText;
	/** Follows undo and redo, so that the status line does not go on saying passages are coded once they are not. */
	private final ProjectFollower follower = new ProjectFollower(e -> afterChange());

	/** Just after Code all hits coded with the model, on the window's thread: the project's last change is that coding. */
	private void showCoded(int made, String path) {
		codedText = made + " passage(s) coded with " + path + ".";
		undoneText = "Undone: the " + made + " passage(s) coded with " + path + " are not coded so any more (Edit > Redo codes them again).";
		coded = project == null ? null : project.commandStack().getUndoCommand(); // followed since setProject
		showStatus(codedText);
	}

	@jakarta.annotation.PreDestroy
	void stopFollowing() {
		follower.follow(null);
	}

	private void afterChange() {
		if (coded == null || status.isDisposed()) {
			return;
		}
		String shown = status.getText();
		if (!shown.equals(codedText) && !shown.equals(undoneText)) {
			coded = null; // the line speaks of something else now (a search)
			return;
		}
		org.eclipse.emf.common.command.CommandStack stack = project.commandStack();
		if (stack.getUndoCommand() == coded) {
			showStatus(codedText);
		} else if (stack.getRedoCommand() == coded) {
			showStatus(undoneText);
		}
	}

	/** Chooses the code and unit for "code all hits" (for tests). */
	public void chooseCode(Code code, Autocoder.Unit u) {
		codes.select(codable.indexOf(code));
		unit.select(u.ordinal());
	}

	/** What the line above the results says (for tests). */
	public String statusText() {
		return status.getText();
	}

	public Table table() {
		return table;
	}
}
