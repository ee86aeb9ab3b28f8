package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code excerpta plugins} in the test runtime, which p2 did not install: every command that needs
 * the installation's profile says so and fails. Installing into the product is tested end to end
 * by releng/org.excerpta.product.tests, and on a throwaway profile by org.excerpta.plugins.tests.
 */
class PluginsCommandTest {

	@Test
	void withoutAProfileListingSaysWhyAndFails() {
		CliRun run = CliRun.run("plugins", "list");
		assertEquals(1, run.exitCode(), run.err());
		assertTrue(run.err().startsWith("excerpta plugins list: This Excerpta has no p2 profile"), run.err());
		assertTrue(run.err().contains("development or test launch"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void installNeedsARepositoryAndAFeature() {
		CliRun run = CliRun.run("plugins", "install", "/tmp/some-repository");
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("FEATURE_ID"), run.err());
	}

	@Test
	void theCommandsAreListed() {
		CliRun run = CliRun.run("plugins");
		assertEquals(0, run.exitCode(), run.err());
		for (String command : new String[] { "list", "available", "install", "uninstall" }) {
			assertTrue(run.out().contains("  " + command + " "), run.out());
		}
	}
}
