package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.User;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "excerpts", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Print every excerpt coded with a code (or any of several codes), optionally only in cases with given attribute values or by one coder.")
final class ExcerptsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--code", required = true, paramLabel = "PATH", description = "Code path, e.g. \"Conflict and tension between partners / Relational\" (repeatable: any of them).")
	List<String> codes;

	@Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE", description = "Only in cases with this attribute value (repeatable: all of them).")
	Map<String, String> where;

	@Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
	String coder;

	@Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "At most N excerpts (default: ${DEFAULT-VALUE}).")
	int max;

	@Option(names = "--json", description = "Print the excerpts as JSON.")
	boolean json;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		try (ExcerptaProject project = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(project)) {
			String coderGuid = null;
			if (coder != null) {
				coderGuid = project.model().getUsers().stream().filter(u -> coder.equals(u.getName()) || coder.equals(u.getId()))
						.map(User::getGuid).findFirst()
						.orElseThrow(() -> new IllegalArgumentException("there is no coder \"" + coder + "\" in the project"));
			}
			List<Excerpt> excerpts = index.excerpts(CodeResolver.guids(project, codes), where == null ? Map.of() : where, coderGuid, max);
			CodebookEditor codebook = new CodebookEditor(project);
			if (json) {
				out.println(toJson(excerpts, project, codebook));
				return;
			}
			for (Excerpt e : excerpts) {
				Code code = (Code) project.store().find(e.codeGuid());
				out.printf("%s [%d-%d]  %s%n  %s%n%n", e.sourceName(), e.start(), e.end(), codebook.pathOf(code), e.text().strip().replace("\n", "\n  "));
			}
			out.printf("%d excerpts%n", excerpts.size());
		}
	}

	private static String toJson(List<Excerpt> excerpts, ExcerptaProject project, CodebookEditor codebook) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeNumberField("count", excerpts.size());
			g.writeArrayFieldStart("excerpts");
			for (Excerpt e : excerpts) {
				g.writeStartObject();
				g.writeStringField("code", codebook.pathOf((Code) project.store().find(e.codeGuid())));
				g.writeStringField("source", e.sourceName());
				g.writeStringField("sourceGuid", e.sourceGuid());
				g.writeNumberField("start", e.start());
				g.writeNumberField("end", e.end());
				g.writeStringField("text", e.text());
				if (e.coderGuid() != null && project.store().find(e.coderGuid()) instanceof User u) {
					g.writeStringField("coder", u.getName());
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return w.toString();
	}
}
