package org.excerpta.importer.document;

/** A file that cannot be imported, with a reason a researcher can act on. */
public final class ImportFailure extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportFailure(String reason) {
		super(reason);
	}

	public ImportFailure(String reason, Throwable cause) {
		super(reason, cause);
	}
}
