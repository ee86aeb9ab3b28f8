package org.excerpta.analysis.agreement;

import org.excerpta.analysis.agreement.ReliabilityData.Row;

/**
 * Fleiss' kappa for a fixed number n &ge; 2 of nominal ratings per unit (Fleiss J.L. (1971)
 * "Measuring nominal scale agreement among many raters", Psychological Bulletin 76:378-382). With
 * n<sub>ij</sub> the number of ratings of unit i in category j, over N units:
 *
 * <pre>
 *   P_i = (Σ_j n_ij² - n) / (n (n - 1))     agreement within unit i
 *   P̄   = mean of P_i                       observed agreement
 *   p_j = Σ_i n_ij / (N n)                  share of all ratings in category j
 *   P̄e  = Σ_j p_j²                          agreement expected by chance
 *   κ   = (P̄ - P̄e) / (1 - P̄e)
 * </pre>
 *
 * The raters of one unit need not be those of another, only their number is fixed. From a
 * reliability data matrix, units nobody judged are left out; when the remaining units do not all
 * have the same number of values the coefficient is undefined (use Krippendorff's alpha, which
 * allows missing values).
 *
 * @param value           kappa, or NaN when undefined
 * @param units           units with ratings
 * @param ratingsPerUnit  n, the number of ratings of every unit (0 when they differ)
 * @param observed        P&#772;, the mean agreement within units
 * @param expected        P&#772;<sub>e</sub>, the agreement expected by chance
 * @param undefinedReason why there is no value, or null
 */
public record FleissKappa(double value, long units, int ratingsPerUnit, double observed, double expected, String undefinedReason)
		implements Coefficient {

	/** Fleiss' kappa over a reliability data matrix in which every judged unit has the same number of values. */
	public static FleissKappa of(ReliabilityData data) {
		int k = data.categoryCount();
		int n = -1;
		int fewest = Integer.MAX_VALUE;
		int most = 0;
		long units = 0;
		for (Row row : data.rows()) {
			int m = row.valued();
			if (m == 0) {
				continue;
			}
			units += row.count();
			fewest = Math.min(fewest, m);
			most = Math.max(most, m);
			n = m;
		}
		if (units == 0) {
			return undefined(0, 0, "no unit has a rating");
		}
		if (fewest != most) {
			return undefined(units, 0, "Fleiss' kappa needs the same number of ratings for every unit, but units have between "
					+ fewest + " and " + most + " (Krippendorff's alpha allows missing values)");
		}
		double[] categoryTotals = new double[k];
		double sumP = 0;
		for (Row row : data.rows()) {
			if (row.valued() == 0) {
				continue;
			}
			long[] nij = row.perCategory(k);
			sumP += row.count() * within(nij, n);
			for (int j = 0; j < k; j++) {
				categoryTotals[j] += (double) row.count() * nij[j];
			}
		}
		return compute(units, n, sumP, categoryTotals);
	}

	/**
	 * Fleiss' kappa from the table Fleiss (1971) works with: {@code counts[i][j]} is the number of
	 * raters who put unit i in category j; every row must have the same total n &ge; 2.
	 *
	 * @throws IllegalArgumentException if the table is empty, ragged, has a negative count, or its
	 *                                  rows have different totals
	 */
	public static FleissKappa ofCounts(long[][] counts) {
		if (counts.length == 0) {
			throw new IllegalArgumentException("no units: the table of ratings is empty");
		}
		int k = counts[0].length;
		long n = -1;
		double[] categoryTotals = new double[k];
		double sumP = 0;
		for (int i = 0; i < counts.length; i++) {
			if (counts[i].length != k) {
				throw new IllegalArgumentException("unit " + (i + 1) + " has " + counts[i].length + " categories where unit 1 has " + k);
			}
			long total = 0;
			for (long c : counts[i]) {
				if (c < 0) {
					throw new IllegalArgumentException("unit " + (i + 1) + " has a negative count: " + c);
				}
				total += c;
			}
			if (n >= 0 && total != n) {
				throw new IllegalArgumentException("Fleiss' kappa needs the same number of ratings for every unit: unit " + (i + 1)
						+ " has " + total + " where unit 1 has " + n);
			}
			n = total;
		}
		if (n > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("too many ratings per unit: " + n);
		}
		for (long[] row : counts) {
			sumP += within(row, (int) n);
			for (int j = 0; j < k; j++) {
				categoryTotals[j] += row[j];
			}
		}
		return compute(counts.length, (int) n, sumP, categoryTotals);
	}

	/** P_i, the share of agreeing rater pairs within one unit; NaN for a single rating. */
	private static double within(long[] nij, int n) {
		double squares = 0;
		for (long c : nij) {
			squares += (double) c * c;
		}
		return (squares - n) / ((double) n * (n - 1));
	}

	private static FleissKappa compute(long units, int n, double sumP, double[] categoryTotals) {
		if (n < 2) {
			return undefined(units, n, "every unit has only " + n + " rating" + (n == 1 ? "" : "s")
					+ ": agreement needs at least two per unit");
		}
		double all = (double) units * n;
		double expected = 0;
		for (double t : categoryTotals) {
			double p = t / all;
			expected += p * p;
			if (t == all) {
				return new FleissKappa(Double.NaN, units, n, sumP / units, 1.0,
						"every rating is in the same category, so chance agreement is 1 and kappa is 0/0 (no variation to agree on)");
			}
		}
		double observed = sumP / units;
		return new FleissKappa((observed - expected) / (1 - expected), units, n, observed, expected, null);
	}

	private static FleissKappa undefined(long units, int n, String reason) {
		return new FleissKappa(Double.NaN, units, n, Double.NaN, Double.NaN, reason);
	}

	@Override
	public String name() {
		return "Fleiss' kappa";
	}
}
