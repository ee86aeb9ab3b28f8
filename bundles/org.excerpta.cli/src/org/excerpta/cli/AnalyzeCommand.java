package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.AnalysisOption;
import org.excerpta.api.Contributions;
import org.excerpta.api.Settings;
import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.report.CsvReportWriter;
import org.excerpta.report.contrib.IndexedProject;
import org.excerpta.report.contrib.OpenedProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.api.ProjectAccess;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code excerpta analyze}: runs any installed analysis, Excerpta's own or a plugin's, and prints
 * its table as the Counts view shows it, or as JSON or CSV for scripts.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Run an analysis on the project in DIR and print its table: Excerpta's own (code-frequencies, codes-by-attribute, "
				+ "cooccurrence, code-network) or one a plugin adds. Reads only: works while the workbench has the project open; "
				+ "Excerpta's own read the index alone when it is current.",
				"excerpta analyze --list shows the analyses installed and their options." })
final class AnalyzeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--list", description = "List the installed analyses and their options, and stop.")
	boolean list;

	@Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Parameters(index = "1", arity = "0..1", paramLabel = "ANALYSIS", description = "The analysis, by its id (see --list).")
	String id;

	@Option(names = "--option", paramLabel = "NAME=VALUE", description = "An option of the analysis, e.g. --option attribute=Role (repeatable).")
	Map<String, String> options;

	@Option(names = "--code", paramLabel = "PATH", description = "Only this code and the codes below it (repeatable).")
	List<String> codes;

	@Mixin
	CaseFilter filter;

	@Option(names = "--json", description = "Print the table as JSON.")
	boolean json;

	@Option(names = "--csv", description = "Print the table as CSV (numbers as plain columns).")
	boolean csv;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		if (list) {
			listAnalyses(out);
			return 0;
		}
		if (dir == null || id == null) {
			throw new IllegalArgumentException("give the project folder and the analysis, e.g. excerpta analyze study code-frequencies"
					+ " (excerpta analyze --list shows them)");
		}
		Analysis analysis = Contributions.analysis(id).orElseThrow(() -> new IllegalArgumentException("no analysis \"" + id
				+ "\" is installed; installed: " + String.join(", ", Contributions.analyses().stream().map(Analysis::id).toList())));
		Map<String, String> given = options == null ? Map.of() : options;
		if (IndexedProject.canRun(analysis)) {
			// Excerpta's own counts need only a current index: seconds at a million answers, not a model's minute.
			ProjectIndex alone = ProjectIndex.openForReading(dir);
			if (alone != null) {
				try (alone) {
					IndexedProject access = new IndexedProject(dir, alone);
					Settings settings = settings(analysis, access, CodeResolver.guids(alone.outline().codebook(), codes), given);
					print(out, analysis.run(access, settings, new NullProgressMonitor()));
				}
				return 0;
			}
		}
		try (ExcerptaProject project = ExcerptaProject.openReadOnly(dir); LazyIndex index = new LazyIndex(project)) {
			OpenedProject access = new OpenedProject(project, index);
			Settings settings = settings(analysis, access, CodeResolver.guids(project, codes), given);
			print(out, analysis.run(access, settings, new NullProgressMonitor()));
		}
		return 0;
	}

	/** The settings the command line gives, once each option named is one the analysis takes. */
	private Settings settings(Analysis analysis, ProjectAccess access, List<String> codeGuids, Map<String, String> given) {
		List<String> known = analysis.options(access).stream().map(AnalysisOption::name).toList();
		for (String name : given.keySet()) {
			if (!known.contains(name)) {
				throw new IllegalArgumentException("the analysis " + analysis.id() + " has no option \"" + name + "\""
						+ (known.isEmpty() ? " (it takes none)" : "; it takes: " + String.join(", ", known)));
			}
		}
		return new Settings(codeGuids, filter.attributes(), given);
	}

	private void print(PrintWriter out, ReportTable table) throws IOException {
		if (json) {
			out.println(json(table));
		} else if (csv) {
			CsvReportWriter.plain().write(table, out);
			out.flush();
		} else {
			out.println(table.title());
			TextTable.print(out, table.displayed());
			if (!table.note().isEmpty()) {
				out.println();
				out.println(table.note());
			}
		}
	}

	private void listAnalyses(PrintWriter out) {
		List<Analysis> all = Contributions.analyses();
		if (json) {
			StringWriter w = new StringWriter();
			try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
				g.writeStartArray();
				for (Analysis a : all) {
					g.writeStartObject();
					g.writeStringField("id", a.id());
					g.writeStringField("name", a.name());
					g.writeStringField("description", a.description());
					g.writeEndObject();
				}
				g.writeEndArray();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			out.println(w);
			return;
		}
		for (Analysis a : all) {
			out.printf("%-22s %s: %s%n", a.id(), a.name(), a.description());
		}
	}

	/** The table as JSON: its title, note, columns with their types, and each row's cells by column name. */
	static String json(ReportTable table) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeStringField("id", table.id());
			g.writeStringField("title", table.title());
			g.writeStringField("note", table.note());
			g.writeArrayFieldStart("columns");
			for (Column c : table.columns()) {
				g.writeStartObject();
				g.writeStringField("name", c.name());
				g.writeStringField("type", c.type().name().toLowerCase(java.util.Locale.ROOT));
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("rows");
			for (Row r : table.rows()) {
				g.writeStartObject();
				if (r.key() != null) {
					g.writeStringField("key", r.key());
				}
				for (int i = 0; i < table.columns().size(); i++) {
					writeCell(g, table.columns().get(i).name(), r.cell(i));
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

	private static void writeCell(JsonGenerator g, String name, Cell cell) throws IOException {
		switch (cell) {
		case Cell.Count n -> g.writeNumberField(name, n.value());
		case Cell.Number n -> g.writeNumberField(name, n.value());
		case Cell.Percent p -> g.writeNumberField(name, p.share());
		case Cell.Share s -> writeShare(g, name, s.count(), s.base(), s.lower(), s.upper());
		case Cell.Proportion p -> writeShare(g, name, p.count(), p.base(), p.lower(), p.upper());
		case Cell.Empty e -> g.writeNullField(name);
		default -> g.writeStringField(name, cell.display());
		}
	}

	private static void writeShare(JsonGenerator g, String name, long count, long base, double lower, double upper) throws IOException {
		g.writeObjectFieldStart(name);
		g.writeNumberField("count", count);
		g.writeNumberField("base", base);
		if (base > 0) {
			g.writeNumberField("share", (double) count / base);
			g.writeNumberField("lower", lower);
			g.writeNumberField("upper", upper);
		}
		g.writeEndObject();
	}
}
