package org.excerpta.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file whole or not at all: into a temporary file beside it, moved into place when
 * complete, so that a failed export never leaves a half-written report where the last good one was.
 */
public final class AtomicOutput {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicOutput() {
	}

	public static void write(Path file, Content content) {
		Path target = file.toAbsolutePath();
		Path dir = target.getParent();
		Path tmp = null;
		try {
			if (Files.isDirectory(target)) {
				throw new IllegalArgumentException(target + " is a folder, not a file to write");
			}
			Files.createDirectories(dir);
			// Not Files.createTempFile: its owner-only permissions would pass to the report.
			tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
			try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			tmp = null;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
		} finally {
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				} catch (IOException e) {
					// a stray temporary file is the lesser harm; the error that brought us here is reported
				}
			}
		}
	}
}
