package org.excerpta.cli;

import java.util.ArrayList;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.model.Code;

/** Turns code paths typed on the command line ("Conflict / Relational") into codes, or says which one is unknown. */
final class CodeResolver {

	private CodeResolver() {
	}

	static List<String> guids(ExcerptaProject project, List<String> paths) {
		List<String> guids = new ArrayList<>();
		if (paths != null) {
			CodebookEditor codebook = new CodebookEditor(project);
			for (String path : paths) {
				Code code = codebook.find(path);
				guids.add(code.getGuid());
			}
		}
		return guids;
	}
}
