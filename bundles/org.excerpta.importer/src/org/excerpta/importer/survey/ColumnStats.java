package org.excerpta.importer.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.excerpta.importer.survey.LexicalValues.DateOrder;

/**
 * What the first pass learns about one column, in memory that does not grow with the number of
 * rows: which types every value fits (and the first value that does not fit each), a histogram of
 * answer lengths for the median, and the hashes of the first answers to judge how many differ.
 */
final class ColumnStats {

	/** The readings of a value that decide a column's type. */
	enum Check {
		INTEGER, DECIMAL, BOOLEAN_WORD, BOOLEAN_ANY, DATE_DAY_FIRST, DATE_MONTH_FIRST, DATE_TIME;

		boolean accepts(String v) {
			return switch (this) {
			case INTEGER -> LexicalValues.isInteger(v);
			case DECIMAL -> LexicalValues.isDecimal(v);
			case BOOLEAN_WORD -> LexicalValues.bool(v, false) != null;
			case BOOLEAN_ANY -> LexicalValues.bool(v, true) != null;
			case DATE_DAY_FIRST -> LexicalValues.date(v, DateOrder.DAY_FIRST) != null;
			case DATE_MONTH_FIRST -> LexicalValues.date(v, DateOrder.MONTH_FIRST) != null;
			case DATE_TIME -> LexicalValues.dateTime(v) != null;
			};
		}
	}

	/** The first value of a column that does not fit a reading, and its row. */
	record Misfit(long row, String value) {
	}

	/**
	 * How many answers are compared for uniqueness: the hashes of every answer of a million-row
	 * survey would take more memory than the rest of the first pass together.
	 */
	static final int DISTINCT_SAMPLE = 10_000;
	private static final int LONGEST_COUNTED = 1_000;
	private static final int SAMPLES = 5;

	private long values;
	private long totalLength;
	private final long[] lengths = new long[LONGEST_COUNTED + 1];
	private final int[] hashes = new int[DISTINCT_SAMPLE];
	private int hashed;
	private final List<String> samples = new ArrayList<>(SAMPLES);
	private final Map<Check, Misfit> misfits = new EnumMap<>(Check.class);
	private boolean sawTrue;
	private boolean sawFalse;
	private boolean sawTrueFalseWords;
	private boolean sawYesNoWords;
	private String ambiguousDate;

	void add(long row, String cell) {
		String v = cell == null ? "" : cell.strip();
		if (v.isEmpty()) {
			return;
		}
		values++;
		int length = v.codePointCount(0, v.length());
		totalLength += length;
		lengths[Math.min(length, LONGEST_COUNTED)]++;
		if (hashed < DISTINCT_SAMPLE) {
			hashes[hashed++] = v.hashCode();
		}
		if (samples.size() < SAMPLES && !samples.contains(v)) {
			samples.add(v);
		}
		for (Check c : Check.values()) {
			if (!misfits.containsKey(c) && !c.accepts(v)) {
				misfits.put(c, new Misfit(row, v));
			}
		}
		if (!misfits.containsKey(Check.BOOLEAN_WORD)) {
			String b = LexicalValues.bool(v, false);
			sawTrue |= "true".equals(b);
			sawFalse |= "false".equals(b);
			boolean trueFalse = v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
			sawTrueFalseWords |= trueFalse;
			sawYesNoWords |= !trueFalse;
		}
		if (ambiguousDate == null && LexicalValues.isAmbiguousDate(v)) {
			ambiguousDate = v;
		}
	}

	/** Non-blank values. */
	long values() {
		return values;
	}

	boolean fits(Check check) {
		return values > 0 && !misfits.containsKey(check);
	}

	Misfit misfit(Check check) {
		return misfits.get(check);
	}

	/** Every value is true/false or yes/no (one pair, not a mixture) and both answers occur. */
	boolean isBooleanPair() {
		return fits(Check.BOOLEAN_WORD) && sawTrue && sawFalse && sawTrueFalseWords != sawYesNoWords;
	}

	/** A d/M/yyyy value that reads as two different dates, or {@code null}. */
	String ambiguousDate() {
		return ambiguousDate;
	}

	double averageLength() {
		return values == 0 ? 0 : (double) totalLength / values;
	}

	/** The median length in code points (answers longer than 1,000 count as 1,000). */
	double medianLength() {
		if (values == 0) {
			return 0;
		}
		long lower = (values - 1) / 2;
		long upper = values / 2;
		return (lengthAt(lower) + lengthAt(upper)) / 2.0;
	}

	private int lengthAt(long position) {
		long seen = 0;
		for (int length = 0; length < lengths.length; length++) {
			seen += lengths[length];
			if (seen > position) {
				return length;
			}
		}
		return LONGEST_COUNTED;
	}

	/** Distinct answers among the first {@value #DISTINCT_SAMPLE} (by hash: a rare collision hardly matters). */
	int distinctInSample() {
		int[] sorted = Arrays.copyOf(hashes, hashed);
		Arrays.sort(sorted);
		int distinct = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				distinct++;
			}
		}
		return distinct;
	}

	/** Share of distinct answers among the first {@value #DISTINCT_SAMPLE}, 0 to 1. */
	double distinctRatio() {
		return hashed == 0 ? 0 : (double) distinctInSample() / hashed;
	}

	List<String> samples() {
		return List.copyOf(samples);
	}
}
