package org.excerpta.importer.survey;

import java.util.List;
import java.util.Map;

import org.excerpta.model.VariableType;

/**
 * How to read a survey export.
 *
 * @param idColumn      the column holding each respondent's ID, which becomes the case name; {@code null}:
 *                      respondents are numbered 1, 2, 3... in file order (a re-import then matches by position)
 * @param openColumns   the columns to import as codable open answers, and only these (a question the
 *                      project already has stays one); empty: detect them
 * @param typeOverrides the type of a closed column, instead of the detected one
 * @param sheet         for an XLSX workbook: {@code null} for the first sheet, a 1-based number or a sheet name
 * @param headerRows    how many rows form the header; 0 detects one row or two (SurveyMonkey's sub-labels)
 */
public record SurveyOptions(String idColumn, List<String> openColumns, Map<String, VariableType> typeOverrides,
		String sheet, int headerRows) {

	public SurveyOptions {
		idColumn = idColumn == null || idColumn.isBlank() ? null : idColumn;
		openColumns = openColumns == null ? List.of() : List.copyOf(openColumns);
		typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
		sheet = sheet == null || sheet.isBlank() ? null : sheet.strip();
		if (headerRows < 0) {
			throw new IllegalArgumentException("the number of header rows must be 0 (detect) or more, not " + headerRows);
		}
	}

	/** Everything detected: respondents numbered by row, open columns and types guessed, first sheet. */
	public static SurveyOptions defaults() {
		return new SurveyOptions(null, List.of(), Map.of(), null, 0);
	}

	public SurveyOptions withIdColumn(String column) {
		return new SurveyOptions(column, openColumns, typeOverrides, sheet, headerRows);
	}

	public SurveyOptions withOpenColumns(List<String> columns) {
		return new SurveyOptions(idColumn, columns, typeOverrides, sheet, headerRows);
	}

	public SurveyOptions withTypeOverrides(Map<String, VariableType> types) {
		return new SurveyOptions(idColumn, openColumns, types, sheet, headerRows);
	}

	public SurveyOptions withSheet(String sheetNumberOrName) {
		return new SurveyOptions(idColumn, openColumns, typeOverrides, sheetNumberOrName, headerRows);
	}

	public SurveyOptions withHeaderRows(int rows) {
		return new SurveyOptions(idColumn, openColumns, typeOverrides, sheet, rows);
	}
}
