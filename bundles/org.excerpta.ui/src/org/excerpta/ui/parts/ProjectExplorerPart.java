package org.excerpta.ui.parts;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The project's sources (interviews, documents, survey answers), cases and memos. While a large
 * project loads, its sources are listed from its search index, sorted by name (the project's own
 * order shows when it has loaded), and a click opens one in the Document view from the index.
 */
public final class ProjectExplorerPart {

	/**
	 * A folder of the explorer; its children are the project's objects of one kind. It is the same
	 * folder (kept open by the tree) whatever it holds: equal by its label alone, which also spares
	 * the tree comparing a million answers element by element on every refresh.
	 */
	public record Folder(String label, List<?> children) {
		@Override
		public String toString() {
			return label + " (" + String.format("%,d", children.size()) + ")";
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Folder f && f.label.equals(label);
		}

		@Override
		public int hashCode() {
			return label.hashCode();
		}

		/** What the folder shows: its objects, or pages of them when there are more than {@link #PAGE}. */
		List<?> shown() {
			if (children.size() <= PAGE) {
				return children;
			}
			List<Page> pages = new java.util.ArrayList<>(children.size() / PAGE + 1);
			for (int from = 0; from < children.size(); from += PAGE) {
				pages.add(pageOf(from));
			}
			return pages;
		}

		/** The page holding the object at this position of a folder shown in pages. */
		Page pageOf(int position) {
			int from = position - position % PAGE;
			return new Page(this, from, children.subList(from, Math.min(children.size(), from + PAGE)));
		}
	}

	/**
	 * The most objects a folder lists at once; more are listed in pages of this many. GTK builds a
	 * tree item for each row it is given: a million-answer survey's folder, opened, kept the window
	 * frozen for half a minute after the project had loaded, and every change refreshed it again.
	 */
	public static final int PAGE = 1_000;

	/** The lines under a loading project's sources, where its cases and memos show when its model has loaded. */
	static final List<String> WAITING_FOR_THE_MODEL = List.of("Cases (when the project has loaded)", "Memos (when the project has loaded)");

	/** A page of a large folder: {@code children} are its objects from position {@code from} (0-based) on. */
	public record Page(Folder folder, int from, List<?> children) {
		@Override
		public String toString() {
			return String.format("%,d\u2013%,d", from + 1, from + children.size()) + "  (" + label(children.get(0)) + " \u2026 "
					+ label(children.get(children.size() - 1)) + ")";
		}

		/** The same page of the same folder, whatever it holds now (the tree keeps it open). */
		@Override
		public boolean equals(Object o) {
			return o instanceof Page p && p.from == from && p.folder.equals(folder);
		}

		@Override
		public int hashCode() {
			return folder.hashCode() * 31 + from;
		}
	}

	@Inject
	private ESelectionService selectionService;

	@Inject
	private UISynchronize sync;

	@Inject
	private IEclipseContext context;

	private TreeViewer viewer;
	private ExcerptaProject project;
	/** The loading project's sources from its index; null once the project is shown itself. */
	private Listing listing;

