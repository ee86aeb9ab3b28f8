package org.excerpta.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows a long job's progress on the terminal (standard error, so that standard output stays
 * clean for --json): one line per step, at most a few per second.
 */
final class ConsoleProgress extends NullProgressMonitor {

	private final PrintWriter err;
	private String task = "";
	private int total;
	private double done;
	private long lastPrint;

	ConsoleProgress(PrintWriter err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
	}

	/**
	 * Shows how far the job is as a share, not as "step n of total": a job that splits its work
	 * with SubMonitor reports in units of its own (a thousand for one file), and "1/1000" was
	 * printed for the only file of an import.
	 */
	@Override
	public void subTask(String name) {
		long now = System.nanoTime();
		if (lastPrint == 0 || now - lastPrint > 200_000_000L) {
			int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
			err.printf("%s: %d%% %s%n", task, percent, name);
			err.flush();
			lastPrint = now;
		}
	}

	@Override
	public void internalWorked(double work) {
		done += work;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}
}
