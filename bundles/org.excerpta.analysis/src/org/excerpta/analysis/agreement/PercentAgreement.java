package org.excerpta.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

import org.excerpta.analysis.agreement.ReliabilityData.Row;

/**
 * Pairwise percent agreement: of all pairs of values that two different coders gave the same
 * unit, the share that agree.
 * <p>
 * For two coders this is the familiar share of units, among those both coded, on which they
 * agree. For more coders it is the agreement of all coder pairs pooled, which, when every coder
 * judged every unit, equals both the mean over coder pairs of their percent agreement and Fleiss'
 * observed agreement P&#772; (Fleiss 1971, eq. 2-3). A unit with fewer than two values forms no
 * pair and is left out. Agreement by chance is not taken into account: see the kappas and alpha.
 *
 * @param value                the share of agreeing pairs, in [0, 1], or NaN when undefined
 * @param units                units with values from at least two coders
 * @param agreeingPairs        pairs of coders' values, within a unit, that agree
 * @param pairs                pairs of coders' values within a unit
 * @param unitsInFullAgreement units with at least two values, all the same
 * @param byPair               percent agreement of each pair of coders, over the units both judged
 * @param undefinedReason      why there is no value, or null
 */
public record PercentAgreement(double value, long units, long agreeingPairs, long pairs, long unitsInFullAgreement,
		List<PairAgreement> byPair, String undefinedReason) implements Coefficient {

	public PercentAgreement {
		byPair = List.copyOf(byPair);
	}

	/** Percent agreement over a reliability data matrix with two or more coders; missing values allowed. */
	public static PercentAgreement of(ReliabilityData data) {
		int coders = data.coderCount();
		long units = 0;
		long pairs = 0;
		long agreeing = 0;
		long full = 0;
		long[][] pairAgreements = new long[coders][coders];
		long[][] pairUnits = new long[coders][coders];
		for (Row row : data.rows()) {
			int[] v = row.values();
			int m = row.valued();
			if (m < 2) {
				continue;
			}
			long count = row.count();
			units += count;
			pairs += count * m * (m - 1L) / 2;
			long same = 0;
			for (long n : row.perCategory(data.categoryCount())) {
				same += n * (n - 1) / 2;
				if (n == m) {
					full += count;
				}
			}
			agreeing += count * same;
			for (int a = 0; a < coders; a++) {
				for (int b = a + 1; b < coders; b++) {
					if (v[a] != ReliabilityData.MISSING && v[b] != ReliabilityData.MISSING) {
						pairUnits[a][b] += count;
						if (v[a] == v[b]) {
							pairAgreements[a][b] += count;
						}
					}
				}
			}
		}
		List<PairAgreement> byPair = new ArrayList<>();
		for (int a = 0; a < coders; a++) {
			for (int b = a + 1; b < coders; b++) {
				byPair.add(new PairAgreement(data.coders().get(a), data.coders().get(b), pairAgreements[a][b], pairUnits[a][b]));
			}
		}
		if (pairs == 0) {
			return new PercentAgreement(Double.NaN, 0, 0, 0, 0, byPair, "no unit was judged by two or more coders");
		}
		return new PercentAgreement((double) agreeing / pairs, units, agreeing, pairs, full, byPair, null);
	}

	@Override
	public String name() {
		return "Percent agreement";
	}
}
