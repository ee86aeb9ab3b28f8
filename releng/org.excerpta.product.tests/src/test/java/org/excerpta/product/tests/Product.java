package org.excerpta.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of the materialized product (installing a plugin changes the installation, so
 * the build's own product stays untouched), and its {@code excerpta} launcher run as a separate
 * process, as a user runs it.
 */
final class Product {

	/** What one run printed and how it ended. */
	record Run(int exitCode, String out, String err, long millis) {
		@Override
		public String toString() {
			return "exit " + exitCode + " after " + millis + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private final Path home;
	private final Path data;

	private Product(Path home, Path data) {
		this.home = home;
		this.data = data;
	}

	/** Copies the product named by the system property excerpta.product into {@code folder}. */
	static Product copyInto(Path folder) throws IOException {
		Path source = Path.of(required("excerpta.product"));
		if (!Files.isRegularFile(source.resolve("excerpta"))) {
			throw new IllegalStateException("No materialized product at " + source
					+ " (no excerpta launcher): build releng/org.excerpta.product first (./mvnw verify).");
		}
		Path home = folder.resolve("excerpta");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = home.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return new Product(home, Files.createDirectories(folder.resolve("excerpta-home")));
	}

	static String required(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("System property " + property + " is not set (the pom sets it).");
		}
		return value;
	}

	Path home() {
		return home;
	}

	Path bundlesInfo() {
		return home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
	}

	List<String> bundlesInfoLines() {
		try {
			return Files.readAllLines(bundlesInfo(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs {@code excerpta ARGS} and waits (at most three minutes) for it to end. */
	Run excerpta(String... args) throws IOException, InterruptedException {
		return excerpta(java.util.Map.of(), args);
	}

	/** Runs {@code excerpta ARGS} with these environment variables set beside EXCERPTA_HOME. */
	Run excerpta(java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(home.resolve("excerpta").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("EXCERPTA_HOME", data.toString());
		builder.environment().putAll(environment);
		Path out = Files.createTempFile(data, "out", ".txt");
		Path err = Files.createTempFile(data, "err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("excerpta " + String.join(" ", args) + " did not end within three minutes");
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err), millis);
	}
}
