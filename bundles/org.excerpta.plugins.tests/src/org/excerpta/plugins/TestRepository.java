package org.excerpta.plugins;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tiny p2 repository checked in under testdata/repository: features org.excerpta.hello.feature
 * (one bundle that needs nothing) and org.excerpta.needy.feature (one bundle that requires
 * org.eclipse.equinox.common). Built with Tycho from testdata/plugin-sources.
 */
final class TestRepository {

	private TestRepository() {
	}

	/** A copy of the repository in {@code folder}, at a location p2 has never seen. */
	static URI copyInto(Path folder) throws java.io.IOException {
		Path source = Path.of(location());
		try (var files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, folder.resolve(source.relativize(file).toString()));
			}
		}
		return folder.toUri();
	}

	static URI location() {
		Path folder = Path.of(System.getProperty("user.dir"), "testdata", "repository").toAbsolutePath();
		if (!Files.isRegularFile(folder.resolve("content.jar"))) {
			throw new IllegalStateException("the test repository is missing: no content.jar in " + folder);
		}
		return folder.toUri();
	}
}
