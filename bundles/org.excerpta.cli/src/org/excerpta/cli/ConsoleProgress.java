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

	@Override
	public void subTask(String name) {
		long now = System.nanoTime();
		if (now - lastPrint > 200_000_000L || done + 1 >= total) {
			err.printf("%s: %d/%d %s%n", task, Math.min((int) done + 1, Math.max(total, 1)), total, name);
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
