package org.excerpta.exchange.qdpx;

/** An export that could not be completed; the target file is then left as it was. */
public final class QdpxExportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public QdpxExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
