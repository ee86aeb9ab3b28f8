package org.excerpta.analysis.stats;

/**
 * The pooled two-proportion <i>z</i> test of H<sub>0</sub>: &pi;<sub>a</sub> = &pi;<sub>b</sub>.
 *
 * <pre>
 *   p̄  = (x_a + x_b) / (n_a + n_b)
 *   SE = sqrt( p̄(1 - p̄) (1/n_a + 1/n_b) )
 *   z  = (p̂_a - p̂_b) / SE
 *   p  = 2 (1 - Φ(|z|))
 * </pre>
 *
 * z<sup>2</sup> equals Pearson's chi-square statistic for the 2&times;2 table
 * without continuity correction (see for example Agresti A. (2013) <i>Categorical
 * Data Analysis</i>, 3rd ed., Wiley, section 3.2; or the worked example in Lane
 * D.M., <i>HyperStat Online</i>, "Tests of differences between proportions").
 * The normal approximation needs adequate expected counts, which is why
 * {@link Proportions#comparison} falls back to {@link FisherExactTest} for small ones.
 */
public final class TwoProportionZTest {

	private TwoProportionZTest() {
	}

	/**
	 * The pooled standard error of p&#770;<sub>a</sub> - p&#770;<sub>b</sub> under H<sub>0</sub>.
	 *
	 * @param a the first group, {@code n > 0}
	 * @param b the second group, {@code n > 0}
	 * @return the standard error; 0 if both groups are all successes or all failures
	 * @throws IllegalArgumentException if either group is empty
	 */
	public static double pooledStandardError(Proportion a, Proportion b) {
		WilsonScore.requireObservations(a);
		WilsonScore.requireObservations(b);
		double pooled = (double) (a.successes() + b.successes()) / (a.n() + b.n());
		return Math.sqrt(pooled * (1.0 - pooled) * (1.0 / a.n() + 1.0 / b.n()));
	}

	/**
	 * The <i>z</i> statistic.
	 *
	 * @param a the first group, {@code n > 0}
	 * @param b the second group, {@code n > 0}
	 * @return z = (p&#770;<sub>a</sub> - p&#770;<sub>b</sub>) / SE
	 * @throws IllegalArgumentException if either group is empty, or if the pooled share
	 *                                  is 0 or 1 so that the statistic is undefined
	 */
	public static double statistic(Proportion a, Proportion b) {
		double se = pooledStandardError(a, b);
		if (se == 0.0) {
			throw new IllegalArgumentException(
					"z is undefined when both groups are all successes or all failures; use Fisher's exact test");
		}
		return (a.share() - b.share()) / se;
	}

	/**
	 * The two-sided p-value 2 (1 - &Phi;(|z|)).
	 *
	 * @param a the first group, {@code n > 0}
	 * @param b the second group, {@code n > 0}
	 * @return the p-value
	 * @throws IllegalArgumentException as for {@link #statistic}
	 */
	public static double twoSidedPValue(Proportion a, Proportion b) {
		return Confidence.twoSidedTail(statistic(a, b));
	}
}
