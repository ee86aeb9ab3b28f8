package org.excerpta.api;

import java.util.List;

/**
 * The rows of one survey file, as a {@link SurveyReader} opened it. Excerpta reads the rows twice:
 * once to look at every column before it changes anything, once to import; each {@link #read} starts
 * again from the first row, so a file of a million rows is streamed, never held whole.
 */
public interface SurveyRows {

	/** Receives each row in file order; blank rows may be passed too. */
	interface RowHandler {
		/**
		 * @param number the row's number in the file, 1 for the first row (the header, usually)
		 * @param cells  the row's cells as text, dates in ISO 8601
		 */
		void row(long number, List<String> cells);
	}

	/** What was read and how, for the user: "CSV, UTF-8, delimiter ';'" or "XLSX, sheet "Responses"". */
	String describe();

	/**
	 * Streams every row to the handler, in order, from the first.
	 *
	 * @throws ImportProblem when the file is damaged, saying the row
	 */
	void read(RowHandler handler);

	/** What was noticed while opening the file (an encoding guessed, an option ignored); may be empty. */
	List<String> notes();
}
