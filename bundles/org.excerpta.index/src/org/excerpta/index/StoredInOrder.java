package org.excerpta.index;

import java.io.IOException;
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
 */
final class StoredInOrder {

	/** Below this many documents, the ordinary reader's look-ups cost less than whole blocks. */
	private static final int MANY = 1_000;

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
		List<LeafReaderContext> leaves = reader.leaves();
		int leafIndex = -1;
		LeafReaderContext leaf = null;
		StoredFields stored = null;
		for (long entry : byNumber) {
			int doc = (int) (entry >>> 32);
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leafIndex = ReaderUtil.subIndex(doc, leaves);
				leaf = leaves.get(leafIndex);
				stored = inOrder(leaf);
			}
			DocumentStoredFieldVisitor visitor = fields == null ? new DocumentStoredFieldVisitor() : new DocumentStoredFieldVisitor(fields);
			stored.document(doc - leaf.docBase, visitor);
			out[(int) entry] = as.apply(visitor.getDocument());
		}
		return answers(out);
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
