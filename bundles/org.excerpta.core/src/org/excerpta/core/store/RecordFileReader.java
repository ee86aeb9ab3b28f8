package org.excerpta.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a snapshot or journal and hands its committed groups of records to the model.
 *
 * <p>A journal may end in a group that a crash cut short: that tail is recognised (a line that
 * fails its checksum, lacks its line feed, or a group without its commit, with nothing valid after
 * it) and left unapplied. Damage anywhere else is refused with the file and line named, because
 * skipping it would silently lose or reorder work.
 */
final class RecordFileReader {

	/** What reading found: where the last complete group ends, and how many bytes after it were torn. */
	record Result(long validLength, long lastSequence, long tornBytes, int groups) {
	}

	private final RecordCodec codec = new RecordCodec();

	/**
	 * Reads a journal: each committed group is buffered and applied only once its commit is read.
	 */
	Result readJournal(Path file, Consumer<Record> apply, Runnable endOfGroup) {
		return read(file, false, apply, endOfGroup);
	}

	/**
	 * Reads a snapshot: one group, applied record by record as it streams in (a snapshot only
	 * exists once completely written, so there is nothing to hold back), and it must end with its commit.
	 */
	Result readSnapshot(Path file, Consumer<Record> apply, Runnable endOfGroup) {
		Result r = read(file, true, apply, endOfGroup);
		if (r.tornBytes() > 0 || r.groups() == 0) {
			throw new ProjectStoreException(file, "the snapshot is incomplete or damaged (no valid end record); "
					+ "it was not written by a finished Excerpta compaction. Nothing has been changed.");
		}
		return r;
	}

	private Result read(Path file, boolean streaming, Consumer<Record> apply, Runnable endOfGroup) {
		List<Record> group = new ArrayList<>();
		long offset = 0;
		long validLength = 0;
		long lastSequence = 0;
		int groups = 0;
		int groupSize = 0;
		long lineNumber = 0;
		try (InputStream in = Files.newInputStream(file)) {
			LineReader lines = new LineReader(in);
			while (lines.next()) {
				lineNumber++;
				byte[] buf = lines.buffer();
				int len = lines.length();
				Record record = null;
				if (lines.terminated() && RecordCodec.checksumMatches(buf, 0, len)) {
					try {
						record = codec.decode(buf, 0, len);
					} catch (IllegalArgumentException | IOException e) {
						throw new ProjectStoreException(file, "line " + lineNumber + " is not a record this version of "
								+ "Excerpta understands (" + e.getMessage() + "); the project may have been written by a newer "
								+ "version. Nothing has been changed.", e);
					}
				}
				if (record == null) {
					long torn = Files.size(file) - validLength;
					if (!streaming && !validCommitFollows(lines)) {
						return new Result(validLength, lastSequence, torn, groups);
					}
					throw new ProjectStoreException(file, "line " + lineNumber + " is damaged (checksum mismatch) and is "
							+ "followed by further changes; Excerpta will not guess what it held. Restore the file from a "
							+ "backup or git. Nothing has been changed.");
				}
				offset += len + 1;
				if (record instanceof Record.Commit c) {
					if (c.records() != groupSize) {
						throw new ProjectStoreException(file, "line " + lineNumber + " closes a group of " + c.records()
								+ " records but " + groupSize + " precede it; the file has been edited or damaged. "
								+ "Nothing has been changed.");
					}
					if (!streaming) {
						group.forEach(apply);
						group.clear();
					}
					endOfGroup.run();
					groupSize = 0;
					groups++;
					lastSequence = c.sequence();
					validLength = offset;
				} else {
					groupSize++;
					if (streaming) {
						apply.accept(record);
					} else {
						group.add(record);
					}
				}
			}
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot read: " + e.getMessage(), e);
		}
		return new Result(validLength, lastSequence, offset - validLength, groups);
	}

	/** Whether any checksum-valid commit line follows: then the bad line is damage, not a torn end. */
	private boolean validCommitFollows(LineReader lines) throws IOException {
		while (lines.next()) {
			byte[] buf = lines.buffer();
			if (lines.terminated() && RecordCodec.checksumMatches(buf, 0, lines.length())) {
				try {
					if (codec.decode(buf, 0, lines.length()) instanceof Record.Commit) {
						return true;
					}
				} catch (IllegalArgumentException e) {
					// not a record: keep looking
				}
			}
		}
		return false;
	}

	/** Splits a stream into lines without decoding it, remembering whether each ended in a line feed. */
	private static final class LineReader {
		private final InputStream in;
		private final byte[] chunk = new byte[1 << 16];
		private int chunkPos;
		private int chunkEnd;
		private byte[] line = new byte[1024];
		private int length;
		private boolean terminated;

		LineReader(InputStream in) {
			this.in = in;
		}

		boolean next() throws IOException {
			length = 0;
			terminated = false;
			while (true) {
				if (chunkPos == chunkEnd) {
					chunkEnd = in.read(chunk);
					chunkPos = 0;
					if (chunkEnd <= 0) {
						chunkEnd = 0;
						return length > 0;
					}
				}
				int from = chunkPos;
				while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
					chunkPos++;
				}
				append(from, chunkPos);
				if (chunkPos < chunkEnd) {
					chunkPos++; // the line feed
					terminated = true;
					return true;
				}
			}
		}

		private void append(int from, int to) {
			int n = to - from;
			if (length + n > line.length) {
				line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
			}
			System.arraycopy(chunk, from, line, length, n);
			length += n;
		}

		byte[] buffer() {
			return line;
		}

		int length() {
			return length;
		}

		boolean terminated() {
			return terminated;
		}
	}
}
