package org.excerpta.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RepositoryLocationTest {

	@Test
	void aRelativePathIsAFolderBelowTheCurrentOne() {
		URI uri = RepositoryLocation.parse("samples/repository");
		assertEquals("file", uri.getScheme());
		assertEquals(Path.of("samples/repository").toAbsolutePath().normalize(), Path.of(uri));
	}

	@Test
	void urlsAreKeptAsTheyAre() {
		assertEquals(URI.create("https://example.org/excerpta/plugins"), RepositoryLocation.parse(" https://example.org/excerpta/plugins "));
		assertEquals(Path.of("/srv/repo"), Path.of(RepositoryLocation.parse("file:/srv/repo/")));
	}

	@Test
	void nothingGivenIsSaid() {
		PluginException e = assertThrows(PluginException.class, () -> RepositoryLocation.parse("  "));
		assertTrue(e.getMessage().startsWith("No repository given"), e.getMessage());
	}

	@Test
	void aLocalFolderIsShownAsAPath() {
		assertEquals("/srv/repo", RepositoryLocation.describe(URI.create("file:/srv/repo")));
		assertEquals("https://example.org/r", RepositoryLocation.describe(URI.create("https://example.org/r")));
	}
}
