package org.excerpta.analysis.stats;

/** The test that produced the p-value of a {@link ProportionComparison}. */
public enum SignificanceTest {

	/**
	 * The two-sided pooled two-proportion <i>z</i> test (equivalent to Pearson's
	 * chi-square test of a 2&times;2 table without continuity correction); see
	 * {@link TwoProportionZTest}.
	 */
	POOLED_Z_TEST("two-proportion z test"),

	/**
	 * Fisher's exact test, two-sided, used when an expected count is below
	 * {@link Proportions#MINIMUM_EXPECTED_COUNT}; see {@link FisherExactTest}.
	 */
	FISHER_EXACT_TEST("Fisher's exact test");

	private final String label;

	SignificanceTest(String label) {
		this.label = label;
	}

	/** @return a short English name for reports, for example "Fisher's exact test" */
	public String label() {
		return label;
	}
}
