package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Hands documents to Lucene on background threads. Documents must be made where the model lives
 * (EMF is not thread-safe), but analysing and inverting them, most of an index build's cost, needs
 * nothing from the model: so a survey import or a rebuild makes documents on one thread while
 * Lucene indexes them on others.
 *
 * <p>{@link #THREADS} submissions are indexed at once (Lucene's writer takes documents from several
 * threads, each into a segment of its own): with one, a million-answer import spent half its time
 * waiting for Lucene. Order still holds where it matters: every update concerns one source or case
 * (its <em>subject</em>; the term it replaces is that subject's GUID), and a submission that shares a
 * subject with one still being indexed waits for it, so a later version of a source's documents can
 * never be overtaken by an earlier one. Submissions without a shared subject commute.
 *
 * <p>At most {@link #IN_FLIGHT} submissions wait at a time: a producer faster than Lucene blocks
 * instead of filling the heap with documents. A failure is kept and thrown by the next
 * {@link #drain()}, which the index answers by rebuilding.
 */
final class DocumentFeed implements AutoCloseable {

	/** Sources (or cases) per submission when the whole project is indexed. */
	static final int BATCH = 2_000;
	/**
	 * Enough that an ordinary large change (autocoding 50,000 answers: 25 submissions) is not held up
	 * by Lucene, whose share is done by the next query; few enough to bound what waits in memory
	 * (a survey import's submission is about 4,000 documents).
	 */
	private static final int IN_FLIGHT = 16;
	private static final int THREADS = 2;

	/**
	 * Replace the documents of {@code subject} (a source's or case's GUID) holding the term {@code old}
	 * with {@code documents}; with no term (an object just added) only add. Deleting by term, not by
	 * query: Lucene applies a buffered query delete by running it on every segment, which made a
	 * million-answer import take twice as long.
	 */
	record Update(String subject, Term old, List<Document> documents) {
	}

	private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
	private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
		Thread t = new Thread(r, "Excerpta index " + THREAD_NUMBER.incrementAndGet());
		t.setDaemon(true);
		return t;
	});
	/** The subjects of each submission not yet indexed; guarded by {@code this}. */
	private final List<Set<String>> inFlight = new ArrayList<>();
	private volatile Throwable failure;

	void submit(IndexWriter writer, List<Update> updates) {
		if (updates.isEmpty()) {
			return;
		}
		Set<String> subjects = new HashSet<>(updates.size() * 2);
		for (Update u : updates) {
			subjects.add(u.subject());
		}
		synchronized (this) {
			boolean interrupted = false;
			while (inFlight.size() >= IN_FLIGHT || sharesASubject(subjects)) {
				interrupted |= waitForAChange();
			}
			inFlight.add(subjects);
			keepInterrupted(interrupted);
		}
		try {
			threads.execute(() -> {
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
					done(subjects);
				}
			});
		} catch (RuntimeException e) {
			done(subjects);
			throw e;
		}
	}

	/** Whether a submission not yet indexed concerns one of these sources or cases (checked under the lock). */
	private boolean sharesASubject(Set<String> subjects) {
		for (Set<String> running : inFlight) {
			if (!Collections.disjoint(running, subjects)) {
				return true;
			}
		}
		return false;
	}

	private synchronized void done(Set<String> subjects) {
		inFlight.removeIf(running -> running == subjects);
		notifyAll();
	}

	/**
	 * Waits (holding the lock) until a submission finishes; true if the thread was interrupted. An
	 * interrupt does not stop the wait: documents handed over must not be lost. The caller sets the
	 * interrupt flag again when done.
	 */
	private boolean waitForAChange() {
		try {
			wait();
			return false;
		} catch (InterruptedException e) {
			return true;
		}
	}

	private static void keepInterrupted(boolean interrupted) {
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until everything submitted is in the writer; throws what went wrong, if anything did (once). */
	void drain() throws IOException {
		awaitIdle();
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

	/**
	 * Waits until nothing handed over is still being indexed, and forgets what went wrong: for a
	 * writer about to be rolled back or closed, whose documents are being given up. Rolling a writer
	 * back under the feed's threads made them fail, and the failure was then thrown by the next
	 * index's first {@link #drain()}.
	 */
	void settle() {
		awaitIdle();
		failure = null;
	}

	private synchronized void awaitIdle() {
		boolean interrupted = false;
		while (!inFlight.isEmpty()) {
			interrupted |= waitForAChange();
		}
		keepInterrupted(interrupted);
	}

	@Override
	public void close() {
		threads.shutdown();
	}
}
