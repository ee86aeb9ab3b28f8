package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.CodebookQdc;
import org.excerpta.exchange.qdpx.QdpxExportResult;
import org.excerpta.exchange.qdpx.QdpxExporter;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.report.CodeByAttributeTable;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.ReportExport;
import org.excerpta.report.ReportOptions;
import org.excerpta.report.ReportScope;

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

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdpx, qdc, csv, xlsx, html, gexf or gexf-cases.")
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

	@Override
	public Integer call() {
		PrintWriter o = spec.commandLine().getOut();
		String f = format.toLowerCase(Locale.ROOT);
		try (ExcerptaProject project = ExcerptaProject.openReadOnly(dir)) {
			if (f.equals("qdc")) {
				writeQdc(project);
				o.println(json ? summary(f, List.of(out), null) : "Wrote the codebook to " + out);
				return 0;
			}
			if (f.equals("qdpx")) {
				QdpxExportResult r = new QdpxExporter().export(project, out);
				if (json) {
					o.println(summary(f, List.of(r.file()), r));
				} else {
					o.printf("Wrote %s: %d sources, %d selections, %d codings, %d memos, %d original files%n", r.file(), r.sources(),
							r.selections(), r.codings(), r.memos(), r.originals());
				}
				r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
				return 0;
			}
			ReportExport.Format reportFormat = ReportExport.Format.parse(f);
			try (ProjectIndex index = ProjectIndex.open(project)) {
				ReportOptions options = ReportOptions.defaults().withTitle(title).withScope(scope(project))
						.withAttributes(attributes).withPopulation(population).withExcerptsPerCode(excerptsPerCode)
						.withCooccurrence(overlap ? CooccurrenceTable.Unit.OVERLAP : CooccurrenceTable.Unit.SOURCE);
				if (percent != null) {
					options = options.withPercentages(CodeByAttributeTable.Percentages.parse(percent));
				}
				List<Path> written = ReportExport.export(project, index, reportFormat, out, options);
				if (json) {
					o.println(summary(f, written, null));
				} else {
					for (Path p : written) {
						o.println("Wrote " + p);
					}
				}
			}
		}
		return 0;
	}

	private ReportScope scope(ExcerptaProject project) {
		ReportScope scope = ReportScope.all().where(filter.attributes());
		if (codes == null || codes.isEmpty()) {
			return scope;
		}
		CodebookEditor codebook = new CodebookEditor(project);
		List<Code> chosen = new ArrayList<>();
		for (String path : codes) {
			chosen.add(codebook.find(path));
		}
		return scope.withCodes(ReportScope.branches(chosen));
	}

	private static String summary(String format, List<Path> files, QdpxExportResult qdpx) {
		java.io.StringWriter w = new java.io.StringWriter();
		try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeStringField("format", format);
			g.writeArrayFieldStart("files");
			for (Path p : files) {
				g.writeString(p.toString());
			}
			g.writeEndArray();
			if (qdpx != null) {
				g.writeNumberField("sources", qdpx.sources());
				g.writeNumberField("selections", qdpx.selections());
				g.writeNumberField("codings", qdpx.codings());
				g.writeNumberField("memos", qdpx.memos());
				g.writeNumberField("originals", qdpx.originals());
				g.writeArrayFieldStart("warnings");
				for (String x : qdpx.warnings()) {
					g.writeString(x);
				}
				g.writeEndArray();
			}
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return w.toString();
	}

	private void writeQdc(ExcerptaProject project) {
		try {
			CodebookQdc.write(project.model().getCodebook(), out);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
		}
	}
}
