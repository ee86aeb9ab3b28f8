package org.excerpta.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a run's figures as aligned plain-text tables (they paste into Markdown as code blocks). */
public final class BenchReport {

	private BenchReport() {
	}

	/** The whole report as text, lines ending in LF. */
	public static String format(BenchResult r) {
		StringWriter text = new StringWriter();
		PrintWriter out = new PrintWriter(text);
		print(r, out);
		out.flush();
		return text.toString().replace("\r\n", "\n");
	}

	private static void print(BenchResult r, PrintWriter out) {
		out.println("Machine");
		r.machine().forEach(m -> out.println("  " + m));
		out.println("Settings");
		out.println("  " + r.settings());
		out.println();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "workload", "Excerpta median [min-max]", "p50", "p99", "baseline", "baseline median [min-max]",
				"Excerpta vs baseline" });
		for (BenchResult.Row row : r.rows()) {
			Stats e = row.excerpta();
			rows.add(new String[] { row.workload(), e.medianRange(), row.repeated() ? Stats.time(e.p50()) : "",
					row.repeated() ? Stats.time(e.p99()) : "", row.hasBaseline() ? row.baseline() : "",
					row.hasBaseline() ? row.baselineStats().medianRange() : "", row.hasBaseline() ? ratio(row.ratio()) : "" });
		}
		table(rows, out);
		out.println();
		List<String[]> targets = new ArrayList<>();
		targets.add(new String[] { "target", "measured", "met" });
		for (BenchResult.Target t : r.targets()) {
			targets.add(new String[] { t.goal(), t.measured(), t.met() ? "yes" : "NO" });
		}
		table(targets, out);
		out.println();
		out.println("Same work in Excerpta and the baselines");
		for (BenchResult.Check c : r.checks()) {
			out.println("  " + (c.agrees() ? "agree   " : "DIFFER  ") + c.what() + ": " + c.detail());
		}
		if (!r.notes().isEmpty()) {
			out.println();
			out.println("Notes");
			r.notes().forEach(n -> out.println("  - " + n));
		}
	}

	/** "2.4x slower" or "8.1x faster" than the baseline. */
	public static String ratio(double excerptaOverBaseline) {
		if (excerptaOverBaseline >= 1) {
			return String.format(Locale.ROOT, "%.2fx slower", excerptaOverBaseline);
		}
		return String.format(Locale.ROOT, "%.2fx faster", 1 / excerptaOverBaseline);
	}

	private static void table(List<String[]> rows, PrintWriter out) {
		int cols = rows.get(0).length;
		int[] width = new int[cols];
		for (String[] row : rows) {
			for (int i = 0; i < cols; i++) {
				width[i] = Math.max(width[i], row[i].length());
			}
		}
		for (int k = 0; k < rows.size(); k++) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < cols; i++) {
				line.append(String.format("%-" + width[i] + "s", rows.get(k)[i]));
				if (i < cols - 1) {
					line.append(" | ");
				}
			}
			out.println(line.toString().stripTrailing());
			if (k == 0) {
				StringBuilder rule = new StringBuilder();
				for (int i = 0; i < cols; i++) {
					rule.append("-".repeat(width[i]));
					if (i < cols - 1) {
						rule.append("-+-");
					}
				}
				out.println(rule);
			}
		}
	}
}
