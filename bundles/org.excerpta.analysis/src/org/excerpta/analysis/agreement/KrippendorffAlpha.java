package org.excerpta.analysis.agreement;

import org.excerpta.analysis.agreement.ReliabilityData.Row;

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed, computed
 * through the coincidence matrix as in Krippendorff K. (2011) "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania, section C:
 *
 * <pre>
 *   o_ck = Σ_u  (number of c-k pairs of values in unit u) / (m_u - 1)     over units with m_u ≥ 2 values
 *   n_c  = Σ_k o_ck,   n = Σ_c n_c
 *   α    = 1 - D_o / D_e = 1 - (n - 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k
 * </pre>
 *
 * A unit judged by only one coder has no pairable value and drops out. When all pairable values
 * are in one category the expected disagreement is 0 and alpha is undefined (Krippendorff: the
 * data show no variation, so there is nothing to be reliable about).
 *
 * @param value                 alpha, or NaN when undefined
 * @param units                 pairable units (with values from at least two coders)
 * @param pairableValues        n, the number of values in pairable units
 * @param observedDisagreement  D<sub>o</sub>
 * @param expectedDisagreement  D<sub>e</sub>
 * @param coincidences          the coincidence matrix
 * @param undefinedReason       why there is no value, or null
 */
public record KrippendorffAlpha(double value, long units, long pairableValues, double observedDisagreement,
		double expectedDisagreement, CoincidenceMatrix coincidences, String undefinedReason) implements Coefficient {

	/** Nominal alpha over a reliability data matrix; missing values allowed. */
	public static KrippendorffAlpha nominal(ReliabilityData data) {
		int k = data.categoryCount();
		double[][] o = new double[k][k];
		long units = 0;
		long values = 0;
		long[] perCategory = new long[k]; // n_c, counted exactly
		for (Row row : data.rows()) {
			int m = row.valued();
			if (m < 2) {
				continue;
			}
			long count = row.count();
			units += count;
			values += count * m;
			long[] nuc = row.perCategory(k);
			double weight = (double) count / (m - 1);
			for (int c = 0; c < k; c++) {
				if (nuc[c] == 0) {
					continue;
				}
				perCategory[c] += count * nuc[c];
				for (int j = 0; j < k; j++) {
					long pairs = c == j ? nuc[c] * (nuc[c] - 1) : nuc[c] * nuc[j];
					if (pairs != 0) {
						o[c][j] += weight * pairs;
					}
				}
			}
		}
		CoincidenceMatrix matrix = new CoincidenceMatrix(data.categories(), o);
		if (values == 0) {
			return new KrippendorffAlpha(Double.NaN, 0, 0, Double.NaN, Double.NaN, matrix,
					"no unit was judged by two or more coders, so no value can be paired");
		}
		double n = values;
		double disagreeing = 0;
		double expectedPairs = 0; // Σ_{c≠k} n_c n_k
		for (int c = 0; c < k; c++) {
			if (perCategory[c] == values) {
				return new KrippendorffAlpha(Double.NaN, units, values, 0, 0, matrix, "all " + values
						+ " pairable values are \"" + data.categories().get(c)
						+ "\", so no disagreement is expected by chance and alpha is 0/0 (no variation to agree on)");
			}
			for (int j = 0; j < k; j++) {
				if (c != j) {
					disagreeing += o[c][j];
					expectedPairs += (double) perCategory[c] * perCategory[j];
				}
			}
		}
		double observed = disagreeing / n;
		double expected = expectedPairs / (n * (n - 1));
		return new KrippendorffAlpha(1 - observed / expected, units, values, observed, expected, matrix, null);
	}

	@Override
	public String name() {
		return "Krippendorff's alpha";
	}
}
