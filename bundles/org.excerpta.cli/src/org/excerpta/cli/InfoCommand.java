package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ProjectSummary;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true,
		description = "Print what the project in DIR holds. Reads only: works while the workbench has the project open. "
				+ "Answers from the project's search index when it reflects every saved change, else reads the project.")
final class InfoCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--json", description = "Print one JSON object with the counts sources, cases, codes, codings, users, memos.")
	boolean json;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		Path folder = dir.toAbsolutePath().normalize();
		try (ProjectIndex index = ProjectIndex.openForReading(folder)) {
			if (index != null) {
				ProjectOutline o = index.outline();
				// The index reflects every saved change and knows these numbers: seconds, not the
				// tens of seconds that reading the model of a million answers takes.
				print(out, new ProjectSummary(o.name(), o.sources(), o.cases(), o.allCodes().size(), Math.toIntExact(index.codings()),
						o.coders().size(), o.memos()), folder, index.language());
				return;
			}
		}
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir)) {
			print(out, p.summary(), p.folder(), p.model().getLanguage());
			for (String w : p.warnings()) {
				spec.commandLine().getErr().println("warning: " + w);
			}
		}
	}

	private void print(PrintWriter out, ProjectSummary s, Path folder, String language) {
		if (json) {
			out.println(toJson(s, folder, language));
		} else {
			out.printf("Project  %s%nFolder   %s%nLanguage %s%nSources  %d%nCases    %d%nCodes    %d%nCodings  %d%nCoders   %d%nMemos    %d%n",
					s.name(), folder, language, s.sources(), s.cases(), s.codes(), s.codings(), s.users(), s.memos());
		}
	}

	private static String toJson(ProjectSummary s, Path folder, String language) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeStringField("name", s.name());
			g.writeStringField("folder", folder.toString());
			g.writeStringField("language", language);
			g.writeNumberField("sources", s.sources());
			g.writeNumberField("cases", s.cases());
			g.writeNumberField("codes", s.codes());
			g.writeNumberField("codings", s.codings());
			g.writeNumberField("users", s.users());
			g.writeNumberField("memos", s.memos());
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return w.toString();
	}
}
