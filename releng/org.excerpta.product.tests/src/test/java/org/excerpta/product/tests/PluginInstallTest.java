package org.excerpta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Installs a plugin into a copy of the product with {@code excerpta plugins install}, then, in new
 * processes (a restart), finds it listed, its bundles in bundles.info and resolved by the
 * framework, and uninstalls it. The repository and feature come from the pom
 * (excerpta.plugin.repository, excerpta.plugin.feature).
 */
class PluginInstallTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	static Path tmp;

	static Product product;
	static String repository;
	static String feature;

	@BeforeAll
	static void copyProduct() throws Exception {
		product = Product.copyInto(tmp);
		repository = Path.of(Product.required("excerpta.plugin.repository")).toAbsolutePath().normalize().toString();
		feature = Product.required("excerpta.plugin.feature").replaceAll("\\.feature\\.group$", "");
		assertTrue(Files.isDirectory(Path.of(repository)), "the plugin repository " + repository + " is missing: build it first");
	}

	@Test
	void installRestartListAndUninstall() throws Exception {
		Product.Run before = product.excerpta("plugins", "list", "--json");
		assertEquals(0, before.exitCode(), before.toString());
		assertTrue(plugin(before).isEmpty(), "installed before the test: " + before.out());

		Product.Run available = product.excerpta("plugins", "available", repository, "--json");
		assertEquals(0, available.exitCode(), available.toString());
		List<String> offered = new ArrayList<>();
		JSON.readTree(available.out()).get("features").forEach(f -> offered.add(f.get("id").asText()));
		assertTrue(offered.contains(feature), feature + " not offered by " + repository + ": " + offered);

		// Before: the product does not know the plugin's format or analysis.
		Path example = Path.of(Product.required("excerpta.plugin.example")).toAbsolutePath().normalize();
		Path study = tmp.resolve("study");
		assertEquals(0, product.excerpta("new", study.toString()).exitCode());
		Product.Run unknown = product.excerpta("import", study.toString(), example.toString());
		assertEquals(1, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.out().contains("is not a format Excerpta imports") || unknown.err().contains("is not a format Excerpta imports"),
				unknown.toString());

		Product.Run install = product.excerpta("plugins", "install", repository, Product.required("excerpta.plugin.feature"));
		assertEquals(0, install.exitCode(), install.toString());
		assertTrue(install.out().startsWith("Installed "), install.out());
		assertTrue(install.out().contains("(" + feature + ")"), install.out());
		assertTrue(install.out().strip().endsWith("Restart Excerpta for the change to take effect."), install.out());
		System.out.println("install took " + install.millis() + " ms");

		// A new process is the restart: the framework now starts from the rewritten bundles.info.
		Product.Run listed = product.excerpta("plugins", "list", "--json");
		assertEquals(0, listed.exitCode(), listed.toString());
		JsonNode plugin = plugin(listed).orElseThrow(() -> new AssertionError(feature + " not listed after install: " + listed.out()));
		JsonNode bundles = plugin.get("bundles");
		assertTrue(bundles.size() > 0, "the plugin brought no bundles: " + plugin);
		List<String> info = product.bundlesInfoLines();
		for (JsonNode bundle : bundles) {
			String name = bundle.get("symbolicName").asText();
			String version = bundle.get("version").asText();
			assertTrue(info.stream().anyMatch(line -> line.startsWith(name + "," + version + ",")),
					name + " " + version + " is not in " + product.bundlesInfo());
			assertTrue(List.of("resolved", "starting", "active").contains(bundle.get("state").asText()),
					name + " did not resolve after the restart: " + bundle);
		}

		// Used from the command line: the plugin's format imports, its analysis runs, and the HTML report holds its table.
		Product.Run imported = product.excerpta("import", study.toString(), example.toString());
		assertEquals(0, imported.exitCode(), imported.toString());
		Product.Run projectInfo = product.excerpta("info", study.toString(), "--json");
		assertTrue(JSON.readTree(projectInfo.out()).toString().contains("\"sources\":1"), projectInfo.out());
		Product.Run analyses = product.excerpta("analyze", "--list");
		assertTrue(analyses.out().contains("word-frequencies") && analyses.out().contains("code-frequencies"), analyses.toString());
		Product.Run words = product.excerpta("analyze", study.toString(), "word-frequencies", "--json");
		assertEquals(0, words.exitCode(), words.toString());
		assertTrue(words.out().contains("{\"word\":\"budget\",\"occurrences\":3"), words.out());
		Path report = tmp.resolve("report.html");
		assertEquals(0, product.excerpta("export", study.toString(), "--format", "html", report.toString()).exitCode());
		assertTrue(Files.readString(report).contains("Word frequencies"), "the plugin's table is in the HTML report");

		Product.Run again = product.excerpta("plugins", "install", repository, feature);
		assertEquals(1, again.exitCode(), again.toString());
		assertTrue(again.err().startsWith("excerpta plugins install: ") && again.err().contains("is already installed."), again.err());

		Product.Run uninstall = product.excerpta("plugins", "uninstall", feature);
		assertEquals(0, uninstall.exitCode(), uninstall.toString());
		assertTrue(uninstall.out().startsWith("Removed "), uninstall.out());

		Product.Run after = product.excerpta("plugins", "list");
		assertEquals(0, after.exitCode(), after.toString());
		assertEquals("No plugins installed.", after.out().strip());
		for (JsonNode bundle : bundles) {
			String name = bundle.get("symbolicName").asText() + ",";
			assertFalse(product.bundlesInfoLines().stream().anyMatch(line -> line.startsWith(name)), name + " still in bundles.info");
		}
		Product.Run help = product.excerpta("--help");
		assertEquals(0, help.exitCode(), help.toString());
		assertTrue(help.out().contains("plugins"), help.out());
	}

	@Test
	void mistakesAreExplained() throws Exception {
		Path missing = tmp.resolve("no-such-repository");
		Product.Run noRepository = product.excerpta("plugins", "available", missing.toString());
		assertEquals(1, noRepository.exitCode(), noRepository.toString());
		assertEquals("excerpta plugins available: The repository " + missing + " does not exist.", noRepository.err().lines()
				.findFirst().orElse("").replaceAll(" Give the folder.*", ""));

		Product.Run notThere = product.excerpta("plugins", "install", repository, "org.excerpta.no.such.feature");
		assertEquals(1, notThere.exitCode(), notThere.toString());
		assertTrue(notThere.err().contains("The feature org.excerpta.no.such.feature is not in the repository " + repository), notThere.err());
		assertTrue(notThere.err().contains("It offers: "), notThere.err());

		Product.Run notInstalled = product.excerpta("plugins", "uninstall", "org.excerpta.feature");
		assertEquals(1, notInstalled.exitCode(), notInstalled.toString());
		assertEquals("excerpta plugins uninstall: org.excerpta.feature is part of Excerpta itself, not a plugin: it cannot be uninstalled.",
				notInstalled.err().strip());
	}

	private static java.util.Optional<JsonNode> plugin(Product.Run list) throws Exception {
		for (JsonNode p : JSON.readTree(list.out()).get("plugins")) {
			if (feature.equals(p.get("id").asText())) {
				return java.util.Optional.of(p);
			}
		}
		return java.util.Optional.empty();
	}
}
