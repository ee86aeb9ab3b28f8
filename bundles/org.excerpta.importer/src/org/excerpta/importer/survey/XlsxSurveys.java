package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.excerpta.api.SurveyReader;
import org.excerpta.api.SurveyRows;

/**
 * Excerpta's own reader of Excel workbooks (.xlsx, streamed with Apache POI), recognised by their
 * zip header first and their name second. Registered as a service (OSGI-INF/xlsx-surveys.xml).
 */
public final class XlsxSurveys implements SurveyReader {

	@Override
	public String id() {
		return "excerpta.xlsx";
	}

	@Override
	public String name() {
		return "Excel workbooks (.xlsx)";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("xlsx", "xlsm");
	}

	@Override
	public int priority() {
		return 10;
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return !SurveyFile.startsWith(head, SurveyFile.OLE2)
				&& (SurveyFile.startsWith(head, SurveyFile.ZIP) || name.endsWith(".xlsx") || name.endsWith(".xlsm"));
	}

	@Override
	public SurveyRows open(Path file, String sheet) {
		return new XlsxSurveyReader(file, sheet);
	}
}
