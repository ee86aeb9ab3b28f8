package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.excerpta.index.SearchResults;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Search the texts of the project in DIR and print keyword-in-context lines.",
				"Query syntax (Lucene): words (all must occur), \"a phrase\", \"two words\"~5 (within 5 words, any order),",
				"fuzz~ (similar spelling), commiss* (wildcard), AND, OR, NOT, (brackets). Words are matched by their",
				"English stem: contract finds contracts and contracting." })
final class SearchCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Parameters(index = "1", paramLabel = "QUERY", description = "What to look for.")
	String query;

	@Option(names = "--code", paramLabel = "PATH", description = "Search only the excerpts coded with this code (repeatable: any of them).")
	List<String> codes;

	@Mixin
	CaseFilter filter;

	@Option(names = "--max", paramLabel = "N", defaultValue = "50", description = "Show at most N passages (default: ${DEFAULT-VALUE}).")
	int max;

	@Option(names = "--json", description = "Print the results as JSON.")
	boolean json;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		try (IndexReading reading = IndexReading.open(dir, false)) {
			SearchResults r = reading.index().search(query, CodeResolver.guids(reading.outline().codebook(), codes), filter.attributes(), max);
			if (json) {
				out.println(toJson(r));
				return;
			}
			for (SearchResults.Hit h : r.hits()) {
				for (SearchResults.Kwic k : h.lines()) {
					out.printf("%-32s %7d  %40s [%s] %s%n", shorten(h.sourceName(), 32), k.start(), shorten(k.left(), 40, true),
							k.match(), shorten(k.right(), 40));
				}
			}
			out.printf("%d passages match%s%n", r.total(), r.total() > r.hits().size() ? " (the first " + r.hits().size() + " shown)" : "");
		}
	}

	static String shorten(String s, int width) {
		return shorten(s, width, false);
	}

	static String shorten(String s, int width, boolean keepEnd) {
		if (s == null) {
			return "";
		}
		if (s.length() <= width) {
			return s;
		}
		return keepEnd ? "\u2026" + s.substring(s.length() - width + 1) : s.substring(0, width - 1) + "\u2026";
	}

	private static String toJson(SearchResults r) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeNumberField("total", r.total());
			g.writeArrayFieldStart("hits");
			for (SearchResults.Hit h : r.hits()) {
				g.writeStartObject();
				g.writeStringField("source", h.sourceName());
				g.writeStringField("sourceGuid", h.sourceGuid());
				g.writeNumberField("start", h.start());
				g.writeNumberField("end", h.end());
				if (h.speaker() != null) {
					g.writeStringField("speaker", h.speaker());
				}
				g.writeArrayFieldStart("kwic");
				for (SearchResults.Kwic k : h.lines()) {
					g.writeStartObject();
					g.writeStringField("left", k.left());
					g.writeStringField("match", k.match());
					g.writeStringField("right", k.right());
					g.writeNumberField("start", k.start());
					g.writeNumberField("end", k.end());
					g.writeEndObject();
				}
				g.writeEndArray();
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
