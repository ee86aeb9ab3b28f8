package org.excerpta.analysis.stats;

/**
 * A two-sided confidence interval for a share, or for a difference between two
 * shares, together with its point estimate and its nominal confidence level.
 * <p>
 * For a single share the bounds lie in [0, 1]; for a difference of shares they
 * lie in [-1, 1]. The point estimate always lies between the bounds.
 *
 * @param estimate   the point estimate (the observed share or difference)
 * @param lower      the lower confidence limit
 * @param upper      the upper confidence limit
 * @param confidence the nominal confidence level, for example 0.95
 */
public record ProportionInterval(double estimate, double lower, double upper, double confidence) {

	/**
	 * Checks that the bounds are ordered and enclose the estimate.
	 *
	 * @throws IllegalArgumentException if {@code lower > estimate}, {@code estimate > upper},
	 *                                  any value is not finite, or the confidence is not in (0, 1)
	 */
	public ProportionInterval {
		if (!Double.isFinite(estimate) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
			throw new IllegalArgumentException("interval values must be finite");
		}
		if (lower > estimate || estimate > upper) {
			throw new IllegalArgumentException(
					"expected lower <= estimate <= upper: " + lower + ", " + estimate + ", " + upper);
		}
		Confidence.check(confidence);
	}

	/** @return the width of the interval, {@code upper - lower} */
	public double width() {
		return upper - lower;
	}

	/**
	 * @param value a share or difference
	 * @return {@code true} if {@code lower <= value <= upper}
	 */
	public boolean contains(double value) {
		return lower <= value && value <= upper;
	}
}
