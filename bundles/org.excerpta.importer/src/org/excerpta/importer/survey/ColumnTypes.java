package org.excerpta.importer.survey;

import java.util.Locale;
import java.util.regex.Pattern;

import org.excerpta.importer.survey.ColumnStats.Check;
import org.excerpta.importer.survey.LexicalValues.DateOrder;
import org.excerpta.model.VariableType;

/**
 * Guesses what a column holds from what the first pass saw: its type, and whether its answers are
 * open-ended text to code rather than categories to compare cases by. Conservative: a column is a
 * number, boolean or date only if every value reads as one, and a boolean only if both answers
 * occur ("Yes" alone may be one option of a longer list).
 */
final class ColumnTypes {

	/** Answers this long (median, in characters) read as free text... */
	static final double OPEN_MEDIAN_LENGTH = 30;
	/** ...unless they come from a short list: long Likert labels repeat, free answers hardly ever do. */
	static final double OPEN_MIN_DISTINCT_SHARE = 0.3;
	/** Mostly different answers of some length are free text too. */
	static final double UNIQUE_SHARE = 0.5;
	static final double UNIQUE_AVERAGE_LENGTH = 20;
	/** SurveyMonkey's "Other (please specify)" and "Open-Ended Response" columns. */
	private static final Pattern OPEN_BY_NAME = Pattern.compile("please specify|open-ended|open ended");

	/** A detected type, with the order of d/M/yyyy dates, and a note when a guess was declined. */
	record Detected(VariableType type, DateOrder dateOrder, String note) {
	}

	private ColumnTypes() {
	}

	static Detected detect(String name, ColumnStats s) {
		if (s.fits(Check.INTEGER)) {
			return new Detected(VariableType.INTEGER, null, null);
		}
		if (s.fits(Check.DECIMAL)) {
			return new Detected(VariableType.FLOAT, null, null);
		}
		if (s.isBooleanPair()) {
			return new Detected(VariableType.BOOLEAN, null, null);
		}
		boolean dayFirst = s.fits(Check.DATE_DAY_FIRST);
		boolean monthFirst = s.fits(Check.DATE_MONTH_FIRST);
		if (dayFirst && monthFirst && s.ambiguousDate() != null) {
			return new Detected(VariableType.TEXT, null, "column \"" + name + "\" holds dates such as "
					+ s.ambiguousDate() + " that could be day/month or month/day; kept as text (give it the type "
					+ "Date to read them day first)");
		}
		if (dayFirst) {
			return new Detected(VariableType.DATE, DateOrder.DAY_FIRST, null);
		}
		if (monthFirst) {
			return new Detected(VariableType.DATE, DateOrder.MONTH_FIRST, null);
		}
		if (s.fits(Check.DATE_TIME)) {
			return new Detected(VariableType.DATE_TIME, null, null);
		}
		return new Detected(VariableType.TEXT, null, null);
	}

	/** Why the column holds open answers, or {@code null} when it is a closed question. */
	static String openReason(String name, ColumnStats s, VariableType detected) {
		if (OPEN_BY_NAME.matcher(name.toLowerCase(Locale.ROOT)).find()) {
			// Exports put a checkbox column ("Other (please specify)" ticked) beside the text
			// column; the checkbox holds one repeated value and is not an answer to code.
			if (s.values() > 1 && s.distinctInSample() == 1) {
				return null;
			}
			return "its name asks respondents to write their own answer";
		}
		if (detected != VariableType.TEXT) {
			return null;
		}
		double median = s.medianLength();
		double distinct = s.distinctRatio();
		if (median >= OPEN_MEDIAN_LENGTH && distinct >= OPEN_MIN_DISTINCT_SHARE) {
			return String.format(Locale.ROOT, "the answers are long (median %.0f characters)", median);
		}
		if (distinct >= UNIQUE_SHARE && s.averageLength() >= UNIQUE_AVERAGE_LENGTH) {
			return String.format(Locale.ROOT, "the answers are mostly different (%.0f%%) and %.0f characters long on "
					+ "average", distinct * 100, s.averageLength());
		}
		return null;
	}

	/**
	 * For a type the user or the project chose: how to read dates, or the first value that does not
	 * fit ({@code null} when all fit).
	 */
	static ColumnStats.Misfit misfit(ColumnStats s, VariableType type) {
		return switch (type) {
		case INTEGER -> s.misfit(Check.INTEGER);
		case FLOAT -> s.misfit(Check.DECIMAL);
		case BOOLEAN -> s.misfit(Check.BOOLEAN_ANY);
		case DATE -> s.misfit(Check.DATE_DAY_FIRST) == null ? null : s.misfit(Check.DATE_MONTH_FIRST);
		case DATE_TIME -> s.misfit(Check.DATE_TIME);
		case TEXT -> null;
		};
	}

	/** Day first unless only month first fits (dates are read day first, as in most of the world). */
	static DateOrder dateOrder(ColumnStats s) {
		return s.misfit(Check.DATE_DAY_FIRST) == null ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
	}
}
