package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The live documents holding any of many keyword terms of a field, found in one walk over each
 * segment's terms, in term order: for thousands of GUIDs a query per GUID cost more than reading
 * what they found (coding without the model, a pull's catch-up).
 */
final class TermDocs {

	/** Told each live document holding a term: its document number in the whole reader, and the term's place in the sorted list. */
	interface Found {
		void doc(int doc, int term) throws IOException;
	}

	private TermDocs() {
	}

	/** The values as terms, sorted as each segment's terms are. */
	static List<BytesRef> sorted(Collection<String> values) {
		List<BytesRef> terms = new ArrayList<>(values.size());
		for (String v : values) {
			terms.add(new BytesRef(v));
		}
		terms.sort(null);
		return terms;
	}

	/** Walks each segment's terms of {@code field} for the {@code sorted} terms and tells of every live document holding one. */
	static void each(DirectoryReader reader, String field, List<BytesRef> sorted, Found found) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms fieldTerms = leaf.reader().terms(field);
			if (fieldTerms == null) {
				continue;
			}
			TermsEnum te = fieldTerms.iterator();
			Bits live = leaf.reader().getLiveDocs();
			PostingsEnum postings = null;
			for (int t = 0; t < sorted.size(); t++) {
				if (!te.seekExact(sorted.get(t))) {
					continue;
				}
				postings = te.postings(postings, PostingsEnum.NONE);
				for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
					if (live == null || live.get(d)) {
						found.doc(leaf.docBase + d, t);
					}
				}
			}
		}
	}

	/** Whether a live document holds the term: stops at the first one found. */
	static boolean anyLive(DirectoryReader reader, String field, BytesRef term) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms fieldTerms = leaf.reader().terms(field);
			if (fieldTerms == null) {
				continue;
			}
			TermsEnum te = fieldTerms.iterator();
			if (!te.seekExact(term)) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
			for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
				if (live == null || live.get(d)) {
					return true;
				}
			}
		}
		return false;
	}
}
