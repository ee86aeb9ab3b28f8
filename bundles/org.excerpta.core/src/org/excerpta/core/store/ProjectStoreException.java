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

	/**
	 * What a failure while working on {@code file} is to its caller: itself when it already names
	 * its file (a ProjectStoreException from deeper down), otherwise wrapped: the file, then
	 * {@code doing} followed by the failure's own message.
	 */
	static ProjectStoreException of(Path file, String doing, Exception failure) {
		return failure instanceof ProjectStoreException pse ? pse
				: new ProjectStoreException(file, doing + failure.getMessage(), failure);
	}

	/** The file (or folder) the problem is in. */
	public Path file() {
		return file;
	}
}
