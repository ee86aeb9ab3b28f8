package org.excerpta.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ExcerptQuery;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Removes codings, the command line's counterpart of Uncode in the window: every coding of a code,
 * or only those a retrieval with the same filters as {@code excerpts} lists (one coder's, one
 * source's, cases with some attribute values). What an autocode coded wrongly, or a coder's codings
 * of a code to redo, go in one change.
 */
@Command(name = "uncode", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Remove codings of a code: all of them, or only one coder's, in one source or in cases with some attribute",
				"values (the excerpts that `excerpta excerpts` lists with the same options), as one change. A passage left",
				"with nothing coded or written on it goes too. Use --preview to see how many would be removed first." })
final class UncodeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--code", required = true, paramLabel = "PATH",
			description = "The code whose codings go (a path, e.g. \"Knowledge management / Tacit\"; not its sub-codes).")
	String codePath;

	@Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
	String coder;

	@Option(names = "--source", paramLabel = "NAME", description = "Only in this source.")
	String source;

	@Mixin
	CaseFilter filter;

	@Option(names = "--preview", description = "Only say how many codings would be removed.")
	boolean preview;

	@Override
	public Integer call() {
		try (ExcerptaProject project = preview ? ExcerptaProject.openReadOnly(dir) : ExcerptaProject.open(dir);
				ProjectIndex index = ProjectIndex.open(project)) {
			Code code = new CodebookEditor(project).find(codePath);
			String coderGuid = coder == null ? null : CodeResolver.coderGuid(index.outline(), coder);
			String sourceGuid = source == null ? null : CodeResolver.sourceGuid(project, source);
			List<Excerpt> excerpts = index.excerpts(new ExcerptQuery(List.of(code.getGuid()), List.of(), List.of(), List.of(), 0,
					filter.attributes(), coderGuid, sourceGuid), Integer.MAX_VALUE);
			List<Coding> codings = new ArrayList<>(excerpts.size());
			for (Excerpt e : excerpts) {
				if (project.store().find(e.codingGuid()) instanceof Coding c) {
					codings.add(c);
				}
			}
			String what = codings.size() == 1 ? "coding" : "codings";
			if (preview) {
				spec.commandLine().getOut().printf("%d %s of %s would be removed%n", codings.size(), what, codePath);
			} else {
				new Coder(project).uncode(codings);
				spec.commandLine().getOut().printf("%d %s of %s removed%n", codings.size(), what, codePath);
			}
			return 0;
		}
	}
}
