package org.excerpta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Walks the coded excerpts (or the cases) a query matches, handing over numbers, not text: each
 * code and attribute value as a small index (its name decoded once per segment, looked up with
 * {@link #codeName} and {@link #valueName} at the end), sources and cases as ordinals over the
 * whole index (Lucene's {@link OrdinalMap} across segments, made once per reader), so that counts
 * of distinct sources and cases are bit sets. At a million codings, turning each coding's GUIDs
 * into strings and counting in hash maps was most of what a code x attribute matrix cost.
 */
final class OrdinalCodings {

	/** One coded excerpt: its code's index, its source's ordinal (-1 when not asked for), its cases' ordinals. */
	interface Visitor {
		void visit(int code, int source, int[] cases, int caseCount);
	}

	/** One coded excerpt's place: its code's index, its source's ordinal, its start and end. */
	interface RangeVisitor {
		void visit(int code, int source, int start, int end);
	}

	/** One value of a case's attribute: the case's ordinal and the value's index. */
	interface CaseVisitor {
		void visit(int aCase, int value);
	}

	private final DirectoryReader reader;
	private final OrdinalMap sources;
	private final OrdinalMap cases;
	private final Map<String, Integer> codeIndex = new HashMap<>();
	private final List<String> codeNames = new ArrayList<>();
	private final Map<String, Integer> valueIndex = new HashMap<>();
	private final List<String> valueNames = new ArrayList<>();

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

	/** Whether these ordinals were made for this reader (a reopened reader needs new ones). */
	boolean isFor(DirectoryReader r) {
		return reader == r;
	}

	/** How many distinct sources and cases the index knows: the size of bit sets over them. */
	int sourceCount() {
		return (int) sources.getValueCount();
	}

	int caseCount() {
		return (int) cases.getValueCount();
	}

	/** The GUID of the code with this index. */
	synchronized String codeName(int code) {
		return codeNames.get(code);
	}

	synchronized String valueName(int value) {
		return valueNames.get(value);
	}

	private synchronized int index(Map<String, Integer> index, List<String> names, String name) {
		return index.computeIfAbsent(name, k -> {
			names.add(k);
			return names.size() - 1;
		});
	}

	/** One segment's coded excerpts' codes, as code indexes: each code's GUID is decoded once per segment. */
	private final class SegmentCodes {
		private SortedDocValues code;
		private int[] indexOf;

		/** Moves to a new segment. */
		void reset(LeafReaderContext context) throws IOException {
			code = DocValues.getSorted(context.reader(), Fields.CODE);
			indexOf = new int[Math.max(0, code.getValueCount())];
			java.util.Arrays.fill(indexOf, -1);
		}

		/** Whether this document has a code (every coded excerpt has). */
		boolean advanceExact(int doc) throws IOException {
			return code.advanceExact(doc);
		}

		/** The code index of the document last advanced to. */
		int index() throws IOException {
			int ord = code.ordValue();
			if (indexOf[ord] < 0) {
				indexOf[ord] = OrdinalCodings.this.index(codeIndex, codeNames, code.lookupOrd(ord).utf8ToString());
			}
			return indexOf[ord];
		}
	}

	/**
	 * Visits every coded excerpt the query matches; the source's ordinal and the cases' only when
	 * asked for (reading them costs: the cases are half of a count of a million codings).
	 */
	void each(Query query, boolean withSource, boolean withCases, Visitor visitor) {
		SimpleCollector collector = new SimpleCollector() {
			private final SegmentCodes codes = new SegmentCodes();
			private SortedDocValues source;
			private LongValues sourceToGlobal;
			private SortedSetDocValues caseValues;
			private LongValues caseToGlobal;
			private int[] caseOrds = new int[4];

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				codes.reset(context);
				source = withSource ? DocValues.getSorted(context.reader(), Fields.SOURCE) : null;
				sourceToGlobal = withSource ? sources.getGlobalOrds(context.ord) : null;
				caseValues = withCases ? DocValues.getSortedSet(context.reader(), Fields.CASES) : null;
				caseToGlobal = withCases ? cases.getGlobalOrds(context.ord) : null;
			}

			@Override
			public void collect(int doc) throws IOException {
				if (!codes.advanceExact(doc)) {
					return;
				}
				int sourceOrd = -1;
				if (source != null) {
					if (!source.advanceExact(doc)) {
						return;
					}
					sourceOrd = (int) sourceToGlobal.get(source.ordValue());
				}
				int codeNumber = codes.index();
				int n = 0;
				if (caseValues != null && caseValues.advanceExact(doc)) {
					int count = caseValues.docValueCount();
					if (caseOrds.length < count) {
						caseOrds = new int[count];
					}
					for (int i = 0; i < count; i++) {
						caseOrds[n++] = (int) caseToGlobal.get(caseValues.nextOrd());
					}
				}
				visitor.visit(codeNumber, sourceOrd, caseOrds, n);
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		};
		ProjectIndex.collect(reader, query, collector);
	}

	/** Visits the place of every coded excerpt the query matches, from doc values (no stored text is read). */
	void eachRange(Query query, RangeVisitor visitor) {
		SimpleCollector collector = new SimpleCollector() {
			private final SegmentCodes codes = new SegmentCodes();
			private SortedDocValues source;
			private LongValues sourceToGlobal;
			private NumericDocValues start;
			private NumericDocValues end;

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				codes.reset(context);
				source = DocValues.getSorted(context.reader(), Fields.SOURCE);
				sourceToGlobal = sources.getGlobalOrds(context.ord);
				start = DocValues.getNumeric(context.reader(), Fields.ORDER_START);
				end = DocValues.getNumeric(context.reader(), Fields.CODING_END);
			}

			@Override
			public void collect(int doc) throws IOException {
				if (!codes.advanceExact(doc) || !source.advanceExact(doc) || !start.advanceExact(doc) || !end.advanceExact(doc)) {
					return;
				}
				visitor.visit(codes.index(), (int) sourceToGlobal.get(source.ordValue()), (int) start.longValue(), (int) end.longValue());
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		};
		ProjectIndex.collect(reader, query, collector);
	}

	/** Visits every value of an attribute of every case document the query matches. */
	void eachCase(Query query, String attribute, CaseVisitor visitor) {
		SimpleCollector collector = new SimpleCollector() {
			private SortedSetDocValues caseValues;
			private LongValues caseToGlobal;
			private SortedSetDocValues value;
			private int[] valueOf;

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				caseValues = DocValues.getSortedSet(context.reader(), Fields.CASES);
				caseToGlobal = cases.getGlobalOrds(context.ord);
				value = DocValues.getSortedSet(context.reader(), Fields.CASE_ATTRIBUTE + attribute);
				valueOf = new int[(int) Math.max(0, value.getValueCount())];
				java.util.Arrays.fill(valueOf, -1);
			}

			@Override
			public void collect(int doc) throws IOException {
				if (!value.advanceExact(doc) || !caseValues.advanceExact(doc)) {
					return;
				}
				int aCase = (int) caseToGlobal.get(caseValues.nextOrd());
				for (int i = 0; i < value.docValueCount(); i++) {
					int ord = (int) value.nextOrd();
					if (valueOf[ord] < 0) {
						valueOf[ord] = index(valueIndex, valueNames, value.lookupOrd(ord).utf8ToString());
					}
					visitor.visit(aCase, valueOf[ord]);
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		};
		ProjectIndex.collect(reader, query, collector);
	}
}
