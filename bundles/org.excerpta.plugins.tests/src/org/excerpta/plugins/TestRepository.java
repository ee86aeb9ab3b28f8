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

	static URI location() {
		Path folder = Path.of(System.getProperty("user.dir"), "testdata", "repository").toAbsolutePath();
		if (!Files.isRegularFile(folder.resolve("content.jar"))) {
			throw new IllegalStateException("the test repository is missing: no content.jar in " + folder);
		}
		return folder.toUri();
	}
}
