package org.excerpta.ui.parts;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.Coder;
import org.excerpta.index.Autocoder;
import org.excerpta.index.PassageToCode;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.User;
import org.excerpta.ui.JobProgress;
import org.excerpta.ui.OpeningProject;
import org.excerpta.ui.ProjectSession;
import org.excerpta.ui.team.CoderIdentity;

/**
 * "Code all hits" as background work, shown in the progress line with a Cancel button: at a
 * million answers, finding the passages of a query that hits one answer in twenty takes seconds,
 * and the window stays usable meanwhile.
 *
 * <ol>
 * <li>The passages are found in the search index, off the window's thread ({@code
 * ProjectIndex.passagesToCode}: the passages the {@link Autocoder} finds with the model).</li>
 * <li>The researcher is asked, with their number.</li>
 * <li>They are coded. With the project's model: on the window's thread, whose views follow the
 * model's changes, as one undoable command. While the project loads: with the index alone, off the
 * window's thread, saved at once.</li>
 * </ol>
 *
 * If the load ends while the index codes (the model takes the project's journal over, and the index
 * can no longer record in it), the same passages are coded with the model as soon as it is shown,
 * without asking again: the researcher asked for them to be coded, not to be told to ask again.
 */
public final class CodeAllHitsJob extends Job {

	private final ProjectSession session;
	private final Shell shell;
	private final String query;
	private final Autocoder.Unit unit;
	private final Code code;
	private final String codePath;
	private final boolean ask;
	/** Told, on the window's thread, what became of the coding (the Search view's status line). */
	private final Consumer<String> report;
	/**
	 * Told instead, on the window's thread, how many passages the model's change coded, right after
	 * it: the status line then follows its undo and redo.
	 */
	private final java.util.function.IntConsumer codedWithModel;
	/** Published when the job has ended and told the window all it had to (a test waits for it). */
	private volatile int made = -1;
	private int coded;
	/** How long the window's thread was busy coding with the model. */
	private long modelBusyNanos;
	private volatile Runnable beforeCodingAlone = () -> {
	};

	CodeAllHitsJob(ProjectSession session, Shell shell, String query, Autocoder.Unit unit, Code code, String codePath, boolean ask,
			Consumer<String> report, java.util.function.IntConsumer codedWithModel) {
		super("Coding the hits of \"" + query + "\" with " + code.getName());
		this.session = session;
		this.shell = shell;
		this.query = query;
		this.unit = unit;
		this.code = code;
		this.codePath = codePath;
		this.ask = ask;
		this.report = report;
		this.codedWithModel = codedWithModel;
		setUser(true);
	}

	/** How many passages were coded; -1 until the job has ended, 0 when it coded nothing (declined, cancelled, refused). */
	public int made() {
		return made;
	}

