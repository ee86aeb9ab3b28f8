package org.excerpta.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the generated answers CSV row by row for the baselines, as the survey importer reads it: with Commons CSV. */
final class AnswerRows {

	/** One respondent: ID, the closed answers in {@link SurveyShape#ATTRIBUTES} order, the open answer. */
	record Row(long number, String id, String[] attributes, String text) {
	}

	private AnswerRows() {
	}

	static void read(Path csv, Consumer<Row> each) {
		int attributes = SurveyShape.ATTRIBUTES.size();
		try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			long n = 0;
			for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
				String[] values = new String[attributes];
				for (int i = 0; i < attributes; i++) {
					values[i] = rec.get(i + 1);
				}
				each.accept(new Row(n++, rec.get(0), values, rec.get(attributes + 1).strip()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
		}
	}
}
