package org.excerpta.report;

import static org.excerpta.report.Html.esc;
import static org.excerpta.report.Html.num;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts, drawn as inline SVG so that the HTML file needs nothing else to show them:
 * horizontal bars, grouped bars with interval whiskers, and a heat map. Every label is escaped and
 * long labels are shortened, with the full text as the element's tooltip.
 */
final class Charts {

	/** One bar: its label (and tooltip), length, colour and the figure written beside it. */
	record Bar(String label, String tooltip, double value, String colour, String valueLabel) {
	}

	/** One group of bars (a code) in a grouped chart: a share with its interval for each series (a value). */
	record Group(String label, String tooltip, List<double[]> sharesWithInterval) {
	}

	/** Colours for the values of an attribute: Okabe and Ito's palette, which colour-blind readers can tell apart. */
	static final List<String> SERIES = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
			"#000000");

	private static final int WIDTH = 960;
	private static final int LABEL_WIDTH = 300;
	private static final int LABEL_CHARS = 40;
	private static final double PLOT_WIDTH = 520;
	private static final String FONT = "font-size=\"12\" fill=\"#1f2328\"";
	private static final String MUTED = "font-size=\"11\" fill=\"#59636e\"";

	private Charts() {
	}

	static String bars(List<Bar> bars, String axisTitle, String description) {
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		double top = niceCeiling(max);
		int row = 24;
		int head = 10;
		int height = head + bars.size() * row + 44;
		StringBuilder s = open(WIDTH, height, description);
		grid(s, top, head, head + bars.size() * row, false);
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			double y = head + i * row;
			double w = top == 0 ? 0 : PLOT_WIDTH * b.value() / top;
			s.append("<g><title>").append(esc(b.tooltip())).append("</title>");
			s.append("<text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(num(y + 16)).append("\" text-anchor=\"end\" ")
					.append(FONT).append('>').append(esc(Html.shorten(b.label(), LABEL_CHARS))).append("</text>");
			s.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(num(y + 4)).append("\" width=\"").append(num(w))
					.append("\" height=\"16\" rx=\"2\" fill=\"").append(Html.colour(b.colour())).append("\"/>");
			s.append("<text x=\"").append(num(LABEL_WIDTH + w + 6)).append("\" y=\"").append(num(y + 16)).append("\" ").append(FONT)
					.append('>').append(esc(b.valueLabel())).append("</text></g>");
		}
		axisTitle(s, axisTitle, head + bars.size() * row + 38);
		return s.append("</svg>").toString();
	}

	static String groupedBars(List<String> series, List<Group> groups, String axisTitle, String description) {
		int bar = 11;
		int gap = 2;
		int groupGap = 14;
		int legendRows = (series.size() + 3) / 4;
		int head = 12 + legendRows * 20;
		int groupHeight = series.size() * (bar + gap) + groupGap;
		int height = head + groups.size() * groupHeight + 40;
		StringBuilder s = open(WIDTH, height, description);
		for (int k = 0; k < series.size(); k++) {
			double x = LABEL_WIDTH + (k % 4) * 160;
			double y = 4 + (k / 4) * 20;
			s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y + 2)).append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"")
					.append(seriesColour(k)).append("\"/><text x=\"").append(num(x + 17)).append("\" y=\"").append(num(y + 12)).append("\" ")
					.append(FONT).append('>').append(esc(Html.shorten(series.get(k), 20))).append("<title>").append(esc(series.get(k)))
					.append("</title></text>");
		}
		grid(s, 1.0, head, head + groups.size() * groupHeight - groupGap / 2, true);
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			double y0 = head + g * groupHeight;
			double mid = y0 + series.size() * (bar + gap) / 2.0;
			s.append("<g><title>").append(esc(group.tooltip())).append("</title><text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"")
					.append(num(mid + 4)).append("\" text-anchor=\"end\" ").append(FONT).append('>')
					.append(esc(Html.shorten(group.label(), LABEL_CHARS))).append("</text></g>");
			for (int k = 0; k < series.size(); k++) {
				double[] v = group.sharesWithInterval().get(k);
				if (v == null || Double.isNaN(v[0])) {
					continue;
				}
				double y = y0 + k * (bar + gap);
				double w = PLOT_WIDTH * v[0];
				s.append("<g><title>").append(esc(series.get(k) + ": " + percent(v[0]) + " (95% CI " + percent(v[1]) + " to "
						+ percent(v[2]) + ")")).append("</title>");
				s.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
						.append("\" height=\"").append(bar).append("\" fill=\"").append(seriesColour(k)).append("\"/>");
				double lo = LABEL_WIDTH + PLOT_WIDTH * v[1];
				double hi = LABEL_WIDTH + PLOT_WIDTH * v[2];
				double cy = y + bar / 2.0;
				s.append("<path d=\"M").append(num(lo)).append(' ').append(num(cy)).append("H").append(num(hi)).append("M").append(num(lo))
						.append(' ').append(num(cy - 3)).append("V").append(num(cy + 3)).append("M").append(num(hi)).append(' ')
						.append(num(cy - 3)).append("V").append(num(cy + 3)).append("\" stroke=\"#3d444d\" stroke-width=\"1\" fill=\"none\"/>");
				s.append("<text x=\"").append(num(Math.max(LABEL_WIDTH + w, hi) + 5)).append("\" y=\"").append(num(y + bar - 1)).append("\" ")
						.append(MUTED).append('>').append(percent(v[0])).append("</text></g>");
			}
		}
		axisTitle(s, axisTitle, head + groups.size() * groupHeight + 30);
		return s.append("</svg>").toString();
	}

	/**
	 * A code x code heat map: darker is more; the diagonal (a code with itself) is grey, apart
	 * from the scale, so that it does not drown the pairs.
	 */
	static String heatMap(List<String> labels, List<String> tooltips, long[][] counts, String description) {
		int n = labels.size();
		int cell = Math.max(16, Math.min(38, 600 / Math.max(1, n)));
		int left = LABEL_WIDTH;
		int top = 150;
		long max = 1;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i != j) {
					max = Math.max(max, counts[i][j]);
				}
			}
		}
		// Room on the right for the last column's slanted label.
		int width = left + n * cell + 150;
		int height = top + n * cell + 50;
		StringBuilder s = open(width, height, description);
		for (int j = 0; j < n; j++) {
			double x = left + j * cell + cell / 2.0 + 4;
			s.append("<text transform=\"translate(").append(num(x)).append(' ').append(top - 6).append(") rotate(-50)\" ").append(FONT)
					.append('>').append(esc(Html.shorten(labels.get(j), 24))).append("<title>").append(esc(tooltips.get(j)))
					.append("</title></text>");
		}
		for (int i = 0; i < n; i++) {
			double y = top + i * cell;
			s.append("<text x=\"").append(left - 8).append("\" y=\"").append(num(y + cell / 2.0 + 4)).append("\" text-anchor=\"end\" ")
					.append(FONT).append('>').append(esc(Html.shorten(labels.get(i), LABEL_CHARS))).append("<title>")
					.append(esc(tooltips.get(i))).append("</title></text>");
			for (int j = 0; j < n; j++) {
				double x = left + j * cell;
				long v = counts[i][j];
				String fill = i == j ? "#e6e8eb" : shade((double) v / max);
				boolean dark = i != j && (double) v / max > 0.55;
				s.append("<g><title>").append(esc(labels.get(i) + " \u00d7 " + labels.get(j) + ": " + v)).append("</title><rect x=\"")
						.append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(cell).append("\" height=\"")
						.append(cell).append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\"/>");
				if (cell >= 22 && (v > 0 || i == j)) {
					s.append("<text x=\"").append(num(x + cell / 2.0)).append("\" y=\"").append(num(y + cell / 2.0 + 4))
							.append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(dark ? "#ffffff" : i == j ? "#59636e" : "#1f2328")
							.append("\">").append(v).append("</text>");
				}
				s.append("</g>");
			}
		}
		// The scale: from none to the largest count between two different codes.
		double ly = top + n * cell + 18;
		for (int k = 0; k <= 10; k++) {
			s.append("<rect x=\"").append(num(left + k * 16.0)).append("\" y=\"").append(num(ly)).append("\" width=\"16\" height=\"10\" fill=\"")
					.append(shade(k / 10.0)).append("\"/>");
		}
		s.append("<text x=\"").append(left - 8).append("\" y=\"").append(num(ly + 9)).append("\" text-anchor=\"end\" ").append(MUTED)
				.append(">0</text><text x=\"").append(left + 11 * 16 + 6).append("\" y=\"").append(num(ly + 9)).append("\" ").append(MUTED)
				.append('>').append(max).append("</text>");
		return s.append("</svg>").toString();
	}

	private static StringBuilder open(int width, int height, String description) {
		StringBuilder s = new StringBuilder();
		// Inline in HTML, an svg element needs no namespace declaration (and the report then names no URL at all).
		s.append("<svg role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
				.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\"><desc>").append(esc(description))
				.append("</desc>");
		return s;
	}

	/** Vertical grid lines with their values below the plot. */
	private static void grid(StringBuilder s, double top, double y0, double y1, boolean percent) {
		int ticks = 5;
		for (int t = 0; t <= ticks; t++) {
			double value = top * t / ticks;
			double x = LABEL_WIDTH + PLOT_WIDTH * t / ticks;
			s.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y0)).append("\" x2=\"").append(num(x)).append("\" y2=\"")
					.append(num(y1)).append("\" stroke=\"").append(t == 0 ? "#8c959f" : "#e6e8eb").append("\"/>");
			s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y1 + 14)).append("\" text-anchor=\"middle\" ").append(MUTED)
					.append('>').append(percent ? percent(value) : tick(value)).append("</text>");
		}
	}

	private static void axisTitle(StringBuilder s, String title, double y) {
		s.append("<text x=\"").append(num(LABEL_WIDTH + PLOT_WIDTH / 2)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"middle\" ")
				.append(MUTED).append('>').append(esc(title)).append("</text>");
	}

	/** The smallest of 1, 2, 5 times a power of ten, times five ticks, at or above the largest value. */
	static double niceCeiling(double max) {
		if (max <= 0) {
			return 5;
		}
		double step = max / 5;
		double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (m * magnitude >= step) {
				double nice = m * magnitude * 5;
				// Counts have whole-number ticks.
				return Math.max(5, Math.ceil(nice / 5) * 5);
			}
		}
		return 10 * magnitude * 5;
	}

	private static String tick(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * share);
	}

	static String seriesColour(int k) {
		return SERIES.get(k % SERIES.size());
	}

	/** From a very light to a deep blue. */
	static String shade(double t) {
		double u = Math.max(0, Math.min(1, t));
		int[] from = { 0xF2, 0xF6, 0xFB };
		int[] to = { 0x12, 0x3F, 0x7A };
		StringBuilder c = new StringBuilder("#");
		for (int k = 0; k < 3; k++) {
			c.append(String.format(Locale.ROOT, "%02X", Math.round(from[k] + (to[k] - from[k]) * u)));
		}
		return c.toString();
	}
}
