package org.excerpta.analysis.agreement;

/**
 * A two-sided confidence interval around an agreement coefficient.
 *
 * @param lower      the lower limit
 * @param upper      the upper limit
 * @param confidence the nominal confidence level, for example 0.95
 */
public record Interval(double lower, double upper, double confidence) {
}
