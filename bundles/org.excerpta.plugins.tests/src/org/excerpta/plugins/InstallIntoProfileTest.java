package org.excerpta.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Install and uninstall for real, with p2's planner and engine, into a throwaway profile whose
 * installation folder is a temporary folder: the test runtime's own bundles stay untouched.
 * The profile starts empty, so the needy feature (which requires org.eclipse.equinox.common)
 * cannot be installed into it, and says why.
 */
class InstallIntoProfileTest {

	@TempDir
	Path installation;

	private IProfileRegistry registry;
	private String profileId;
	private PluginInstaller installer;

	@BeforeEach
	void createProfile() throws ProvisionException {
		IProvisioningAgent agent = PluginInstallerTestAgent.current();
		registry = agent.getService(IProfileRegistry.class);
		profileId = "ExcerptaPluginTest-" + System.nanoTime();
		registry.addProfile(profileId, Map.of(IProfile.PROP_INSTALL_FOLDER, installation.toString(), IProfile.PROP_CACHE,
				installation.toString(), IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
		installer = new PluginInstaller(agent, PluginInstallerTestAgent.context(), profileId);
	}

	@AfterEach
	void removeProfile() {
		registry.removeProfile(profileId);
	}

	@Test
	void installsListsAndUninstallsAPlugin() throws IOException {
		PluginChange change = installer.install(TestRepository.location(), List.of("org.excerpta.hello.feature"), new NullProgressMonitor());
		assertEquals(List.of("org.excerpta.hello.feature"), change.installed().stream().map(PluginFeature::id).toList());
		assertTrue(change.removed().isEmpty());
		assertTrue(change.restartNeeded());
		assertTrue(change.describe().startsWith("Installed Hello Plugin 1.0.0."), change.describe());
		assertTrue(change.describe().endsWith("Restart Excerpta for the change to take effect."), change.describe());

		List<InstalledPlugin> installed = installer.installed();
		assertEquals(1, installed.size());
		assertEquals("org.excerpta.hello.feature", installed.get(0).feature().id());
		assertEquals(1, installed.get(0).bundles().size());
		PluginBundle bundle = installed.get(0).bundles().get(0);
		assertEquals("org.excerpta.hello", bundle.symbolicName());
		// p2 installed it into the profile's folder, not into this runtime, which never loads it.
		assertEquals("not loaded", bundle.state());
		assertTrue(Files.isRegularFile(installation.resolve("plugins/org.excerpta.hello_" + bundle.version() + ".jar")));

		PluginException again = assertThrows(PluginException.class,
				() -> installer.install(TestRepository.location(), List.of("org.excerpta.hello.feature.feature.group"), new NullProgressMonitor()));
		assertEquals("Hello Plugin " + installed.get(0).feature().version() + " (org.excerpta.hello.feature) is already installed.", again.getMessage());

		PluginChange removal = installer.uninstall(List.of("org.excerpta.hello.feature"), new NullProgressMonitor());
		assertEquals(List.of("org.excerpta.hello.feature"), removal.removed().stream().map(PluginFeature::id).toList());
		assertTrue(removal.installed().isEmpty());
		assertTrue(installer.installed().isEmpty());
		// p2's garbage collector took the jar away with the plugin.
		assertFalse(Files.exists(installation.resolve("plugins/org.excerpta.hello_" + bundle.version() + ".jar")));

		PluginException notInstalled = assertThrows(PluginException.class,
				() -> installer.uninstall(List.of("org.excerpta.hello.feature"), new NullProgressMonitor()));
		assertEquals("org.excerpta.hello.feature is not installed. No plugins are installed.", notInstalled.getMessage());
	}

	@Test
	void aFeatureTheRepositoryDoesNotHaveIsNamedWithWhatItHas() {
		PluginException e = assertThrows(PluginException.class,
				() -> installer.install(TestRepository.location(), List.of("org.excerpta.nothere"), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("The feature org.excerpta.nothere is not in the repository " + Path.of(TestRepository.location())
				+ ". It offers: Hello Plugin 1.0.0."), e.getMessage());
		assertTrue(e.getMessage().contains("Needy Plugin 1.0.0."), e.getMessage());
		assertTrue(installer.installed().isEmpty());
	}

	@Test
	void unmetRequirementsSayWhichFeatureNeedsWhatAndChangeNothing() throws IOException {
		PluginException e = assertThrows(PluginException.class,
				() -> installer.install(TestRepository.location(), List.of("org.excerpta.needy.feature"), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("Cannot install Needy Plugin 1.0.0."), e.getMessage());
		assertTrue(e.getMessage().contains("needs bundle org.eclipse.equinox.common (any version), which is neither installed in Excerpta nor in the repository"),
				e.getMessage());
		assertTrue(e.getMessage().contains("Nothing was changed."), e.getMessage());
		assertTrue(installer.installed().isEmpty());
		try (Stream<Path> files = Files.list(installation)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("plugins")), "nothing may be installed");
		}
	}

	@Test
	void nothingToInstallOrUninstallIsSaid() {
		assertThrows(PluginException.class, () -> installer.install(TestRepository.location(), List.of(), new NullProgressMonitor()));
		assertThrows(PluginException.class, () -> installer.uninstall(List.of(), new NullProgressMonitor()));
	}
}
