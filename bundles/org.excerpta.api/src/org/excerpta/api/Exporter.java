package org.excerpta.api;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes the project, or what the settings cover, in one format: {@code excerpta export --format ID}
 * and File > Export. Register an implementation as a Declarative Services component providing this
 * interface.
 */
public interface Exporter {

	/** The format's name on the command line: "qdpx", "html". */
	String id();

	/** What users see: "HTML report". */
	String name();

	/** One sentence for {@code --help} and the Export wizard. */
	String description();

	/** The file extension written, without the dot; empty when the export is a folder of files. */
	String extension();

	/**
	 * Writes the export. A file is written whole or not at all (write to a temporary file beside it
	 * and move it into place). Reads the project, never changes it; runs off the user interface thread.
	 *
	 * @param out the file to write, or for a folder export the folder (made if missing)
	 * @return the files written, with a summary and warnings
	 * @throws IOException when the output cannot be written (the message says which file and why)
	 * @throws IllegalArgumentException when an option's value is wrong, saying which and why
	 */
	ExportResult export(ProjectAccess project, Settings settings, Path out, IProgressMonitor monitor) throws IOException;
}