	/**
	 * A loading project as the explorer shows it from its index: its sources, or null while they
	 * are being read or when they could not be, and then the line that says so.
	 */
	record Listing(java.nio.file.Path folder, String name, List<org.excerpta.index.ListedSource> sources, String line) {
	}
	private final ProjectFollower follower = new ProjectFollower(e -> refreshLater());

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new ContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element);
			}
		});
		viewer.addSelectionChangedListener(e -> {
			IStructuredSelection s = (IStructuredSelection) e.getSelection();
			selectionService.setSelection(s.size() == 1 ? s.getFirstElement() : s.toList());
			if (s.size() == 1 && s.getFirstElement() instanceof org.excerpta.index.ListedSource listed) {
				// While the project loads, the Document view reads the source from the index (and can code it).
				IEclipseContext shared = context.getParent() != null ? context.getParent() : context;
				shared.set(org.excerpta.ui.IndexedPassageRequest.class,
						new org.excerpta.ui.IndexedPassageRequest(listed.guid(), listed.name(), 0, 0));
			}
		});
		viewer.addDoubleClickListener(e -> {
			Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		});
		showProject(project);
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		listing = null; // shown itself, or closed: a project opened next is listed anew
		showProject(project);
	}

	/**
	 * While a project loads for coding: a line saying so, then its sources as its index lists them
	 * (a second or two at a million answers), until its model has loaded and the project itself is
	 * shown. The opening project is set again after each coding made meanwhile; the list, which no
	 * such coding changes, is read once.
	 */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		if (project != null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (opening == null) {
			listing = null;
			viewer.setInput(null);
			return;
		}
		if (listing != null && listing.folder().equals(opening.folder())) {
			return; // listed, or being listed
		}
		listing = new Listing(opening.folder(), opening.name(), null, "Listing the sources of " + opening.name() + " from its search index\u2026");
		viewer.setInput(listing);
		listSources(listing);
	}

	/**
	 * Reads the list through an index reader of its own, off the UI thread: the index that shows the
	 * project is committed again after each coding made while loading, which would close a shared
	 * reader under the listing.
	 */
	private void listSources(Listing asked) {
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Listing the sources of " + asked.name(), monitor -> {
			List<org.excerpta.index.ListedSource> sources;
			try (org.excerpta.index.ProjectIndex own = org.excerpta.index.ProjectIndex.openForReading(asked.folder())) {
				sources = own == null ? null : own.sources();
			} catch (RuntimeException e) {
				org.eclipse.core.runtime.ILog.of(ProjectExplorerPart.class).warn("The sources of " + asked.folder() + " could not be listed from the index", e);
				sources = null;
			}
			List<org.excerpta.index.ListedSource> listed = sources;
			sync.asyncExec(() -> {
				if (listing == asked && project == null && !viewer.getControl().isDisposed()) {
					// Not an empty list when the index could not give one: the sources show with the project.
					listing = new Listing(asked.folder(), asked.name(), listed, listed != null ? null
							: "Loading the sources of " + asked.name() + " for coding\u2026 (they show when it has loaded)");
					viewer.setInput(listing);
					viewer.expandToLevel(2);
				}
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showProject(ExcerptaProject p) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		// The pages opened and the source chosen while the project loaded stay open and chosen.
		boolean wasListed = p != null && viewer.getInput() instanceof Listing;
		Object[] opened = wasListed ? viewer.getExpandedElements() : new Object[0];
		Object chosen = wasListed ? viewer.getStructuredSelection().getFirstElement() : null;
		viewer.setInput(p == null ? null : p.model());
		if (p != null) {
			if (wasListed) {
				viewer.setExpandedElements(java.util.Arrays.stream(opened).filter(o -> o instanceof Folder || o instanceof Page).toArray());
			} else {
				viewer.expandToLevel(2);
			}
			if (chosen instanceof org.excerpta.index.ListedSource listed && p.store().find(listed.guid()) instanceof Source source) {
				viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(source), true);
			}
		}
	}

	private void refreshLater() {
		// A coding touches no source, case or memo listed here (nor their names), and listing a million
		// answers again would cost every coding.
		if (!ProjectFollower.lastChangeTouched(project, Source.class, Case.class, Memo.class, Project.class)) {
			return;
		}
		sync.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	public TreeViewer viewer() {
		return viewer;
	}

	static String label(Object element) {
		return switch (element) {
		case Folder f -> f.toString();
		case Page p -> p.toString();
		case Source s -> s.getName() + (s.getKind() == SourceKind.SURVEY_ANSWER ? "" : "  [" + kind(s.getKind()) + "]");
		case org.excerpta.index.ListedSource s -> s.name();
		case Case c -> c.getName();
		case Memo m -> m.getName();
		default -> String.valueOf(element);
		};
	}

	private static String kind(SourceKind kind) {
		return switch (kind) {
		case TRANSCRIPT -> "transcript";
		case DOCUMENT -> "document";
		case SURVEY_ANSWER -> "survey answer";
		};
	}

	@PreDestroy
	void dispose() {
		setProject(null);
	}

	private static final class ContentProvider implements ITreeContentProvider {
		/** The folders last given to the tree: where {@link #getParent} finds an object (to reveal it). */
		private List<Folder> folders = List.of();

		@Override
		public Object[] getElements(Object input) {
			if (input instanceof Listing l) {
				if (l.sources() == null) {
					folders = List.of();
					return new Object[] { l.line() };
				}
				List<Object> documents = new java.util.ArrayList<>();
				List<Object> answers = new java.util.ArrayList<>();
				for (org.excerpta.index.ListedSource s : l.sources()) {
					(s.surveyAnswer() ? answers : documents).add(s);
				}
				folders = List.of(new Folder("Interviews and documents", documents), new Folder("Survey answers", answers));
				List<Object> shown = new java.util.ArrayList<>(folders);
				shown.addAll(WAITING_FOR_THE_MODEL);
				return shown.toArray();
			}
			if (!(input instanceof Project p)) {
				folders = List.of();
				return new Object[0];
			}
			List<Source> documents = new java.util.ArrayList<>();
			List<Source> answers = new java.util.ArrayList<>();
			for (Source s : p.getSources()) {
				(s.getKind() == SourceKind.SURVEY_ANSWER ? answers : documents).add(s);
			}
			// Copies, not the model's lists: a page is a view of its folder's list, which must not change under it.
			folders = List.of(new Folder("Interviews and documents", documents), new Folder("Survey answers", answers),
					new Folder("Cases", new java.util.ArrayList<>(p.getCases())), new Folder("Memos", new java.util.ArrayList<>(p.getNotes())));
			return folders.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return switch (parent) {
			case Folder f -> f.shown().toArray();
			case Page p -> p.children().toArray();
			default -> new Object[0];
			};
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Page p) {
				return p.folder();
			}
			for (Folder f : folders) {
				int at = element instanceof Folder ? -1 : f.children().indexOf(element);
				if (at >= 0) {
					return f.children().size() <= PAGE ? f : f.pageOf(at);
				}
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Folder f && !f.children().isEmpty() || element instanceof Page;
		}
	}
}
