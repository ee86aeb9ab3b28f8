package org.excerpta.api;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one kind of survey export (a table of respondents by questions) for File > Import Survey
 * and {@code excerpta import-survey}. Register an implementation as a Declarative Services component
 * providing this interface. Excerpta turns the rows into cases, attributes and coded answers the
 * same way whoever read them.
 * <p>
 * Excerpta asks the readers in order of {@link #priority()}, highest first, and opens the file with
 * the first that {@link #accepts} it. Its own readers: XLSX (priority 10, by the file's zip header
 * or extension) and CSV (priority 0, any other file, as the fallback).
 */
public interface SurveyReader {

	/** A stable identifier, for example "acme.spss"; never shown to users. */
	String id();

	/** What users see: "SPSS data files (.sav)". */
	String name();

	/** The file extensions this reader is meant for, in lower case, without the dot (for file dialogs). */
	Set<String> extensions();

	default int priority() {
		return 0;
	}

	/**
	 * Whether this reader takes the file, from its name and its first bytes ({@code head}, up to 8).
	 * It must not throw.
	 */
	boolean accepts(Path file, byte[] head);

	/**
	 * Opens the file; the rows are read later, through {@link SurveyRows#read}.
	 *
	 * @param sheet the sheet or table the user chose, or null for the first (readers of one-table formats ignore it and say so in their notes)
	 * @throws ImportProblem when the file cannot be opened in this format, saying why
	 */
	SurveyRows open(Path file, String sheet);
}
