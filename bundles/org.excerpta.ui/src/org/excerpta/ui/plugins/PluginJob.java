package org.excerpta.ui.plugins;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.excerpta.plugins.PluginException;

/**
 * Runs one piece of p2 work (loading a repository, installing, uninstalling) as an Eclipse Job,
 * never on the UI thread, shows its progress through {@code progress} and hands the result or
 * the failure back on the UI thread. p2 work can take long (downloads) and must not freeze the window.
 */
final class PluginJob<T> extends Job {

	/** What the dialog shows while the job runs; called on the UI thread. */
	interface Progress {
		void task(String name, int totalWork);

		void worked(double work);

		void subTask(String name);
	}

	private final Display display;
	private final Function<IProgressMonitor, T> work;
	private final Progress progress;
	private final Consumer<T> done;
	private final Consumer<RuntimeException> failed;

	PluginJob(String name, Display display, Function<IProgressMonitor, T> work, Progress progress, Consumer<T> done,
			Consumer<RuntimeException> failed) {
		super(name);
		this.display = display;
		this.work = work;
		this.progress = progress;
		this.done = done;
		this.failed = failed;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			T result = work.apply(new Forwarding(monitor));
			ui(() -> done.accept(result));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			ui(() -> failed.accept(e));
			return Status.CANCEL_STATUS;
		} catch (PluginException e) {
			ui(() -> failed.accept(e));
			return Status.OK_STATUS; // the dialog shows it; not an error for the log
		} catch (RuntimeException e) {
			ui(() -> failed.accept(e));
			return Status.error(getName() + " failed", e);
		}
	}

	private void ui(Runnable r) {
		if (!display.isDisposed()) {
			display.asyncExec(r);
		}
	}

	/** The job's own monitor (cancellation, any progress view) and the dialog's progress line. */
	private final class Forwarding extends ProgressMonitorWrapper {

		Forwarding(IProgressMonitor monitor) {
			super(monitor);
		}

		@Override
		public void beginTask(String name, int totalWork) {
			super.beginTask(name, totalWork);
			ui(() -> progress.task(name, totalWork));
		}

		@Override
		public void setTaskName(String name) {
			super.setTaskName(name);
			ui(() -> progress.subTask(name));
		}

		@Override
		public void subTask(String name) {
			super.subTask(name);
			ui(() -> progress.subTask(name));
		}

		@Override
		public void internalWorked(double work) {
			super.internalWorked(work);
			ui(() -> progress.worked(work));
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}
}
