package org.excerpta.cli;

import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.sample.SampleProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample", mixinStandardHelpOptions = true,
		description = "Create the sample project (synthetic NHS commissioning interviews and survey, with its framework codebook) in DIR.")
final class SampleCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "DIR", description = "Folder for the sample project; created if missing, must be empty if it exists.")
	Path dir;

	@Override
	public void run() {
		try (ExcerptaProject p = SampleProject.createIn(dir)) {
			spec.commandLine().getOut().println("Created the sample project \"" + p.name() + "\" in " + p.folder());
		}
	}
}
