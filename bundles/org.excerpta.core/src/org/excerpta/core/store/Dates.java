package org.excerpta.core.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Dates in records, in EMF's lexical form for {@code EDate} ({@code 2026-11-23T10:15:00.000+0000}),
 * made and read with one thread-safe {@link DateTimeFormatter} instead of EMF's new
 * {@code SimpleDateFormat} per value, which was 9% of opening a large project and 4% of a large
 * import (profiled). Anything else EMF accepts is still read through EMF.
 */
final class Dates {

	private static final DateTimeFormatter EMF_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private Dates() {
	}

	/**
	 * Reads {@code yyyy-MM-ddTHH:mm:ss.SSS+hhmm} by hand: {@link DateTimeFormatter#parse} was a sixth
	 * of opening a large project (three million dates). Returns {@link Long#MIN_VALUE} for anything
	 * else, which is then read the general way.
	 */
	static long parseEmfForm(String s) {
		if (s.length() != 28 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
				|| s.charAt(16) != ':' || s.charAt(19) != '.' || (s.charAt(23) != '+' && s.charAt(23) != '-')) {
			return Long.MIN_VALUE;
		}
		int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
		int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2), milli = digits(s, 20, 3);
		int offsetHours = digits(s, 24, 2), offsetMinutes = digits(s, 26, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59 || milli < 0 || offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0
				|| offsetMinutes > 59 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return Long.MIN_VALUE;
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		long offsetSeconds = (offsetHours * 3600L + offsetMinutes * 60L) * (s.charAt(23) == '-' ? -1 : 1);
		return ((epochDay * 86_400 + hour * 3600L + minute * 60L + second) - offsetSeconds) * 1000 + milli;
	}

	/** The number written with these decimal digits, or -1 if one of them is not a digit. */
	private static int digits(String s, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * The last date formatted: an import stamps thousands of new answers within the same
	 * millisecond, and formatting each again was 2% of its model thread.
	 */
	private record Formatted(long millis, String lexical) {
	}

	private static volatile Formatted last = new Formatted(Long.MIN_VALUE, null);

	static String format(Date date) {
		long millis = date.getTime();
		Formatted f = last;
		if (f.millis() == millis) {
			return f.lexical();
		}
		String lexical = EMF_FORM.format(date.toInstant().atOffset(ZoneOffset.UTC));
		last = new Formatted(millis, lexical);
		return lexical;
	}

	static Date parse(String lexical) {
		long millis = parseEmfForm(lexical);
		if (millis != Long.MIN_VALUE) {
			return new Date(millis);
		}
		try {
			return Date.from(OffsetDateTime.parse(lexical, EMF_FORM).toInstant());
		} catch (DateTimeParseException e) {
			return (Date) EcoreUtil.createFromString(EcorePackage.Literals.EDATE, lexical);
		}
	}
}
