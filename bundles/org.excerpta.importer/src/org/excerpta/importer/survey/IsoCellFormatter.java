package org.excerpta.importer.survey;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric spreadsheet cells into text the way a variable stores them, not the way Excel
 * displays them: dates as ISO {@code yyyy-MM-dd} (or {@code yyyy-MM-ddTHH:mm:ss} with a time),
 * numbers in full without grouping or rounding ("1234.5", not "1,234.50" or "1.23E+03"). The
 * display form would depend on the workbook's number formats and on the user's locale.
 */
final class IsoCellFormatter extends DataFormatter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	IsoCellFormatter() {
		super(Locale.ROOT);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		return formatRawCellContents(value, formatIndex, formatString, false);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
			if (value < 1) {
				return TIME.format(t); // a time of day without a date
			}
			if (t.toLocalTime().toSecondOfDay() == 0) {
				return t.toLocalDate().toString();
			}
			return DATE_TIME.format(t);
		}
		return plain(value);
	}

	static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
