package org.excerpta.analysis.agreement;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.excerpta.analysis.agreement.ReliabilityData.Row;

/**
 * Cohen's kappa for two coders and nominal categories (Cohen J. (1960) "A coefficient of
 * agreement for nominal scales", Educational and Psychological Measurement 20:37-46):
 *
 * <pre>
 *   κ = (p_o - p_e) / (1 - p_e),   p_o = Σ p_ii,   p_e = Σ p_i. p_.i
 * </pre>
 *
 * over the k&times;k table of proportions p<sub>ij</sub> of units the first coder put in
 * category i and the second in category j. Units that either coder left without a value are left
 * out (they are counted in {@link #unitsLeftOut()}).
 * <p>
 * <b>Standard errors.</b> {@link #standardError()} is the large-sample standard error of Fleiss,
 * Cohen and Everitt (1969) "Large sample standard errors of kappa and weighted kappa",
 * Psychological Bulletin 72:323-327 (also Fleiss, Levin and Paik (2003) <i>Statistical Methods
 * for Rates and Proportions</i>, 3rd ed., eq. 18.15), valid whatever the true kappa:
 *
 * <pre>
 *   SE = sqrt( Σ_i p_ii [1 - (p_i. + p_.i)(1 - κ)]²
 *            + (1 - κ)² Σ_{i≠j} p_ij (p_.i + p_j.)²
 *            - [κ - p_e (1 - κ)]² ) / ((1 - p_e) sqrt(n))
 * </pre>
 *
 * and is used for the Wald {@link #interval(double) confidence interval} κ &plusmn; z&middot;SE
 * (limited to [-1, 1]). {@link #nullStandardError()} is the standard error when the true kappa is
 * 0, sqrt(p_e + p_e² - Σ p_i. p_.i (p_i. + p_.i)) / ((1 - p_e) sqrt(n)), used only to test
 * kappa = 0 ({@link #z()}).
 *
 * @param value             kappa, or NaN when undefined
 * @param units             units both coders judged
 * @param unitsLeftOut      units that one or both coders left without a value
 * @param observed          p<sub>o</sub>, the share of units on which the coders agree
 * @param expected          p<sub>e</sub>, the agreement expected by chance from each coder's own
 *                          category shares
 * @param standardError     the large-sample standard error (Fleiss, Cohen and Everitt 1969), NaN when undefined
 * @param nullStandardError the standard error under the hypothesis kappa = 0, NaN when undefined
 * @param undefinedReason   why there is no value, or null
 */
public record CohensKappa(double value, long units, long unitsLeftOut, double observed, double expected, double standardError,
		double nullStandardError, String undefinedReason) implements Coefficient {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0.0, 1.0);

	/**
	 * Cohen's kappa over a reliability data matrix of exactly two coders.
	 *
	 * @throws IllegalArgumentException if the data do not have exactly two coders
	 */
	public static CohensKappa of(ReliabilityData data) {
		if (data.coderCount() != 2) {
			throw new IllegalArgumentException("Cohen's kappa compares exactly two coders; these data have " + data.coderCount() + " "
					+ data.coders() + ": use Fleiss' kappa or Krippendorff's alpha");
		}
		int k = data.categoryCount();
		long[][] table = new long[k][k];
		long leftOut = 0;
		for (Row row : data.rows()) {
			int a = row.values()[0];
			int b = row.values()[1];
			if (a == ReliabilityData.MISSING || b == ReliabilityData.MISSING) {
				leftOut += row.count();
			} else {
				table[a][b] += row.count();
			}
		}
		return fromTable(table, leftOut);
	}

	/**
	 * Cohen's kappa from a square contingency table: {@code table[i][j]} is the number of units the
	 * first coder put in category i and the second in category j.
	 *
	 * @throws IllegalArgumentException if the table is not square or has a negative count
	 */
	public static CohensKappa ofTable(long[][] table) {
		int k = table.length;
		for (long[] row : table) {
			if (row.length != k) {
				throw new IllegalArgumentException("a contingency table for Cohen's kappa must be square (k x k); a row has "
						+ row.length + " cells where there are " + k + " rows");
			}
			for (long c : row) {
				if (c < 0) {
					throw new IllegalArgumentException("a contingency table cannot hold a negative count: " + c);
				}
			}
		}
		return fromTable(table, 0);
	}

	private static CohensKappa fromTable(long[][] table, long leftOut) {
		int k = table.length;
		long n = 0;
		long[] rows = new long[k];
		long[] cols = new long[k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				n += table[i][j];
				rows[i] += table[i][j];
				cols[j] += table[i][j];
			}
		}
		if (n == 0) {
			return undefined(0, leftOut, Double.NaN, Double.NaN, "no unit was judged by both coders");
		}
		double[] pr = new double[k];
		double[] pc = new double[k];
		double po = 0;
		double pe = 0;
		for (int i = 0; i < k; i++) {
			pr[i] = (double) rows[i] / n;
			pc[i] = (double) cols[i] / n;
			po += (double) table[i][i] / n;
			pe += pr[i] * pc[i];
		}
		for (int i = 0; i < k; i++) {
			if (rows[i] == n && cols[i] == n) {
				// p_e = 1 exactly: both coders used one and the same category for every unit.
				return undefined(n, leftOut, po, 1.0, "both coders put every one of the " + n
						+ " units in the same category, so chance agreement is 1 and kappa is 0/0 (no variation to agree on)");
			}
		}
		double kappa = (po - pe) / (1 - pe);
		double a = 0;
		double b = 0;
		double null0 = pe + pe * pe;
		for (int i = 0; i < k; i++) {
			double d = 1 - (pr[i] + pc[i]) * (1 - kappa);
			a += (double) table[i][i] / n * d * d;
			null0 -= pr[i] * pc[i] * (pr[i] + pc[i]);
			for (int j = 0; j < k; j++) {
				if (i != j) {
					double s = pc[i] + pr[j];
					b += (double) table[i][j] / n * s * s;
				}
			}
		}
		b *= (1 - kappa) * (1 - kappa);
		double c = kappa - pe * (1 - kappa);
		double scale = (1 - pe) * Math.sqrt(n);
		double se = Math.sqrt(Math.max(0, a + b - c * c)) / scale;
		double se0 = Math.sqrt(Math.max(0, null0)) / scale;
		return new CohensKappa(kappa, n, leftOut, po, pe, se, se0, null);
	}

	private static CohensKappa undefined(long n, long leftOut, double po, double pe, String reason) {
		return new CohensKappa(Double.NaN, n, leftOut, po, pe, Double.NaN, Double.NaN, reason);
	}

	/**
	 * The Wald confidence interval κ &plusmn; z&middot;SE with the large-sample standard error,
	 * limited to [-1, 1].
	 *
	 * @param confidence the two-sided level in (0, 1), for example 0.95
	 * @return the interval, or null when kappa is undefined
	 */
	public Interval interval(double confidence) {
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("a confidence level lies strictly between 0 and 1, not " + confidence);
		}
		if (!isDefined()) {
			return null;
		}
		double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
		return new Interval(Math.max(-1, value - z * standardError), Math.min(1, value + z * standardError), confidence);
	}

	/** The 95% interval; see {@link #interval(double)}. */
	public Interval interval95() {
		return interval(0.95);
	}

	/** The statistic for testing kappa = 0, κ / SE<sub>0</sub>; NaN when undefined or SE<sub>0</sub> = 0. */
	public double z() {
		return isDefined() && nullStandardError > 0 ? value / nullStandardError : Double.NaN;
	}

	@Override
	public String name() {
		return "Cohen's kappa";
	}
}
