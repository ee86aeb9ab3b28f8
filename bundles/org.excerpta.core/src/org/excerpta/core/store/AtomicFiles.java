package org.excerpta.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes whole files so that a reader sees either the old content or the new, never a mix:
 * write a temporary sibling, force it to disk, rename it over the target, then force the folder
 * so the rename itself survives a power cut.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
		try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buf = ByteBuffer.wrap(content);
			while (buf.hasRemaining()) {
				ch.write(buf);
			}
			ch.force(true);
		}
		moveIntoPlace(tmp, target);
	}

	/** Renames a fully written and forced temporary file over its target, durably. */
	public static void moveIntoPlace(Path tmp, Path target) throws IOException {
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
		}
		forceFolder(target.getParent());
	}

	/** Makes creations, renames and deletions in a folder durable (a no-op where the OS refuses). */
	public static void forceFolder(Path folder) {
		try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Some file systems cannot open a directory; the rename is then as durable as they make it.
		}
	}
}
