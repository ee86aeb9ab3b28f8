package org.excerpta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.excerpta.analysis.agreement.Agreement;
import org.excerpta.analysis.agreement.CoincidenceMatrix;
import org.excerpta.analysis.agreement.CohensKappa;
import org.excerpta.analysis.agreement.FleissKappa;
import org.excerpta.analysis.agreement.Interval;
import org.excerpta.analysis.agreement.KrippendorffAlpha;
import org.excerpta.analysis.agreement.PairAgreement;
import org.excerpta.analysis.agreement.PercentAgreement;
import org.excerpta.analysis.agreement.ReliabilityData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Inter-coder agreement coefficients, checked against the worked examples their authors (or
 * standard references) published, then against hand calculations for the edge cases.
 */
class AgreementCoefficientsTest {

	/** Published figures with three decimals agree to within half a unit in the third. */
	private static final double THREE_DECIMALS = 0.5e-3;
	private static final double FOUR_DECIMALS = 0.5e-4;
	private static final double EXACT = 1e-12;

	private static final List<String> AB = List.of("A", "B");

	/**
	 * Krippendorff K. (2011) "Computing Krippendorff's Alpha-Reliability", Annenberg School for
	 * Communication, University of Pennsylvania, section C ("nominal data, any number of observers,
	 * missing values"): 4 observers x 12 units, "." for a missing value. Rows here are units.
	 */
	private static ReliabilityData krippendorff2011() {
		String[][] units = {
				{ "1", "1", null, "1" },
				{ "2", "2", "3", "2" },
				{ "3", "3", "3", "3" },
				{ "3", "3", "3", "3" },
				{ "2", "2", "2", "2" },
				{ "1", "2", "3", "4" },
				{ "4", "4", "4", "4" },
				{ "1", "1", "2", "1" },
				{ "2", "2", "2", "2" },
				{ null, "5", "5", "5" },
				{ null, null, "1", "1" },
				{ null, "3", null, null } };
		return ReliabilityData.of(List.of("A", "B", "C", "D"), units);
	}

	/**
	 * Fleiss J.L. (1971) "Measuring nominal scale agreement among many raters", Psychological
	 * Bulletin 76:378-382, as reworked in Wikipedia's "Fleiss' kappa" article (section "Worked
	 * example"): 10 subjects, 14 raters each, 5 categories; n_ij raters put subject i in category j.
	 */
	private static final long[][] FLEISS_WORKED_EXAMPLE = {
			{ 0, 0, 0, 0, 14 },
			{ 0, 2, 6, 4, 2 },
			{ 0, 0, 3, 5, 6 },
			{ 0, 3, 9, 2, 0 },
			{ 2, 2, 8, 1, 1 },
			{ 7, 7, 0, 0, 0 },
			{ 3, 2, 6, 3, 0 },
			{ 2, 5, 3, 2, 2 },
			{ 6, 5, 2, 1, 0 },
			{ 0, 2, 2, 3, 7 } };

	/** Expands a 2x2 table (rows: coder A says yes/no; columns: coder B says yes/no) into units. */
	private static ReliabilityData twoByTwo(long yesYes, long yesNo, long noYes, long noNo) {
		return ReliabilityData.builder(AB).units(yesYes, "yes", "yes").units(yesNo, "yes", "no").units(noYes, "no", "yes")
				.units(noNo, "no", "no").build();
	}

	@Nested
	class KrippendorffsAlpha {

		/** The paper gives nominal alpha = 0.743. */
		@Test
		void matchesKrippendorffsOwnComputingExample() {
			KrippendorffAlpha alpha = KrippendorffAlpha.nominal(krippendorff2011());
			assertEquals(0.743, alpha.value(), THREE_DECIMALS);
			assertTrue(alpha.isDefined());
			// Unit 12 has one value only and is not pairable: 11 units, n = 40 pairable values.
			assertEquals(11, alpha.units());
			assertEquals(40, alpha.pairableValues());
		}