	/** For tests: runs on the job's thread after the question and before the index codes while the project loads. */
	public void beforeCodingAlone(Runnable r) {
		beforeCodingAlone = r;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobProgress.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return code(SubMonitor.convert(monitor, getName(), 3));
		} catch (CancellationException e) { // Cancel, heard while the passages were being found
			return cancelled();
		} catch (IllegalArgumentException e) { // a query that cannot be read, a group of codes
			onWindow(() -> MessageDialog.openError(shell, "Code all hits", e.getMessage()));
			return Status.OK_STATUS; // told the researcher; nothing for the log
		} catch (RuntimeException e) { // the index failed under it (a disk error): said, and logged with its cause
			onWindow(() -> {
				report.accept("Code all hits stopped: " + e.getMessage());
				MessageDialog.openError(shell, "Code all hits", "Code all hits stopped: " + e.getMessage());
			});
			return Status.error("Code all hits stopped", e);
		} finally {
			made = coded;
		}
	}

	private IStatus code(SubMonitor progress) {
		ExcerptaProject project = session.current();
		OpeningProject opening = project == null ? session.opening() : null;
		ProjectIndex index = opening != null ? opening.index() : session.index();
		if (index == null) {
			return said("No project is open: nothing was coded.");
		}
		progress.subTask("finding the passages");
		long started = System.nanoTime();
		// Cancel is heard while the passages are found: seconds at a million answers.
		List<PassageToCode> passages = index.passagesToCode(query, unit, progress::isCanceled);
		long found = System.nanoTime();
		progress.worked(1);
		if (progress.isCanceled()) {
			return cancelled();
		}
		if (passages.isEmpty()) {
			return said("No passage matches \"" + query + "\": nothing to code.");
		}
		boolean asked = false; // the researcher has said yes (or was not to be asked): not asked again with the model
		if (opening != null) {
			// Asked about the passages found, not those still uncoded: counting those reads every
			// source's codings, as long again as the coding itself.
			if (ask && !confirm(passages.size() + " passage(s) found.", "Code the " + passages.size() + " passage(s) found with \""
					+ code.getName() + "\" as " + CoderIdentity.name() + "? Those you have coded so already are left as they are. The project "
					+ "is still loading: this is saved at once; Edit > Undo takes it back until the project has loaded.")) {
				return said("Nothing was coded.");
			}
			asked = true;
			beforeCodingAlone.run();
			if (progress.isCanceled()) {
				return cancelled();
			}
			progress.subTask("coding " + passages.size() + " passage(s) while the project loads");
			try {
				long coding = System.nanoTime();
				int n = index.codeAlone(passages, code.getGuid(), CoderIdentity.name(), false);
				coded = n;
				logTimes(passages.size(), found - started, n, System.nanoTime() - coding, "with the index while the project loaded");
				onWindow(() -> {
					session.codedWhileLoading(); // the views read the index again (the Search view runs its search again)
					report.accept(n + " passage(s) coded with " + codePath + " (saved; the project is still loading).");
				});
				return Status.OK_STATUS;
			} catch (IllegalStateException handedOver) {
				// The model has taken the project over: the index records no more. Coded with the model instead.
				progress.subTask("the project has loaded: coding the passages in it");
				project = loaded(opening);
				if (project == null) {
					return said("The project did not finish loading: nothing was coded.");
				}
			}
		}
		progress.worked(1);
		ExcerptaProject open = project;
		boolean askNow = ask && !asked;
		String how = asked ? "with the model (the load ended while the index was coding)" : "with the model";
		onWindow(() -> coded = codeWithModel(open, passages, askNow));
		if (coded > 0) {
			logTimes(passages.size(), found - started, coded, modelBusyNanos, how);
		}
		return Status.OK_STATUS;
	}

	/** Says in the log how long finding and coding took: what a researcher waits for, measured where they wait. */
	private void logTimes(int passages, long findingNanos, int made, long codingNanos, String how) {
		org.eclipse.core.runtime.ILog.of(CodeAllHitsJob.class).info(String.format(java.util.Locale.ROOT,
				"Code all hits: %,d passage(s) of \"%s\" by %s found in %.2f s; %,d coded with %s in %.2f s, %s", passages, query,
				unit.name().toLowerCase(java.util.Locale.ROOT), findingNanos / 1e9, made, code.getName(), codingNanos / 1e9, how));
	}

	/** The project, shown for coding once its load has ended; null if it failed or another project is shown now. */
	private ExcerptaProject loaded(OpeningProject opening) {
		try {
			session.awaitLoaded();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		ExcerptaProject shown = session.current();
		return shown != null && shown.folder().equals(opening.folder()) ? shown : null;
	}

	/**
	 * On the window's thread: the passages coded with the model, as one undoable command; notes how
	 * long the window was busy with it, the question's wait left out ({@link #modelBusyNanos}).
	 */
	private int codeWithModel(ExcerptaProject project, List<PassageToCode> passages, boolean askFirst) {
		if (session.current() != project) {
			report.accept("Another project is open now: nothing was coded.");
			return 0;
		}
		// The code chosen while the project loaded was the index's copy: the model's own, by its GUID.
		if (!(project.store().find(code.getGuid()) instanceof Code inModel)) {
			report.accept("\"" + code.getName() + "\" is no longer in the codebook: nothing was coded.");
			return 0;
		}
		Autocoder autocoder = new Autocoder(project, session.index());
		// Someone new to the project is added by the autocode itself: one step to undo, nobody added if declined.
		User user = new Coder(project).coderFor(CoderIdentity.name());
		long started = System.nanoTime();
		List<Autocoder.Target> targets = autocoder.targetsOf(passages);
		long waited = 0;
		if (askFirst) {
			int[] count = new int[1];
			BusyIndicator.showWhile(shell.getDisplay(), () -> count[0] = autocoder.preview(targets, inModel, user));
			if (count[0] == 0) {
				report.accept(codedAlready(targets.size(), user));
				return 0;
			}
			long asking = System.nanoTime();
			report.accept(targets.size() + " passage(s) found; " + count[0] + " not yet coded with " + inModel.getName() + " by " + user.getName() + ".");
			boolean yes = MessageDialog.openConfirm(shell, "Code all hits", "Code " + count[0] + " passage(s) with \"" + inModel.getName() + "\" as "
					+ user.getName() + "? Edit > Undo takes it back.");
			waited = System.nanoTime() - asking;
			if (!yes) {
				report.accept("Nothing was coded.");
				return 0;
			}
		}
		int[] n = new int[1];
		try {
			// The model's views follow its changes on this thread: seconds for tens of thousands of passages.
			BusyIndicator.showWhile(shell.getDisplay(), () -> n[0] = autocoder.apply(targets, inModel, user));
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(shell, "Code all hits", e.getMessage());
			return 0;
		}
		modelBusyNanos = System.nanoTime() - started - waited;
		if (n[0] == 0) {
			report.accept(codedAlready(targets.size(), user));
		} else {
			codedWithModel.accept(n[0]);
		}
		return n[0];
	}

	private String codedAlready(int found, User user) {
		return "The " + found + " passage(s) found are coded with " + codePath + " by " + user.getName() + " already: nothing to code.";
	}

	/** Asks on the window's thread, the status line saying meanwhile what was found (not "finding"). */
	private boolean confirm(String found, String question) {
		boolean[] yes = new boolean[1];
		onWindow(() -> {
			report.accept(found);
			yes[0] = MessageDialog.openConfirm(shell, "Code all hits", question);
		});
		return yes[0];
	}

	private IStatus said(String text) {
		onWindow(() -> report.accept(text));
		return Status.OK_STATUS;
	}

	private IStatus cancelled() {
		said("Cancelled: nothing was coded.");
		return Status.CANCEL_STATUS;
	}

	/** Runs on the window's thread, this job waiting for it (an answer, or the coding, decides what the job does next). */
	private void onWindow(Runnable r) {
		if (!shell.isDisposed()) {
			shell.getDisplay().syncExec(() -> {
				if (!shell.isDisposed()) {
					r.run();
				}
			});
		}
	}
}
