package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * Reads the stored fields of many documents at once, in the order of the index rather than the
 * order asked for: what a table of every coded excerpt, or of every case, needs.
 * <p>
 * Lucene keeps stored fields in compressed blocks of many documents. Reading one document
 * decompresses the part of its block that holds it, and reading the next decompresses it again:
 * a CSV export of a million coded excerpts and their cases spent 60% of its time in LZ4
 * decompression (profiled). A segment's merge instance ({@link
 * org.apache.lucene.codecs.StoredFieldsReader#getMergeInstance}), meant for reading a segment
 * from start to end, decompresses each block once and serves its documents from it; so the
 * documents are read sorted by number, segment by segment, and put back in the order asked for.
 * Many documents are read in as many runs as there are processors, each run by a thread of its
 * own: the function that makes each document's answer must not depend on the order it is called
 * in, nor on the thread.
 */
final class StoredInOrder {

	/** Below this many documents, the ordinary reader's look-ups cost less than whole blocks. */
	private static final int MANY = 1_000;
	private static final int MOST_THREADS = 4;

	private StoredInOrder() {
	}

	/**
	 * What the stored fields of these documents (numbers in the whole index) make, in the same
	 * order; only {@code fields} are read when given, else all of them. Each document is made into
	 * its answer as soon as it is read, so that a million of them are never held at once.
	 */
	static <T> List<T> read(IndexReader reader, int[] docs, Set<String> fields, Function<Document, T> as) throws IOException {
		Object[] out = new Object[docs.length];
		if (docs.length < MANY) {
			StoredFields stored = reader.storedFields();
			for (int i = 0; i < docs.length; i++) {
				out[i] = as.apply(fields == null ? stored.document(docs[i]) : stored.document(docs[i], fields));
			}
			return answers(out);
		}
		long[] byNumber = new long[docs.length]; // the document's number above, its place in the answer below
		for (int i = 0; i < docs.length; i++) {
			byNumber[i] = (long) docs[i] << 32 | i;
		}
		Arrays.sort(byNumber);
		// In parts, one per processor: each part reads its run of documents through merge instances of
		// its own (a merge instance is one reader's state, not to be shared between threads).
		int parts = Math.min(MOST_THREADS, Runtime.getRuntime().availableProcessors());
		List<LeafReaderContext> leaves = reader.leaves();
		List<Thread> helpers = new ArrayList<>();
		Throwable[] failed = new Throwable[parts];
		for (int p = 1; p < parts; p++) {
			int part = p;
			Thread helper = new Thread(() -> {
				try {
					readPart(leaves, byNumber, part * byNumber.length / parts, (part + 1) * byNumber.length / parts, fields, as, out);
				} catch (Throwable e) {
					failed[part] = e;
				}
			}, "Excerpta stored fields " + p);
			helper.setDaemon(true);
			helper.start();
			helpers.add(helper);
		}
		readPart(leaves, byNumber, 0, byNumber.length / parts, fields, as, out);
		for (Thread helper : helpers) {
			try {
				helper.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while reading stored fields", e);
			}
		}
		for (Throwable e : failed) {
			switch (e) {
			case null -> {
			}
			case IOException io -> throw new IOException(io.getMessage(), io);
			case RuntimeException r -> throw r;
			case Error r -> throw r;
			default -> throw new IOException(e);
			}
		}
		return answers(out);
	}

	/** Reads the documents of {@code byNumber[from, to)} (sorted by number) into their places in {@code out}. */
	private static <T> void readPart(List<LeafReaderContext> leaves, long[] byNumber, int from, int to, Set<String> fields,
			Function<Document, T> as, Object[] out) throws IOException {
		LeafReaderContext leaf = null;
		StoredFields stored = null;
		for (int i = from; i < to; i++) {
			long entry = byNumber[i];
			int doc = (int) (entry >>> 32);
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				stored = inOrder(leaf);
			}
			DocumentStoredFieldVisitor visitor = fields == null ? new DocumentStoredFieldVisitor() : new DocumentStoredFieldVisitor(fields);
			stored.document(doc - leaf.docBase, visitor);
			out[(int) entry] = as.apply(visitor.getDocument());
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> answers(Object[] out) {
		return (List<T>) Arrays.asList(out);
	}

	/** A segment's stored fields for reading from start to end: its merge instance, where it has one. */
	private static StoredFields inOrder(LeafReaderContext leaf) throws IOException {
		if (leaf.reader() instanceof CodecReader codec && codec.getFieldsReader() != null) {
			return codec.getFieldsReader().getMergeInstance();
		}
		return leaf.reader().storedFields();
	}
}
