package org.excerpta.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer in the test runtime: p2 is there (agent, repositories), but the runtime was not
 * installed by p2, so there is no profile of its own; installing is tested on a throwaway profile
 * in {@link InstallIntoProfileTest}.
 */
class PluginInstallerTest {

	private final PluginInstaller installer = PluginInstaller.running();

	@Test
	void listsTheFeaturesOfARepositoryWithTheirTexts() {
		List<PluginFeature> features = installer.available(TestRepository.location(), new NullProgressMonitor());
		assertEquals(List.of("org.excerpta.hello.feature", "org.excerpta.needy.feature"), features.stream().map(PluginFeature::id).toList());
		PluginFeature hello = features.get(0);
		assertEquals("Hello Plugin", hello.name());
		assertEquals("Excerpta tests", hello.provider());
		assertEquals("A tiny plugin for testing installation.", hello.description());
		assertTrue(hello.version().startsWith("1.0.0."), hello.version());
		assertEquals("Hello Plugin " + hello.version() + " (org.excerpta.hello.feature)", hello.label());
	}

	@Test
	void aMissingFolderIsNamed(@TempDir Path dir) {
		Path missing = dir.resolve("no-such-repository");
		PluginException e = assertThrows(PluginException.class, () -> installer.available(missing.toUri(), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("The repository " + missing + " does not exist."), e.getMessage());
	}

	@Test
	void aFolderThatIsNoP2RepositoryIsSaidToBeOne(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("notes.txt"), "not a repository");
		PluginException e = assertThrows(PluginException.class, () -> installer.available(dir.toUri(), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith(dir + " is not a p2 repository: it holds no content.jar"), e.getMessage());
	}

	@Test
	void aFileIsNotARepository(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("repository.txt"), "x");
		PluginException e = assertThrows(PluginException.class, () -> installer.available(file.toUri(), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("The repository " + file + " is a file, not a folder"), e.getMessage());
	}

	@Test
	void anUnreachableServerIsNamed() {
		// Port 9 (discard) on loopback: nothing listens there on a test machine, so the connection is refused at once.
		URI nowhere = URI.create("http://127.0.0.1:9/excerpta-plugins");
		PluginException e = assertThrows(PluginException.class, () -> installer.available(nowhere, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("http://127.0.0.1:9/excerpta-plugins"), e.getMessage());
		assertTrue(e.getMessage().contains("p2 fetches http:// addresses over https://"), e.getMessage());
	}

	@Test
	void aTestRuntimeHasNoProfileAndSaysSo() {
		PluginException listing = assertThrows(PluginException.class, installer::installed);
		assertTrue(listing.getMessage().startsWith("This Excerpta has no p2 profile (eclipse.p2.profile is not set): "
				+ "it runs from a development or test launch"), listing.getMessage());
		PluginException installing = assertThrows(PluginException.class,
				() -> installer.install(TestRepository.location(), List.of("org.excerpta.hello.feature"), new NullProgressMonitor()));
		assertEquals(listing.getMessage(), installing.getMessage());
	}

	@Test
	void repositoriesLoadedForAListingAreForgottenAfterwards(@TempDir Path dir) throws IOException {
		// A copy p2 cannot have met before (the test runtime's p2 data area outlives a run).
		URI location = TestRepository.copyInto(dir.resolve("repository"));
		installer.available(location, new NullProgressMonitor());
		var agent = PluginInstallerTestAgent.current();
		var manager = agent.getService(org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager.class);
		assertFalse(manager.contains(location), "the listed repository stays known to p2");
	}
}
