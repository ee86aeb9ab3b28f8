package org.excerpta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.excerpta.analysis.stats.FisherExactTest;
import org.excerpta.analysis.stats.Proportion;
import org.excerpta.analysis.stats.ProportionComparison;
import org.excerpta.analysis.stats.ProportionInterval;
import org.excerpta.analysis.stats.Proportions;
import org.excerpta.analysis.stats.SignificanceTest;
import org.excerpta.analysis.stats.TwoProportionZTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statistics for reporting survey shares, checked against published worked
 * examples first and against the defining equations second.
 */
class StatisticsTest {

	/** Published values are given to 4 decimals, so agree to within half a unit in the 4th. */
	private static final double FOUR_DECIMALS = 0.5e-4;

	private static final double Z95 = 1.959963984540054;

	private static Proportion p(long successes, long n) {
		return Proportion.of(successes, n);
	}

	/** Wilson score interval (Newcombe 1998a, method 3). */
	@Nested
	class Wilson {

		/**
		 * Newcombe R.G. (1998) "Two-sided confidence intervals for the single
		 * proportion: comparison of seven methods", Stat Med 17:857-872, Table II,
		 * method 3 (score method without continuity correction), 95%.
		 */
		@ParameterizedTest(name = "{0}/{1} -> ({2}, {3})")
		@CsvSource({
				"81, 263, 0.2553, 0.3662",
				"15, 148, 0.0624, 0.1605",
				" 0,  20, 0.0000, 0.1611",
				" 1,  29, 0.0061, 0.1718" })
		void matchesNewcombeTableTwo(long x, long n, double lower, double upper) {
			ProportionInterval ci = Proportions.wilson(p(x, n), 0.95);
			assertEquals(lower, ci.lower(), FOUR_DECIMALS);
			assertEquals(upper, ci.upper(), FOUR_DECIMALS);
			assertEquals((double) x / n, ci.estimate(), 0.0);
			assertEquals(0.95, ci.confidence(), 0.0);
		}

		/** The limits are the roots of the score equation (p̂ - π)² = z² π(1 - π)/n. */
		@Test
		void limitsSolveTheScoreEquation() {
			for (int n = 1; n <= 60; n++) {
				for (int x = 0; x <= n; x++) {
					ProportionInterval ci = Proportions.wilson(p(x, n), 0.95);
					double share = (double) x / n;
					for (double limit : new double[] { ci.lower(), ci.upper() }) {
						double lhs = (share - limit) * (share - limit);
						double rhs = Z95 * Z95 * limit * (1 - limit) / n;
						assertEquals(lhs, rhs, 1e-12, x + "/" + n);
					}
				}
			}
		}

		@Test
		void staysInsideTheUnitIntervalAtTheExtremes() {
			for (int n = 1; n <= 200; n++) {
				ProportionInterval none = Proportions.wilson(p(0, n), 0.99);
				ProportionInterval all = Proportions.wilson(p(n, n), 0.99);
				assertEquals(0.0, none.lower(), 0.0);
				assertTrue(none.upper() > 0 && none.upper() < 1);
				assertEquals(1.0, all.upper(), 0.0);
				assertTrue(all.lower() > 0 && all.lower() < 1);
				assertEquals(1 - none.upper(), all.lower(), 1e-12, "symmetry at n = " + n);
			}
		}

		@Test
		void isSymmetricUnderSwappingSuccessesAndFailures() {
			ProportionInterval a = Proportions.wilson(p(81, 263), 0.95);
			ProportionInterval b = Proportions.wilson(p(182, 263), 0.95);
			assertEquals(1 - a.upper(), b.lower(), 1e-12);
			assertEquals(1 - a.lower(), b.upper(), 1e-12);
		}

		@Test
		void widensWithConfidence() {
			ProportionInterval ci90 = Proportions.wilson(p(59, 100), 0.90);
			ProportionInterval ci95 = Proportions.wilson(p(59, 100), 0.95);
			ProportionInterval ci99 = Proportions.wilson(p(59, 100), 0.99);
			assertTrue(ci90.width() < ci95.width() && ci95.width() < ci99.width());
			assertTrue(ci99.contains(0.59));
		}

