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
import org.apache.lucene.util.BytesRef;
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

	/** One coded excerpt: its document's number in the whole index and its cases' ordinals. */
	interface DocumentVisitor {
		void visit(int doc, int[] cases, int caseCount);
	}

	/** One value of a case's attribute: the case's ordinal and the value's index. */
	interface CaseVisitor {
		void visit(int aCase, int value);
	}

	/**
	 * New segments whose sources and cases together hold more values than this are not looked up
	 * term by term in the segments the ordinals were made for: the ordinals are made again. A
	 * coding's segment holds a few; a merge of large segments, hundreds of thousands.
	 */
	static final int MOST_LOOKED_UP = 20_000;

	private final DirectoryReader reader;
	/** The ordinals of sources and cases, per segment of {@link #reader}. */
	private final GlobalOrdinals sources;
	private final GlobalOrdinals cases;
	private final Map<String, Integer> codeIndex = new HashMap<>();
	private final List<String> codeNames = new ArrayList<>();
	private final Map<String, Integer> valueIndex = new HashMap<>();
	private final List<String> valueNames = new ArrayList<>();

	OrdinalCodings(DirectoryReader reader) {
		this(reader, GlobalOrdinals.build(reader, Fields.SOURCE), GlobalOrdinals.build(reader, Fields.CASES));
	}

	private OrdinalCodings(DirectoryReader reader, GlobalOrdinals sources, GlobalOrdinals cases) {
		this.reader = reader;
		this.sources = sources;
		this.cases = cases;
	}

	/** Whether these ordinals were made for this reader (a reopened reader needs new ones). */
	boolean isFor(DirectoryReader r) {
		return reader == r;
	}

	/**
	 * The ordinals for a reader reopened after a change. The segments these were made for keep
	 * their ordinals; the values of a new segment (a coding's) are looked up in them, and a value
	 * none of them holds gets a new ordinal. Building Lucene's {@link OrdinalMap} again over a
	 * million sources and cases after every coding was half of what the window waited for after a
	 * quick-code key. When the new segments hold many values (a merge), the ordinals are made anew.
	 */
	OrdinalCodings reopen(DirectoryReader newer) {
		if (newer == reader) {
			return this;
		}
		GlobalOrdinals s = sources.extend(newer);
		GlobalOrdinals c = s == null ? null : cases.extend(newer);
		return s == null || c == null ? new OrdinalCodings(newer) : new OrdinalCodings(newer, s, c);
	}

	/** How many distinct sources and cases the index knows: the size of bit sets over them. */
	int sourceCount() {
		return sources.count();
	}

	int caseCount() {
		return cases.count();
	}

	/** The ordinals of the cases of a segment of the reader these are for, by the segment's own. */
	LongValues casesOf(LeafReaderContext leaf) {
		return cases.of(leaf);
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

	/** One segment's documents' cases, as ordinals over the whole index. */
	private final class SegmentCases {
		private SortedSetDocValues values;
		private LongValues toGlobal;
		/** The cases of the document last read, the first {@link #read} of them. */
		int[] ords = new int[4];

		/** Moves to a new segment. */
		void reset(LeafReaderContext context) throws IOException {
			values = DocValues.getSortedSet(context.reader(), Fields.CASES);
			toGlobal = cases.of(context);
		}

		/** Reads a document's cases into {@link #ords}; how many it has. */
		int read(int doc) throws IOException {
			if (!values.advanceExact(doc)) {
				return 0;
			}
			int count = values.docValueCount();
			if (ords.length < count) {
				ords = new int[count];
			}
			for (int i = 0; i < count; i++) {
				ords[i] = (int) toGlobal.get(values.nextOrd());
			}
			return count;
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
			private final SegmentCases caseOrds = new SegmentCases();

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				codes.reset(context);
				source = withSource ? DocValues.getSorted(context.reader(), Fields.SOURCE) : null;
				sourceToGlobal = withSource ? sources.of(context) : null;
				if (withCases) {
					caseOrds.reset(context);
				}
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
				int n = withCases ? caseOrds.read(doc) : 0;
				visitor.visit(codeNumber, sourceOrd, caseOrds.ords, n);
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		};
		ProjectIndex.collect(reader, query, collector);
	}

	/**
	 * Visits every document the query matches, in the order of the index, with its number in the
	 * whole index and its cases' ordinals (none for a document without cases; a case's own
	 * document has its own).
	 */
	void eachDocument(Query query, DocumentVisitor visitor) {
		SimpleCollector collector = new SimpleCollector() {
			private int docBase;
			private final SegmentCases caseOrds = new SegmentCases();

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				docBase = context.docBase;
				caseOrds.reset(context);
			}

			@Override
			public void collect(int doc) throws IOException {
				int n = caseOrds.read(doc);
				visitor.visit(docBase + doc, caseOrds.ords, n);
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
				sourceToGlobal = sources.of(context);
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
				caseToGlobal = cases.of(context);
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

	/**
	 * One field's ordinals over a whole reader: Lucene's {@link OrdinalMap} over the segments it was
	 * built for (the base), and for segments added since, each segment ordinal's ordinal found by
	 * looking its value up in the base segments still there, or a new one past the base's. A field
	 * of single values (a coding's source) is read as a set of one ({@link DocValues#getSortedSet}
	 * does), with the same ordinals.
	 */
	private static final class GlobalOrdinals {
		private final String field;
		private final OrdinalMap base;
		/** The base's segments, by their core's identity, and their index in the base. */
		private final Map<Object, Integer> baseSegments;
		/** Segments added since the base: their segment ordinals' ordinals, by the segment core's identity. */
		private final Map<Object, long[]> added;
		/** Values no base segment holds, and the ordinals they were given. */
		private final Map<BytesRef, Long> extra;
		/** The ordinals of the reader these are for, per leaf. */
		private final LongValues[] perLeaf;

		/**
		 * A base segment still in a reopened reader, whose values new ones are looked up in, and
		 * their ordinals. Its values are read when first needed, once: a coding's value is most often
		 * found in the first segments tried, and most base segments are never asked.
		 */
		private final class BaseLeaf {
			private final LeafReaderContext leaf;
			private final LongValues ordinals;
			private SortedSetDocValues values;

			BaseLeaf(LeafReaderContext leaf, LongValues ordinals) {
				this.leaf = leaf;
				this.ordinals = ordinals;
			}

			/** The value's ordinal over the whole reader, or -1 when this segment does not hold it. */
			long ordinalOf(BytesRef value) throws IOException {
				if (values == null) {
					values = DocValues.getSortedSet(leaf.reader(), field);
				}
				long inSegment = values.lookupTerm(value);
				return inSegment < 0 ? -1 : ordinals.get(inSegment);
			}
		}

		private GlobalOrdinals(String field, OrdinalMap base, Map<Object, Integer> baseSegments, Map<Object, long[]> added,
				Map<BytesRef, Long> extra, LongValues[] perLeaf) {
			this.field = field;
			this.base = base;
			this.baseSegments = baseSegments;
			this.added = added;
			this.extra = extra;
			this.perLeaf = perLeaf;
		}

		static GlobalOrdinals build(DirectoryReader reader, String field) {
			try {
				List<LeafReaderContext> leaves = reader.leaves();
				SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
				Map<Object, Integer> segments = new HashMap<>();
				for (int i = 0; i < leaves.size(); i++) {
					values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
					segments.put(core(leaves.get(i)), i);
				}
				OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
				LongValues[] perLeaf = new LongValues[leaves.size()];
				for (int i = 0; i < leaves.size(); i++) {
					perLeaf[i] = map.getGlobalOrds(i);
				}
				return new GlobalOrdinals(field, map, segments, Map.of(), Map.of(), perLeaf);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private static Object core(LeafReaderContext leaf) {
			return leaf.reader().getCoreCacheHelper().getKey();
		}

		/** The ordinals of a leaf of the reader these are for. */
		LongValues of(LeafReaderContext leaf) {
			return perLeaf[leaf.ord];
		}

		int count() {
			return (int) (base.getValueCount() + extra.size());
		}

		/** These ordinals extended to a reopened reader, or null when it has too many new values to look up. */
		GlobalOrdinals extend(DirectoryReader newer) {
			try {
				List<LeafReaderContext> leaves = newer.leaves();
				// The base segments still there, where the values of new segments are looked up.
				List<BaseLeaf> baseLeaves = new ArrayList<>();
				long toLookUp = 0;
				for (LeafReaderContext leaf : leaves) {
					Object core = core(leaf);
					Integer inBase = baseSegments.get(core);
					if (inBase != null) {
						baseLeaves.add(new BaseLeaf(leaf, base.getGlobalOrds(inBase)));
					} else if (!added.containsKey(core)) {
						toLookUp += DocValues.getSortedSet(leaf.reader(), field).getValueCount();
					}
				}
				if (toLookUp > MOST_LOOKED_UP) {
					return null;
				}
				Map<Object, long[]> nowAdded = new HashMap<>();
				Map<BytesRef, Long> nowExtra = new HashMap<>(extra);
				LongValues[] perLeaf = new LongValues[leaves.size()];
				for (int i = 0; i < leaves.size(); i++) {
					LeafReaderContext leaf = leaves.get(i);
					Object core = core(leaf);
					Integer inBase = baseSegments.get(core);
					if (inBase != null) {
						perLeaf[i] = base.getGlobalOrds(inBase);
						continue;
					}
					long[] ords = added.get(core);
					if (ords == null) {
						ords = lookUp(DocValues.getSortedSet(leaf.reader(), field), baseLeaves, nowExtra);
					}
					nowAdded.put(core, ords);
					long[] fixed = ords;
					perLeaf[i] = new LongValues() {
						@Override
						public long get(long index) {
							return fixed[(int) index];
						}
					};
				}
				return new GlobalOrdinals(field, base, baseSegments, nowAdded, nowExtra, perLeaf);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** A new segment's ordinals: each of its values looked up in the base segments still there, or given a new ordinal. */
		private long[] lookUp(SortedSetDocValues values, List<BaseLeaf> baseLeaves, Map<BytesRef, Long> nowExtra) throws IOException {
			long[] ords = new long[(int) values.getValueCount()];
			for (int ord = 0; ord < ords.length; ord++) {
				BytesRef value = BytesRef.deepCopyOf(values.lookupOrd(ord));
				long global = -1;
				for (int b = 0; b < baseLeaves.size() && global < 0; b++) {
					global = baseLeaves.get(b).ordinalOf(value);
				}
				if (global < 0) {
					Long known = nowExtra.get(value);
					if (known == null) {
						known = base.getValueCount() + nowExtra.size();
						nowExtra.put(value, known);
					}
					global = known;
				}
				ords[ord] = global;
			}
			return ords;
		}
	}
}
