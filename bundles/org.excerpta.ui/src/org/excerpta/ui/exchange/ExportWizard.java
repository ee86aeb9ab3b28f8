package org.excerpta.ui.exchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.excerpta.api.Contributions;
import org.excerpta.api.ExportResult;
import org.excerpta.api.Exporter;
import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.report.contrib.IndexedProject;
import org.excerpta.report.contrib.OpenedProject;
import org.excerpta.ui.OpeningProject;

/**
 * File > Export: the whole project for another QDA program, the codebook, or reports for
 * colleagues. The export runs off the UI thread with progress while the dialog keeps the project
 * still (it is modal), and writes each file whole or not at all.
 */
public final class ExportWizard extends Wizard {

	/** The open project; null while a large project loads and is shown from its index ({@link #opening}). */
	private final ExcerptaProject project;
	private final OpeningProject opening;
	private final java.util.function.Supplier<org.excerpta.index.ProjectIndex> index;
	private final Page page = new Page();
	private String result;

	public ExportWizard(ExcerptaProject project) {
		this(project, () -> null);
	}

	/** @param index the workbench's open index of the project (reports read it) */
	public ExportWizard(ExcerptaProject project, java.util.function.Supplier<org.excerpta.index.ProjectIndex> index) {
		this(project, null, index);
	}

	/**
	 * While a large project loads: only the exports that read its index alone are offered (the
	 * report tables and the code network, {@link IndexedProject#canExport}); the others wait until
	 * the project has loaded, and the page says so.
	 */
	public ExportWizard(OpeningProject opening) {
		this(null, opening, () -> null);
	}

	private ExportWizard(ExcerptaProject project, OpeningProject opening, java.util.function.Supplier<org.excerpta.index.ProjectIndex> index) {
		this.project = project;
		this.opening = opening;
		this.index = index;
		setWindowTitle("Export");
		setNeedsProgressMonitor(true);
	}

	private String projectName() {
		return project != null ? project.name() : opening.name();
	}

