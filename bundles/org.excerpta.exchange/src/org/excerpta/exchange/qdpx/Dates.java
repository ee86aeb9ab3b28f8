package org.excerpta.exchange.qdpx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** xsd:dateTime as REFI-QDA writes it, to and from the model's dates (UTC, to the millisecond). */
final class Dates {

	private Dates() {
	}

	static String format(Date date) {
		return date == null ? null : date.toInstant().toString();
	}

	/**
	 * Reads an xsd:dateTime; one without a time zone is taken as UTC, a bare date as its midnight.
	 *
	 * @throws DateTimeParseException when it is none of these
	 */
	static Date parse(String text) {
		String s = text.strip();
		try {
			return Date.from(OffsetDateTime.parse(s).toInstant());
		} catch (DateTimeParseException e) {
			try {
				return Date.from(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
			} catch (DateTimeParseException e2) {
				try {
					return Date.from(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
				} catch (DateTimeParseException e3) {
					return Date.from(Instant.parse(s));
				}
			}
		}
	}
}
