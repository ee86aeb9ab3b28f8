package org.excerpta.api.table;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One cell of a {@link ReportTable}: a typed value that knows how it reads on a screen
 * ({@link #display()}, as the command line prints it), while the CSV and XLSX writers take its
 * numbers apart into plain numeric columns.
 */
public sealed interface Cell {

	/** The confidence level of every interval in a report. */
	double CONFIDENCE = 0.95;

	/** The cell as the command line and the HTML report show it. */
	String display();

	/** Plain text: a code path, a source name, an excerpt. */
	record Text(String value) implements Cell {
		public Text {
			value = value == null ? "" : value;
		}

		@Override
		public String display() {
			return value;
		}
	}

	/** A count: codings, sources, cases. */
	record Count(long value) implements Cell {
		@Override
		public String display() {
			return String.valueOf(value);
		}
	}

	/** A measure that is neither a count nor a share (a centrality), shown with so many decimals. */
	record Number(double value, int decimals) implements Cell {
		@Override
		public String display() {
			return String.format(Locale.ROOT, "%." + decimals + "f", value);
		}
	}

	/** A share without an interval (for example the share of all text that is coded), shown as a percentage. */
	record Percent(double share, int decimals) implements Cell {
		@Override
		public String display() {
			return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * share);
		}
	}

	/**
	 * The share {@code count / base} with its 95% interval (Excerpta's tables use Wilson score intervals), shown as
	 * "40.0% [24.6-57.7]"; the count itself sits in a column of its own. A base of 0 has no share ("-").
	 */
	record Share(long count, long base, double lower, double upper) implements Cell {
		public double share() {
			return base == 0 ? Double.NaN : (double) count / base;
		}

		@Override
		public String display() {
			return shareText(count, base, lower, upper);
		}
	}

	/**
	 * A count with its share of a base and the share's 95% Wilson score interval, shown as
	 * "12 (40.0% [24.6-57.7])": a cell of a code x attribute table.
	 */
	record Proportion(long count, long base, double lower, double upper) implements Cell {
		public double share() {
			return base == 0 ? Double.NaN : (double) count / base;
		}

		@Override
		public String display() {
			return count + " (" + shareText(count, base, lower, upper) + ")";
		}
	}

	/** A difference of two shares with its interval, in percentage points: "+41.0 [+20.1 to +58.2]". */
	record Difference(double estimate, double lower, double upper) implements Cell {
		@Override
		public String display() {
			return String.format(Locale.ROOT, "%+.1f [%+.1f to %+.1f]", 100 * estimate, 100 * lower, 100 * upper);
		}
	}

	/** A two-sided p-value: "<0.001" or "0.042". */
	record PValue(double p) implements Cell {
		@Override
		public String display() {
			return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
		}
	}

	/** A moment, such as when a coding was made; shown in the local time zone to the minute. */
	record DateTime(Instant at) implements Cell {
		private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

		@Override
		public String display() {
			return SHOWN.format(at.atZone(ZoneId.systemDefault()));
		}
	}

	/** Nothing to show (an unknown date, a share of no cases at all). */
	record Empty() implements Cell {
		@Override
		public String display() {
			return "";
		}
	}

	Cell EMPTY = new Empty();

	private static String shareText(long count, long base, double lower, double upper) {
		if (base == 0) {
			return "-";
		}
		// 100 * (count / base), exactly as the share is computed elsewhere, so that the printed figures agree to the digit.
		return String.format(Locale.ROOT, "%.1f%% [%.1f-%.1f]", 100 * ((double) count / base), 100 * lower, 100 * upper);
	}
}
