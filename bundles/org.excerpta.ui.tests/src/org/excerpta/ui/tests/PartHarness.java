package org.excerpta.ui.tests;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * What the workbench gives a part and a UI test has to give it by hand: a window context with a
 * {@link UISynchronize} on this display, a child context per part, and a way to let queued UI
 * work run.
 */
final class PartHarness {

	private PartHarness() {
	}

	/** A context standing for a window's, whose parts run their UI work on {@code display}. */
	static IEclipseContext windowContext(String name, Display display) {
		IEclipseContext context = EclipseContextFactory.create(name);
		context.set(UISynchronize.class, new UISynchronize() {
			@Override
			public void syncExec(Runnable r) {
				display.syncExec(r);
			}

			@Override
			public void asyncExec(Runnable r) {
				display.asyncExec(r);
			}

			@Override
			protected boolean isUIThread(Thread thread) {
				return display.getThread() == thread;
			}

			@Override
			protected void showBusyWhile(Runnable runnable) {
				runnable.run();
			}

			@Override
			protected boolean dispatchEvents() {
				return display.readAndDispatch();
			}
		});
		return context;
	}

	/**
	 * The parts' contexts. A parent context holds its children weakly; in the workbench each part's
	 * model element holds its context, here this list does: a part whose context was collected
	 * would stop hearing of changes (a project opened) without a word.
	 */
	private static final java.util.List<IEclipseContext> PART_CONTEXTS = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Makes a part by injection in a child of the window context, drawn in {@code parent}. */
	static <T> T make(Class<T> part, IEclipseContext window, Composite parent) {
		IEclipseContext ctx = window.createChild(part.getSimpleName());
		PART_CONTEXTS.add(ctx);
		ctx.set(Composite.class, parent);
		return ContextInjectionFactory.make(part, ctx);
	}

	/** A child of the window context for an object that is not a part (a probe), held like a part's. */
	static IEclipseContext child(IEclipseContext window, String name) {
		IEclipseContext ctx = window.createChild(name);
		PART_CONTEXTS.add(ctx);
		return ctx;
	}

	/** Runs the UI work queued so far (repaints, asyncExecs from command stack listeners). */
	static void pump(Display display) {
		drain(display);
		// The views read the index after a job has brought it up to the change: waited for, then what it told the window.
		long until = System.currentTimeMillis() + 30_000;
		while (org.eclipse.core.runtime.jobs.Job.getJobManager().find(org.excerpta.ui.ProjectSession.INDEX_CATCH_UP).length > 0
				&& System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
			}
		}
		drain(display);
	}

	private static void drain(Display display) {
		for (int i = 0; i < 50; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	/**
	 * Runs "Code all hits" and waits for its job, running the window's events meanwhile (it asks and
	 * codes on the window's thread); returns how many passages it coded.
	 */
	static int codeAllHits(org.excerpta.ui.parts.SearchPart search, Display display) {
		org.excerpta.ui.parts.CodeAllHitsJob job = search.codeAllHits(false);
		if (job == null) {
			return 0;
		}
		long until = System.currentTimeMillis() + 120_000;
		while (job.made() < 0 && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
			}
		}
		if (job.made() < 0) {
			throw new AssertionError("code all hits did not end within two minutes");
		}
		pump(display); // what it told the views
		return job.made();
	}
}
