package org.excerpta.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated staff survey: an ID, five closed questions with a few answers each (skewed the way
 * real answers are) and one open question. "Site" has ten values, for the 50 x 10 code x
 * attribute matrix. The word {@link #QUERY_WORD} is kept out of the real text and put into
 * {@link #QUERY_SHARE} of the answers, so that a query for it hits a known share of them.
 */
public final class SurveyShape {

	/** One closed question and its answers, with how often each is chosen. */
	public record Attribute(String name, List<String> values, int[] weights) {

		public String pick(SplittableRandom random) {
			int total = 0;
			for (int w : weights) {
				total += w;
			}
			int r = random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return values.get(i);
				}
			}
			return values.get(values.size() - 1);
		}
	}

	public static final String ID = "ID";
	public static final String OPEN = "Comment";
	public static final String QUERY_WORD = "workload";
	public static final double QUERY_SHARE = 0.05;
	/** The attribute of the code x attribute matrix (ten values). */
	public static final String MATRIX_ATTRIBUTE = "Site";
	/** The attribute filtering retrievals and searches. */
	public static final String FILTER_ATTRIBUTE = "Role";

	public static final List<Attribute> ATTRIBUTES = List.of(
			new Attribute("Role", List.of("Nurse", "Doctor", "Allied health", "Manager", "Administrator"),
					new int[] { 35, 20, 20, 10, 15 }),
			new Attribute("Site", List.of("Northgate", "Riverside", "Hillview", "Eastfield", "Westbrook", "Lakeside", "Kingsway",
					"Millbrook", "Oakwood", "Southport"), new int[] { 14, 12, 11, 10, 10, 9, 9, 9, 8, 8 }),
			new Attribute("Age band", List.of("Under 25", "25 to 34", "35 to 44", "45 to 54", "55 and over"),
					new int[] { 8, 27, 28, 23, 14 }),
			new Attribute("Tenure", List.of("Under 1 year", "1 to 5 years", "6 to 10 years", "Over 10 years"),
					new int[] { 15, 40, 25, 20 }),
			new Attribute("Region", List.of("North", "South", "East", "West", "Central", "Islands"),
					new int[] { 22, 25, 18, 17, 14, 4 }));

	public static final int MIN_CHARS = 50;
	public static final int MAX_CHARS = 300;

	private SurveyShape() {
	}

	/** The header row of the CSV. */
	public static List<String> header() {
		List<String> h = new java.util.ArrayList<>();
		h.add(ID);
		ATTRIBUTES.forEach(a -> h.add(a.name()));
		h.add(OPEN);
		return h;
	}

	/** The respondent ID of the i-th answer (from 0), which sorts in file order. */
	public static String id(long i) {
		return String.format("R%07d", i + 1);
	}

	/** The index (from 0) of a respondent ID. */
	public static int index(String id) {
		return Integer.parseInt(id.substring(1)) - 1;
	}

	public static Attribute attribute(String name) {
		return ATTRIBUTES.stream().filter(a -> a.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no attribute " + name));
	}
}
