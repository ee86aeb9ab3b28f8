package org.excerpta.importer.survey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.excerpta.model.VariableType;

/**
 * Reads a cell as a value of a variable type and gives it in XML Schema lexical form, as REFI-QDA
 * stores variable values: {@code xs:integer}, {@code xs:double}, {@code xs:boolean},
 * {@code xs:date}, {@code xs:dateTime}. Deliberately strict: "007" and "01234" are codes, not
 * numbers; "1,234" may be a decimal comma or a thousands separator, so it is not a number either.
 */
final class LexicalValues {

	/** How to read a d/M/yyyy-style date; ISO dates are read the same either way. */
	enum DateOrder {
		DAY_FIRST, MONTH_FIRST
	}

	private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
	private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
	private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
	private static final Pattern SLASH_DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
	private static final Pattern ISO_DATE_TIME = Pattern
			.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?");
	private static final DateTimeFormatter XS_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private LexicalValues() {
	}

	static boolean isInteger(String v) {
		return INTEGER.matcher(v).matches();
	}

	static boolean isDecimal(String v) {
		return DECIMAL.matcher(v).matches();
	}

	/**
	 * "true"/"false", or {@code null} when the value is not a boolean. Strict: only true/false and
	 * yes/no; lenient (a type the user or the project chose): also y/n and 1/0.
	 */
	static String bool(String v, boolean lenient) {
		return switch (v.toLowerCase(Locale.ROOT)) {
		case "true", "yes" -> "true";
		case "false", "no" -> "false";
		case "y", "1" -> lenient ? "true" : null;
		case "n", "0" -> lenient ? "false" : null;
		default -> null;
		};
	}

	/** An ISO date, or {@code null}: ISO dates as they are, d/M/yyyy or M/d/yyyy in the given order. */
	static String date(String v, DateOrder order) {
		Matcher iso = ISO_DATE.matcher(v);
		if (iso.matches()) {
			return validDate(iso.group(1), iso.group(2), iso.group(3));
		}
		Matcher slash = SLASH_DATE.matcher(v);
		if (slash.matches()) {
			String day = order == DateOrder.DAY_FIRST ? slash.group(1) : slash.group(2);
			String month = order == DateOrder.DAY_FIRST ? slash.group(2) : slash.group(1);
			return validDate(slash.group(3), month, day);
		}
		return null;
	}

	/** Whether a d/M/yyyy-style value reads as two different dates (3/4/2020: 3 April or 4 March). */
	static boolean isAmbiguousDate(String v) {
		// Asked of every cell of every column, answers included, until a column shows one: most
		// cells are not "1/2/2020" at all, and a matcher per cell was 3% of a million-row import.
		if (v.length() < 8 || v.length() > 10 || !Character.isDigit(v.charAt(0)) || v.indexOf('/') < 0) {
			return false;
		}
		Matcher slash = SLASH_DATE.matcher(v);
		if (!slash.matches()) {
			return false;
		}
		int a = Integer.parseInt(slash.group(1));
		int b = Integer.parseInt(slash.group(2));
		return a != b && a <= 12 && b <= 12;
	}

	private static String validDate(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** {@code yyyy-MM-ddTHH:mm:ss}, or {@code null}; accepts a space for the T and leaves out seconds. */
	static String dateTime(String v) {
		Matcher m = ISO_DATE_TIME.matcher(v);
		if (!m.matches()) {
			return null;
		}
		try {
			return XS_DATE_TIME.format(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
					m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
		} catch (DateTimeException e) {
			return null;
		}
	}

	/**
	 * The value in the lexical form of the type, or {@code null} when it is not a value of the type.
	 * The value must already be stripped of surrounding white space.
	 */
	static String lexical(VariableType type, DateOrder order, String v) {
		return switch (type) {
		case INTEGER -> isInteger(v) ? v : null;
		case FLOAT -> isDecimal(v) ? v : null;
		case BOOLEAN -> bool(v, true);
		case DATE -> date(v, order == null ? DateOrder.DAY_FIRST : order);
		case DATE_TIME -> dateTime(v);
		case TEXT -> v;
		};
	}

	/** "an Integer", "a Date": for messages. */
	static String withArticle(VariableType type) {
		String name = type.getLiteral();
		return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}
}
