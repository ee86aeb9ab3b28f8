package org.excerpta.api;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one kind of document or transcript file into text (and speaker turns), for File > Import
 * Documents and {@code excerpta import}. Register an implementation as a Declarative Services
 * component providing this interface.
 * <p>
 * Excerpta picks, for each file, the importer with the highest {@link #priority()} among those
 * whose {@link #extensions()} hold the file's extension and that {@link #accepts} it; Excerpta's
 * own importers have priority 0 (documents through Apache Tika) and 10 (subtitle files), so a
 * plugin that wants a format Tika also reads, say ".txt" files in its own layout, gives itself a
 * higher priority and accepts only the files that are really in its format.
 */
public interface SourceImporter {

	/** A stable identifier, for example "acme.interview"; never shown to users. */
	String id();

	/** What users see: "Interview transcripts (.int)". */
	String name();

	/** The file extensions this importer reads, in lower case, without the dot. */
	Set<String> extensions();

	/** Which importer wins when several take a file; higher wins. */
	default int priority() {
		return 0;
	}

	/**
	 * Whether this importer takes this file (with one of its extensions): a look at the first line,
	 * for a format that shares its extension with others. It must not throw.
	 */
	default boolean accepts(Path file) {
		return true;
	}

	/**
	 * Reads the file. Called off the user interface thread; may take time, must not change anything.
	 *
	 * @throws ImportProblem when the file is not in this format or is damaged, saying where
	 */
	ImportedText read(Path file);
}
