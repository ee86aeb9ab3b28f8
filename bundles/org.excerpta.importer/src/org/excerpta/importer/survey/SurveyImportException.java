package org.excerpta.importer.survey;

import java.nio.file.Path;

/**
 * A survey file that cannot be imported, with the file and, where known, the row and column at
 * fault. Thrown before anything is added to the project, or after what was added has been undone.
 */
public class SurveyImportException extends org.excerpta.api.ImportProblem {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final long row;
	private final String column;

	public SurveyImportException(Path file, long row, String column, String problem, Throwable cause) {
		super(message(file, row, column, problem), cause);
		this.file = file;
		this.row = row;
		this.column = column;
	}

	public SurveyImportException(Path file, long row, String column, String problem) {
		this(file, row, column, problem, null);
	}

	public SurveyImportException(Path file, String problem) {
		this(file, 0, null, problem, null);
	}

	public SurveyImportException(Path file, String problem, Throwable cause) {
		this(file, 0, null, problem, cause);
	}

	private static String message(Path file, long row, String column, String problem) {
		StringBuilder b = new StringBuilder().append(file);
		if (row > 0) {
			b.append(", row ").append(row);
		}
		if (column != null) {
			b.append(", column \"").append(column).append('"');
		}
		return b.append(": ").append(problem).toString();
	}

	public Path file() {
		return file;
	}

	/** The row in the file (1 is the first row, header included), or 0 when the problem is not in one row. */
	public long row() {
		return row;
	}

	/** The column's name, or {@code null} when the problem is not in one column. */
	public String column() {
		return column;
	}
}
