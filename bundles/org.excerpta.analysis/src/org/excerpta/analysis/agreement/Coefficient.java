package org.excerpta.analysis.agreement;

/**
 * One agreement coefficient computed over a {@link ReliabilityData} matrix: its value, the number
 * of units it rests on, and, when the data leave it undefined (no unit coded by two coders, or no
 * variation at all), the reason instead of a number.
 */
public sealed interface Coefficient permits PercentAgreement, CohensKappa, FleissKappa, KrippendorffAlpha {

	/** The coefficient's usual name, e.g. "Cohen's kappa". */
	String name();

	/** The value, or {@link Double#NaN} when {@link #undefinedReason()} is not null. */
	double value();

	/** The number of units the value rests on (which units count is said by each coefficient). */
	long units();

	/** Why the data leave the coefficient undefined, or {@code null} when it has a value. */
	String undefinedReason();

	/** Whether the coefficient has a value. */
	default boolean isDefined() {
		return undefinedReason() == null;
	}
}
