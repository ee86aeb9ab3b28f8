package org.excerpta.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real test files beside the checkout ({@code ../shared/data}: transcripts, surveys and
 * REFI-QDA exports nobody on this project wrote; see its README for sources and licences), found
 * by walking up from the working folder, or where {@code EXCERPTA_SHARED_DATA} points. One copy
 * for every test bundle: this bundle is test support only and is not part of the product.
 */
public final class SharedData {

	private SharedData() {
	}

	/** A file of the shared test data, by its path under shared/data; a missing folder or file fails the test with a clear message. */
	public static Path file(String relative) {
		String given = System.getenv("EXCERPTA_SHARED_DATA");
		if (given != null && Files.isDirectory(Path.of(given))) {
			return existing(Path.of(given).resolve(relative));
		}
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/data");
			if (Files.isDirectory(candidate)) {
				return existing(candidate.resolve(relative));
			}
		}
		throw new AssertionError("the shared test data (a folder shared/data beside the checkout, or $EXCERPTA_SHARED_DATA) "
				+ "was not found above " + System.getProperty("user.dir"));
	}

	/** The shared data folder itself (holding transcripts/ and surveys/). */
	public static Path folder() {
		return file("README.md").getParent();
	}

	private static Path existing(Path file) {
		if (!Files.exists(file)) {
			throw new AssertionError("missing test file " + file);
		}
		return file;
	}
}
