package org.excerpta.core.store;

import java.nio.file.Path;

/**
 * A project folder cannot be created, opened or written. The message always names the file
 * concerned and says what is wrong with it, so that a researcher (or a support request) can act on it.
 */
public class ProjectStoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ProjectStoreException(Path file, String message) {
		this(file, message, null);
	}

	public ProjectStoreException(Path file, String message, Throwable cause) {
		super(file == null ? message : file + ": " + message, cause);
		this.file = file;
	}

	/** The file (or folder) the problem is in. */
	public Path file() {
		return file;
	}
}
