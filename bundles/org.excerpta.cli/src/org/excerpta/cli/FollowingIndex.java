package org.excerpta.cli;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;

/**
 * The search index of a project a command has loaded to change it, opened beside the project
 * when it is current, so that it follows the change and stays current: the next command then
 * reads it instead of rebuilding it with the model (a minute at a million answers). When the index
 * is not current nothing is built now (the command would wait for what the next reader does
 * anyway): {@link #of} gives null, which try-with-resources skips.
 */
final class FollowingIndex {

	private FollowingIndex() {
	}

	static ProjectIndex of(ExcerptaProject project) {
		try (ProjectIndex current = ProjectIndex.openForReading(project.folder())) {
			if (current == null) {
				return null;
			}
		}
		return ProjectIndex.open(project);
	}
}
