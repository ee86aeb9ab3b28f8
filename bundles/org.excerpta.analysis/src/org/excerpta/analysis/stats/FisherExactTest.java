package org.excerpta.analysis.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test for the 2&times;2 table of two groups
 *
 * <pre>
 *              success      failure
 *   group a    x_a          n_a - x_a
 *   group b    x_b          n_b - x_b
 * </pre>
 *
 * Conditional on the margins, x<sub>a</sub> follows the hypergeometric
 * distribution with population n<sub>a</sub> + n<sub>b</sub>, x<sub>a</sub> + x<sub>b</sub>
 * successes and n<sub>a</sub> draws (Apache Commons Math's
 * {@link HypergeometricDistribution}). The one-sided p-values are its tails. The
 * two-sided p-value is the total probability of the tables no more probable than
 * the observed one, the definition used by R's {@code fisher.test} (with the same
 * relative tolerance of 10<sup>-7</sup> for ties); see Agresti A. (2013)
 * <i>Categorical Data Analysis</i>, 3rd ed., Wiley, section 3.5.
 * <p>
 * Fisher's tea-tasting experiment (3 and 1 cups correctly and wrongly identified
 * of each kind) gives a one-sided p-value of 17/70 = 0.2429 and a two-sided one of
 * 34/70 = 0.4857 (Agresti, section 3.5.2).
 */
public final class FisherExactTest {

	private static final double RELATIVE_TOLERANCE = 1e-7;

	private FisherExactTest() {
	}

	/**
	 * One-sided p-value for the alternative that group a has the larger share:
	 * P(X &ge; x<sub>a</sub>).
	 *
	 * @param a the first group
	 * @param b the second group
	 * @return the p-value
	 * @throws IllegalArgumentException if either group is empty or a count exceeds
	 *                                  {@link Integer#MAX_VALUE}
	 */
	public static double greater(Proportion a, Proportion b) {
		HypergeometricDistribution h = distribution(a, b);
		int x = (int) a.successes();
		return clamp(x <= h.getSupportLowerBound() ? 1.0 : h.upperCumulativeProbability(x));
	}

	/**
	 * One-sided p-value for the alternative that group a has the smaller share:
	 * P(X &le; x<sub>a</sub>).
	 *
	 * @param a the first group
	 * @param b the second group
	 * @return the p-value
	 * @throws IllegalArgumentException if either group is empty or a count exceeds
	 *                                  {@link Integer#MAX_VALUE}
	 */
	public static double less(Proportion a, Proportion b) {
		return clamp(distribution(a, b).cumulativeProbability((int) a.successes()));
	}

	/**
	 * Two-sided p-value: the sum of P(X = k) over all k with
	 * P(X = k) &le; P(X = x<sub>a</sub>) (1 + 10<sup>-7</sup>).
	 *
	 * @param a the first group
	 * @param b the second group
	 * @return the p-value
	 * @throws IllegalArgumentException if either group is empty or a count exceeds
	 *                                  {@link Integer#MAX_VALUE}
	 */
	public static double twoSided(Proportion a, Proportion b) {
		HypergeometricDistribution h = distribution(a, b);
		double observed = h.probability((int) a.successes()) * (1.0 + RELATIVE_TOLERANCE);
		double sum = 0.0;
		for (int k = h.getSupportLowerBound(); k <= h.getSupportUpperBound(); k++) {
			double pk = h.probability(k);
			if (pk <= observed) {
				sum += pk;
			}
		}
		return clamp(sum);
	}

	private static HypergeometricDistribution distribution(Proportion a, Proportion b) {
		WilsonScore.requireObservations(a);
		WilsonScore.requireObservations(b);
		long population = a.n() + b.n();
		if (population > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("table too large for Fisher's exact test: " + population);
		}
		return new HypergeometricDistribution((int) population, (int) (a.successes() + b.successes()),
				(int) a.n());
	}

	private static double clamp(double p) {
		return Math.max(0.0, Math.min(1.0, p));
	}
}
