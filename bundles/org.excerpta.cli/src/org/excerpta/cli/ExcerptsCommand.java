package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ExcerptQuery;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Codebook;
import org.excerpta.model.User;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "excerpts", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Print every excerpt coded with a code (or any of several codes), with its context and place.",
				"Combine codes: --and B keeps excerpts that overlap an excerpt of B; --not C drops those that overlap C;",
				"--near D --within N keeps those within N characters of D. Filter by case attributes, coder or source." })
final class ExcerptsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--code", required = true, paramLabel = "PATH", description = "Code path, e.g. \"Conflict and tension between partners / Relational\" (repeatable: any of them).")
	List<String> codes;

	@Option(names = "--and", paramLabel = "PATH", description = "Also coded (overlapping) with this code (repeatable: all of them).")
	List<String> and;

	@Option(names = "--not", paramLabel = "PATH", description = "Not overlapping an excerpt of this code (repeatable).")
	List<String> not;

	@Option(names = "--near", paramLabel = "PATH", description = "Near an excerpt of this code (see --within).")
	List<String> near;

	@Option(names = "--within", paramLabel = "N", defaultValue = "200", description = "Characters for --near (default: ${DEFAULT-VALUE}).")
	int within;

	@Mixin
	CaseFilter filter;

	@Option(names = "--source", paramLabel = "NAME", description = "Only in this source.")
	String source;

	@Option(names = "--context", paramLabel = "N", defaultValue = "80", description = "Characters of context shown either side (default: ${DEFAULT-VALUE}).")
	int context;

	@Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
	String coder;

	@Option(names = "--max", paramLabel = "N", defaultValue = "1000", description = "At most N excerpts (default: ${DEFAULT-VALUE}).")
	int max;

	@Option(names = "--json", description = "Print the excerpts as JSON.")
	boolean json;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		// A source named on the command line is looked up in the model; everything else the index knows.
		try (IndexReading reading = IndexReading.open(dir, source != null)) {
			ProjectIndex index = reading.index();
			ProjectOutline outline = reading.outline();
			Codebook codebook = outline.codebook();
			String coderGuid = coder == null ? null : CodeResolver.coderGuid(outline, coder);
			String sourceGuid = source == null ? null : CodeResolver.sourceGuid(reading.project(), source);
			ExcerptQuery query = new ExcerptQuery(CodeResolver.guids(codebook, codes), CodeResolver.guids(codebook, and),
					CodeResolver.guids(codebook, not), CodeResolver.guids(codebook, near), within, filter.attributes(),
					coderGuid, sourceGuid);
			List<Excerpt> excerpts = index.excerpts(query, max);
			if (json) {
				out.println(toJson(excerpts, index, outline));
				return;
			}
			for (Excerpt e : excerpts) {
				String[] around = context(index, e, context);
				out.printf("%s [%d-%d]  %s%n  %s>>%s<<%s%n%n", e.sourceName(), e.start(), e.end(), CodePaths.pathOf(outline.code(e.codeGuid())),
						around[0], e.text().strip(), around[1]);
			}
			out.printf("%d excerpts%n", excerpts.size());
		}
	}

	/** The source text last read: excerpts come in source order, so a transcript's text is read once, not once per excerpt. */
	private String textOf;
	private String text;

	/** The text before and after an excerpt in its source, on one line. */
	private String[] context(ProjectIndex index, Excerpt e, int chars) {
		if (chars <= 0) {
			return new String[] { "", "" };
		}
		if (!e.sourceGuid().equals(textOf)) {
			text = index.sourceText(e.sourceGuid());
			textOf = e.sourceGuid();
		}
		int length = text.codePointCount(0, text.length());
		int from = text.offsetByCodePoints(0, Math.max(0, Math.min(length, e.start() - chars)));
		int start = text.offsetByCodePoints(0, Math.min(e.start(), length));
		int end = text.offsetByCodePoints(0, Math.min(e.end(), length));
		int to = text.offsetByCodePoints(0, Math.min(length, e.end() + chars));
		return new String[] { text.substring(from, start).replaceAll("\\s+", " "), text.substring(end, to).replaceAll("\\s+", " ") };
	}

	private String toJson(List<Excerpt> excerpts, ProjectIndex index, ProjectOutline outline) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeNumberField("count", excerpts.size());
			g.writeArrayFieldStart("excerpts");
			for (Excerpt e : excerpts) {
				g.writeStartObject();
				g.writeStringField("code", CodePaths.pathOf(outline.code(e.codeGuid())));
				g.writeStringField("source", e.sourceName());
				g.writeStringField("sourceGuid", e.sourceGuid());
				g.writeNumberField("start", e.start());
				g.writeNumberField("end", e.end());
				g.writeStringField("text", e.text());
				String[] around = context(index, e, context);
				g.writeStringField("before", around[0]);
				g.writeStringField("after", around[1]);
				User u = e.coderGuid() == null ? null : outline.coderWithGuid(e.coderGuid());
				if (u != null) {
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
