package org.excerpta.exchange.qdpx;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

import org.excerpta.core.store.AtomicFiles;

/**
 * A hidden folder beside the new project's folder where the import builds the project. Only a
 * complete project is renamed into place; on failure the folder is deleted, together with any
 * parent folders the import created, so a failed import leaves nothing behind.
 */
final class Staging {

	private final Path target;
	private final Path folder;
	private final Path createdParent;

	private Staging(Path target, Path folder, Path createdParent) {
		this.target = target;
		this.folder = folder;
		this.createdParent = createdParent;
	}

	/** Refuses a target that is taken: an import makes a new project, it never writes into an existing folder. */
	static void checkFree(Path target) {
		Path t = target.toAbsolutePath().normalize();
		if (Files.exists(t) && (!Files.isDirectory(t) || !isEmpty(t))) {
			throw new QdpxImportException(t + ": exists and is not an empty folder; an imported project needs a new folder");
		}
	}

	/** Makes the staging folder's parent (the target's parent) if need be. */
	static Staging beside(Path target) {
		checkFree(target);
		Path t = target.toAbsolutePath().normalize();
		Path parent = t.getParent();
		Path createdParent = null;
		for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
			createdParent = p;
		}
		try {
			Files.createDirectories(parent);
		} catch (IOException e) {
			throw new QdpxImportException(parent + ": cannot be created: " + e.getMessage(), e);
		}
		Path folder = parent.resolve("." + t.getFileName() + ".importing-" + UUID.randomUUID().toString().substring(0, 8));
		return new Staging(t, folder, createdParent);
	}

	Path folder() {
		return folder;
	}

	/** Renames the finished project into place. */
	void commit() {
		try {
			if (Files.isDirectory(target)) {
				Files.delete(target); // empty, checked before the import began
			}
			try {
				Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(folder, target);
			}
			AtomicFiles.forceFolder(target.getParent());
		} catch (IOException e) {
			throw new QdpxImportException(target + ": the imported project could not be moved into place: " + e.getMessage(), e);
		}
	}

	/** Deletes everything the import wrote. Errors are added to {@code failure}, which is what the caller reports. */
	void discard(Throwable failure) {
		try {
			deleteTree(folder);
			if (createdParent != null) {
				deleteTree(createdParent);
			}
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	private static boolean isEmpty(Path dir) {
		try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
			return !s.iterator().hasNext();
		} catch (IOException e) {
			throw new QdpxImportException(dir + ": cannot be read: " + e.getMessage(), e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				if (exc != null) {
					throw exc;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
