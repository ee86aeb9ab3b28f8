package org.excerpta.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Converts a two-sided confidence level into the standard normal critical value
 * <i>z</i> = &Phi;<sup>-1</sup>(1 - &alpha;/2), where &alpha; = 1 - confidence; for
 * example 1.959964 for 95%. The quantile is Apache Commons Math's
 * {@link NormalDistribution#inverseCumulativeProbability(double)}.
 */
final class Confidence {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0.0, 1.0);

	private Confidence() {
	}

	/**
	 * @param confidence the two-sided confidence level, strictly between 0 and 1
	 * @return the critical value <i>z</i> = &Phi;<sup>-1</sup>((1 + confidence) / 2)
	 * @throws IllegalArgumentException if the level is not strictly between 0 and 1
	 */
	static double criticalValue(double confidence) {
		check(confidence);
		return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + confidence / 2.0);
	}

	/**
	 * @param z a standard normal deviate
	 * @return the two-sided tail probability 2 (1 - &Phi;(|z|)), computed from the
	 *         upper tail directly so that very small p-values keep their precision
	 */
	static double twoSidedTail(double z) {
		return Math.min(1.0, 2.0 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
	}

	/**
	 * @param confidence a confidence level
	 * @throws IllegalArgumentException if it is not strictly between 0 and 1
	 */
	static void check(double confidence) {
		if (!(confidence > 0.0 && confidence < 1.0)) {
			throw new IllegalArgumentException("confidence must lie strictly between 0 and 1: " + confidence);
		}
	}
}
