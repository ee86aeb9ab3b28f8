package org.excerpta.team.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.excerpta.core.store.ProjectStore;
import org.excerpta.index.ProjectIndex;

/**
 * What a project's search index reflected before a pull: the change count, and the journal's bytes
 * up to that change (its file, their length and their SHA-256). After git or a merge changed the
 * files, the index can follow what the journal gained only if the journal still begins with these
 * very bytes; the digest proves it where the change count cannot.
 */
record IndexedJournal(long changeCount, Path journal, long length, byte[] digest) {

	/** The index's journal, or null when the project has no index current with its saved changes. */
	static IndexedJournal of(Path folder) {
		try (ProjectIndex index = ProjectIndex.openForReading(folder)) {
			if (index == null) {
				return null; // none, stale, or from another version
			}
			// Current: its commit names the change count the files end with (the caller holds the lock).
			ProjectStore.DurableEnd end = ProjectStore.durableEnd(folder);
			return new IndexedJournal(end.changeCount(), end.journal(), end.journalValidLength(), digest(end.journal(), end.journalValidLength()));
		} catch (IOException | RuntimeException e) {
			return null; // no claim: the index is dropped after the pull, as before
		}
	}

	/** Whether the project's journal, ending as {@code now} says, is the same file and still begins with the bytes the index reflected. */
	boolean stillBegins(ProjectStore.DurableEnd now) throws IOException {
		return now.journal().equals(journal) && now.journalValidLength() >= length && Arrays.equals(digest(journal, length), digest);
	}

	/** SHA-256 of a file's first bytes (none when the file does not exist and none are asked for). */
	static byte[] digest(Path file, long length) throws IOException {
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		if (length == 0 && !Files.exists(file)) {
			return sha.digest();
		}
		try (FileChannel channel = FileChannel.open(file)) {
			if (channel.size() < length) {
				throw new IOException(file + " is shorter than " + length + " bytes");
			}
			ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
			long left = length;
			while (left > 0) {
				buffer.clear().limit((int) Math.min(buffer.capacity(), left));
				int n = channel.read(buffer);
				if (n < 0) {
					throw new IOException(file + " ended early");
				}
				buffer.flip();
				sha.update(buffer);
				left -= n;
			}
		}
		return sha.digest();
	}
}
