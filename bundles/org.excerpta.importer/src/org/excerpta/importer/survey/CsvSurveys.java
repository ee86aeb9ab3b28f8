package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.excerpta.api.SurveyReader;
import org.excerpta.api.SurveyRows;

/**
 * Excerpta's own reader of CSV and other delimited text exports (Qualtrics, SurveyMonkey, REDCap,
 * LimeSurvey, Google Forms): the fallback for any file no other reader takes. Registered as a
 * service (OSGI-INF/csv-surveys.xml).
 */
public final class CsvSurveys implements SurveyReader {

	@Override
	public String id() {
		return "excerpta.csv";
	}

	@Override
	public String name() {
		return "CSV and delimited text";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("csv", "tsv", "txt");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		// Workbooks are never text: leave them to a reader that knows them, or to a clear refusal.
		return !SurveyFile.startsWith(head, SurveyFile.ZIP) && !SurveyFile.startsWith(head, SurveyFile.OLE2)
				&& !name.endsWith(".xlsx") && !name.endsWith(".xlsm") && !name.endsWith(".xls");
	}

	@Override
	public SurveyRows open(Path file, String sheet) {
		CsvSurveyReader csv = new CsvSurveyReader(file);
		if (sheet != null) {
			csv.notes.add("the sheet option (" + sheet + ") applies to XLSX workbooks only; ignored for this CSV file");
		}
		return csv;
	}
}
