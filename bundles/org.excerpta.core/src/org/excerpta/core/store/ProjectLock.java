package org.excerpta.core.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An operating-system lock on the project's lock file. The OS releases it when the holding
 * process ends, even by a kill, so a crash never leaves a project locked for ever.
 * <p>
 * Public only so that work on the project's files as a whole can hold it without opening the
 * project ({@link ProjectStore#holdClosed}); an open project and a {@link CodingJournal} take it
 * themselves.
 */
public final class ProjectLock implements AutoCloseable {

	private final FileChannel channel;
	private final FileLock lock;

	private ProjectLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static ProjectLock acquire(Path lockFile) {
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null; // held by this very program
			}
			if (lock == null) {
				String holder = describeHolder(lockFile);
				channel.close();
				throw new ProjectLockedException(lockFile, holder);
			}
			String me = "process " + ProcessHandle.current().pid() + " on " + hostName() + " since "
					+ Instant.now();
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
			return new ProjectLock(channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new ProjectStoreException(lockFile, "cannot lock the project: " + e.getMessage(), e);
		}
	}

	private static String describeHolder(Path lockFile) {
		try {
			String s = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
			return s.isEmpty() ? "another process" : s;
		} catch (IOException e) {
			return "another process";
		}
	}

	private static String hostName() {
		String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
		int at = name.indexOf('@');
		return at >= 0 ? name.substring(at + 1) : "this machine";
	}

	private static void closeQuietly(FileChannel ch) {
		if (ch != null) {
			try {
				ch.close();
			} catch (IOException ignored) {
				// nothing more to release
			}
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException ignored) {
			// closing the channel releases it too
		}
		closeQuietly(channel);
	}
}
