package org.excerpta.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * All the agreement coefficients of one reliability data matrix, as a report prints them: percent
 * agreement, Cohen's kappa (only for exactly two coders), Fleiss' kappa and Krippendorff's alpha
 * (nominal). Each carries the number of units it rests on and, where the data leave it undefined,
 * the reason.
 *
 * @param units   the units in the matrix
 * @param coders  the coders
 * @param percent pairwise percent agreement
 * @param cohen   Cohen's kappa, or null unless there are exactly two coders
 * @param fleiss  Fleiss' kappa
 * @param alpha   Krippendorff's alpha for nominal data
 */
public record Agreement(long units, List<String> coders, PercentAgreement percent, CohensKappa cohen, FleissKappa fleiss,
		KrippendorffAlpha alpha) {

	public Agreement {
		coders = List.copyOf(coders);
	}

	/** Computes every coefficient that applies to the data. */
	public static Agreement of(ReliabilityData data) {
		return new Agreement(data.units(), data.coders(), PercentAgreement.of(data),
				data.coderCount() == 2 ? CohensKappa.of(data) : null, FleissKappa.of(data), KrippendorffAlpha.nominal(data));
	}

	/** The coefficients in report order, Cohen's kappa only when there are two coders. */
	public List<Coefficient> coefficients() {
		List<Coefficient> all = new ArrayList<>(4);
		all.add(percent);
		if (cohen != null) {
			all.add(cohen);
		}
		all.add(fleiss);
		all.add(alpha);
		return all;
	}
}
