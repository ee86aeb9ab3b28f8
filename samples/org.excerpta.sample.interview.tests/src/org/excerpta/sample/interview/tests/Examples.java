package org.excerpta.sample.interview.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample plugin's example files (samples/org.excerpta.sample.interview/examples), found from the test's working folder upwards. */
final class Examples {

	private Examples() {
	}

	static Path file(String name) {
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("samples/org.excerpta.sample.interview/examples").resolve(name);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("the example " + name + " is not in samples/org.excerpta.sample.interview/examples above "
				+ System.getProperty("user.dir"));
	}
}
