package org.excerpta.importer.survey;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds the delimiter of a CSV export from its first rows: Excel writes ';' where the decimal
 * separator is a comma, some tools write tabs or '|'. The right delimiter is the one that splits
 * the header into several fields and gives most rows the header's number of fields; parsing with
 * Commons CSV means quoted cells that contain other candidates do not mislead it.
 */
final class DelimiterSniffer {

	static final char[] CANDIDATES = { ',', ';', '\t', '|' };
	static final int SAMPLE_CHARS = 64 * 1024;
	private static final int SAMPLE_ROWS = 200;

	private DelimiterSniffer() {
	}

	static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
	}

	/**
	 * @param sample    the start of the file
	 * @param truncated whether the file goes on after the sample (its last row may be cut)
	 */
	static char sniff(String sample, boolean truncated) {
		char best = CANDIDATES[0];
		long bestScore = -1;
		for (char d : CANDIDATES) {
			long score = score(sample, truncated, d);
			if (score > bestScore) {
				best = d;
				bestScore = score;
			}
		}
		return best;
	}

	private static long score(String sample, boolean truncated, char delimiter) {
		List<Integer> widths = new ArrayList<>();
		try (CSVParser parser = format(delimiter).parse(new StringReader(sample))) {
			for (CSVRecord r : parser) {
				widths.add(r.size());
				if (widths.size() >= SAMPLE_ROWS) {
					truncated = false; // the rows read are complete
					break;
				}
			}
		} catch (IOException | UncheckedIOException e) {
			// A quoting error: keep the rows read before it; a wrong delimiter rarely gets far.
			truncated = true;
		}
		if (truncated && widths.size() > 1) {
			widths.remove(widths.size() - 1);
		}
		if (widths.isEmpty() || widths.get(0) < 2) {
			return 0;
		}
		int header = widths.get(0);
		long consistent = widths.stream().filter(w -> w == header).count();
		return consistent * 10_000 + Math.min(header, 9_999);
	}

	static String describe(char delimiter) {
		return switch (delimiter) {
		case '\t' -> "tab";
		case ',' -> "comma";
		case ';' -> "semicolon";
		case '|' -> "vertical bar";
		default -> "'" + delimiter + "'";
		};
	}
}
