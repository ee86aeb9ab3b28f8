package org.excerpta.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.sample.SampleProject;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The project open in this window. Parts receive it by injection ({@code ExcerptaProject} in
 * the application context) and are re-injected when another project is opened.
 */
public final class ProjectSession {

	private static final String RECENT_KEY = "recentProjects";
	private static final int MAX_RECENT = 8;

	private final IEclipseContext context;
	private ExcerptaProject current;
	private org.excerpta.index.ProjectIndex index;
	/** Shown from its index while its model loads (null when none is). */
	private OpeningProject opening;

	public ProjectSession(IEclipseContext context) {
		this.context = context;
	}

	public ExcerptaProject current() {
		return current;
	}

	/** Opens a project (closing the current one); throws with a clear message when it cannot. */
	public ExcerptaProject open(Path folder) {
		ExcerptaProject opened = ExcerptaProject.open(folder);
		show(opened);
		return opened;
	}

	/**
	 * Opens a project in the background, as a job shown in the progress line with a Cancel button:
	 * reading a large project and bringing its index up to date takes from seconds to a minute, and
	 * the window stays usable meanwhile. When the project's index reflects every saved change, the
	 * project is shown from the index alone first ({@link OpeningProject}: a second at a million
	 * answers), so that its codebook, coded excerpts and search results can be read while the model
	 * loads for coding. Nothing else holds the model until it is shown, so reading it off the UI
	 * thread is safe; it is shown (and the previous project closed) on the UI thread.
	 *
	 * @param onError told, on the UI thread, why the project could not be opened
	 */
	public Job openInBackground(Path folder, java.util.function.Consumer<String> onError) {
		UISynchronize sync = context.get(UISynchronize.class);
		String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
		Job job = new Job("Opening " + name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, "Opening " + name, 3);
				long started = System.nanoTime();
				OpeningProject opening = readable(folder, name);
				long readable = System.nanoTime();
				if (opening != null) {
					sync.syncExec(() -> showOpening(opening));
					readable = System.nanoTime();
					progress.setTaskName("Opening " + name + " for coding (shown as last saved meanwhile)");
				}
				progress.worked(1);
				beforeModelLoads.run();
				ExcerptaProject opened;
				try {
					// Codings recorded from the index meanwhile are read with the model, which then takes the journal over.
					opened = opening != null ? ExcerptaProject.open(folder, opening.index().codingJournal()) : ExcerptaProject.open(folder);
				} catch (RuntimeException e) {
					sync.asyncExec(() -> {
						endOpening(opening);
						onError.accept(e.getMessage());
					});
					return Status.OK_STATUS; // told the user; nothing for the job's log
				}
				progress.worked(1);
				progress.setTaskName("Opening " + name + ": bringing the search index up to date");
				org.excerpta.index.ProjectIndex forCoding = null;
				try {
					if (!monitor.isCanceled()) {
						// The index that showed the project (and took codings) goes on following it.
						forCoding = org.excerpta.index.ProjectIndex.open(opened, opening == null ? null : opening.index());
						// While no one else uses the model yet: spares the first coding a pause.
						forCoding.prepareForChanges();
					}
				} catch (RuntimeException e) {
					opened.close();
					sync.asyncExec(() -> {
						endOpening(opening);
						onError.accept("The search index of " + folder + " could not be opened: " + e.getMessage());
					});
					return Status.OK_STATUS;
				}
				if (monitor.isCanceled()) {
					if (forCoding != null) {
						forCoding.close();
					}
					opened.close();
					sync.asyncExec(() -> endOpening(opening));
					return Status.CANCEL_STATUS;
				}
				org.excerpta.index.ProjectIndex ready = forCoding;
				sync.syncExec(() -> show(opened, ready));
				progress.done();
				// The views have shown the project by now (they hear of it inside show, on the UI thread).
				logTimes(name, opening != null, started, readable, System.nanoTime());
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobProgress.FAMILY;
			}
		};
		job.setUser(true);
		loading = job;
		job.schedule();
		return job;
	}

	/** The job opening a project in the background, the last one started (it may have ended). */
	private volatile Job loading;

	/**
	 * Waits, off the window's thread, until the project being opened in the background is shown
	 * for coding (or could not be opened): work begun on its index while it loaded goes on with it.
	 */
	public void awaitLoaded() throws InterruptedException {
		Job job = loading;
		if (job != null) {
			job.join();
		}
	}

	/**
	 * Says in the log how long the project took to show and to open for coding, also counted from
	 * the start of the program: what "open in a new process" means to someone waiting for it.
	 */
	private static void logTimes(String name, boolean shownFromIndex, long started, long readable, long ready) {
		double sinceStart = java.time.Duration.between(ProcessHandle.current().info().startInstant().orElse(java.time.Instant.now()),
				java.time.Instant.now()).toMillis() / 1000.0;
		double beforeJob = sinceStart - (ready - started) / 1e9;
		org.eclipse.core.runtime.ILog.of(ProjectSession.class).info(String.format(java.util.Locale.ROOT,
				"Opened %s: %s; ready for coding after %.2f s (%.2f s after the program started)", name,
				shownFromIndex ? String.format(java.util.Locale.ROOT, "shown from its index after %.2f s (%.2f s after the program started)",
						(readable - started) / 1e9, beforeJob + (readable - started) / 1e9) : "its index was behind it, so nothing showed before",
				(ready - started) / 1e9, sinceStart));
	}

	/**
	 * The project as its index alone shows it, able to record codings in the project's journal
	 * ({@link org.excerpta.index.ProjectIndex#openForCoding}, which takes the project's lock), or null
	 * when the index is behind the project, missing or unreadable, or the project is open elsewhere
	 * (the project itself opens next, and says what is wrong).
	 */
	private static OpeningProject readable(Path folder, String name) {
		org.excerpta.index.ProjectIndex alone;
		try {
			alone = org.excerpta.index.ProjectIndex.openForCoding(folder);
		} catch (RuntimeException e) {
			return null;
		}
		return alone == null ? null : new OpeningProject(folder, name, alone, 0);
	}

	/**
	 * Codes a passage of a source shown from the index while the project loads, with the index
	 * alone (saved at once; Edit > Undo takes it back, {@link #undoWhileLoading}), and tells the views.
	 *
	 * @return the number of codings made (0: coded so already)
	 * @throws IllegalArgumentException the code or passage is refused (a group, outside the source)
	 * @throws IllegalStateException the project has just finished loading: code it in the project
	 */
	public int codeWhileLoading(String sourceGuid, int start, int end, org.excerpta.model.Code code) {
		int made = loadingIndex().codeAlone(java.util.List.of(new org.excerpta.index.PassageToCode(sourceGuid, start, end)), code.getGuid(),
				org.excerpta.ui.team.CoderIdentity.name(), false);
		codedWhileLoading();
		return made;
	}

	/**
	 * In-vivo coding while the project loads: codes a passage of a source shown from the index with a
	 * new code named by its words, or the code of that name ({@link
	 * org.excerpta.index.ProjectIndex#codeInVivoAlone}: code and coding saved at once as one change,
	 * which Edit > Undo takes back), and tells the views. Returns the code, in the index's codebook.
	 *
	 * @throws IllegalArgumentException the passage holds no words or is outside the source
	 * @throws IllegalStateException the project has just finished loading: code it in the project
	 */
	public org.excerpta.model.Code codeInVivoWhileLoading(String sourceGuid, int start, int end) {
		org.excerpta.model.Code code = loadingIndex().codeInVivoAlone(new org.excerpta.index.PassageToCode(sourceGuid, start, end),
				org.excerpta.ui.team.CoderIdentity.name());
		codedWhileLoading();
		return code;
	}

	/**
	 * Adds a code (and any missing parents on its path) while the project loads, with the index
	 * alone ({@link org.excerpta.index.ProjectIndex#addCodeAlone}: saved at once, Edit > Undo takes
	 * it back), and tells the views. Returns the new code, in the index's copy of the codebook.
	 */
	public org.excerpta.model.Code addCodeWhileLoading(String path) {
		org.excerpta.model.Code made = loadingIndex().addCodeAlone(path, null, null);
		codedWhileLoading();
		return made;
	}

	/**
	 * Whether codes can be renamed while the project loads (from its index: one made by an older
	 * Excerpta does not know the memos about each code, which a code's record names).
	 */
	public boolean canRenameCodesWhileLoading() {
		OpeningProject shown = opening();
		return shown != null && shown.index().canChangeCodesAlone();
	}

	/**
	 * Renames a code while the project loads, from its index ({@link
	 * org.excerpta.index.ProjectIndex#renameCodeAlone}: saved at once, Edit > Undo takes it back),
	 * and tells the views. Returns the code, in the index's copy of the codebook.
	 */
	public org.excerpta.model.Code renameCodeWhileLoading(String path, String newName) {
		org.excerpta.model.Code renamed = loadingIndex().renameCodeAlone(path, newName);
		codedWhileLoading();
		return renamed;
	}

	/**
	 * Moves a code (with its sub-codes and codings) under another code ({@code parentPath} null: to
	 * the top) at a position among its new siblings (-1: last) while the project loads, from its
	 * index ({@link org.excerpta.index.ProjectIndex#moveCodeAlone}: saved at once, Edit > Undo takes
	 * it back), and tells the views. Returns the code, in the index's copy of the codebook.
	 */
	public org.excerpta.model.Code moveCodeWhileLoading(String path, String parentPath, int index) {
		org.excerpta.model.Code moved = loadingIndex().moveCodeAlone(path, parentPath, index);
		codedWhileLoading();
		return moved;
	}

	/**
	 * Edit > Undo while the project loads: takes back the last coding or code made from the index
	 * ({@link org.excerpta.index.ProjectIndex#undoAlone}, saved at once) and tells the views.
	 *
	 * @return what was undone, e.g. "Code Staffing levels"
	 * @throws IllegalStateException nothing to undo, or the project has just finished loading (undo it there)
	 */
	public String undoWhileLoading() {
		String undone = loadingIndex().undoAlone();
		codedWhileLoading();
		return undone;
	}

	/** Edit > Redo while the project loads: makes the change last undone from the index again (see {@link #undoWhileLoading}). */
	public String redoWhileLoading() {
		String redone = loadingIndex().redoAlone();
		codedWhileLoading();
		return redone;
	}

	private org.excerpta.index.ProjectIndex loadingIndex() {
		OpeningProject shown = opening();
		if (shown == null) {
			throw new IllegalStateException("the project is not loading");
		}
		return shown.index();
	}

	/**
	 * Tells the views that codings were recorded from the index while the project loads (they read
	 * it again): the opening project is set anew in the window's context, with one more change.
	 */
	public void codedWhileLoading() {
		OpeningProject next;
		synchronized (this) {
			if (opening == null) {
				return;
			}
			next = new OpeningProject(opening.folder(), opening.name(), opening.index(), opening.codedWhileLoading() + 1);
			opening = next;
		}
		context.set(OpeningProject.class, next);
	}

	/** Runs on the opening job's thread after the project was shown from its index, before its model is read. */
	private volatile Runnable beforeModelLoads = () -> {
	};

	/**
	 * For tests: something to run on the opening job's thread after the project has been shown from
	 * its index and before its model is read (a test holds the model back there, as a large project's
	 * twenty seconds of loading would, to code while it loads).
	 */
	public void beforeModelLoads(Runnable r) {
		beforeModelLoads = r;
	}

	/** The project being opened, while it is shown from its index alone; else null. */
	public synchronized OpeningProject opening() {
		return opening;
	}

	/** Shows a project from its index while its model loads; the previous project is closed. */
	private void showOpening(OpeningProject next) {
		ExcerptaProject previous = current;
		endOpening(opening()); // another project still loading: its view from the index goes
		synchronized (this) {
			closeIndex();
			current = null;
			opening = next;
		}
		context.remove(ExcerptaProject.class);
		context.set(OpeningProject.class, next);
		showInWindowTitle(next.name() + " (loading\u2026)");
		if (previous != null) {
			previous.close();
		}
	}

	/** Stops showing a project from its index (it is shown itself now, or could not be opened). */
	private void endOpening(OpeningProject ended) {
		boolean followsProject;
		synchronized (this) {
			// The same opening, though codings made while loading may have replaced the record.
			if (ended == null || opening == null || opening.index() != ended.index()) {
				return;
			}
			opening = null;
			followsProject = ended.index() == index; // the index that showed it now follows the project
		}
		context.remove(OpeningProject.class);
		if (!followsProject) {
			ended.index().close();
		}
	}

	public ExcerptaProject create(Path folder, String name) {
		ExcerptaProject created = ExcerptaProject.create(folder, name);
		show(created);
		return created;
	}

	/**
	 * What the workbench shows on start: the most recent project (opened in the background, so this
	 * returns null), or else the sample project (created on the first start from the files shipped
	 * with Excerpta).
	 */
	public ExcerptaProject openAtStart(Path sampleFolder) {
		for (String recent : recentProjects()) {
			Path p = Path.of(recent);
			if (Files.isRegularFile(p.resolve("excerpta.project"))) {
				// The last project opens in the background: a large one must not hold up the window.
				openInBackground(p, problem -> {
					org.eclipse.core.runtime.ILog.of(ProjectSession.class)
							.warn("The last project did not open at start: " + problem + " It can be opened from File > Open Recent.");
					if (current == null) {
						openSample(sampleFolder); // rather than an empty window
					}
				});
				return null;
			}
		}
		return openSample(sampleFolder);
	}

	private ExcerptaProject openSample(Path sampleFolder) {
		if (Files.isRegularFile(sampleFolder.resolve("excerpta.project"))) {
			return open(sampleFolder);
		}
		ExcerptaProject sample = SampleProject.createIn(sampleFolder);
		show(sample);
		return sample;
	}

	/**
	 * The open project's search index, opened on first use (built if missing or stale) and kept
	 * current as the project changes; closed with the project. Null when no project is open.
	 */
	public synchronized org.excerpta.index.ProjectIndex index() {
		if (index == null && current != null) {
			index = org.excerpta.index.ProjectIndex.open(current);
		}
		if (index == null && opening != null) {
			return opening.index(); // read alone while the project loads
		}
		return index;
	}

	/**
	 * The codebook the views show: the open project's own, or while a project loads, its codebook
	 * as last saved (read from the index; it cannot be edited). Null when no project is shown.
	 */
	public synchronized org.excerpta.model.Codebook codebook() {
		return current != null ? current.model().getCodebook() : opening != null ? opening.codebook() : null;
	}

	/** The jobs that bring the index up to a change before the views read it (tests wait for them). */
	public static final Object INDEX_CATCH_UP = new Object();

	/** What runs on the window's thread when the index has caught up (the views that read it after a change). */
	private final List<Runnable> afterCatchUp = new ArrayList<>();

	/**
	 * Brings the open project's index up to its last change off the window's thread ({@link
	 * org.excerpta.index.ProjectIndex#catchUpFollowed}), then runs each view's {@code then} on the
	 * window's thread, where it reads the index. After an autocode of 50,000 passages or its undo,
	 * Lucene writing the change's documents took one to four seconds of the window's thread at a
	 * million answers when the first view to read the index did it. Changes in quick succession share
	 * one catch-up. When the index cannot catch up alone (a change that needs a rebuild, which reads
	 * the model), the views' reads bring it up to date on the window's thread, as before.
	 */
	public void afterIndexCatchesUp(Runnable then) {
		synchronized (afterCatchUp) {
			afterCatchUp.add(then);
		}
		catchingUp.schedule();
	}

	private final Job catchingUp = new Job("Bringing the search index up to the change") {
		{
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			org.excerpta.index.ProjectIndex open = indexIfOpen();
			try {
				if (open != null) {
					open.catchUpFollowed();
				}
			} catch (RuntimeException e) {
				// the views' reads bring the index up to date (or rebuild it) on the window's thread, and say what is wrong
			}
			List<Runnable> waiting;
			synchronized (afterCatchUp) {
				waiting = new ArrayList<>(afterCatchUp);
				afterCatchUp.clear();
			}
			context.get(UISynchronize.class).asyncExec(() -> waiting.forEach(Runnable::run));
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == INDEX_CATCH_UP;
		}
	};

	/** The open project's search index if it is open already (never opened here: opening reads the model); else null. */
	public synchronized org.excerpta.index.ProjectIndex indexIfOpen() {
		return index;
	}

	/** The codebook, coders and totals of the project shown (open or loading); null when none is. */
	public org.excerpta.index.ProjectOutline outline() {
		org.excerpta.index.ProjectIndex shown = index();
		return shown == null ? null : shown.outline();
	}

	private synchronized void closeIndex() {
		if (index != null) {
			index.close();
			index = null;
		}
	}

	private void show(ExcerptaProject project) {
		show(project, null);
	}

	/** Shows a project, with its index when already open (else the index opens on first use). */
	private void show(ExcerptaProject project, org.excerpta.index.ProjectIndex openIndex) {
		ExcerptaProject previous = current;
		OpeningProject wasOpening;
		synchronized (this) {
			closeIndex();
			current = project;
			index = openIndex; // before the views hear of the project, so that they do not open a second one
			wasOpening = opening;
		}
		remember(project.folder());
		context.set(ExcerptaProject.class, project);
		endOpening(wasOpening);
		showInWindowTitle(project.name());
		if (previous != null && previous != project) {
			previous.close();
		}
	}

	private void showInWindowTitle(String projectName) {
		MApplication app = context.get(MApplication.class);
		if (app != null) {
			for (MWindow window : app.getChildren()) {
				window.setLabel(projectName + " \u2014 Excerpta");
			}
		}
	}

	public void close() {
		endOpening(opening());
		ExcerptaProject closing;
		synchronized (this) {
			// No project before the views hear of it: a view showing "no project" asked for the index
			// (the Codebook's counts), and index() opened a new one on the closing project, whose
			// writer then held the index folder while a pull replaced the files under it.
			closeIndex();
			closing = current;
			current = null;
		}
		if (closing != null) {
			context.remove(ExcerptaProject.class);
			closing.close();
		}
	}

	public List<String> recentProjects() {
		String stored = preferences().get(RECENT_KEY, "");
		List<String> list = new ArrayList<>();
		for (String s : stored.split("\n")) {
			if (!s.isBlank()) {
				list.add(s);
			}
		}
		return list;
	}

	private void remember(Path folder) {
		List<String> list = recentProjects();
		String entry = folder.toAbsolutePath().normalize().toString();
		list.remove(entry);
		list.add(0, entry);
		while (list.size() > MAX_RECENT) {
			list.remove(list.size() - 1);
		}
		IEclipsePreferences prefs = preferences();
		prefs.put(RECENT_KEY, String.join("\n", list));
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			// the list of recent projects is a convenience; the projects themselves are safe
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.excerpta.ui");
	}
}
