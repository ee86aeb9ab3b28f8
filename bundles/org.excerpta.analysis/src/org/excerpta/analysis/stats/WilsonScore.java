package org.excerpta.analysis.stats;

/**
 * The Wilson score interval for a single share, optionally with a finite
 * population correction.
 * <p>
 * With <i>p&#770;</i> = x/n and critical value <i>z</i>, the interval is the set of
 * shares <i>p</i> not rejected by the score test
 * (<i>p&#770;</i> - <i>p</i>)<sup>2</sup> &le; <i>z</i><sup>2</sup> <i>p</i>(1 - <i>p</i>)/<i>n</i>,
 * whose roots are
 *
 * <pre>
 *   centre     = (p̂ + z²/(2n)) / (1 + z²/n)
 *   half-width = z / (1 + z²/n) · sqrt( p̂(1 - p̂)/n + z²/(4n²) )
 *   interval   = centre ± half-width
 * </pre>
 *
 * (Wilson E.B. (1927) "Probable inference, the law of succession, and
 * statistical inference", JASA 22:209-212; method 3 of Newcombe R.G. (1998)
 * "Two-sided confidence intervals for the single proportion: comparison of
 * seven methods", Statistics in Medicine 17:857-872.) No continuity correction
 * is applied. The limits always lie in [0, 1]; for x = 0 the lower limit is
 * exactly 0 and for x = n the upper limit is exactly 1.
 * <p>
 * <b>Finite population correction.</b> When the n respondents are drawn without
 * replacement from a population of N, the variance of <i>p&#770;</i> is
 * <i>p</i>(1 - <i>p</i>)/<i>n</i> · (N - n)/(N - 1) (Cochran W.G. (1977)
 * <i>Sampling Techniques</i>, 3rd ed., Wiley, section 3.2). This class inverts the
 * score test with that variance, which amounts to the formulas above with
 * <i>z</i><sup>2</sup> replaced by <i>z</i><sup>2</sup> · (N - n)/(N - 1). This is the
 * score-inversion formulation, not the simpler device of shrinking the ordinary
 * Wilson half-width by sqrt((N - n)/(N - 1)) about the uncorrected Wilson centre: the
 * two agree as n/N tends to 0, but only the score inversion collapses to the exact
 * share <i>p&#770;</i> for a census (n = N), where there is no sampling error, and
 * keeps the limits inside [0, 1] with the same guarantees as the uncorrected
 * interval.
 */
final class WilsonScore {

	private WilsonScore() {
	}

	/**
	 * The Wilson score interval for an infinite population.
	 *
	 * @param p          the observed proportion, with {@code n > 0}
	 * @param confidence the two-sided confidence level in (0, 1)
	 * @return the interval, with the observed share as its estimate
	 * @throws IllegalArgumentException if {@code n = 0} or the confidence is not in (0, 1)
	 */
	static ProportionInterval interval(Proportion p, double confidence) {
		requireObservations(p);
		double z = Confidence.criticalValue(confidence);
		return interval(p, z * z, confidence);
	}

	/**
	 * The Wilson score interval with the finite population correction described
	 * in the class comment.
	 *
	 * @param p              the observed proportion, with {@code n > 0}
	 * @param confidence     the two-sided confidence level in (0, 1)
	 * @param populationSize the population size N, with {@code N >= n}
	 * @return the interval, with the observed share as its estimate; for a census
	 *         ({@code n = N}) the interval is the single point p&#770;
	 * @throws IllegalArgumentException if {@code n = 0}, {@code n > N} or the
	 *                                  confidence is not in (0, 1)
	 */
	static ProportionInterval interval(Proportion p, double confidence, long populationSize) {
		requireObservations(p);
		if (p.n() > populationSize) {
			throw new IllegalArgumentException(
					"sample size n = " + p.n() + " exceeds the population size N = " + populationSize);
		}
		double z = Confidence.criticalValue(confidence);
		return interval(p, z * z * finitePopulationFactor(p.n(), populationSize), confidence);
	}

	/**
	 * The finite population correction factor for a variance, (N - n)/(N - 1),
	 * taken as 0 for a census (n = N, including N = 1).
	 *
	 * @param n the sample size, {@code 1 <= n <= N}
	 * @param N the population size
	 * @return the factor, in [0, 1]
	 */
	static double finitePopulationFactor(long n, long N) {
		return n >= N ? 0.0 : (double) (N - n) / (N - 1);
	}

	/**
	 * The interval for a given squared critical value.
	 *
	 * @param p          the proportion, {@code n > 0}
	 * @param zSquared   the squared critical value, possibly multiplied by a
	 *                   finite population correction factor
	 * @param confidence the level to record in the result
	 * @return the interval
	 */
	private static ProportionInterval interval(Proportion p, double zSquared, double confidence) {
		double n = p.n();
		double share = p.share();
		double denominator = 1.0 + zSquared / n;
		double centre = (share + zSquared / (2.0 * n)) / denominator;
		double halfWidth = Math.sqrt(zSquared) / denominator
				* Math.sqrt(share * (1.0 - share) / n + zSquared / (4.0 * n * n));
		double lower = p.successes() == 0 ? 0.0 : Math.max(0.0, Math.min(share, centre - halfWidth));
		double upper = p.successes() == p.n() ? 1.0 : Math.min(1.0, Math.max(share, centre + halfWidth));
		return new ProportionInterval(share, lower, upper, confidence);
	}

	/**
	 * @param p a proportion
	 * @throws IllegalArgumentException if {@code n = 0}
	 */
	static void requireObservations(Proportion p) {
		if (p.isEmpty()) {
			throw new IllegalArgumentException("no interval for an empty tally (n = 0): the share is undefined");
		}
	}
}
