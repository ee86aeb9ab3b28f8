package org.excerpta.exchange.qdpx;

/**
 * A REFI-QDA file that cannot be imported at all: the message says what is wrong and where (the
 * archive entry, element and line). When it is thrown nothing has been created.
 */
public final class QdpxImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public QdpxImportException(String message) {
		super(message);
	}

	public QdpxImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
