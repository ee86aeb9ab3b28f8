package org.excerpta.core.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Appends committed groups of records to a journal or snapshot file. A group is durable when
 * {@link #append} returns: its bytes and its commit line have been forced to disk.
 */
final class JournalWriter implements AutoCloseable {

	private static final int BUFFER = 1 << 20;
	/** Records per hand-over to the writing thread of {@link #append(Consumer)}. */
	private static final int CHUNK = 4_096;
	/** Chunks made but not yet written: bounds what a large snapshot holds in memory. */
	private static final int CHUNKS_IN_FLIGHT = 4;

	private final Path file;
	private final FileChannel channel;
	private final RecordCodec codec = new RecordCodec();
	private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
	private long sequence;

	/** Opens a file for appending after its last complete group, cutting off a torn tail. */
	JournalWriter(Path file, long validLength, long lastSequence) throws IOException {
		this.file = file;
		this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		if (channel.size() > validLength) {
			channel.truncate(validLength);
			channel.force(true);
		}
		channel.position(validLength);
		this.sequence = lastSequence;
	}

	Path file() {
		return file;
	}

	long size() throws IOException {
		return channel.size();
	}

	/** Appends one group and forces it to disk; on failure the file is cut back to where the group began. */
	void append(List<? extends Record> records) throws IOException {
		long start = channel.position();
		try {
			buffer.clear();
			for (Record r : records) {
				write(codec.encode(r));
			}
			commit(records.size());
		} catch (UncheckedIOException e) {
			rollBack(start, e.getCause());
			throw e.getCause();
		} catch (IOException | RuntimeException e) {
			rollBack(start, e);
			throw e;
		}
	}

	/**
	 * Appends the records a producer hands over, as one group, without holding them all in memory
	 * (a snapshot of a large project has millions), and forces it to disk.
	 *
	 * <p>The producer runs on the calling thread (it reads the model, which is not thread-safe); the
	 * records are encoded and written on a second thread, in the order produced, while the producer
	 * makes the next ones. Encoding is about half of writing a snapshot: compacting a million-answer
	 * project on one thread took 12-16 s. On failure, of either side, the file is cut back to where
	 * the group began.
	 */
	void append(Consumer<Consumer<Record>> producer) throws IOException {
		long start = channel.position();
		buffer.clear();
		BackgroundWriter writer = new BackgroundWriter();
		Throwable failure = null;
		try {
			producer.accept(writer);
			writer.handOverLastChunk();
		} catch (RuntimeException | Error e) {
			failure = e;
		} finally {
			Throwable writing = writer.finish();
			if (writing != null) {
				failure = writing; // the cause; the producer was only stopped by it
			}
		}
		try {
			if (failure != null) {
				rethrow(failure);
			}
			commit(writer.records);
		} catch (IOException | RuntimeException | Error e) {
			rollBack(start, e);
			throw e;
		}
	}

	/** Throws a failure of {@link #append(Consumer)}: an I/O failure as the IOException it is. */
	private void rethrow(Throwable failure) throws IOException {
		if (failure instanceof UncheckedIOException u) {
			throw u.getCause();
		} else if (failure instanceof IOException io) {
			throw io;
		} else if (failure instanceof RuntimeException r) {
			throw r;
		} else if (failure instanceof Error e) {
			throw e;
		}
		throw new IOException("cannot write " + file + ": " + failure, failure);
	}

	/** Ends a group: its commit line, then everything forced to disk. */
	private void commit(int records) throws IOException {
		write(codec.encode(new Record.Commit(sequence + 1, records)));
		drain();
		channel.force(false);
		sequence++;
	}

	/**
	 * The second thread of {@link #append(Consumer)}. As the producer's consumer it collects records
	 * into chunks and hands each full chunk over; its thread takes them in order and writes them.
	 * After a failure the thread keeps taking (and dropping) chunks, so that the producer is never
	 * left waiting on a full queue, and the producer is stopped at its next hand-over.
	 */
	private final class BackgroundWriter implements Consumer<Record> {
		private final List<Record> end = new ArrayList<>(0);
		private final BlockingQueue<List<Record>> chunks = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
		private final Thread thread;
		private volatile Throwable failure;
		private List<Record> chunk = new ArrayList<>(CHUNK);
		int records;

		BackgroundWriter() {
			thread = Thread.ofPlatform().name("Excerpta record writer").daemon().start(this::run);
		}

		@Override
		public void accept(Record r) {
			chunk.add(r);
			records++;
			if (chunk.size() == CHUNK) {
				handOver(chunk);
				chunk = new ArrayList<>(CHUNK);
			}
		}

		void handOverLastChunk() {
			handOver(chunk);
			chunk = null;
		}

		/**
		 * Queues a chunk, waiting while the thread is {@link #CHUNKS_IN_FLIGHT} chunks behind. Once
		 * writing failed, stops the producer instead; {@link #finish()} then gives the failure.
		 */
		private void handOver(List<Record> full) {
			if (failure != null) {
				throw new CancellationException("writing " + file + " failed");
			}
			try {
				chunks.put(full);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new UncheckedIOException(new InterruptedIOException("interrupted while writing " + file));
			}
		}

		private void run() {
			try {
				for (List<Record> next = chunks.take(); next != end; next = chunks.take()) {
					if (failure == null) {
						try {
							for (Record r : next) {
								write(codec.encode(r));
							}
						} catch (IOException | RuntimeException | Error e) {
							failure = e;
						}
					}
				}
			} catch (InterruptedException e) {
				failure = e; // nobody interrupts this thread; if something does, the group is not written
			}
		}

		/**
		 * Waits for the thread to write what it was handed, and returns its failure, if any. Not
		 * interruptible: the group must be ended before the file is touched again.
		 */
		Throwable finish() {
			boolean interrupted = false;
			while (true) {
				try {
					chunks.put(end);
					break;
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			while (thread.isAlive()) {
				try {
					thread.join();
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			return failure;
		}
	}

	private void rollBack(long start, Throwable e) {
		buffer.clear();
		try {
			channel.truncate(start);
			channel.position(start);
		} catch (IOException suppressed) {
			e.addSuppressed(suppressed);
		}
	}

	private void write(byte[] line) throws IOException {
		if (line.length > buffer.remaining()) {
			drain();
		}
		if (line.length > buffer.capacity()) {
			ByteBuffer big = ByteBuffer.wrap(line);
			while (big.hasRemaining()) {
				channel.write(big);
			}
		} else {
			buffer.put(line);
		}
	}

	private void drain() throws IOException {
		buffer.flip();
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
		buffer.clear();
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
