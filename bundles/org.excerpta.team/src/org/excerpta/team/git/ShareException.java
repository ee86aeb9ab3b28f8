package org.excerpta.team.git;

/** Sharing failed: the remote cannot be reached or refused, or the repository is not usable. The message says which. */
public final class ShareException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ShareException(String message) {
		super(message);
	}

	public ShareException(String message, Throwable cause) {
		super(message, cause);
	}
}
