package org.excerpta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.excerpta.team.git.PullResult;
import org.excerpta.team.git.SharedProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "share", mixinStandardHelpOptions = true,
		description = { "Share a project with a team through git: any git server, or a bare repository on a shared drive.",
				"Pulls never merge the project's files as text: when both sides changed, Excerpta merges element by element "
						+ "and stops at conflicts for you to settle. Credentials: $EXCERPTA_GIT_USERNAME/$EXCERPTA_GIT_PASSWORD or ~/.netrc; "
						+ "never stored in the project. Close the project in the workbench first." },
		subcommands = { ShareCommand.Init.class, ShareCommand.Clone.class, ShareCommand.Status.class, ShareCommand.Pull.class,
				ShareCommand.Push.class })
final class ShareCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "init", mixinStandardHelpOptions = true, description = "Make the project folder DIR a git repository and commit it.")
	static final class Init implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(paramLabel = "DIR")
		Path dir;
		@Option(names = "--remote", paramLabel = "URL", description = "The shared repository to push to (git://, https://, file:// or a path).")
		String remote;
		@Option(names = "--coder", paramLabel = "NAME", description = "Who commits (default: $EXCERPTA_CODER or your login name).")
		String coder;

		@Override
		public Integer call() {
			try (SharedProject shared = SharedProject.init(dir, CoderName.of(coder), remote)) {
				PrintWriter out = spec.commandLine().getOut();
				out.println("Shared " + dir + (remote == null ? " (no remote yet)" : "; push with: excerpta share push " + dir));
			}
			return 0;
		}
	}

	@Command(name = "clone", mixinStandardHelpOptions = true, description = "Copy a shared project from URL into the new folder DIR.")
	static final class Clone implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(index = "0", paramLabel = "URL")
		String url;
		@Parameters(index = "1", paramLabel = "DIR")
		Path dir;

		@Override
		public Integer call() {
			try (SharedProject shared = SharedProject.cloneFrom(url, dir)) {
				spec.commandLine().getOut().println("Cloned " + url + " into " + dir);
			}
			return 0;
		}
	}

	@Command(name = "status", mixinStandardHelpOptions = true, description = "Say what is not yet shared and what is waiting on the remote.")
	static final class Status implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(paramLabel = "DIR")
		Path dir;
		@Option(names = "--offline", description = "Do not fetch first; use what is known from the last pull.")
		boolean offline;

		@Override
		public Integer call() {
			try (SharedProject shared = SharedProject.open(dir)) {
				if (!offline && shared.status().remote() != null) {
					shared.fetch();
				}
				spec.commandLine().getOut().println(shared.status().describe());
			}
			return 0;
		}
	}

	@Command(name = "pull", mixinStandardHelpOptions = true,
			description = "Commit your work, then bring in the team's. Conflicts stop the pull with nothing changed; settle them and pull again.")
	static final class Pull implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(paramLabel = "DIR")
		Path dir;
		@Option(names = "--coder", paramLabel = "NAME", description = "Who commits (default: $EXCERPTA_CODER or your login name).")
		String coder;
		@Mixin
		ConflictChoices choices;

		@Override
		public Integer call() {
			try (SharedProject shared = SharedProject.open(dir)) {
				PullResult r = shared.pull(CoderName.of(coder), java.util.Map.of());
				if (r.outcome() == PullResult.Outcome.CONFLICTS) {
					var resolutions = choices.resolve(r.conflicts());
					if (!org.excerpta.team.merge.ProjectMerge.unsettled(r.conflicts(), resolutions).isEmpty()) {
						choices.print(r.conflicts(), spec.commandLine().getErr(), "excerpta share pull " + dir + " ...");
						return ExcerptaCli.EXIT_PROBLEM;
					}
					r = shared.pull(CoderName.of(coder), resolutions);
				}
				spec.commandLine().getOut().println("Pulled: " + r.describe());
				if (r.indexNote() != null) {
					spec.commandLine().getOut().println(r.indexNote());
				}
				if (r.merge() != null) {
					r.merge().notMerged().forEach(n -> spec.commandLine().getErr().println("not merged: " + n));
				}
			}
			return 0;
		}
	}

	@Command(name = "push", mixinStandardHelpOptions = true, description = "Commit your work and send it to the remote.")
	static final class Push implements Callable<Integer> {
		@Spec
		CommandSpec spec;
		@Parameters(paramLabel = "DIR")
		Path dir;
		@Option(names = "--coder", paramLabel = "NAME", description = "Who commits (default: $EXCERPTA_CODER or your login name).")
		String coder;

		@Override
		public Integer call() {
			try (SharedProject shared = SharedProject.open(dir)) {
				shared.commit(CoderName.of(coder), "Work of " + CoderName.of(coder));
				if (!shared.push()) {
					spec.commandLine().getErr().println("excerpta share push: the remote has work you have not pulled yet; "
							+ "run excerpta share pull " + dir + " first, then push again");
					return ExcerptaCli.EXIT_PROBLEM;
				}
				spec.commandLine().getOut().println("Pushed " + dir);
			}
			return 0;
		}
	}
}
