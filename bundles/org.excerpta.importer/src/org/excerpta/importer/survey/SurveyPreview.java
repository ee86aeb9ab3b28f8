package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.List;

import org.excerpta.model.VariableType;

/**
 * What an import of a survey file would do, for the user to check before importing: how the file
 * was read, the columns with their role, type and sample values, and what was noticed.
 *
 * @param format      how the file was read ("CSV, UTF-8, semicolon-separated", "XLSX, sheet "Data"")
 * @param headerRows  the header rows found (or given)
 * @param respondents rows with answers (blank rows are not counted)
 */
public record SurveyPreview(Path file, String format, int headerRows, long respondents, List<Column> columns,
		List<String> notes) {

	/** What a column becomes. */
	public enum Role {
		/** The respondent ID: each value names a case. */
		ID,
		/** An open question: each non-blank answer becomes a codable survey-answer text. */
		OPEN,
		/** A closed question: each value becomes a typed case variable value. */
		CLOSED,
		/** Empty in every row: left out. */
		EMPTY
	}

	/**
	 * @param position 1-based position in the file
	 * @param type     the variable type of a closed column, otherwise {@code null}
	 * @param values   non-blank values
	 * @param samples  the first few different values
	 * @param reason   why the column has this role and type
	 */
	public record Column(int position, String name, Role role, VariableType type, long values, List<String> samples,
			String reason) {
	}

	public SurveyPreview {
		columns = List.copyOf(columns);
		notes = List.copyOf(notes);
	}

	/** The column of that name, or {@code null}. */
	public Column column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

	public List<Column> columns(Role role) {
		return columns.stream().filter(c -> c.role() == role).toList();
	}
}
