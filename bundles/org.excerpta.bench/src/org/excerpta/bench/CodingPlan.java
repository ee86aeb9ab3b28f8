package org.excerpta.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Which of the 50 codes each answer carries, decided from the seed and the answer's number alone,
 * so that Excerpta and the SQLite baseline get exactly the same codings without holding a list:
 * a quarter of the answers have no code, half one, a fifth two, one in twenty three; codes are
 * chosen with a long tail (a few codes are common, most are rare), as in a real codebook.
 */
public final class CodingPlan {

	public static final int CODES = 50;

	public static final List<String> NAMES = List.of("Staffing levels", "Shift patterns", "Communication with managers",
			"Team support", "Training needs", "Recognition", "Pay and benefits", "Career progression", "Patient safety",
			"Equipment and supplies", "IT systems", "Paperwork", "Breaks", "Travel and parking", "Wellbeing", "Stress",
			"Leadership", "Change fatigue", "Flexible working", "Bullying and harassment", "Inclusion", "Workspace",
			"Handovers", "Agency staff", "Supervision", "Autonomy", "Feeling valued", "Job security", "Professional development",
			"Peer support", "Patient feedback", "Waiting lists", "Bureaucracy", "Meetings", "Rotas", "Sickness cover",
			"Canteen and food", "Childcare", "Moral injury", "Pride in work", "Teamwork across sites", "Student placements",
			"New starters", "Retirement plans", "Covid legacy", "Digital records", "Language barriers", "Safety incidents",
			"Praise for colleagues", "Suggestions");

	private final long seed;
	private final double[] cumulative = new double[CODES];

	public CodingPlan(long seed) {
		this.seed = seed;
		double total = 0;
		for (int k = 0; k < CODES; k++) {
			total += 1 / Math.pow(k + 1, 0.8);
			cumulative[k] = total;
		}
		for (int k = 0; k < CODES; k++) {
			cumulative[k] /= total;
		}
	}

	/** The codes (0-49, distinct, ascending) of the answer with this number (from 0). */
	public int[] codesOf(int answer) {
		SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + answer);
		double u = r.nextDouble();
		int n = u < 0.25 ? 0 : u < 0.75 ? 1 : u < 0.95 ? 2 : 3;
		int[] codes = new int[n];
		int filled = 0;
		while (filled < n) {
			int k = pick(r.nextDouble());
			boolean seen = false;
			for (int i = 0; i < filled; i++) {
				seen |= codes[i] == k;
			}
			if (!seen) {
				codes[filled++] = k;
			}
		}
		java.util.Arrays.sort(codes);
		return codes;
	}

	private int pick(double u) {
		for (int k = 0; k < CODES; k++) {
			if (u < cumulative[k]) {
				return k;
			}
		}
		return CODES - 1;
	}
}
