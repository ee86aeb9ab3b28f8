package org.excerpta.report.contrib;

import java.nio.file.Path;
import java.util.List;

import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Project;
import org.excerpta.model.TextSource;
import org.excerpta.report.CountedProject;

/**
 * A project as contributions see it when only its index is open: while the workbench loads a large
 * project's model, or in a command that reads the index alone. The analyses marked {@link
 * CountsFromIndex} run on it with the same figures as on the open project; anything that asks for
 * the model is told that the project has not loaded.
 */
public final class IndexedProject implements ProjectAccess {

	private final Path folder;
	private final ProjectIndex index;
	private final CountedProject counted;

	/** @param index opened alone ({@link ProjectIndex#openForReading} or {@link ProjectIndex#openForCoding}) or with its project */
	public IndexedProject(Path folder, ProjectIndex index) {
		this.folder = folder;
		this.index = index;
		this.counted = CountedProject.of(index);
	}

	/** Whether an analysis can run on the index alone. */
	public static boolean canRun(Object analysis) {
		return analysis instanceof CountsFromIndex;
	}

	/** Whether an export can be made from the index alone: Excerpta's tables and code network (see {@link ReportExporter#exportsAlone}). */
	public static boolean canExport(Object exporter) {
		return exporter instanceof ReportExporter r && r.exportsAlone();
	}

	@Override
	public Project model() {
		throw notLoaded();
	}

	@Override
	public Path folder() {
		return folder;
	}

	@Override
	public String text(TextSource source) {
		throw notLoaded();
	}

	@Override
	public List<TextSource> sources(Settings settings) {
		throw notLoaded();
	}

	@Override
	public <T> T adapt(Class<T> type) {
		if (type == ProjectIndex.class) {
			return type.cast(index);
		}
		if (type == CountedProject.class) {
			return type.cast(counted);
		}
		return null;
	}

	private static IllegalStateException notLoaded() {
		return new IllegalStateException("the project has not loaded yet: only its index is open, and this analysis reads the project itself");
	}
}
