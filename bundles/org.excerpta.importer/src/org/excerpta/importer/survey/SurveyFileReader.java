package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.excerpta.api.SurveyRows;

/**
 * The rows of a survey export in one of Excerpta's own formats, CSV or XLSX, read one at a time:
 * a file of a million rows is streamed, never held whole. Each call to {@link #read} reads the file
 * again from the start, so an import can look at every row before it changes anything.
 */
abstract class SurveyFileReader implements SurveyRows {

	protected final Path file;
	protected final List<String> notes = new ArrayList<>();

	SurveyFileReader(Path file) {
		this.file = file;
	}

	/** What was read and how, for the user: "CSV, UTF-8, delimiter ';'" or "XLSX, sheet "Responses"". */
	@Override
	public abstract String describe();

	/** Streams every row of the file (or of the chosen sheet) to the handler, in order. */
	@Override
	public abstract void read(RowHandler handler);

	/** What was noticed while opening the file (encoding guessed, option ignored). */
	@Override
	public List<String> notes() {
		return notes;
	}
}
