package org.excerpta.importer.survey;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV export read with Commons CSV (quoted cells may hold delimiters and line breaks), in the
 * encoding and with the delimiter sniffed when the file is opened. Row numbers are record numbers,
 * so a cell spanning three lines still counts as one row.
 */
final class CsvSurveyReader extends SurveyFileReader {

	/** Excel's hint on the first line, "sep=;", naming the delimiter. */
	private static final Pattern SEP_LINE = Pattern.compile("\\Asep=(.)\\r?\\n");

	private final TextEncoding encoding;
	private final char delimiter;
	private final boolean sepLine;

	CsvSurveyReader(Path file) {
		super(file);
		try {
			encoding = TextEncoding.detect(file);
			char[] buffer = new char[DelimiterSniffer.SAMPLE_CHARS];
			int n;
			boolean truncated;
			try (Reader r = encoding.open(file)) {
				n = r.read(buffer);
				truncated = n == buffer.length && r.read() >= 0;
			}
			String sample = n <= 0 ? "" : new String(buffer, 0, n);
			Matcher sep = SEP_LINE.matcher(sample);
			sepLine = sep.lookingAt();
			delimiter = sepLine ? sep.group(1).charAt(0) : DelimiterSniffer.sniff(sample, truncated);
		} catch (IOException e) {
			throw new SurveyImportException(file, "cannot be read: " + e.getMessage(), e);
		}
		if (sepLine) {
			notes.add("the first line (\"sep=" + delimiter + "\") names the delimiter; it is not part of the header");
		}
		if (encoding.charset().equals(TextEncoding.WINDOWS_1252)) {
			notes.add("read as " + encoding.name());
		}
	}

	@Override
	public String describe() {
		return "CSV, " + encoding.name() + ", " + DelimiterSniffer.describe(delimiter) + "-separated";
	}

	char delimiter() {
		return delimiter;
	}

	TextEncoding encoding() {
		return encoding;
	}

	@Override
	public void read(RowHandler handler) {
		CSVFormat format = DelimiterSniffer.format(delimiter);
		long number = 0;
		try (Reader r = encoding.open(file); CSVParser parser = format.parse(r)) {
			for (CSVRecord record : parser) {
				number = record.getRecordNumber();
				if (!(sepLine && number == 1)) {
					handler.row(number, Arrays.asList(record.values()));
				}
			}
		} catch (UncheckedIOException e) {
			// Commons CSV reports malformed quoting this way, with the line it stopped at.
			throw new SurveyImportException(file, number + 1, null, "this is not well-formed CSV: "
					+ explain(e.getCause().getMessage()) + " (" + e.getCause().getMessage() + ")", e);
		} catch (IOException e) {
			if (String.valueOf(e.getMessage()).contains("EOF reached")) {
				throw new SurveyImportException(file, number + 1, null, "this is not well-formed CSV: "
						+ explain(e.getMessage()) + " (" + e.getMessage() + ")", e);
			}
			throw new SurveyImportException(file, number + 1, null, "cannot be read: " + e.getMessage(), e);
		}
	}

	/** Commons CSV's messages, in the words of someone who opened the file in a spreadsheet. */
	private static String explain(String message) {
		String m = String.valueOf(message);
		if (m.contains("EOF reached before encapsulated token finished")) {
			return "a quoted cell starting in this row is never closed (a quotation mark is missing)";
		}
		if (m.contains("between encapsulated token and delimiter")) {
			return "a quoted cell goes on after its closing quotation mark (a quotation mark inside a quoted "
					+ "cell must be doubled)";
		}
		return "the quoting is broken";
	}
}
