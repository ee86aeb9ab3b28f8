package org.excerpta.analysis.agreement;

/**
 * How often two coders gave the same value, over the units both of them judged.
 *
 * @param coder      the first coder
 * @param otherCoder the second coder
 * @param agreements the units both judged and put in the same category
 * @param units      the units both judged
 */
public record PairAgreement(String coder, String otherCoder, long agreements, long units) {

	/** The share of agreements, or {@link Double#NaN} when the two coders judged no unit in common. */
	public double share() {
		return units == 0 ? Double.NaN : (double) agreements / units;
	}
}
