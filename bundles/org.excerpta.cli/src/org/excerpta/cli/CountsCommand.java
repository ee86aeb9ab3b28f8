package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.excerpta.analysis.stats.Proportion;
import org.excerpta.analysis.stats.ProportionComparison;
import org.excerpta.analysis.stats.ProportionInterval;
import org.excerpta.analysis.stats.Proportions;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.CodeCount;
import org.excerpta.index.CodeMatrix;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Code;

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
		Map<String, String> filter = cases.attributes();
		try (IndexReading reading = IndexReading.open(dir, false)) {
			ProjectIndex index = reading.index();
			ProjectOutline outline = reading.outline();
			List<Code> codes = outline.allCodes();
			List<String> header = new ArrayList<>();
			List<List<String>> rows = new ArrayList<>();
			if (compare != null && by == null) {
				throw new IllegalArgumentException("--compare needs --by ATTRIBUTE");
			}
			if (population != null && (by != null || cooccurrence)) {
				throw new IllegalArgumentException("--population applies to the plain counts (the share of all cases), not to --by or --cooccurrence");
			}
			if (population != null && population < outline.cases()) {
				throw new IllegalArgumentException("--population " + population + " is smaller than the " + outline.cases()
						+ " cases in the project");
			}
			if (by != null) {
				CodeMatrix m = index.matrix(by, filter);
				if (m.casesWithValue().isEmpty()) {
					throw new IllegalArgumentException("no case has a value for the attribute \"" + by + "\"");
				}
				if (compare != null) {
					compare(m, codes, header, rows);
					print(out, header, rows);
					return;
				}
				header.add("code");
				for (String v : m.values()) {
					header.add(v + " (n=" + m.casesWithValue().get(v) + ")");
				}
				if (!percent.equals("column") && !percent.equals("row")) {
					throw new IllegalArgumentException("--percent takes column or row, not \"" + percent + "\"");
				}
				for (Code c : codes) {
					List<String> row = new ArrayList<>(List.of(CodePaths.pathOf(c)));
					for (String v : m.values()) {
						int base = percent.equals("row") ? m.rowTotal(c.getGuid()) : m.casesWithValue().get(v);
						row.add(cell(m.cell(c.getGuid(), v), base));
					}
					rows.add(row);
				}
			} else if (cooccurrence) {
				Map<String, Map<String, Integer>> co = overlap ? index.overlaps(filter) : index.cooccurrence(filter);
				List<Code> used = codes.stream().filter(c -> co.containsKey(c.getGuid())).toList();
				header.add("code");
				used.forEach(c -> header.add(c.getName()));
				for (Code a : used) {
					List<String> row = new ArrayList<>(List.of(CodePaths.pathOf(a)));
					for (Code b : used) {
						row.add(String.valueOf(co.get(a.getGuid()).getOrDefault(b.getGuid(), 0)));
					}
					rows.add(row);
				}
			} else {
				Map<String, CodeCount> counts = index.codeCounts(filter);
				Map<String, Long> coded = index.codedLength(filter);
				long allText = outline.textLength();
				int allCases = outline.cases();
				header.addAll(List.of("code", "codings", "sources", "cases", "share of cases", "share of text"));
				for (Code c : codes) {
					CodeCount n = counts.getOrDefault(c.getGuid(), new CodeCount(c.getGuid(), 0, 0, 0));
					long length = coded.getOrDefault(c.getGuid(), 0L);
					rows.add(List.of(CodePaths.pathOf(c), String.valueOf(n.codings()), String.valueOf(n.sources()),
							String.valueOf(n.cases()), allCases == 0 ? "" : share(n.cases(), allCases, population),
							allText == 0 ? "" : String.format(Locale.ROOT, "%.2f%%", 100.0 * length / allText)));
				}
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

	/** Two groups side by side: shares, their difference with Newcombe's interval, and the test's p-value. */
	private void compare(CodeMatrix m, List<Code> codes, List<String> header, List<List<String>> rows) {
		if (compare.size() != 2) {
			throw new IllegalArgumentException("--compare takes two values of " + by + ", e.g. --compare GP,Manager");
		}
		String a = compare.get(0);
		String b = compare.get(1);
		for (String v : compare) {
			if (!m.casesWithValue().containsKey(v)) {
				throw new IllegalArgumentException("no case has " + by + " = \"" + v + "\" (values: " + String.join(", ", m.values()) + ")");
			}
		}
		int baseA = m.casesWithValue().get(a);
		int baseB = m.casesWithValue().get(b);
		header.addAll(List.of("code", a + " (n=" + baseA + ")", b + " (n=" + baseB + ")", "difference [95% CI]", "p", "test"));
		for (Code c : codes) {
			ProportionComparison cmp = Proportions.comparison(Proportion.of(m.cell(c.getGuid(), a), baseA),
					Proportion.of(m.cell(c.getGuid(), b), baseB), 0.95);
			ProportionInterval d = cmp.difference();
			rows.add(List.of(CodePaths.pathOf(c), cell(m.cell(c.getGuid(), a), baseA), cell(m.cell(c.getGuid(), b), baseB),
					String.format(Locale.ROOT, "%+.1f [%+.1f to %+.1f]", 100 * d.estimate(), 100 * d.lower(), 100 * d.upper()),
					cmp.pValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", cmp.pValue()), cmp.test().label()));
		}
	}

	/** "12 (40.0% [24.6-57.7])": cases, and their share of the base with a 95% Wilson interval. */
	static String cell(int cases, int base) {
		return cases + " (" + share(cases, base) + ")";
	}

	static String share(int count, int base) {
		return share(count, base, null);
	}

	static String share(int count, int base, Long population) {
		if (base == 0) {
			return "-";
		}
		ProportionInterval ci = population == null ? Proportions.wilson(Proportion.of(count, base), 0.95)
				: Proportions.wilson(Proportion.of(count, base), 0.95, population);
		return String.format(Locale.ROOT, "%.1f%% [%.1f-%.1f]", 100 * ci.estimate(), 100 * ci.lower(), 100 * ci.upper());
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
