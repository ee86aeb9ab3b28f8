package org.excerpta.cli;

import java.util.function.Supplier;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;

/**
 * A project's index, opened only when a contribution asks for it (a .qdpx export or a plugin that
 * reads only texts never waits for the index to open), and closed with the command.
 */
final class LazyIndex implements Supplier<ProjectIndex>, AutoCloseable {

	private final ExcerptaProject project;
	private ProjectIndex index;

	LazyIndex(ExcerptaProject project) {
		this.project = project;
	}

	@Override
	public ProjectIndex get() {
		if (index == null) {
			index = ProjectIndex.open(project);
		}
		return index;
	}

	@Override
	public void close() {
		if (index != null) {
			index.close();
		}
	}
}
