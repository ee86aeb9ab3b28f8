package org.excerpta.report;

import org.excerpta.analysis.stats.Proportion;
import org.excerpta.analysis.stats.ProportionInterval;
import org.excerpta.analysis.stats.Proportions;
import org.excerpta.api.table.Cell;

/**
 * Share cells with their 95% Wilson score intervals. The cells themselves live in the plugin API,
 * which carries no statistics; the intervals are computed here, where the statistics are.
 */
public final class Intervals {

	private Intervals() {
	}

	/** {@code count / base} with its interval; a population, when given, narrows it (finite population correction). */
	public static Cell.Share share(long count, long base, Long population) {
		double[] ci = wilson(count, base, population);
		return new Cell.Share(count, base, ci[0], ci[1]);
	}

	/** A count with its share of {@code base} and the share's interval: a cell of a code x attribute table. */
	public static Cell.Proportion proportion(long count, long base) {
		double[] ci = wilson(count, base, null);
		return new Cell.Proportion(count, base, ci[0], ci[1]);
	}

	private static double[] wilson(long count, long base, Long population) {
		if (base == 0) {
			return new double[] { Double.NaN, Double.NaN };
		}
		Proportion p = Proportion.of(count, base);
		ProportionInterval ci = population == null ? Proportions.wilson(p, Cell.CONFIDENCE)
				: Proportions.wilson(p, Cell.CONFIDENCE, population);
		return new double[] { ci.lower(), ci.upper() };
	}
}
