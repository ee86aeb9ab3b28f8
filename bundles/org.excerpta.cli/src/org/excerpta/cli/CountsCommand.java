package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.excerpta.api.table.ReportTable;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.CodeByAttributeTable;
import org.excerpta.report.CodeByAttributeTable.Percentages;
import org.excerpta.report.CodeFrequencyTable;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.CooccurrenceTable.Unit;
import org.excerpta.report.CountedProject;
import org.excerpta.report.GroupComparisonTable;
import org.excerpta.report.ReportScope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "counts", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Count codings, sources and cases per code; with --by, a code x attribute table of cases:",
				"each cell is the number of cases with that attribute value coded with the code, and their share of all",
				"cases with that value, with a 95%% Wilson score interval; with --cooccurrence, sources coded with both codes." })
final class CountsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--by", paramLabel = "ATTRIBUTE", description = "Cross the codes with this case attribute (e.g. Role).")
	String by;

	@Option(names = "--compare", split = ",", paramLabel = "VALUE,VALUE",
			description = "With --by: compare two groups (e.g. --by Role --compare GP,Manager): difference of shares with a 95%% interval and a p-value.")
	List<String> compare;

	@Option(names = "--population", paramLabel = "N",
			description = "The size of the population the cases were drawn from (e.g. all 120 practices when 80 answered): the intervals then take a finite population correction.")
	Long population;

	@Option(names = "--percent", paramLabel = "column|row", defaultValue = "column",
			description = "With --by: the share in each cell, of the column (the cases with that value; default) or of the row (the code's cases).")
	String percent;

	@Option(names = "--cooccurrence", description = "Code by code: the number of sources coded with both (with --overlap: excerpts that overlap).")
	boolean cooccurrence;

	@Option(names = "--overlap", description = "With --cooccurrence: count pairs of overlapping excerpts instead of shared sources.")
	boolean overlap;

	@Mixin
	CaseFilter cases;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Option(names = "--csv", description = "Print CSV.")
	boolean csv;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		if (compare != null && by == null) {
			throw new IllegalArgumentException("--compare needs --by ATTRIBUTE");
		}
		if (population != null && (by != null || cooccurrence)) {
			throw new IllegalArgumentException("--population applies to the plain counts (the share of all cases), not to --by or --cooccurrence");
		}
		if (!percent.equals("column") && !percent.equals("row")) {
			throw new IllegalArgumentException("--percent takes column or row, not \"" + percent + "\"");
		}
		try (IndexReading reading = IndexReading.open(dir, false)) {
			// The tables of the reports and of the workbench's Counts view, read from the index alone when
			// it is current: the same figures everywhere, and a filter's cases as the base of its shares.
			ProjectIndex index = reading.index();
			CountedProject project = reading.counted();
			ReportScope scope = ReportScope.all().where(cases.attributes());
			ReportTable table;
			boolean withoutTotal = false;
			if (by != null && compare != null) {
				if (compare.size() != 2) {
					throw new IllegalArgumentException("--compare takes two values of " + by + ", e.g. --compare GP,Manager");
				}
				table = GroupComparisonTable.of(project, index, scope, by, compare.get(0), compare.get(1));
			} else if (by != null) {
				table = CodeByAttributeTable.of(project, index, scope, by, Percentages.parse(percent));
				withoutTotal = true; // the command has always printed the groups alone
			} else if (cooccurrence) {
				table = CooccurrenceTable.of(project, index, scope, overlap ? Unit.OVERLAP : Unit.SOURCE);
			} else {
				table = CodeFrequencyTable.of(project, index, scope, population);
			}
			List<List<String>> shown = table.displayed();
			List<String> header = shown.get(0);
			List<List<String>> rows = shown.subList(1, shown.size());
			if (withoutTotal) {
				header = header.subList(0, header.size() - 1);
				rows = rows.stream().map(r -> r.subList(0, r.size() - 1)).toList();
			}
			print(out, header, rows);
		}
	}

	private void print(PrintWriter out, List<String> header, List<List<String>> rows) {
		if (json) {
			out.println(toJson(header, rows));
		} else if (csv) {
			printCsv(out, header, rows);
		} else {
			printTable(out, header, rows);
		}
	}

	private static void printTable(PrintWriter out, List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		for (int i = 0; i < header.size(); i++) {
			widths[i] = header.get(i).length();
			for (List<String> r : rows) {
				widths[i] = Math.max(widths[i], r.get(i).length());
			}
		}
		widths[0] = Math.min(widths[0], 70);
		printRow(out, header, widths);
		for (List<String> r : rows) {
			printRow(out, r, widths);
		}
	}

	private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String c = i == 0 ? SearchCommand.shorten(cells.get(i), widths[0], true) : cells.get(i);
			s.append(i == 0 ? String.format("%-" + widths[i] + "s", c) : String.format("  %" + widths[i] + "s", c));
		}
		out.println(s.toString().stripTrailing());
	}

	private static void printCsv(PrintWriter out, List<String> header, List<List<String>> rows) {
		try {
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
			printer.printRecord(header);
			for (List<String> r : rows) {
				printer.printRecord(r);
			}
			printer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String toJson(List<String> header, List<List<String>> rows) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeArrayFieldStart("rows");
			for (List<String> r : rows) {
				g.writeStartObject();
				g.writeStringField("path", r.get(0));
				for (int i = 1; i < header.size(); i++) {
					String key = header.get(i);
					String v = r.get(i);
					if (v.matches("\\d+")) {
						g.writeNumberField(key, Long.parseLong(v));
					} else {
						g.writeStringField(key, v);
					}
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