	private Path projectFolder() {
		return project != null ? project.folder() : opening.folder();
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** What the finished export wrote (null before). */
	public String result() {
		return result;
	}

	public Page page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		Exporter format = page.format();
		Path out = Path.of(page.target.getText().strip());
		Settings settings = Settings.all().withOption("unit", page.overlap.getSelection() ? "overlap" : "source");
		if (!page.title.getText().isBlank()) {
			settings = settings.withOption("title", page.title.getText().strip());
		}
		Settings chosen = settings;
		if (opening != null) {
			return exportWhileLoading(format, out, chosen);
		}
		// The workbench's index belongs to the UI thread's session: fetch it here, use it in the worker.
		org.excerpta.index.ProjectIndex shared = index.get();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting " + format.name() + " to " + out + "...", -1);
				org.excerpta.index.ProjectIndex own = null;
				try {
					org.excerpta.index.ProjectIndex[] opened = { null };
					OpenedProject access = new OpenedProject(project, () -> {
						if (shared != null) {
							return shared;
						}
						if (opened[0] == null) {
							opened[0] = org.excerpta.index.ProjectIndex.open(project);
						}
						return opened[0];
					});
					try {
						ExportResult r = format.export(access, chosen, out, monitor);
						result = describe(r);
					} finally {
						own = opened[0];
					}
				} catch (java.io.IOException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					if (own != null) {
						own.close();
					}
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			return failed(out, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/**
	 * Exports from the project's index while the project loads, off the UI thread with progress. The
	 * export reads the index's last commit through a reader of its own ({@link
	 * org.excerpta.index.ProjectIndex#openForReading}): the index that shows the project is committed
	 * after every change made while loading, and goes on changing when the model arrives, which would
	 * close a shared reader under a long export (a million excerpts take about twenty seconds).
	 */
	private boolean exportWhileLoading(Exporter format, Path out, Settings chosen) {
		Path folder = opening.folder();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting " + format.name() + " to " + out + " from the search index...", -1);
				try (org.excerpta.index.ProjectIndex own = org.excerpta.index.ProjectIndex.openForReading(folder)) {
					if (own == null) {
						throw new IllegalStateException("the project's search index is being brought up to date; export again when the project has loaded");
					}
					result = describe(format.export(new IndexedProject(folder, own), chosen, out, monitor));
				} catch (java.io.IOException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			return failed(out, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	private boolean failed(Path out, InvocationTargetException e) {
		Throwable cause = e.getCause() == null ? e : e.getCause();
		ILog.of(ExportWizard.class).error("Export to " + out + " failed", cause);
		MessageDialog.openError(getShell(), "Export", "The export failed: " + cause.getMessage()
				+ "\n\nNothing was written. Choose another place or format and try again.");
		return false;
	}

	/** What the user reads when the export is done: the exporter's summary or the files, and its warnings. */
	private static String describe(ExportResult r) {
		String done = !r.summary().isEmpty() ? r.summary()
				: "Wrote " + (r.files().size() == 1 ? r.files().get(0) : r.files().size() + " files") + ".";
		return r.warnings().isEmpty() ? done : done + "\n\n" + String.join("\n", r.warnings());
	}

	/** The one page: a format, where to write, and the report's options. */
	public final class Page extends WizardPage {

		private Button[] formats;
		private Text target;
		private Text title;
		private Button overlap;

		Page() {
			super("export");
			setTitle("Export the project");
			setDescription("Choose what to write and where.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			// Every installed export, Excerpta's own and the plugins', in the order the contribution point gives.
			List<Exporter> all = Contributions.exporters();
			formats = new Button[all.size()];
			for (int i = 0; i < all.size(); i++) {
				Exporter f = all.get(i);
				Button b = new Button(c, SWT.RADIO);
				b.setText(f.name() + ": " + f.description());
				b.setData(f);
				b.addListener(SWT.Selection, e -> suggestTarget());
				GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
				formats[i] = b;
				b.setEnabled(offered(f));
			}
			// The HTML report first, where it can be made; else the first format that can.
			Button first = java.util.Arrays.stream(formats).filter(b -> b.isEnabled() && ((Exporter) b.getData()).id().equals("html")).findFirst()
					.orElse(java.util.Arrays.stream(formats).filter(Button::isEnabled).findFirst().orElse(formats[0]));
			first.setSelection(true);
			if (opening != null) {
				setDescription("The project is still loading: the tables and the code network are written from its search index now. "
						+ "The other formats wait until it has loaded.");
			}
			new Label(c, SWT.NONE).setText("&Write to:");
			target = new Text(c, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
			target.addListener(SWT.Modify, e -> validate());
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> browse());
			new Label(c, SWT.NONE).setText("Report &title:");
			title = new Text(c, SWT.BORDER);
			title.setMessage(projectName());
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);
			overlap = new Button(c, SWT.CHECK);
			overlap.setText("Co-occurrence and networks count &overlapping excerpts (not codes in the same source)");
			GridDataFactory.fillDefaults().span(3, 1).applyTo(overlap);
			setControl(c);
			suggestTarget();
		}

		/** Whether a format can be chosen: every one for an open project, those that read the index alone while it loads. */
		private boolean offered(Exporter f) {
			return opening == null || IndexedProject.canExport(f);
		}

		Exporter format() {
			for (Button b : formats) {
				if (b.getSelection()) {
					return (Exporter) b.getData();
				}
			}
			throw new IllegalStateException("no export format is installed");
		}

		/** The formats shown, by id, in order (some may wait until the project has loaded: {@link #enabledFormatIds}). */
		public List<String> formatIds() {
			return java.util.Arrays.stream(formats).map(b -> ((Exporter) b.getData()).id()).toList();
		}

		/** The formats that can be chosen now, by id, in order. */
		public List<String> enabledFormatIds() {
			return java.util.Arrays.stream(formats).filter(Button::isEnabled).map(b -> ((Exporter) b.getData()).id()).toList();
		}

		/** Selects a format (by its id) and the place to write, as a user would (for tests). */
		public void choose(String formatId, Path out) {
			for (Button b : formats) {
				b.setSelection(((Exporter) b.getData()).id().equals(formatId));
			}
			target.setText(out.toString());
		}

		private void suggestTarget() {
			Exporter f = format();
			Path base = projectFolder().toAbsolutePath().getParent();
			String name = projectName().replaceAll("[^\\p{L}\\p{N} _-]+", "").strip();
			target.setText(base.resolve(name + (f.extension().isEmpty() ? " tables" : "." + f.extension())).toString());
		}

		private void browse() {
			Exporter f = format();
			String chosen;
			if (f.extension().isEmpty()) {
				DirectoryDialog d = new DirectoryDialog(getShell());
				d.setText("Folder for the " + f.name());
				chosen = d.open();
			} else {
				FileDialog d = new FileDialog(getShell(), SWT.SAVE);
				d.setFilterExtensions(new String[] { "*." + f.extension() });
				d.setOverwrite(true);
				chosen = d.open();
			}
			if (chosen != null) {
				target.setText(chosen);
			}
		}

		private void validate() {
			String t = target.getText().strip();
			setErrorMessage(t.isEmpty() ? "Say where to write the export." : null);
			setPageComplete(!t.isEmpty());
		}
	}
}
