package org.excerpta.cli;

import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a new, empty project in DIR (a new or empty folder).")
final class NewCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "DIR", description = "Folder for the project; created if missing, must be empty if it exists.")
	Path dir;

	@Option(names = "--name", paramLabel = "NAME", description = "Project name (default: the folder's name).")
	String name;

	@Override
	public void run() {
		String projectName = name != null ? name : dir.toAbsolutePath().normalize().getFileName().toString();
		try (ExcerptaProject p = ExcerptaProject.create(dir, projectName)) {
			spec.commandLine().getOut().println("Created project \"" + p.name() + "\" in " + p.folder());
		}
	}
}
