package org.excerpta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's launcher caps the collector's young generation (a million-answer import ran
 * a fifth faster and in half the memory with the cap), but only where the heap is large enough for
 * the cap to matter: a user who gives Java a small heap, or a young generation of their own, gets
 * neither a larger young generation than Java's own choice nor a JVM warning on every command.
 * It also promotes what survives one young collection (a model read or imported in bulk lives until
 * the command ends; copying it between survivor spaces cost a million-answer import 1.7 s of pauses).
 * The JVM's {@code -XX:+PrintCommandLineFlags} shows what the launcher gave it.
 */
class LauncherMemoryTest {

	private static final String CAP = "-XX:MaxNewSize=536870912";

	@TempDir
	static Path tmp;

	static Product product;

	@BeforeAll
	static void copyProduct() throws Exception {
		product = Product.copyInto(tmp);
	}

	private static Product.Run help(String javaOptions) throws Exception {
		Product.Run run = product.excerpta(Map.of("JAVA_TOOL_OPTIONS", javaOptions + " -XX:+PrintCommandLineFlags"), "--help");
		assertEquals(0, run.exitCode(), run.toString());
		return run;
	}

	@Test
	void aLargeHeapGetsTheCappedYoungGeneration() throws Exception {
		Product.Run run = help("-Xmx3g");
		assertTrue(run.out().contains(CAP), "no young generation cap with a 3 GB heap:\n" + run);
		assertTrue(run.out().contains("-XX:+UseParallelGC"), run.toString());
	}

	@Test
	void aSmallHeapKeepsJavasOwnYoungGenerationAndNoWarning() throws Exception {
		Product.Run run = help("-Xmx256m");
		assertFalse(run.out().contains("MaxNewSize"), "a 512 MB cap given to a 256 MB heap:\n" + run);
		assertFalse(run.err().toLowerCase(java.util.Locale.ROOT).contains("warning"), run.toString());
	}

	@Test
	void theUsersOwnYoungGenerationSettingStands() throws Exception {
		Product.Run run = help("-Xmx3g -XX:MaxNewSize=256m");
		assertFalse(run.out().contains(CAP), "the launcher overrode the user's setting:\n" + run);
		assertTrue(run.out().contains("-XX:MaxNewSize=268435456"), run.toString());
	}

	@Test
	void whatSurvivesOneCollectionIsPromoted() throws Exception {
		assertTrue(help("-Xmx3g").out().contains("-XX:MaxTenuringThreshold=1"), "objects copied between survivor spaces");
		Product.Run own = help("-Xmx3g -XX:MaxTenuringThreshold=7");
		assertTrue(own.out().contains("-XX:MaxTenuringThreshold=7"), "the launcher overrode the user's setting:\n" + own);
	}
}
