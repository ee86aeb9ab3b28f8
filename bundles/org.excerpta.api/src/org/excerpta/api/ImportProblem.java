package org.excerpta.api;

/**
 * A file that cannot be read, with a message a researcher can act on: what is wrong and where
 * ("line 12: a turn without a speaker"). Contributions throw it; Excerpta reports it against the
 * file and leaves the project as it was.
 */
public class ImportProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImportProblem(String message) {
		super(message);
	}

	public ImportProblem(String message, Throwable cause) {
		super(message, cause);
	}
}
