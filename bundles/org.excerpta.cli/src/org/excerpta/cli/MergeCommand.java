package org.excerpta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.team.merge.MergePlan;
import org.excerpta.team.merge.MergeResult;
import org.excerpta.team.merge.ProjectMerge;
import org.excerpta.team.merge.Resolution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", mixinStandardHelpOptions = true,
		description = { "Merge another copy of the project (OTHER) into DIR: codings, sources, codes and cases are matched by GUID "
				+ "and nothing coded on either side is lost. The merge is one step that Edit > Undo takes back.",
				"Give the copy both started from with --base for a three-way merge (renames, moves and deletions carried over); "
						+ "without it nothing is deleted and every difference is a conflict. Conflicts stop the merge with nothing changed." })
final class MergeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project to merge into.")
	Path dir;

	@Parameters(index = "1", paramLabel = "OTHER", description = "The other copy: a project folder, or a .qdpx export of the project. It is only read.")
	Path other;

	@Option(names = "--base", paramLabel = "BASE", description = "The copy both started from (only read).")
	Path base;

	@Option(names = "--dry-run", description = "Only say what the merge would do.")
	boolean dryRun;

	@Mixin
	ConflictChoices choices;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		Path otherFolder = other;
		Path unpacked = null;
		String name = other.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".qdpx") || name.endsWith(".qde")) {
			try {
				unpacked = java.nio.file.Files.createTempDirectory("excerpta-merge");
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			otherFolder = unpacked.resolve("project");
			QdpxImportReport imported = new QdpxImporter().importProject(other, otherFolder);
			imported.notImported().forEach(i -> spec.commandLine().getErr().println("not in " + other.getFileName() + "'s import: " + i));
		}
		try {
			return merge(out, otherFolder);
		} finally {
			if (unpacked != null) {
				deleteTree(unpacked);
			}
		}
	}

	private static void deleteTree(Path dir) {
		try (var files = java.nio.file.Files.walk(dir)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				java.nio.file.Files.deleteIfExists(p);
			}
		} catch (java.io.IOException e) {
			// a temporary folder left behind does no harm
		}
	}

	private int merge(PrintWriter out, Path otherFolder) {
		try (ExcerptaProject theirs = ExcerptaProject.openReadOnly(otherFolder);
				ExcerptaProject ancestor = base == null ? null : ExcerptaProject.openReadOnly(base);
				ExcerptaProject ours = dryRun ? ExcerptaProject.openReadOnly(dir) : ExcerptaProject.open(dir)) {
			MergePlan plan = ProjectMerge.plan(ancestor == null ? null : ancestor.model(), ours.model(), theirs.model());
			out.println("Merge " + other + " into " + dir + ": " + plan.summary());
			if (dryRun) {
				choices.list(plan.conflicts(), out, "conflict ");
				return 0;
			}
			Map<String, Resolution> resolutions = choices.resolve(plan.conflicts());
			if (!ProjectMerge.unsettled(plan.conflicts(), resolutions).isEmpty()) {
				choices.print(plan.conflicts(), spec.commandLine().getErr(), "excerpta merge " + dir + " " + other + " ...");
				return ExcerptaCli.EXIT_PROBLEM;
			}
			MergeResult r = ProjectMerge.apply(ours, plan, theirs::text, resolutions);
			out.println("Merged: " + r.summary());
			r.notMerged().forEach(n -> spec.commandLine().getErr().println("not merged: " + n));
		}
		return 0;
	}
}