		/**
		 * The paper's coincidence matrix for the same data: n_1..n_5 = 9, 13, 10, 5, 3 and n = 40;
		 * o_11 = 7, o_12 = 4/3, o_13 = o_14 = 1/3, o_22 = 10, o_33 = 8, o_44 = 4, o_55 = 3.
		 */
		@Test
		void buildsThePapersCoincidenceMatrix() {
			CoincidenceMatrix o = KrippendorffAlpha.nominal(krippendorff2011()).coincidences();
			double[] marginals = { 9, 13, 10, 5, 3 };
			for (int c = 1; c <= 5; c++) {
				assertEquals(marginals[c - 1], o.marginal(String.valueOf(c)), 1e-9, "n_" + c);
			}
			assertEquals(40, o.total(), 1e-9);
			assertEquals(7, o.get("1", "1"), 1e-9);
			assertEquals(4.0 / 3, o.get("1", "2"), 1e-9);
			assertEquals(1.0 / 3, o.get("1", "3"), 1e-9);
			assertEquals(1.0 / 3, o.get("1", "4"), 1e-9);
			assertEquals(10, o.get("2", "2"), 1e-9);
			assertEquals(8, o.get("3", "3"), 1e-9);
			assertEquals(4, o.get("4", "4"), 1e-9);
			assertEquals(3, o.get("5", "5"), 1e-9);
			assertEquals(o.get("2", "1"), o.get("1", "2"), EXACT, "a coincidence matrix is symmetric");
		}

		/**
		 * Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders x 15 units
		 * with many missing values ("*"); nominal alpha = 0.691.
		 */
		@Test
		void matchesWikipediasComputationalExample() {
			String[] a = "* * * * * 3 4 1 2 1 1 3 3 * 3".split(" ");
			String[] b = "1 * 2 1 3 3 4 3 * * * * * * *".split(" ");
			String[] c = "* * 2 1 3 4 4 * 2 1 1 3 3 * 4".split(" ");
			String[][] units = new String[15][];
			for (int u = 0; u < 15; u++) {
				units[u] = new String[] { missing(a[u]), missing(b[u]), missing(c[u]) };
			}
			KrippendorffAlpha alpha = KrippendorffAlpha.nominal(ReliabilityData.of(List.of("A", "B", "C"), units));
			assertEquals(0.691, alpha.value(), THREE_DECIMALS);
		}

		private static String missing(String v) {
			return v.equals("*") ? null : v;
		}
	}

	@Nested
	class FleissKappaTests {

		/** Wikipedia's worked example gives P̄ = 0.378, P̄e = 0.213 and kappa = 0.210. */
		@Test
		void matchesTheFleissWorkedExample() {
			FleissKappa kappa = FleissKappa.ofCounts(FLEISS_WORKED_EXAMPLE);
			assertEquals(0.210, kappa.value(), THREE_DECIMALS);
			assertEquals(0.378, kappa.observed(), THREE_DECIMALS);
			assertEquals(0.213, kappa.expected(), THREE_DECIMALS);
			assertEquals(10, kappa.units());
			assertEquals(14, kappa.ratingsPerUnit());
		}

		/**
		 * The same example as a units x raters matrix (which rater gave which rating does not
		 * matter to Fleiss' kappa): the same kappa, and pooled pairwise percent agreement equals
		 * Fleiss' P̄ = 0.378 because every unit has the same number of raters.
		 */
		@Test
		void givesTheSameFromAUnitsByRatersMatrix() {
			List<String> raters = new ArrayList<>();
			for (int r = 1; r <= 14; r++) {
				raters.add("rater " + r);
			}
			ReliabilityData.Builder b = ReliabilityData.builder(raters);
			for (long[] subject : FLEISS_WORKED_EXAMPLE) {
				String[] ratings = new String[14];
				int r = 0;
				for (int category = 0; category < subject.length; category++) {
					for (int i = 0; i < subject[category]; i++) {
						ratings[r++] = "category " + (category + 1);
					}
				}
				b.unit(ratings);
			}
			ReliabilityData data = b.build();
			assertEquals(FleissKappa.ofCounts(FLEISS_WORKED_EXAMPLE).value(), FleissKappa.of(data).value(), EXACT);
			assertEquals(0.378, PercentAgreement.of(data).value(), THREE_DECIMALS);
			assertNull(Agreement.of(data).cohen(), "Cohen's kappa is for two coders only");
		}

