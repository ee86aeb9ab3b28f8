package org.excerpta.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The progress line at the bottom of the window: what long work is running in the background
 * (opening a large project, building its index), how far it is, and a Cancel button. The
 * workbench has no progress view of its own: this is where the Eclipse jobs the user started
 * report, through the job manager's progress provider.
 */
public final class JobProgress {

	/** Jobs that belong to this family report here: background work the user asked for. */
	public static final Object FAMILY = JobProgress.class;

	@Inject
	private UISynchronize sync;

	private Composite box;
	private Label task;
	private ProgressBar bar;
	private Button cancel;
	private volatile IProgressMonitor running;

	@PostConstruct
	void create(Composite parent) {
		box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 1;
		box.setLayout(layout);
		task = new Label(box, SWT.NONE);
		GridDataFactory.fillDefaults().hint(640, SWT.DEFAULT).applyTo(task);
		bar = new ProgressBar(box, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(bar);
		cancel = new Button(box, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.addListener(SWT.Selection, e -> {
			IProgressMonitor m = running;
			if (m != null) {
				m.setCanceled(true);
				task.setText(task.getText() + " (cancelling)");
			}
		});
		idle();
		Job.getJobManager().setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job job) {
				return job.belongsTo(FAMILY) ? new LineMonitor(job.getName()) : new NullProgressMonitor();
			}
		});
	}

	@PreDestroy
	void dispose() {
		Job.getJobManager().setProgressProvider(null);
	}

	/** What the line says now (for tests). */
	public String text() {
		return task.getText();
	}

	private void idle() {
		task.setText("");
		bar.setVisible(false);
		cancel.setVisible(false);
	}

	/** A job's monitor: every change is drawn on the UI thread, never blocking the job. */
	private final class LineMonitor extends NullProgressMonitor {
		private final String name;
		private String label;
		private int total;
		private int done;

		LineMonitor(String name) {
			this.name = name;
			this.label = name;
		}

		private void show(String text) {
			sync.asyncExec(() -> {
				if (task.isDisposed()) {
					return;
				}
				running = this;
				task.setText(text);
				bar.setVisible(true);
				cancel.setVisible(true);
				if (total > 0) {
					bar.setMaximum(total);
					bar.setSelection(done);
				} else {
					bar.setMaximum(100);
					bar.setSelection(50);
				}
				box.layout();
			});
		}

		@Override
		public void beginTask(String taskName, int totalWork) {
			total = totalWork == IProgressMonitor.UNKNOWN ? 0 : totalWork;
			label = taskName == null || taskName.isEmpty() ? name : taskName;
			show(label);
		}

		@Override
		public void setTaskName(String taskName) {
			label = taskName;
			show(label);
		}

		@Override
		public void subTask(String sub) {
			show(sub == null || sub.isEmpty() ? label : label + ": " + sub);
		}

		@Override
		public void worked(int work) {
			done += work;
			show(label);
		}

		@Override
		public void done() {
			sync.asyncExec(() -> {
				if (!task.isDisposed() && running == this) {
					running = null;
					idle();
				}
			});
		}
	}
}
