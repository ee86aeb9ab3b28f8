package org.excerpta.cli;

/** Who is coding: --coder, else $EXCERPTA_CODER, else the login name. */
final class CoderName {

	private CoderName() {
	}

	static String of(String given) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		return org.excerpta.core.coding.Coder.defaultName();
	}
}