		@Test
		void isUndefinedWhenUnitsHaveDifferentNumbersOfRatings() {
			FleissKappa kappa = FleissKappa.of(krippendorff2011());
			assertFalse(kappa.isDefined());
			assertTrue(Double.isNaN(kappa.value()));
			assertTrue(kappa.undefinedReason().contains("between 1 and 4"), kappa.undefinedReason());
		}

		@Test
		void refusesATableWithUnequalRowTotals() {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> FleissKappa.ofCounts(new long[][] { { 1, 2 }, { 2, 2 } }));
			assertTrue(e.getMessage().contains("unit 2 has 4 where unit 1 has 3"), e.getMessage());
		}
	}

	@Nested
	class CohensKappaTests {

		/**
		 * Wikipedia, "Cohen's kappa", first worked example: 50 grant proposals read by readers A and
		 * B; both yes 20, A yes B no 5, A no B yes 10, both no 15. p_o = 0.7, p_e = 0.5, kappa = 0.4.
		 */
		@Test
		void matchesWikipediasFiftyProposals() {
			for (CohensKappa kappa : List.of(CohensKappa.ofTable(new long[][] { { 20, 5 }, { 10, 15 } }),
					CohensKappa.of(twoByTwo(20, 5, 10, 15)))) {
				assertEquals(0.4, kappa.value(), EXACT);
				assertEquals(0.7, kappa.observed(), EXACT);
				assertEquals(0.5, kappa.expected(), EXACT);
				assertEquals(50, kappa.units());
			}
			assertEquals(0.7, PercentAgreement.of(twoByTwo(20, 5, 10, 15)).value(), EXACT);
		}

		/**
		 * The R package statpsych (Bonett), function ci.kappa, documented example
		 * ci.kappa(.05, 31, 12, 4, 58) following Fleiss, Levin and Paik (2003): Cohen kappa
		 * 0.6756757, SE 0.07344761, 95% CI 0.5317210 to 0.8196303 (f00 = 31, f01 = 12, f10 = 4,
		 * f11 = 58; kappa and its SE do not depend on which rater is the row).
		 */
		@Test
		void matchesTheLargeSampleStandardErrorOfFleissCohenAndEveritt() {
			CohensKappa kappa = CohensKappa.ofTable(new long[][] { { 31, 12 }, { 4, 58 } });
			assertEquals(0.6756757, kappa.value(), 1e-7);
			assertEquals(0.07344761, kappa.standardError(), 1e-8);
			Interval ci = kappa.interval95();
			assertEquals(0.5317210, ci.lower(), 1e-7);
			assertEquals(0.8196303, ci.upper(), 1e-7);
			assertEquals(0.95, ci.confidence(), 0);
		}

		/**
		 * Stata output posted to Statalist (2009-12, "kappa agreement standard errors", msg00320):
		 * a 2x2 table 1395 / 118 / 261 / 158 (N = 1932). {@code kap} gives agreement 80.38%,
		 * expected 70.22%, kappa 0.3412, Std. Err. 0.0220 (under kappa = 0) and Z 15.48;
		 * {@code kapci} gives the analytical SE 0.0262914 and 95% CI 0.290 to 0.393.
		 */
		@Test
		void matchesStatasKapAndKapci() {
			CohensKappa kappa = CohensKappa.ofTable(new long[][] { { 1395, 118 }, { 261, 158 } });
			assertEquals(0.3411969207847029, kappa.value(), 1e-12);
			assertEquals(0.8038302277432712, kappa.observed(), 1e-12);
			assertEquals(0.7022330671398995, kappa.expected(), 1e-12);
			assertEquals(0.0220367175735475, kappa.nullStandardError(), 1e-12);
			assertEquals(15.48310993440647, kappa.z(), 1e-9);
			assertEquals(0.0262913719660408, kappa.standardError(), 1e-12);
			assertEquals(0.2896667786271169, kappa.interval95().lower(), 1e-12);
			assertEquals(0.3927270629422889, kappa.interval95().upper(), 1e-12);
		}

		@Test
		void leavesOutUnitsEitherCoderDidNotJudge() {
			ReliabilityData data = ReliabilityData.builder(AB).units(20, "yes", "yes").units(5, "yes", "no").units(10, "no", "yes")
					.units(15, "no", "no").units(7, "yes", null).units(3, null, null).build();
			CohensKappa kappa = CohensKappa.of(data);
			assertEquals(0.4, kappa.value(), EXACT);
			assertEquals(50, kappa.units());
			assertEquals(10, kappa.unitsLeftOut());
		}

		@Test
		void refusesMoreThanTwoCoders() {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CohensKappa.of(krippendorff2011()));
			assertTrue(e.getMessage().contains("exactly two coders") && e.getMessage().contains("Fleiss"), e.getMessage());
		}

		@Test
		void refusesATableThatIsNotSquare() {
			assertThrows(IllegalArgumentException.class, () -> CohensKappa.ofTable(new long[][] { { 1, 2, 3 }, { 4, 5, 6 } }));
		}
	}

	@Nested
	class PercentAgreementTests {

		/**
		 * Pairs of coders in Krippendorff's 2011 data, counted by hand from the table: A and B both
		 * judged units 1-9 and differ only on unit 6 (8 of 9); C and D both judged units 2-11 and
		 * differ on units 2, 6 and 8 (7 of 10).
		 */
		@Test
		void countsEachPairOverTheUnitsBothJudged() {
			PercentAgreement p = PercentAgreement.of(krippendorff2011());
			PairAgreement ab = p.byPair().get(0);
			assertEquals("A", ab.coder());
			assertEquals("B", ab.otherCoder());
			assertEquals(8, ab.agreements());
			assertEquals(9, ab.units());
			PairAgreement cd = p.byPair().get(5);
			assertEquals("C", cd.coder());
			assertEquals("D", cd.otherCoder());
			assertEquals(7, cd.agreements());
			assertEquals(10, cd.units());
			// Pooled: the per-pair counts add up to all pairs within units.
			long agreements = p.byPair().stream().mapToLong(PairAgreement::agreements).sum();
			long pairs = p.byPair().stream().mapToLong(PairAgreement::units).sum();
			assertEquals(agreements, p.agreeingPairs());
			assertEquals(pairs, p.pairs());
			assertEquals((double) agreements / pairs, p.value(), EXACT);
			// Units 3, 4, 5, 7, 9, 10, 11 (and 1, whose three values agree) are in full agreement.
			assertEquals(8, p.unitsInFullAgreement());
			assertEquals(11, p.units());
		}
	}

	@Nested
	class EdgeCases {

		/** Every coefficient reaches its maximum of 1 when coders always agree and categories vary. */
		@Test
		void perfectAgreementGivesOne() {
			Agreement a = Agreement.of(twoByTwo(12, 0, 0, 30));
			assertEquals(1, a.percent().value(), EXACT);
			assertEquals(1, a.cohen().value(), EXACT);
			assertEquals(0, a.cohen().standardError(), EXACT);
			assertEquals(1, a.cohen().interval95().upper(), EXACT);
			assertEquals(1, a.fleiss().value(), EXACT);
			assertEquals(1, a.alpha().value(), EXACT);
			assertEquals(4, a.coefficients().size());
		}

		/**
		 * Both coders put every unit in the same category: they agree 100%, but there is no
		 * variation, so chance agreement is 1 and every chance-corrected coefficient is 0/0.
		 */
		@Test
		void noVariationLeavesTheChanceCorrectedCoefficientsUndefinedWithAReason() {
			Agreement a = Agreement.of(twoByTwo(0, 0, 0, 40));
			assertEquals(1, a.percent().value(), EXACT);
			for (var c : List.of(a.cohen(), a.fleiss(), a.alpha())) {
				assertFalse(c.isDefined(), c.name());
				assertTrue(Double.isNaN(c.value()), c.name());
				assertNotNull(c.undefinedReason());
				assertTrue(c.undefinedReason().contains("no variation"), c.name() + ": " + c.undefinedReason());
			}
			assertNull(a.cohen().interval95());
			assertTrue(a.alpha().undefinedReason().contains("\"no\""), a.alpha().undefinedReason());
		}

		/**
		 * One unit on which two coders disagree, by hand: percent agreement 0. Cohen: p_o = 0,
		 * p_e = 1·0 + 0·1 = 0, kappa = 0. Fleiss: P_1 = (1 + 1 - 2)/(2·1) = 0, p = (1/2, 1/2),
		 * P̄e = 1/2, kappa = (0 - 1/2)/(1 - 1/2) = -1. Alpha: o_xy = o_yx = 1, n = 2, D_o = 2/2 = 1,
		 * D_e = (1·1 + 1·1)/(2·1) = 1, alpha = 0.
		 */
		@Test
		void aSingleUnitOfDisagreement() {
			Agreement a = Agreement.of(ReliabilityData.builder(AB).unit("x", "y").build());
			assertEquals(1, a.units());
			assertEquals(0, a.percent().value(), EXACT);
			assertEquals(0, a.cohen().value(), EXACT);
			assertEquals(-1, a.fleiss().value(), EXACT);
			assertEquals(0, a.alpha().value(), EXACT);
		}

		/** One unit on which they agree: 100% agreement, and nothing to correct for chance against. */
		@Test
		void aSingleUnitOfAgreement() {
			Agreement a = Agreement.of(ReliabilityData.builder(AB).unit("x", "x").build());
			assertEquals(1, a.percent().value(), EXACT);
			assertFalse(a.cohen().isDefined());
			assertFalse(a.fleiss().isDefined());
			assertFalse(a.alpha().isDefined());
		}

		@Test
		void noPairableUnitLeavesEverythingUndefined() {
			Agreement a = Agreement.of(ReliabilityData.builder(AB).unit("x", null).unit(null, "y").build());
			assertFalse(a.percent().isDefined());
			assertTrue(a.percent().undefinedReason().contains("two or more coders"), a.percent().undefinedReason());
			assertFalse(a.cohen().isDefined());
			assertEquals(2, a.cohen().unitsLeftOut());
			assertFalse(a.alpha().isDefined());
		}

		/** Units given with a count weigh exactly as the same units given one by one. */
		@Test
		void countedUnitsWeighLikeRepeatedUnits() {
			ReliabilityData.Builder oneByOne = ReliabilityData.builder(List.of("A", "B", "C"));
			for (int i = 0; i < 300; i++) {
				oneByOne.unit("x", "x", "y");
			}
			for (int i = 0; i < 500; i++) {
				oneByOne.unit("y", "y", null);
			}
			oneByOne.unit("z", "x", "y");
			ReliabilityData counted = ReliabilityData.builder(List.of("A", "B", "C")).units(300, "x", "x", "y")
					.units(500, "y", "y", null).unit("z", "x", "y").build();
			ReliabilityData expanded = oneByOne.build();
			assertEquals(expanded.units(), counted.units());
			assertEquals(KrippendorffAlpha.nominal(expanded).value(), KrippendorffAlpha.nominal(counted).value(), EXACT);
			assertEquals(PercentAgreement.of(expanded).value(), PercentAgreement.of(counted).value(), EXACT);
		}

		/** Pooling stacks units: pooled data give what one matrix holding all the units gives. */
		@Test
		void poolingStacksTheUnits() {
			ReliabilityData first = twoByTwo(20, 5, 0, 0);
			ReliabilityData second = twoByTwo(0, 0, 10, 15);
			ReliabilityData pooled = ReliabilityData.pool(List.of(first, second));
			assertEquals(50, pooled.units());
			assertEquals(0.4, CohensKappa.of(pooled).value(), EXACT);
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> ReliabilityData.pool(List.of(first, ReliabilityData.builder(List.of("A", "C")).unit("x", "x").build())));
			assertTrue(e.getMessage().contains("[A, C]"), e.getMessage());
		}

		@Test
		void badInputGetsAClearMessage() {
			IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> ReliabilityData.builder(List.of("A")));
			assertTrue(one.getMessage().contains("at least two coders"), one.getMessage());
			IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
					() -> ReliabilityData.builder(List.of("A", "A")));
			assertTrue(twice.getMessage().contains("named twice"), twice.getMessage());
			IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
					() -> ReliabilityData.builder(AB).unit("x", "y", "z"));
			assertTrue(width.getMessage().contains("one value (or null) for each of the 2 coders"), width.getMessage());
			assertThrows(IllegalArgumentException.class, () -> ReliabilityData.builder(AB).units(-1, "x", "y"));
			assertThrows(IllegalArgumentException.class, () -> CohensKappa.ofTable(new long[][] { { 1, -1 }, { 0, 1 } }));
			assertThrows(IllegalArgumentException.class, () -> CohensKappa.ofTable(new long[][] { { 1, 1 }, { 0, 1 } }).interval(1.0));
		}
	}
}
