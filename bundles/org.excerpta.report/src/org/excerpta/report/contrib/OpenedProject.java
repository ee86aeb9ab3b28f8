package org.excerpta.report.contrib;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.TextSource;
import org.excerpta.report.CountedProject;
import org.excerpta.report.ReportScope;

/**
 * An open project as contributions see it ({@link ProjectAccess}). The index is asked for only
 * when an analysis needs it, so that a plugin that reads only texts never waits for it to open.
 */
public final class OpenedProject implements ProjectAccess {

	private final ExcerptaProject project;
	private final Supplier<ProjectIndex> index;

	public OpenedProject(ExcerptaProject project, Supplier<ProjectIndex> index) {
		this.project = project;
		this.index = index;
	}

	@Override
	public Project model() {
		return project.model();
	}

	@Override
	public Path folder() {
		return project.folder();
	}

	@Override
	public String text(TextSource source) {
		return project.text(source);
	}

	@Override
	public List<TextSource> sources(Settings settings) {
		if (settings.where().isEmpty()) {
			return project.model().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
		}
		ReportScope scope = ReportScope.all().where(settings.where());
		Set<Source> covered = new LinkedHashSet<>();
		for (Case c : scope.casesIn(project.model())) {
			covered.addAll(c.getSources());
		}
		List<TextSource> out = new ArrayList<>();
		for (Source s : project.model().getSources()) {
			if (s instanceof TextSource t && covered.contains(s)) {
				out.add(t);
			}
		}
		return out;
	}

	@Override
	public <T> T adapt(Class<T> type) {
		if (type == ExcerptaProject.class) {
			return type.cast(project);
		}
		if (type == ProjectIndex.class) {
			return type.cast(index.get());
		}
		if (type == CountedProject.class) {
			return type.cast(CountedProject.of(project));
		}
		return null;
	}

	/** The Excerpta project behind an access, for Excerpta's own contributions; refuses one it did not make. */
	static ExcerptaProject projectOf(ProjectAccess access) {
		ExcerptaProject p = access.adapt(ExcerptaProject.class);
		if (p == null) {
			throw new IllegalArgumentException("this analysis needs a project opened by Excerpta");
		}
		return p;
	}

	/** The project as Excerpta's counting analyses read it: its model, or its index alone ({@link IndexedProject}). */
	static CountedProject countedOf(ProjectAccess access) {
		CountedProject p = access.adapt(CountedProject.class);
		if (p == null) {
			throw new IllegalArgumentException("this analysis needs a project opened by Excerpta");
		}
		return p;
	}

	static ProjectIndex indexOf(ProjectAccess access) {
		ProjectIndex i = access.adapt(ProjectIndex.class);
		if (i == null) {
			throw new IllegalArgumentException("this analysis needs the project's index");
		}
		return i;
	}
}
