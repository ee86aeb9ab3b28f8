package org.excerpta.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Hands documents to Lucene on one background thread, in the order they were submitted. Documents
 * must be made where the model lives (EMF is not thread-safe), but analysing and inverting them,
 * most of an index build's cost, needs nothing from the model: so a survey import or a rebuild
 * makes documents on one core while Lucene indexes them on the other.
 *
 * <p>At most {@link #IN_FLIGHT} submissions wait at a time: a producer faster than Lucene blocks
 * instead of filling the heap with documents. A failure is kept and thrown by the next
 * {@link #drain()}, which the index answers by rebuilding.
 */
final class DocumentFeed implements AutoCloseable {

	/** Sources (or cases) per submission when the whole project is indexed. */
	static final int BATCH = 2_000;
	private static final int IN_FLIGHT = 4;

	/**
	 * Replace the documents holding the term {@code old} with {@code documents}; with no term (an
	 * object just added) only add. Deleting by term, not by query: Lucene applies a buffered query
	 * delete by running it on every segment, which made a million-answer import take twice as long.
	 */
	record Update(Term old, List<Document> documents) {
	}

	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Excerpta index");
		t.setDaemon(true);
		return t;
	});
	private final Semaphore slots = new Semaphore(IN_FLIGHT);
	private volatile Throwable failure;

	void submit(IndexWriter writer, List<Update> updates) {
		if (updates.isEmpty()) {
			return;
		}
		slots.acquireUninterruptibly();
		try {
			thread.execute(() -> {
				try {
					if (failure == null) {
						for (Update u : updates) {
							if (u.old() == null) {
								writer.addDocuments(u.documents());
							} else {
								writer.updateDocuments(u.old(), u.documents());
							}
						}
					}
				} catch (IOException | RuntimeException | Error e) {
					failure = e;
				} finally {
					slots.release();
				}
			});
		} catch (RuntimeException e) {
			slots.release();
			throw e;
		}
	}

	/** Waits until everything submitted is in the writer; throws what went wrong, if anything did (once). */
	void drain() throws IOException {
		slots.acquireUninterruptibly(IN_FLIGHT);
		slots.release(IN_FLIGHT);
		Throwable f = failure;
		failure = null;
		if (f instanceof IOException io) {
			throw io;
		}
		if (f instanceof RuntimeException re) {
			throw re;
		}
		if (f != null) {
			throw new IOException("indexing failed: " + f, f);
		}
	}

	@Override
	public void close() {
		thread.shutdown();
	}
}
