package org.excerpta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Walks the coded excerpts a query matches, handing each one's code and attribute value as text
 * but its source and cases as numbers: ordinals over the whole index (Lucene's {@link OrdinalMap}
 * across segments), so that counts of distinct sources and cases are bit sets, not sets of GUID
 * strings. Code names and attribute values are decoded once per segment and value, not per coding:
 * decoding every coding's GUIDs was most of what a code x attribute matrix cost at 200,000 answers.
 */
final class OrdinalCodings {

	/** One coded excerpt: its code's GUID, its source's ordinal, its cases' ordinals, and the attribute value (or null). */
	interface Visitor {
		void visit(String code, int source, int[] cases, int caseCount, String value);
	}

	private final DirectoryReader reader;
	private final OrdinalMap sources;
	private final OrdinalMap cases;

	OrdinalCodings(DirectoryReader reader) {
		this.reader = reader;
		try {
			List<LeafReaderContext> leaves = reader.leaves();
			SortedDocValues[] s = new SortedDocValues[leaves.size()];
			SortedSetDocValues[] c = new SortedSetDocValues[leaves.size()];
			for (int i = 0; i < leaves.size(); i++) {
				s[i] = DocValues.getSorted(leaves.get(i).reader(), Fields.SOURCE);
				c[i] = DocValues.getSortedSet(leaves.get(i).reader(), Fields.CASES);
			}
			sources = OrdinalMap.build(null, s, PackedInts.DEFAULT);
			cases = OrdinalMap.build(null, c, PackedInts.DEFAULT);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How many distinct sources and cases the index knows: the size of bit sets over them. */
	int sourceCount() {
		return (int) sources.getValueCount();
	}

	int caseCount() {
		return (int) cases.getValueCount();
	}

	void each(Query query, String attribute, Visitor visitor) {
		SimpleCollector collector = new SimpleCollector() {
			private SortedDocValues code;
			private String[] codeNames;
			private SortedDocValues source;
			private LongValues sourceToGlobal;
			private SortedSetDocValues caseValues;
			private LongValues caseToGlobal;
			private SortedSetDocValues value;
			private String[] valueNames;
			private int[] caseOrds = new int[4];

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				code = DocValues.getSorted(context.reader(), Fields.CODE);
				codeNames = new String[Math.max(0, code.getValueCount())];
				source = DocValues.getSorted(context.reader(), Fields.SOURCE);
				sourceToGlobal = sources.getGlobalOrds(context.ord);
				caseValues = DocValues.getSortedSet(context.reader(), Fields.CASES);
				caseToGlobal = cases.getGlobalOrds(context.ord);
				value = attribute == null ? null : DocValues.getSortedSet(context.reader(), Fields.ATTRIBUTE + attribute);
				valueNames = value == null ? null : new String[(int) Math.max(0, value.getValueCount())];
			}

			@Override
			public void collect(int doc) throws IOException {
				if (!code.advanceExact(doc) || !source.advanceExact(doc)) {
					return;
				}
				int codeOrd = code.ordValue();
				if (codeNames[codeOrd] == null) {
					codeNames[codeOrd] = code.lookupOrd(codeOrd).utf8ToString();
				}
				int n = 0;
				if (caseValues.advanceExact(doc)) {
					int count = caseValues.docValueCount();
					if (caseOrds.length < count) {
						caseOrds = new int[count];
					}
					for (int i = 0; i < count; i++) {
						caseOrds[n++] = (int) caseToGlobal.get(caseValues.nextOrd());
					}
				}
				String v = null;
				if (value != null && value.advanceExact(doc)) {
					int ord = (int) value.nextOrd();
					if (valueNames[ord] == null) {
						valueNames[ord] = value.lookupOrd(ord).utf8ToString();
					}
					v = valueNames[ord];
				}
				visitor.visit(codeNames[codeOrd], (int) sourceToGlobal.get(source.ordValue()), caseOrds, n, v);
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		};
		ProjectIndex.collect(reader, query, collector);
	}
}
