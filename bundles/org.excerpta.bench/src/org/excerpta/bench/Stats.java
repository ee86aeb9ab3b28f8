package org.excerpta.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * A workload's timings over its runs or repetitions, in milliseconds: median, min, max, and the
 * 50th and 99th percentiles (nearest rank), which matter for repeated single actions.
 */
public record Stats(int count, double median, double min, double max, double p50, double p99) {

	public static Stats of(double... millis) {
		if (millis.length == 0) {
			throw new IllegalArgumentException("no samples");
		}
		double[] s = millis.clone();
		Arrays.sort(s);
		int n = s.length;
		double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
		return new Stats(n, median, s[0], s[n - 1], percentile(s, 50), percentile(s, 99));
	}

	/** Nearest-rank percentile of sorted samples. */
	static double percentile(double[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** "12.3 s [12.1-12.6]" or "4.2 ms [3.9-7.0]". */
	public String medianRange() {
		if (count == 1) {
			return time(median);
		}
		return time(median) + " [" + bare(min) + "-" + time(max) + "]";
	}

	public static String time(double ms) {
		if (ms >= 10_000) {
			return String.format(Locale.ROOT, "%.1f s", ms / 1000);
		}
		if (ms >= 1000) {
			return String.format(Locale.ROOT, "%.2f s", ms / 1000);
		}
		if (ms >= 10) {
			return String.format(Locale.ROOT, "%.0f ms", ms);
		}
		return String.format(Locale.ROOT, "%.2f ms", ms);
	}

	/** The number without its unit, in the unit {@link #time} would choose for the larger figure. */
	private String bare(double ms) {
		String t = time(max);
		double v = t.endsWith(" s") ? ms / 1000 : ms;
		return t.endsWith(" s") ? String.format(Locale.ROOT, max >= 10_000 ? "%.1f" : "%.2f", v)
				: String.format(Locale.ROOT, max >= 10 ? "%.0f" : "%.2f", v);
	}
}
