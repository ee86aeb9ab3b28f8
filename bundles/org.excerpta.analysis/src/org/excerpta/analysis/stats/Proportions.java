package org.excerpta.analysis.stats;

/**
 * Confidence intervals and tests for reporting survey shares, such as "59% of
 * answers mention finance (95% CI 52% to 66%)" or "80% of GPs vs 39% of managers
 * agree (p &lt; 0.001)".
 * <p>
 * Every method refuses an empty group ({@code n = 0}) with an
 * {@link IllegalArgumentException}: its share is undefined, and a report should say
 * "no respondents" rather than print an interval.
 */
public final class Proportions {

	/**
	 * The smallest expected cell count, under the hypothesis of equal shares, for
	 * which {@link #comparison} trusts the normal approximation of the <i>z</i> test
	 * (Cochran's familiar rule of thumb); below it Fisher's exact test is used.
	 */
	public static final double MINIMUM_EXPECTED_COUNT = 5.0;

	private Proportions() {
	}

	/**
	 * The Wilson score interval (without continuity correction) for a share; see
	 * {@link WilsonScore} for the formula and references.
	 *
	 * @param p          the observed proportion, {@code n > 0}
	 * @param confidence the two-sided confidence level, for example 0.95
	 * @return the interval, which lies within [0, 1] and contains the observed share
	 * @throws IllegalArgumentException if {@code n = 0} or the confidence is not in (0, 1)
	 */
	public static ProportionInterval wilson(Proportion p, double confidence) {
		return WilsonScore.interval(p, confidence);
	}

	/**
	 * The Wilson score interval with a finite population correction, for a sample of
	 * n drawn without replacement from a population of N: the score test is inverted
	 * with the variance p(1 - p)/n &middot; (N - n)/(N - 1), which is Wilson's formula
	 * with z<sup>2</sup> multiplied by (N - n)/(N - 1). See {@link WilsonScore} for
	 * the formula, references, and why this formulation is preferred to scaling the
	 * half-width.
	 *
	 * @param p              the observed proportion, {@code n > 0}
	 * @param confidence     the two-sided confidence level, for example 0.95
	 * @param populationSize the population size N, {@code N >= n}
	 * @return the interval; for a census (n = N) it is the single point p&#770;
	 * @throws IllegalArgumentException if {@code n = 0}, {@code n > N} or the confidence
	 *                                  is not in (0, 1)
	 */
	public static ProportionInterval wilson(Proportion p, double confidence, long populationSize) {
		return WilsonScore.interval(p, confidence, populationSize);
	}

	/**
	 * Compares two independent shares.
	 * <p>
	 * <b>Interval.</b> The difference d = p&#770;<sub>a</sub> - p&#770;<sub>b</sub> gets
	 * Newcombe's hybrid score interval (method 10 of Newcombe R.G. (1998) "Interval
	 * estimation for the difference between independent proportions: comparison of
	 * eleven methods", Statistics in Medicine 17:873-890), built from the Wilson
	 * intervals (l<sub>a</sub>, u<sub>a</sub>) and (l<sub>b</sub>, u<sub>b</sub>) of the
	 * two shares at the same confidence level:
	 *
	 * <pre>
	 *   lower = d - sqrt( (p̂_a - l_a)² + (u_b - p̂_b)² )
	 *   upper = d + sqrt( (u_a - p̂_a)² + (p̂_b - l_b)² )
	 * </pre>
	 *
	 * <p>
	 * <b>Test.</b> The two-sided p-value comes from the pooled two-proportion
	 * <i>z</i> test ({@link TwoProportionZTest}) when all four expected counts of the
	 * 2&times;2 table, row total &times; column total / grand total, are at least
	 * {@link #MINIMUM_EXPECTED_COUNT}; otherwise from the two-sided Fisher's exact
	 * test ({@link FisherExactTest}). {@link ProportionComparison#test()} says which.
	 *
	 * @param a          the first group, {@code n > 0}
	 * @param b          the second group, {@code n > 0}
	 * @param confidence the two-sided confidence level, for example 0.95
	 * @return the difference a - b with its interval, the test used and its p-value
	 * @throws IllegalArgumentException if either group is empty or the confidence is
	 *                                  not in (0, 1)
	 */
	public static ProportionComparison comparison(Proportion a, Proportion b, double confidence) {
		ProportionInterval intervalA = wilson(a, confidence);
		ProportionInterval intervalB = wilson(b, confidence);
		double d = a.share() - b.share();
		double lower = d - Math.hypot(a.share() - intervalA.lower(), intervalB.upper() - b.share());
		double upper = d + Math.hypot(intervalA.upper() - a.share(), b.share() - intervalB.lower());
		ProportionInterval difference = new ProportionInterval(d, Math.max(-1.0, lower), Math.min(1.0, upper),
				confidence);
		if (smallestExpectedCount(a, b) < MINIMUM_EXPECTED_COUNT) {
			return new ProportionComparison(a, b, difference, SignificanceTest.FISHER_EXACT_TEST,
					FisherExactTest.twoSided(a, b));
		}
		return new ProportionComparison(a, b, difference, SignificanceTest.POOLED_Z_TEST,
				TwoProportionZTest.twoSidedPValue(a, b));
	}

	/**
	 * The smallest expected count of the 2&times;2 table under equal shares.
	 *
	 * @param a the first group, {@code n > 0}
	 * @param b the second group, {@code n > 0}
	 * @return min over the four cells of (group size &times; column total) / (n_a + n_b)
	 */
	static double smallestExpectedCount(Proportion a, Proportion b) {
		double total = a.n() + b.n();
		double smallerColumn = Math.min(a.successes() + b.successes(), a.failures() + b.failures());
		return Math.min(a.n(), b.n()) * smallerColumn / total;
	}
}