		@Test
		void refusesAnEmptyTally() {
			Proportion empty = p(0, 0);
			assertTrue(empty.isEmpty());
			assertThrows(IllegalStateException.class, empty::share);
			assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(empty, 0.95));
			assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(empty, 0.95, 100));
		}

		@Test
		void refusesImpossibleCountsAndLevels() {
			assertThrows(IllegalArgumentException.class, () -> p(5, 4));
			assertThrows(IllegalArgumentException.class, () -> p(-1, 4));
			assertThrows(IllegalArgumentException.class, () -> p(0, -1));
			for (double level : new double[] { 0.0, 1.0, -0.5, 95.0, Double.NaN }) {
				assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(p(1, 2), level));
			}
		}
	}

	/** Wilson score interval with finite population correction. */
	@Nested
	class FinitePopulation {

		/** With N much larger than n the correction vanishes. */
		@Test
		void approachesTheUncorrectedIntervalForAHugePopulation() {
			ProportionInterval plain = Proportions.wilson(p(81, 263), 0.95);
			ProportionInterval corrected = Proportions.wilson(p(81, 263), 0.95, 1_000_000_000L);
			assertEquals(plain.lower(), corrected.lower(), 1e-6);
			assertEquals(plain.upper(), corrected.upper(), 1e-6);
		}

		/** The limits solve (p̂ - π)² = z² (N - n)/(N - 1) · π(1 - π)/n. */
		@Test
		void limitsSolveTheCorrectedScoreEquation() {
			long population = 400;
			for (int n = 1; n <= 400; n += 7) {
				for (int x = 0; x <= n; x += 3) {
					ProportionInterval ci = Proportions.wilson(p(x, n), 0.95, population);
					double share = (double) x / n;
					double fpc = (double) (population - n) / (population - 1);
					for (double limit : new double[] { ci.lower(), ci.upper() }) {
						double lhs = (share - limit) * (share - limit);
						double rhs = Z95 * Z95 * fpc * limit * (1 - limit) / n;
						assertEquals(lhs, rhs, 1e-12, x + "/" + n);
					}
				}
			}
		}

		@Test
		void isNarrowerThanTheUncorrectedInterval() {
			ProportionInterval plain = Proportions.wilson(p(59, 100), 0.95);
			ProportionInterval corrected = Proportions.wilson(p(59, 100), 0.95, 250);
			assertTrue(corrected.width() < plain.width());
			assertTrue(corrected.lower() > plain.lower() && corrected.upper() < plain.upper());
			assertTrue(corrected.contains(0.59));
		}

		/** A census has no sampling error: the interval is the observed share. */
		@Test
		void collapsesToTheShareForACensus() {
			ProportionInterval census = Proportions.wilson(p(59, 100), 0.95, 100);
			assertEquals(0.59, census.lower(), 0.0);
			assertEquals(0.59, census.upper(), 0.0);
			ProportionInterval single = Proportions.wilson(p(1, 1), 0.95, 1);
			assertEquals(1.0, single.lower(), 0.0);
			assertEquals(1.0, single.upper(), 0.0);
		}

		@Test
		void staysInsideTheUnitIntervalAtTheExtremes() {
			ProportionInterval none = Proportions.wilson(p(0, 30), 0.95, 40);
			ProportionInterval all = Proportions.wilson(p(30, 30), 0.95, 40);
			assertEquals(0.0, none.lower(), 0.0);
			assertTrue(none.upper() > 0 && none.upper() < Proportions.wilson(p(0, 30), 0.95).upper());
			assertEquals(1.0, all.upper(), 0.0);
			assertTrue(all.lower() < 1);
		}

		@Test
		void refusesASampleLargerThanThePopulation() {
			assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(p(10, 101), 0.95, 100));
			assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(p(0, 1), 0.95, 0));
		}
	}

	/** Newcombe's hybrid score interval for a difference (Newcombe 1998b, method 10). */
	@Nested
	class Difference {

		/**
		 * Newcombe R.G. (1998) "Interval estimation for the difference between
		 * independent proportions: comparison of eleven methods", Stat Med
		 * 17:873-890, Table II, method 10, 95%. The first two rows were given in the
		 * brief; the others are further examples of the same table as commonly quoted
		 * (not re-read from the paper when this test was written). The 6/7 - 2/7
		 * example is left out: the value recalled for it, (0.0381, 0.8384), did not
		 * match the method-10 formula, which gives (0.0582, 0.8062); it needs checking
		 * against the paper.
		 */
		@ParameterizedTest(name = "{0}/{1} - {2}/{3} -> ({4}, {5})")
		@CsvSource({
				"56, 70, 48, 80,  0.0524, 0.3339",
				" 9, 10,  3, 10,  0.1705, 0.8090",
				" 5, 56,  0, 29, -0.0381, 0.1926",
				" 0, 10,  0, 20, -0.1611, 0.2775",
				" 0, 10,  0, 10, -0.2775, 0.2775",
				"10, 10,  0, 20,  0.6791, 1.0000",
				"10, 10,  0, 10,  0.6075, 1.0000" })
		void matchesNewcombeMethodTen(long xa, long na, long xb, long nb, double lower, double upper) {
			ProportionComparison c = Proportions.comparison(p(xa, na), p(xb, nb), 0.95);
			assertEquals((double) xa / na - (double) xb / nb, c.difference().estimate(), 1e-15);
			assertEquals(lower, c.difference().lower(), FOUR_DECIMALS);
			assertEquals(upper, c.difference().upper(), FOUR_DECIMALS);
		}

		/** Swapping the groups negates the interval. */
		@Test
		void isAntisymmetric() {
			ProportionInterval ab = Proportions.comparison(p(56, 70), p(48, 80), 0.95).difference();
			ProportionInterval ba = Proportions.comparison(p(48, 80), p(56, 70), 0.95).difference();
			assertEquals(-ab.upper(), ba.lower(), 1e-15);
			assertEquals(-ab.lower(), ba.upper(), 1e-15);
		}

		@Test
		void refusesAnEmptyGroup() {
			assertThrows(IllegalArgumentException.class, () -> Proportions.comparison(p(0, 0), p(3, 10), 0.95));
			assertThrows(IllegalArgumentException.class, () -> Proportions.comparison(p(3, 10), p(0, 0), 0.95));
		}
	}

	/** Pooled two-proportion z test. */
	@Nested
	class ZTest {

		/**
		 * Lane D.M., HyperStat Online, "Tests of differences between proportions"
		 * (davidmlane.com/hyperstat/B73479.html ff.): 73 of 85 intervention pupils
		 * vs 43 of 82 controls graduated; standard error 0.0713, z = 4.69,
		 * p &lt; 0.0001. By hand: pooled p = 116/167 = 0.69461,
		 * SE = sqrt(0.69461 · 0.30539 · (1/85 + 1/82)) = 0.071292,
		 * d = 0.858824 - 0.524390 = 0.334434, z = 4.6910. (The source prints the
		 * difference as 0.344, a typo for 0.334; its z and SE are consistent with 0.334.)
		 */
		@Test
		void matchesHyperStatWorkedExample() {
			Proportion intervention = p(73, 85);
			Proportion control = p(43, 82);
			assertEquals(0.0713, TwoProportionZTest.pooledStandardError(intervention, control), 0.5e-4);
			assertEquals(4.69, TwoProportionZTest.statistic(intervention, control), 0.005);
			assertEquals(4.6910, TwoProportionZTest.statistic(intervention, control), 0.5e-4);
			double pValue = TwoProportionZTest.twoSidedPValue(intervention, control);
			assertTrue(pValue < 0.0001 && pValue > 0);
			ProportionComparison c = Proportions.comparison(intervention, control, 0.95);
			assertEquals(SignificanceTest.POOLED_Z_TEST, c.test());
			assertEquals(pValue, c.pValue(), 0.0);
		}

		/** z² equals Pearson's chi-square without continuity correction (Commons Math). */
		@ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
		@CsvSource({ "73, 85, 43, 82", "56, 70, 48, 80", "140, 200, 255, 340", "28, 254, 36, 301" })
		void squareEqualsPearsonChiSquare(long xa, long na, long xb, long nb) {
			double z = TwoProportionZTest.statistic(p(xa, na), p(xb, nb));
			long[][] table = { { xa, na - xa }, { xb, nb - xb } };
			ChiSquareTest chiSquare = new ChiSquareTest();
			assertEquals(chiSquare.chiSquare(table), z * z, 1e-9);
			assertEquals(chiSquare.chiSquareTest(table), TwoProportionZTest.twoSidedPValue(p(xa, na), p(xb, nb)),
					1e-9);
		}

		/** 56/70 vs 48/80: z = 0.2 / 0.075467 = 2.6502, two-sided p = 0.0080. */
		@Test
		void usesTheZTestWhenExpectedCountsAreLarge() {
			ProportionComparison c = Proportions.comparison(p(56, 70), p(48, 80), 0.95);
			assertEquals(SignificanceTest.POOLED_Z_TEST, c.test());
			assertEquals(2.6502, TwoProportionZTest.statistic(p(56, 70), p(48, 80)), 0.5e-4);
			assertEquals(0.0080, c.pValue(), 0.5e-4);
		}

		@Test
		void isUndefinedWhenNobodyOrEverybodySucceeds() {
			assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.statistic(p(0, 50), p(0, 60)));
			assertThrows(IllegalArgumentException.class, () -> TwoProportionZTest.statistic(p(50, 50), p(60, 60)));
		}
	}

	/** Fisher's exact test. */
	@Nested
	class Fisher {

		/**
		 * Fisher's lady tasting tea (Fisher R.A. (1935) The Design of Experiments;
		 * Agresti (2013) Categorical Data Analysis, 3rd ed., section 3.5.2): of 4 cups
		 * with milk first she names 3, of 4 with tea first she names 1 as milk first.
		 * One-sided p = 17/70 = 0.2429, two-sided p = 34/70 = 0.4857.
		 */
		@Test
		void matchesTheTeaTastingExperiment() {
			Proportion milkFirst = p(3, 4);
			Proportion teaFirst = p(1, 4);
			assertEquals(0.2429, FisherExactTest.greater(milkFirst, teaFirst), FOUR_DECIMALS);
			assertEquals(0.4857, FisherExactTest.twoSided(milkFirst, teaFirst), FOUR_DECIMALS);
			assertEquals(17.0 / 70, FisherExactTest.greater(milkFirst, teaFirst), 1e-12);
			assertEquals(34.0 / 70, FisherExactTest.twoSided(milkFirst, teaFirst), 1e-12);
			assertEquals(69.0 / 70, FisherExactTest.less(milkFirst, teaFirst), 1e-12);

			ProportionComparison c = Proportions.comparison(milkFirst, teaFirst, 0.95);
			assertEquals(SignificanceTest.FISHER_EXACT_TEST, c.test());
			assertEquals(34.0 / 70, c.pValue(), 1e-12);
		}

		/** Against a direct enumeration in exact arithmetic (BigInteger binomials). */
		@ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
		@CsvSource({ "9, 10, 3, 10", "5, 56, 0, 29", "6, 7, 2, 7", "1, 20, 7, 15", "0, 12, 12, 12",
				"2, 40, 2, 400", "10, 10, 0, 20" })
		void matchesExactEnumeration(int xa, int na, int xb, int nb) {
			Proportion a = p(xa, na);
			Proportion b = p(xb, nb);
			assertEquals(exactTwoSided(xa, na, xb, nb), FisherExactTest.twoSided(a, b), 1e-10);
			assertEquals(exactTail(xa, na, xb, nb, true), FisherExactTest.greater(a, b), 1e-10);
			assertEquals(exactTail(xa, na, xb, nb, false), FisherExactTest.less(a, b), 1e-10);
			assertEquals(FisherExactTest.twoSided(a, b), FisherExactTest.twoSided(b, a), 1e-12);
		}

		/** 9/10 vs 3/10 has an expected count of 4 failures, so Fisher's test is used. */
		@Test
		void replacesTheZTestWhenAnExpectedCountIsBelowFive() {
			ProportionComparison c = Proportions.comparison(p(9, 10), p(3, 10), 0.95);
			assertEquals(SignificanceTest.FISHER_EXACT_TEST, c.test());
			assertEquals(exactTwoSided(9, 10, 3, 10), c.pValue(), 1e-12);
			assertEquals("Fisher's exact test", c.test().label());

			ProportionComparison none = Proportions.comparison(p(0, 50), p(0, 60), 0.95);
			assertEquals(SignificanceTest.FISHER_EXACT_TEST, none.test());
			assertEquals(1.0, none.pValue(), 1e-12);
		}

		/** Expected counts of exactly 5 keep the z test: 10/20 vs 0/20 gives 5 expected. */
		@Test
		void keepsTheZTestAtAnExpectedCountOfExactlyFive() {
			assertEquals(SignificanceTest.POOLED_Z_TEST, Proportions.comparison(p(10, 20), p(0, 20), 0.95).test());
			assertEquals(SignificanceTest.FISHER_EXACT_TEST,
					Proportions.comparison(p(9, 20), p(0, 20), 0.95).test());
		}

		private static BigInteger choose(int n, int k) {
			BigInteger r = BigInteger.ONE;
			for (int i = 0; i < k; i++) {
				r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
			}
			return r;
		}

		/** Hypergeometric weights C(K, k) C(T - K, n_a - k), as exact integers. */
		private static BigInteger weight(int k, int na, int successes, int total) {
			if (k < 0 || k > successes || na - k < 0 || na - k > total - successes) {
				return BigInteger.ZERO;
			}
			return choose(successes, k).multiply(choose(total - successes, na - k));
		}

		private static double exactTwoSided(int xa, int na, int xb, int nb) {
			int total = na + nb;
			int successes = xa + xb;
			BigInteger observed = weight(xa, na, successes, total);
			BigInteger sum = BigInteger.ZERO;
			for (int k = 0; k <= na; k++) {
				BigInteger w = weight(k, na, successes, total);
				if (w.compareTo(observed) <= 0) {
					sum = sum.add(w);
				}
			}
			return ratio(sum, choose(total, na));
		}

		private static double exactTail(int xa, int na, int xb, int nb, boolean upper) {
			int total = na + nb;
			int successes = xa + xb;
			BigInteger sum = BigInteger.ZERO;
			for (int k = upper ? xa : 0; k <= (upper ? na : xa); k++) {
				sum = sum.add(weight(k, na, successes, total));
			}
			return ratio(sum, choose(total, na));
		}

		private static double ratio(BigInteger numerator, BigInteger denominator) {
			return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
		}
	}
}
