package org.excerpta.cli;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.ExcerptaPackage;

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

	@Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
			description = "Language of the texts (ISO 639-1: en, de, fr, es, it, nl, pt, sv, da, no, fi are stemmed in searches; default: ${DEFAULT-VALUE}).")
	String language;

	@Override
	public void run() {
		if (!language.matches("[a-zA-Z]{2}")) {
			throw new IllegalArgumentException("--language takes a two-letter ISO 639-1 code such as en or de, not \"" + language + "\"");
		}
		String projectName = name != null ? name : dir.toAbsolutePath().normalize().getFileName().toString();
		try (ExcerptaProject p = ExcerptaProject.create(dir, projectName)) {
			if (!"en".equalsIgnoreCase(language)) {
				p.execute(SetCommand.create(p.editingDomain(), p.model(), ExcerptaPackage.Literals.PROJECT__LANGUAGE,
						language.toLowerCase(java.util.Locale.ROOT)));
				p.commandStack().flush(); // part of creating the project, not an edit to undo
			}
			spec.commandLine().getOut().println("Created project \"" + p.name() + "\" in " + p.folder());
		}
	}
}
