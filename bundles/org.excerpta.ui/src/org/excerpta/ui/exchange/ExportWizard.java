package org.excerpta.ui.exchange;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

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
import org.excerpta.core.ExcerptaProject;

/**
 * File > Export: the whole project for another QDA program, the codebook, or reports for
 * colleagues. The export runs off the UI thread with progress while the dialog keeps the project
 * still (it is modal), and writes each file whole or not at all.
 */
public final class ExportWizard extends Wizard {

	private final ExcerptaProject project;
	private final java.util.function.Supplier<org.excerpta.index.ProjectIndex> index;
	private final Page page = new Page();
	private String result;

	public ExportWizard(ExcerptaProject project) {
		this(project, () -> null);
	}

	/** @param index the workbench's open index of the project (reports read it) */
	public ExportWizard(ExcerptaProject project, java.util.function.Supplier<org.excerpta.index.ProjectIndex> index) {
		this.project = project;
		this.index = index;
		setWindowTitle("Export");
		setNeedsProgressMonitor(true);
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
		ExportFormat format = page.format();
		Path out = Path.of(page.target.getText().strip());
		String title = page.title.getText();
		boolean overlap = page.overlap.getSelection();
		org.excerpta.index.ProjectIndex open = format == ExportFormat.QDPX || format == ExportFormat.QDC ? null : index.get();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting " + format.id() + " to " + out + "...", -1);
				try {
					result = ProjectExports.export(project, open, format, out, title, overlap);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			ILog.of(ExportWizard.class).error("Export to " + out + " failed", cause);
			MessageDialog.openError(getShell(), "Export", "The export failed: " + cause.getMessage()
					+ "\n\nNothing was written. Choose another place or format and try again.");
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
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
			formats = new Button[ExportFormat.values().length];
			for (ExportFormat f : ExportFormat.values()) {
				Button b = new Button(c, SWT.RADIO);
				b.setText(f.label());
				b.setData(f);
				b.addListener(SWT.Selection, e -> suggestTarget());
				GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
				formats[f.ordinal()] = b;
			}
			formats[ExportFormat.HTML.ordinal()].setSelection(true);
			new Label(c, SWT.NONE).setText("&Write to:");
			target = new Text(c, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
			target.addListener(SWT.Modify, e -> validate());
			Button browse = new Button(c, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> browse());
			new Label(c, SWT.NONE).setText("Report &title:");
			title = new Text(c, SWT.BORDER);
			title.setMessage(project.name());
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(title);
			overlap = new Button(c, SWT.CHECK);
			overlap.setText("Co-occurrence and networks count &overlapping excerpts (not codes in the same source)");
			GridDataFactory.fillDefaults().span(3, 1).applyTo(overlap);
			setControl(c);
			suggestTarget();
		}

		ExportFormat format() {
			for (Button b : formats) {
				if (b.getSelection()) {
					return (ExportFormat) b.getData();
				}
			}
			return ExportFormat.HTML;
		}

		/** Selects a format and the place to write, as a user would (for tests). */
		public void choose(ExportFormat f, Path out) {
			for (Button b : formats) {
				b.setSelection(b.getData() == f);
			}
			target.setText(out.toString());
		}

		private void suggestTarget() {
			ExportFormat f = format();
			Path base = project.folder().toAbsolutePath().getParent();
			String name = project.name().replaceAll("[^\\p{L}\\p{N} _-]+", "").strip();
			target.setText(base.resolve(name + (f.isFolder() ? " tables" : "." + f.extension())).toString());
		}

		private void browse() {
			ExportFormat f = format();
			String chosen;
			if (f.isFolder()) {
				DirectoryDialog d = new DirectoryDialog(getShell());
				d.setText("Folder for the CSV files");
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
