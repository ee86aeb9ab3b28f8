package org.excerpta.ui.parts;

import java.util.List;

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

/** The project's sources (interviews, documents, survey answers), cases and memos. */
public final class ProjectExplorerPart {

	/** A folder of the explorer; its children are the project's objects of one kind. */
	public record Folder(String label, List<?> children) {
		@Override
		public String toString() {
			return label + " (" + children.size() + ")";
		}
	}

	@Inject
	private ESelectionService selectionService;

	@Inject
	private UISynchronize sync;

	private TreeViewer viewer;
	private ExcerptaProject project;
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
		showProject(project);
	}

	/** While a project loads for coding: one line saying so (its sources list when its model has loaded). */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		if (project == null && viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(opening);
		}
	}

	private void showProject(ExcerptaProject p) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(p == null ? null : p.model());
		if (p != null) {
			viewer.expandToLevel(2);
		}
	}

	private void refreshLater() {
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
		case Source s -> s.getName() + (s.getKind() == SourceKind.SURVEY_ANSWER ? "" : "  [" + kind(s.getKind()) + "]");
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
		@Override
		public Object[] getElements(Object input) {
			if (input instanceof org.excerpta.ui.OpeningProject o) {
				return new Object[] { "Loading the sources of " + o.name() + " for coding (" + String.format("%,d", o.outline().cases()) + " cases)\u2026" };
			}
			if (!(input instanceof Project p)) {
				return new Object[0];
			}
			List<Source> documents = p.getSources().stream().filter(s -> s.getKind() != SourceKind.SURVEY_ANSWER).toList();
			List<Source> answers = p.getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER).toList();
			return new Object[] { new Folder("Interviews and documents", documents), new Folder("Survey answers", answers),
					new Folder("Cases", p.getCases()), new Folder("Memos", p.getNotes()) };
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Folder f ? f.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Folder f && !f.children().isEmpty();
		}
	}
}
