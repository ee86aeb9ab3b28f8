package org.excerpta.cli;

import java.util.ArrayList;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.model.Codebook;
import org.excerpta.model.User;

/** Turns code paths and coder names typed on the command line into the project's codes and coders. */
final class CodeResolver {

	private CodeResolver() {
	}

	/** The GUID of the coder with this name or id in the project's outline; says so when there is none. */
	static String coderGuid(org.excerpta.index.ProjectOutline outline, String nameOrId) {
		User user = outline.coder(nameOrId);
		if (user == null) {
			throw new IllegalArgumentException("there is no coder \"" + nameOrId + "\" in the project");
		}
		return user.getGuid();
	}

	/** The GUID of the project's source with this name; says so when there is none. */
	static String sourceGuid(ExcerptaProject project, String name) {
		return project.model().getSources().stream().filter(x -> name.equals(x.getName())).map(x -> x.getGuid()).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("there is no source \"" + name + "\" in the project"));
	}

	/** The project's coder with this name or id, or null. */
	static User existingCoder(ExcerptaProject project, String nameOrId) {
		return project.model().getUsers().stream().filter(u -> nameOrId.equals(u.getName()) || nameOrId.equals(u.getId()))
				.findFirst().orElse(null);
	}

	/** The GUIDs of the codes at these paths in a codebook (the project's, or the index's copy). */
	static List<String> guids(Codebook codebook, List<String> paths) {
		List<String> guids = new ArrayList<>();
		if (paths != null) {
			for (String path : paths) {
				guids.add(CodePaths.require(codebook, path).getGuid());
			}
		}
		return guids;
	}

	static List<String> guids(ExcerptaProject project, List<String> paths) {
		return guids(project.model().getCodebook(), paths);
	}
}
