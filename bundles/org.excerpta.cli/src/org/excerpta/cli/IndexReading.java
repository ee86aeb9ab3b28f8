package org.excerpta.cli;

import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.report.CountedProject;

/**
 * What the reading commands (search, excerpts, counts) open: the project's index alone when it
 * reflects every change of the project (no model is loaded: seconds instead of tens of seconds at a
 * million answers), else the project, read-only, and its index, brought up to date first.
 */
final class IndexReading implements AutoCloseable {

	private final ExcerptaProject project;
	private final ProjectIndex index;

	private IndexReading(ExcerptaProject project, ProjectIndex index) {
		this.project = project;
		this.index = index;
	}

	/** Opens for reading; {@code needsProject} when the command asks what only the model knows (a source by name). */
	static IndexReading open(Path dir, boolean needsProject) {
		if (!needsProject) {
			ProjectIndex alone = ProjectIndex.openForReading(dir);
			if (alone != null) {
				return new IndexReading(null, alone);
			}
		}
		ExcerptaProject project = ExcerptaProject.openReadOnly(dir);
		try {
			return new IndexReading(project, ProjectIndex.open(project));
		} catch (RuntimeException e) {
			project.close();
			throw e;
		}
	}

	ProjectIndex index() {
		return index;
	}

	/** The codebook, coders and totals, from the project or the index. */
	ProjectOutline outline() {
		return index.outline();
	}

	/** The project as the counting tables read it: the model when it was loaded, else the index alone. */
	CountedProject counted() {
		return project != null ? CountedProject.of(project) : CountedProject.of(index);
	}

	/** The open project; only when opened with {@code needsProject}. */
	ExcerptaProject project() {
		if (project == null) {
			throw new IllegalStateException("opened without the project");
		}
		return project;
	}

	@Override
	public void close() {
		try {
			index.close();
		} finally {
			if (project != null) {
				project.close();
			}
		}
	}
}
