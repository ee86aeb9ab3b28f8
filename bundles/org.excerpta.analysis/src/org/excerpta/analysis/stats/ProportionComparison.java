package org.excerpta.analysis.stats;

/**
 * The comparison of two shares, as in "80% of GPs vs 39% of managers agree
 * (difference 41 points, 95% CI ...; p &lt; 0.001)".
 *
 * @param a          the first group
 * @param b          the second group
 * @param difference the difference a - b of the shares, with Newcombe's hybrid
 *                   score interval (see {@link Proportions#comparison})
 * @param test       the significance test used for {@code pValue}
 * @param pValue     the two-sided p-value of the hypothesis that the two
 *                   population shares are equal
 */
public record ProportionComparison(Proportion a, Proportion b, ProportionInterval difference,
		SignificanceTest test, double pValue) {

	/**
	 * Checks the p-value.
	 *
	 * @throws IllegalArgumentException if the p-value is not in [0, 1]
	 */
	public ProportionComparison {
		if (!(pValue >= 0.0 && pValue <= 1.0)) {
			throw new IllegalArgumentException("p-value must lie in [0, 1]: " + pValue);
		}
	}
}
