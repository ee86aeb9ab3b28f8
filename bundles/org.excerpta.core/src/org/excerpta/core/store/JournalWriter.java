package org.excerpta.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Appends committed groups of records to a journal or snapshot file. A group is durable when
 * {@link #append} returns: its bytes and its commit line have been forced to disk.
 */
final class JournalWriter implements AutoCloseable {

	private static final int BUFFER = 1 << 20;

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
		append(sink -> records.forEach(sink));
	}

	/**
	 * Appends the records a producer hands over, as one group, without holding them all in memory
	 * (a snapshot of a large project has millions).
	 */
	void append(Consumer<Consumer<Record>> producer) throws IOException {
		long start = channel.position();
		try {
			buffer.clear();
			int[] count = { 0 };
			producer.accept(r -> {
				try {
					write(codec.encode(r));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				count[0]++;
			});
			write(codec.encode(new Record.Commit(sequence + 1, count[0])));
			drain();
			channel.force(false);
			sequence++;
		} catch (UncheckedIOException e) {
			rollBack(start, e.getCause());
			throw e.getCause();
		} catch (IOException | RuntimeException e) {
			rollBack(start, e);
			throw e;
		}
	}

	private void rollBack(long start, Exception e) {
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
