package org.excerpta.importer.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.excerpta.api.SurveyRows;

/**
 * Reads a survey's rows on a thread of their own while the calling thread handles them, a batch
 * of rows at a time.
 * <p>
 * Parsing the file (Commons CSV, or POI for a workbook) was about half of the first pass over a
 * million-row survey, and the first pass had the machine's other core to itself: nothing else can
 * start before every column has been seen. The handler still runs on the calling thread, in file
 * order, so what it does (counting, checking IDs, noticing cancellation) is unchanged. A failure
 * on either side stops the other: the reader's comes back to the caller as if read there, and a
 * handler's (a cancellation, a changed file) stops the reader at its next row.
 */
final class RowsReadAhead {

	/** Rows per hand-over: the queue's cost is per batch, and a batch of long answers stays small. */
	static final int BATCH = 1024;
	/** Batches the reader may be ahead: enough to ride out the handler's pauses, little memory. */
	static final int AHEAD = 8;

	private record Row(long number, List<String> cells) {
	}

	/** The end of the rows, or the reader's failure. */
	private record End(Throwable failure) {
	}

	/** Thrown on the reader's thread to unwind it when the handler has stopped. */
	private static final class Stopped extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
	private volatile boolean stopped;
	/** The batch being filled, on the reader's thread. */
	private List<Row> batch = new ArrayList<>(BATCH);

	private RowsReadAhead() {
	}

	/**
	 * Streams every row of {@code rows} to {@code handler} on the calling thread, read on another;
	 * throws what reading threw (on the reader's thread) or handling threw.
	 */
	static void read(String what, SurveyRows.RowHandler handler, java.util.function.Consumer<SurveyRows.RowHandler> rows) {
		new RowsReadAhead().run(what, handler, rows);
	}

	private void run(String what, SurveyRows.RowHandler handler, java.util.function.Consumer<SurveyRows.RowHandler> rows) {
		Thread reader = new Thread(() -> produce(rows), "Excerpta reading " + what);
		reader.setDaemon(true);
		reader.start();
		try {
			while (true) {
				Object next = take();
				if (next instanceof End end) {
					if (end.failure() instanceof RuntimeException e) {
						throw e;
					} else if (end.failure() instanceof Error e) {
						throw e;
					}
					return;
				}
				@SuppressWarnings("unchecked")
				List<Row> batch = (List<Row>) next;
				for (Row r : batch) {
					handler.row(r.number(), r.cells());
				}
			}
		} finally {
			stopped = true;
			queue.clear(); // a reader waiting to hand over a batch sees the stop within its wait
			joinQuietly(reader);
		}
	}

	private void produce(java.util.function.Consumer<SurveyRows.RowHandler> rows) {
		Throwable failure = null;
		try {
			rows.accept((number, cells) -> {
				if (stopped) {
					throw new Stopped();
				}
				// A copy: the reader may reuse its list for the next row (a plugin's may).
				batch.add(new Row(number, new ArrayList<>(cells)));
				if (batch.size() == BATCH) {
					put(batch);
					batch = new ArrayList<>(BATCH);
				}
			});
			if (!batch.isEmpty()) {
				put(batch);
			}
		} catch (Stopped e) {
			return;
		} catch (RuntimeException | Error e) {
			failure = e;
		}
		try {
			put(new End(failure));
		} catch (Stopped e) {
			// the handler has stopped: no one is waiting for the end
		}
	}

	private void put(Object item) {
		try {
			while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
				if (stopped) {
					throw new Stopped();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Stopped();
		}
	}

	private Object take() {
		try {
			return queue.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new org.eclipse.core.runtime.OperationCanceledException("interrupted while reading the survey");
		}
	}

	private static void joinQuietly(Thread t) {
		try {
			t.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
