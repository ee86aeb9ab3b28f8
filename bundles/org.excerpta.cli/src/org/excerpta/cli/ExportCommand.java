package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.excerpta.api.Contributions;
import org.excerpta.api.ExportResult;
import org.excerpta.api.Exporter;
import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.contrib.IndexedProject;
import org.excerpta.report.contrib.OpenedProject;
import org.excerpta.report.contrib.SettingsConversion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Export the project in DIR for colleagues and other tools. Reads only: works while the workbench has the project open.",
				"qdpx: the whole project for NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA); qdc: the codebook (REFI-QDA); "
						+ "csv: a folder with the coded excerpts and every counts table; xlsx: the same as one workbook; "
						+ "html: one self-contained report (codebook, excerpts, tables, charts); gexf / gexf-cases: the code or case network for Gephi." })
final class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdpx, qdc, csv, xlsx, html, gexf, gexf-cases, or a format a plugin adds.")
	String format;

	@Parameters(index = "1", paramLabel = "OUT", description = "The file to write (for csv: a folder). An existing file is replaced whole.")
	Path out;

	@Option(names = "--code", paramLabel = "PATH", description = "Report only this code and the codes below it (repeatable).")
	List<String> codes;

	@Mixin
	CaseFilter filter;

	@Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Cross the codes with this case attribute (repeatable; default: those with 2 to 8 values).")
	List<String> attributes;

	@Option(names = "--percent", paramLabel = "column|row", description = "Base of the code x attribute percentages (default: column).")
	String percent;

	@Option(names = "--overlap", description = "Co-occurrence and networks count overlapping excerpts, not codes in the same source.")
	boolean overlap;

	@Option(names = "--population", paramLabel = "N", description = "The population the cases were drawn from (finite population correction).")
	Long population;

	@Option(names = "--excerpts-per-code", paramLabel = "N", defaultValue = "10", description = "Excerpts the HTML report quotes per code (default: ${DEFAULT-VALUE}).")
	int excerptsPerCode;

	@Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: the project's name).")
	String title;

	@Option(names = "--json", description = "Print a JSON summary: the format, the files written and, for qdpx, what they hold.")
	boolean json;

	@Option(names = "--option", paramLabel = "NAME=VALUE", description = "An option of a plugin's export format (repeatable).")
	Map<String, String> extra;

	@Override
	public Integer call() throws IOException {
		PrintWriter o = spec.commandLine().getOut();
		Exporter exporter = Contributions.exporter(format).orElseThrow(() -> new IllegalArgumentException("unknown format \"" + format
				+ "\" (installed: " + String.join(", ", Contributions.exporters().stream().map(Exporter::id).toList()) + ")"));
		if (IndexedProject.canExport(exporter)) {
			// The tables and the code network need only a current index: seconds at a million answers, not a model's half minute.
			ProjectIndex alone = ProjectIndex.openForReading(dir);
			if (alone != null) {
				try (alone) {
					report(o, exporter.id(), exporter.export(new IndexedProject(dir, alone),
							settings(CodeResolver.guids(alone.outline().codebook(), codes)), out, new NullProgressMonitor()));
				}
				return 0;
			}
		}
		try (ExcerptaProject project = ExcerptaProject.openReadOnly(dir); LazyIndex index = new LazyIndex(project)) {
			report(o, exporter.id(), exporter.export(new OpenedProject(project, index), settings(CodeResolver.guids(project, codes)), out,
					new NullProgressMonitor()));
		}
		return 0;
	}

	private void report(PrintWriter o, String format, ExportResult r) {
		if (json) {
			o.println(summary(format, r));
		} else if (!r.summary().isEmpty()) {
			o.println(r.summary());
		} else {
			r.files().forEach(p -> o.println("Wrote " + p));
		}
		r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
	}

	/** The command line's choices as the contribution point's settings (option names as in {@link SettingsConversion}). */
	private Settings settings(List<String> codeGuids) {
		Settings s = new Settings(codeGuids, filter.attributes(), extra == null ? Map.of() : extra);
		if (title != null) {
			s = s.withOption("title", title);
		}
		if (attributes != null && !attributes.isEmpty()) {
			s = s.withOption("by", String.join(",", attributes));
		}
		if (percent != null) {
			s = s.withOption("percent", percent);
		}
		if (overlap) {
			s = s.withOption("unit", "overlap");
		}
		if (population != null) {
			s = s.withOption("population", String.valueOf(population));
		}
		return s.withOption("excerpts-per-code", String.valueOf(excerptsPerCode));
	}

	private static String summary(String format, ExportResult r) {
		java.io.StringWriter w = new java.io.StringWriter();
		try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeStringField("format", format);
			g.writeArrayFieldStart("files");
			for (Path p : r.files()) {
				g.writeString(p.toString());
			}
			g.writeEndArray();
			for (Map.Entry<String, Long> f : r.figures().entrySet()) {
				g.writeNumberField(f.getKey(), f.getValue());
			}
			g.writeArrayFieldStart("warnings");
			for (String x : r.warnings()) {
				g.writeString(x);
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return w.toString();
	}
}
