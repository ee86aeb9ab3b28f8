package org.excerpta.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

	/**
	 * What the decoding thread hands over: a decoded line, or the end of the file, or a line that
	 * failed its checksum (with whether a valid commit follows it), or an error to raise.
	 */
	private record Item(Record record, long lineNumber, int length, boolean end, boolean bad, boolean commitFollows,
			RuntimeException error) {
		static final Item END = new Item(null, 0, 0, true, false, false, null);
	}

	private static final int CHUNK = 4096;

	private Result read(Path file, boolean streaming, Consumer<Record> apply, Runnable endOfGroup) {
		// Lines are split, checksummed and decoded on a second thread while this one builds the model:
		// decoding was a third of opening a large project (profiled), and the two overlap.
		BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(8);
		AtomicBoolean stop = new AtomicBoolean();
		Thread decoder = new Thread(() -> decode(file, streaming, queue, stop), "Excerpta reading " + file.getFileName());
		decoder.setDaemon(true);
		decoder.start();
		try {
			return consume(file, streaming, queue, apply, endOfGroup);
		} finally {
			stop.set(true);
			queue.clear(); // lets a decoder blocked on a full queue see the stop
			try {
				decoder.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Result consume(Path file, boolean streaming, BlockingQueue<List<Item>> queue,
			Consumer<Record> apply, Runnable endOfGroup) {
		List<Record> group = new ArrayList<>();
		long offset = 0;
		long validLength = 0;
		long lastSequence = 0;
		int groups = 0;
		int groupSize = 0;
		while (true) {
			List<Item> chunk;
			try {
				chunk = queue.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ProjectStoreException(file, "reading was interrupted. Nothing has been changed.", e);
			}
			for (Item item : chunk) {
				if (item.error() != null) {
					throw item.error();
				}
				if (item.end()) {
					return new Result(validLength, lastSequence, offset - validLength, groups);
				}
				if (item.bad()) {
					long torn = size(file) - validLength;
					if (!streaming && !item.commitFollows()) {
						return new Result(validLength, lastSequence, torn, groups);
					}
					throw new ProjectStoreException(file, "line " + item.lineNumber() + " is damaged (checksum mismatch) and is "
							+ "followed by further changes; Excerpta will not guess what it held. Restore the file from a "
							+ "backup or git. Nothing has been changed.");
				}
				Record record = item.record();
				offset += item.length() + 1;
				if (record instanceof Record.Commit c) {
					if (c.records() != groupSize) {
						throw new ProjectStoreException(file, "line " + item.lineNumber() + " closes a group of " + c.records()
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
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot read: " + e.getMessage(), e);
		}
	}

	/** The decoding thread: reads the file line by line and hands over chunks of decoded lines, ending with END, a bad line or an error. */
	private void decode(Path file, boolean streaming, BlockingQueue<List<Item>> queue,
			AtomicBoolean stop) {
		RecordCodec codec = new RecordCodec(); // one per thread: it reuses a buffer
		List<Item> chunk = new ArrayList<>(CHUNK);
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
						chunk.add(new Item(null, lineNumber, 0, false, false, false, new ProjectStoreException(file, "line "
								+ lineNumber + " is not a record this version of Excerpta understands (" + e.getMessage()
								+ "); the project may have been written by a newer version. Nothing has been changed.", e)));
						hand(queue, chunk, stop);
						return;
					}
				}
				if (record == null) {
					boolean commitFollows = !streaming && validCommitFollows(lines, codec);
					chunk.add(new Item(null, lineNumber, 0, false, true, commitFollows, null));
					hand(queue, chunk, stop);
					return;
				}
				chunk.add(new Item(record, lineNumber, len, false, false, false, null));
				if (chunk.size() == CHUNK) {
					if (!hand(queue, chunk, stop)) {
						return;
					}
					chunk = new ArrayList<>(CHUNK);
				}
			}
			chunk.add(Item.END);
		} catch (IOException | RuntimeException e) {
			chunk.add(new Item(null, lineNumber, 0, false, false, false,
					e instanceof ProjectStoreException pse ? pse : new ProjectStoreException(file, "cannot read: " + e.getMessage(), e)));
		}
		hand(queue, chunk, stop);
	}

	/** Puts a chunk on the queue, waiting for room unless the reader has stopped; false when it has. */
	private static boolean hand(BlockingQueue<List<Item>> queue, List<Item> chunk,
			AtomicBoolean stop) {
		try {
			while (!stop.get()) {
				if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** Whether any checksum-valid commit line follows: then the bad line is damage, not a torn end. */
	private static boolean validCommitFollows(LineReader lines, RecordCodec codec) throws IOException {
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
