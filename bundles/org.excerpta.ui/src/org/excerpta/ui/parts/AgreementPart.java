package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.excerpta.analysis.agreement.Coefficient;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Coding;
import org.excerpta.model.TextSelection;
import org.excerpta.model.User;
import org.excerpta.team.agreement.AgreementReport;
import org.excerpta.team.agreement.AgreementStudy;
import org.excerpta.team.agreement.AgreementUnit;
import org.excerpta.team.agreement.CodeAgreement;
import org.excerpta.team.agreement.Disagreement;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Inter-coder agreement: choose the coders and the unit, read the coefficients per code and
 * pooled, and go through the disagreements, each shown side by side as every coder coded it.
 */
public final class AgreementPart {

	@Inject
	private UISynchronize sync;

	@Inject
	@Optional
	private org.excerpta.ui.ProjectSession session;

	private ExcerptaProject project;
	private org.eclipse.swt.widgets.List coderList;
	private Combo unitCombo;
	private Button uncoded;
	private Table figures;
	/** Where the coders differ, a page at a time: a million answers can hold a million disagreements. */
	private PagedTable disagreements;
	private Composite sideBySide;
	private Label status;
	private List<User> coders = List.of();
	private AgreementReport report;
	/** After a change the coders are looked for in the index once it has caught up, off the window's thread. */
	private final ProjectFollower follower = new ProjectFollower(e -> {
		if (session != null) {
			session.afterIndexCatchesUp(this::changed);
		} else {
			sync.asyncExec(this::changed);
		}
	});
	/** Lists the coders again after a change only while the view is seen. */
	private RefreshWhenShown whenShown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite settings = new Composite(parent, SWT.NONE);
		settings.setLayout(new GridLayout(6, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(settings);
		new Label(settings, SWT.NONE).setText("Coders:");
		coderList = new org.eclipse.swt.widgets.List(settings, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().hint(160, 60).applyTo(coderList);
		new Label(settings, SWT.NONE).setText("Unit:");
		unitCombo = new Combo(settings, SWT.READ_ONLY);
		for (AgreementUnit u : AgreementUnit.values()) {
			unitCombo.add(u.name().toLowerCase());
		}
		unitCombo.select(0);
		uncoded = new Button(settings, SWT.CHECK);
		uncoded.setText("Count &uncoded units");
		Button compute = new Button(settings, SWT.PUSH);
		compute.setText("&Compute");
		compute.addListener(SWT.Selection, e -> compute());
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		figures = table(sash, "Code:320", "Units:110", "Agree %:70", "Cohen \u03ba:70", "Fleiss \u03ba:70", "Krippendorff \u03b1:100");
		disagreements = new PagedTable(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL, this::disagreementCells);
		columns(disagreements.table(), "Source:180", "Position:90", "Code:220", "Coded by:110", "Not by:110", "Passage:400");
		disagreements.table().addListener(SWT.Selection, e -> showSideBySide());
		sideBySide = new Composite(sash, SWT.NONE);
		sideBySide.setLayout(new FillLayout());
		sash.setWeights(3, 3, 2);
		refreshCoders();
		// A hidden Agreement tab lists the coders once when shown again, not after every coding made elsewhere.
		whenShown = new RefreshWhenShown(parent, coderList, this::refreshCoders);
	}

	/** The project changed: list its coders again now if the view is seen, else when it is shown. */
	private void changed() {
		if (whenShown != null) {
			whenShown.changed();
		}
	}

	/** Whether the coders listed wait for the view to be shown again (for tests). */
	public boolean isStale() {
		return whenShown != null && whenShown.isStale();
	}

	private static Table table(Composite parent, String... columns) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		columns(t, columns);
		return t;
	}

	/** Columns given as "Heading:width". */
	private static void columns(Table t, String... columns) {
		for (String c : columns) {
			TableColumn col = new TableColumn(t, SWT.LEFT);
			col.setText(c.substring(0, c.lastIndexOf(':')));
			col.setWidth(Integer.parseInt(c.substring(c.lastIndexOf(':') + 1)));
		}
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		report = null;
		if (coderList != null && !coderList.isDisposed()) {
			figures.removeAll();
			disagreements.showList(0);
			refreshCoders();
		}
	}

	private void refreshCoders() {
		if (coderList == null || coderList.isDisposed()) {
			return;
		}
		if (whenShown != null) {
			whenShown.refreshed();
		}
		List<String> selected = List.of(coderList.getSelection());
		coderList.removeAll();
		coders = project == null ? List.of() : codersWithCodings();
		for (User u : coders) {
			coderList.add(u.getName());
			if (selected.contains(u.getName())) {
				coderList.select(coderList.getItemCount() - 1);
			}
		}
		if (coderList.getSelectionCount() == 0 && coders.size() >= 2) {
			coderList.selectAll();
		}
		status.setText(coders.size() < 2 ? "Agreement needs codings by at least two coders; this project has "
				+ coders.size() + " coder(s) with codings." : "Choose two or more coders and a unit, then Compute.");
	}

	/** The coders with codings: from the index, which knows at once, or from the model when there is no index. */
	private List<User> codersWithCodings() {
		org.excerpta.index.ProjectIndex index = session == null ? null : session.index();
		if (index == null) {
			return new AgreementStudy(project).codersWithCodings();
		}
		Set<String> coding = Set.copyOf(index.codersWithCodings());
		return project.model().getUsers().stream().filter(u -> coding.contains(u.getGuid())).toList();
	}

	/**
	 * Computes the figures for the chosen coders (on the UI thread, which owns the model) and lists
	 * the disagreements a page at a time.
	 */
	public AgreementReport compute() {
		if (project == null) {
			return null;
		}
		List<User> chosen = new ArrayList<>();
		for (int i : coderList.getSelectionIndices()) {
			chosen.add(coders.get(i));
		}
		try {
			AgreementStudy study = new AgreementStudy(project);
			AgreementUnit unit = AgreementUnit.values()[unitCombo.getSelectionIndex()];
			boolean withUncoded = uncoded.getSelection();
			// Seconds at a million codings, on the thread that owns the model: say so with the cursor.
			AgreementReport[] made = new AgreementReport[1];
			BusyIndicator.showWhile(figures.getDisplay(),
					() -> made[0] = study.run(study.settings(chosen, List.of(), List.of(), unit, withUncoded)));
			report = made[0];
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(figures.getShell(), "Agreement", e.getMessage());
			return null;
		}
		figures.removeAll();
		for (CodeAgreement row : report.rows()) {
			TableItem item = new TableItem(figures, SWT.NONE);
			var a = row.agreement();
			item.setText(new String[] { shortPath(row.label()), String.format(Locale.ROOT, "%,d", row.units()), percent(a.percent()),
					a.cohen() == null ? "-" : number(a.cohen()), number(a.fleiss()), number(a.alpha()) });
		}
		disagreements.showList(report.disagreements().size());
		status.setText(String.format(Locale.ROOT, "%,d disagreement(s) over %,d units compared", report.disagreements().size(), report.unitsCompared())
				+ (report.notes().isEmpty() ? "." : ". " + String.join(" ", report.notes())));
		return report;
	}

	/** A row of the disagreements: where, which code, who coded it and who did not, and the passage. */
	private String[] disagreementCells(int index) {
		Disagreement d = report.disagreements().get(index);
		return new String[] { d.sourceName(), d.start() + "\u2013" + d.end(), shortPath(d.codePath()), String.join(", ", d.appliedByNames()),
				String.join(", ", d.notAppliedByNames()), d.excerpt().replace('\n', ' ') };
	}

	/** The selected disagreement as each coder coded it: one panel per coder, their coded text shaded. */
	private void showSideBySide() {
		for (var child : sideBySide.getChildren()) {
			child.dispose();
		}
		int index = disagreements.indexOf(disagreements.table().getSelectionIndex());
		if (index < 0 || report == null) {
			return;
		}
		Disagreement d = report.disagreements().get(index);
		String text = project.text(d.source());
		int from = Math.max(0, d.start() - 150);
		int to = Math.min(d.source().getLength(), d.end() + 150);
		String shown = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
		Color shade = new Color(sideBySide.getDisplay(), 255, 224, 130);
		for (User coder : report.settings().coders()) {
			Group g = new Group(sideBySide, SWT.NONE);
			g.setText(coder.getName() + (d.appliedBy().contains(coder) ? ": coded" : ": not coded"));
			g.setLayout(new FillLayout());
			StyledText st = new StyledText(g, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			st.setText(shown);
			for (TextSelection sel : d.source().getSelections()) {
				for (Coding c : sel.getCodings()) {
					if (c.getCoder() == coder && c.getCode() == d.code() && sel.getEnd() > from && sel.getStart() < to) {
						int s = Math.max(sel.getStart(), from) - from;
						int e = Math.min(sel.getEnd(), to) - from;
						int cs = shown.offsetByCodePoints(0, s);
						int ce = shown.offsetByCodePoints(0, e);
						StyleRange r = new StyleRange(cs, ce - cs, null, shade);
						st.setStyleRange(r);
					}
				}
			}
		}
		sideBySide.layout(true, true);
	}

	/** The code's own name: the framework above it makes the column too wide to read. */
	private static String shortPath(String path) {
		int cut = path.lastIndexOf(" / ");
		return cut < 0 ? path : "\u2026 / " + path.substring(cut + 3);
	}

	private static String percent(Coefficient c) {
		return c.isDefined() ? String.format("%.1f", 100 * c.value()) : "n/a";
	}

	private static String number(Coefficient c) {
		return c.isDefined() ? String.format("%.3f", c.value()) : "n/a";
	}

	/** The coders listed to choose from, by name (for tests). */
	public java.util.List<String> codersListed() {
		return java.util.List.of(coderList.getItems());
	}

	public Table figures() {
		return figures;
	}

	/** The disagreements' table, holding the page shown. */
	public Table disagreements() {
		return disagreements.table();
	}

	/** The titles of the side-by-side panels, one per coder, e.g. "Ana: coded" (for tests). */
	public List<String> sideBySideTitles() {
		List<String> titles = new ArrayList<>();
		for (var child : sideBySide.getChildren()) {
			if (child instanceof Group g) {
				titles.add(g.getText());
			}
		}
		return titles;
	}

	/** The pager's text below the disagreements (empty when they fit one page). */
	public String disagreementPages() {
		return disagreements.pageText();
	}

	/** Shows the disagreements in pages of another size (for tests). */
	public void showDisagreementsInPagesOf(int rows) {
		disagreements.showPagesOf(rows);
	}

	/** Shows the next page of disagreements (as the Next button). */
	public void nextDisagreements() {
		disagreements.nextPage();
	}
}
