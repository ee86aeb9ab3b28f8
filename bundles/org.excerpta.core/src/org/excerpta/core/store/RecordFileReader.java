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
	 * The sequence of the last committed group in a snapshot or journal, read from its end without
	 * reading the rest: what a reader that only needs to know whether derived data (the index) is
	 * current asks. Lines after the last valid commit (a torn group) are passed over, as opening
	 * does. Returns 0 when the file holds no commit.
	 */
	static long lastCommitSequence(Path file) throws IOException {
		return lastCommit(file).sequence();
	}

	/** Where a file's last committed group ends: its sequence, and the length of the file up to its commit line's end. */
	record Tail(long sequence, long validLength) {
	}

	/**
	 * The last committed group of a snapshot or journal, found from the file's end as
	 * {@link #lastCommitSequence} does: what appending to a journal without reading it needs
	 * ({@link CodingJournal}). A file with no commit gives sequence 0 and length 0.
	 */
	static Tail lastCommit(Path file) throws IOException {
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
			long end = channel.size();
			byte[] carry = new byte[0]; // the start of a line whose beginning lies in the block before
			int block = 1 << 16;
			boolean first = true;
			while (end > 0) {
				int n = (int) Math.min(block, end);
				byte[] data = new byte[n + carry.length];
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(data, 0, n);
				long at = end - n;
				while (buffer.hasRemaining()) {
					if (channel.read(buffer, at + buffer.position()) < 0) {
						throw new IOException("the file shrank while being read");
					}
				}
				System.arraycopy(carry, 0, data, n, carry.length);
				// Lines are examined from the last: [from, to) without the line feed.
				int to = data.length;
				if (first) {
					// Whatever follows the last line feed is a line cut off while being written: dropped.
					to = lastIndexOf(data, (byte) '\n', data.length - 1);
					if (to < 0) {
						carry = new byte[0];
						end = at;
						continue;
					}
					first = false;
				}
				while (to >= 0) {
					int lf = lastIndexOf(data, (byte) '\n', to - 1);
					if (lf < 0 && at > 0) {
						break; // the line starts in the block before
					}
					int from = lf + 1;
					if (isCommit(data, from, to)) {
						Record r = new RecordCodec().decode(data, from, to);
						if (r instanceof Record.Commit c) {
							return new Tail(c.sequence(), at + to + 1);
						}
					}
					to = lf;
				}
				carry = Arrays.copyOfRange(data, 0, Math.max(to, 0));
				end = at;
				if (carry.length > 64 << 20) {
					throw new IOException("a line of over 64 MB");
				}
			}
			return new Tail(0, 0);
		}
	}

	/** How a commit line's JSON begins, after its checksum and space. */
	private static final byte[] COMMIT_PREFIX = "{\"commit\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** Whether a line (without its line feed) is a commit line whose checksum holds. */
	static boolean isCommit(byte[] data, int from, int to) {
		int json = from + 9;
		return to - json >= COMMIT_PREFIX.length && Arrays.equals(data, json, json + COMMIT_PREFIX.length, COMMIT_PREFIX, 0, COMMIT_PREFIX.length)
				&& RecordCodec.checksumMatches(data, from, to);
	}

	private static int lastIndexOf(byte[] data, byte b, int from) {
		for (int i = from; i >= 0; i--) {
			if (data[i] == b) {
				return i;
			}
		}
		return -1;
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
			chunk.add(new Item(null, lineNumber, 0, false, false, false, ProjectStoreException.of(file, "cannot read: ", e)));
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
	static final class LineReader {
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
