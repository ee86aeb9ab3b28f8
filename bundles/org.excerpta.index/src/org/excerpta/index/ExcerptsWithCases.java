package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.excerpta.index.ProjectIndex.CaseRow;
import org.excerpta.index.ProjectIndex.ExcerptOfCases;

/**
 * Every coded excerpt a query matches, each beside its cases' names and attribute values: the
 * table of coded excerpts an export writes, made from the index alone.
 * <p>
 * Excerpts and cases are matched by the cases' ordinals over the whole index (the coded
 * excerpts and the case documents share the doc values of {@link Fields#CASES}), so each case is
 * read once into an array and found by number. Matching them by GUID through hash maps of a
 * million entries was 40% of a million-row export (profiled). A case's attribute values are
 * decoded once per segment and value, and the lists of single values are shared between cases.
 */
final class ExcerptsWithCases {

	/** Above this many values an attribute (an ID, a date) is decoded case by case rather than kept by ordinal. */
	private static final int KNOWN_VALUES = 1 << 16;

	private final DirectoryReader reader;
	private final OrdinalCodings ordinals;
	private final List<String> attributes;

	ExcerptsWithCases(DirectoryReader reader, OrdinalCodings ordinals, List<String> attributes) {
		this.reader = reader;
		this.ordinals = ordinals;
		this.attributes = List.copyOf(attributes);
	}

	/** The excerpts of the coded-excerpt documents {@code codings} matches, by source name and place. */
	List<ExcerptOfCases> read(Query codings) throws IOException {
		int caseCount = Math.max(1, ordinals.caseCount());
		FixedBitSet wanted = new FixedBitSet(caseCount);
		FixedBitSet inSeveral = new FixedBitSet(caseCount); // cases of excerpts with several: their GUIDs give the order
		int[][] docs = { new int[1024] };
		int[][] caseOrds = { new int[1024] };
		int[][] firstCase = { new int[1025] };
		int[] counts = new int[2]; // documents, case ordinals
		ordinals.eachDocument(codings, (doc, cases, n) -> {
			int d = counts[0]++;
			docs[0] = ArrayUtil.grow(docs[0], d + 1);
			firstCase[0] = ArrayUtil.grow(firstCase[0], d + 2);
			caseOrds[0] = ArrayUtil.grow(caseOrds[0], counts[1] + n);
			docs[0][d] = doc;
			for (int i = 0; i < n; i++) {
				caseOrds[0][counts[1]++] = cases[i];
				wanted.set(cases[i]);
				if (n > 1) {
					inSeveral.set(cases[i]);
				}
			}
			firstCase[0][d + 1] = counts[1];
		});
		Cases cases = cases(wanted, inSeveral);
		int n = counts[0];
		List<Excerpt> excerpts = StoredInOrder.read(reader, Arrays.copyOf(docs[0], n), null, ProjectIndex::excerpt);
		List<ExcerptOfCases> out = new ArrayList<>(n);
		for (int d = 0; d < n; d++) {
			out.add(new ExcerptOfCases(excerpts.get(d), cases.of(excerpts.get(d), caseOrds[0], firstCase[0][d], firstCase[0][d + 1])));
		}
		// Stable: excerpts at the same place keep the index's order, as the ordinary retrieval has them.
		out.sort(Comparator.comparing((ExcerptOfCases e) -> e.excerpt().sourceName()).thenComparingInt(e -> e.excerpt().start()));
		return out;
	}

	/** The cases read from their documents, by ordinal. */
	private static final class Cases {
		final CaseRow[] rows;
		final String[] guids; // only of cases that share an excerpt with another

		Cases(int count) {
			rows = new CaseRow[count];
			guids = new String[count];
		}

		/** An excerpt's cases in the order its document lists them (the project's); a case with no document is left out. */
		List<CaseRow> of(Excerpt excerpt, int[] ords, int from, int to) {
			if (to - from == 1) {
				CaseRow row = rows[ords[from]];
				return row == null ? List.of() : List.of(row);
			}
			List<CaseRow> out = new ArrayList<>(to - from);
			for (String guid : excerpt.caseGuids()) {
				for (int i = from; i < to; i++) {
					if (guid.equals(guids[ords[i]]) && rows[ords[i]] != null) {
						out.add(rows[ords[i]]);
					}
				}
			}
			return List.copyOf(out);
		}
	}

	/** One pass over the case documents: the values of the wanted cases from doc values, then their names together. */
	private Cases cases(FixedBitSet wanted, FixedBitSet inSeveral) throws IOException {
		Cases cases = new Cases(wanted.length());
		int[][] docs = { new int[1024] };
		int[][] ords = { new int[1024] };
		int[] n = { 0 };
		ProjectIndex.collect(reader, ProjectIndex.caseQuery(Map.of()), new SimpleCollector() {
			private int docBase;
			private SortedSetDocValues guids;
			private LongValues toGlobal;
			private final SortedSetDocValues[] values = new SortedSetDocValues[attributes.size()];
			/** Per attribute, the list of each single value by its ordinal in this segment: a million cases share a few. */
			private final List<List<String>[]> known = new ArrayList<>();

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				docBase = context.docBase;
				guids = DocValues.getSortedSet(context.reader(), Fields.CASES);
				toGlobal = ordinals.casesOf(context);
				known.clear();
				for (int i = 0; i < values.length; i++) {
					values[i] = DocValues.getSortedSet(context.reader(), Fields.CASE_ATTRIBUTE + attributes.get(i));
					long count = values[i].getValueCount();
					@SuppressWarnings("unchecked")
					List<String>[] these = count <= KNOWN_VALUES ? new List[(int) count] : null;
					known.add(these);
				}
			}

			@Override
			public void collect(int doc) throws IOException {
				if (!guids.advanceExact(doc)) {
					return;
				}
				long segmentOrd = guids.nextOrd();
				int ord = (int) toGlobal.get(segmentOrd);
				if (ord >= wanted.length() || !wanted.get(ord)) {
					return;
				}
				List<List<String>> byAttribute = new ArrayList<>(values.length);
				for (int i = 0; i < values.length; i++) {
					byAttribute.add(valuesOf(i, doc));
				}
				cases.rows[ord] = new CaseRow("", List.copyOf(byAttribute));
				if (inSeveral.get(ord)) {
					cases.guids[ord] = guids.lookupOrd(segmentOrd).utf8ToString();
				}
				docs[0] = ArrayUtil.grow(docs[0], n[0] + 1);
				ords[0] = ArrayUtil.grow(ords[0], n[0] + 1);
				docs[0][n[0]] = docBase + doc;
				ords[0][n[0]++] = ord;
			}

			/** A case's values of an attribute, in the order of their text. */
			private List<String> valuesOf(int attribute, int doc) throws IOException {
				SortedSetDocValues v = values[attribute];
				if (!v.advanceExact(doc)) {
					return List.of();
				}
				int count = v.docValueCount();
				if (count == 1) {
					long ord = v.nextOrd();
					List<String>[] these = known.get(attribute);
					if (these == null) {
						return List.of(v.lookupOrd(ord).utf8ToString());
					}
					if (these[(int) ord] == null) {
						these[(int) ord] = List.of(v.lookupOrd(ord).utf8ToString());
					}
					return these[(int) ord];
				}
				List<String> several = new ArrayList<>(count);
				for (int k = 0; k < count; k++) {
					several.add(v.lookupOrd(v.nextOrd()).utf8ToString());
				}
				return List.copyOf(several);
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		});
		// The names are stored fields: read together, in the index's order, after the doc values.
		List<String> names = StoredInOrder.read(reader, Arrays.copyOf(docs[0], n[0]), Set.of(Fields.CASE_NAME), d -> d.get(Fields.CASE_NAME));
		for (int i = 0; i < n[0]; i++) {
			String name = names.get(i);
			int ord = ords[0][i];
			cases.rows[ord] = new CaseRow(name == null ? "" : name, cases.rows[ord].values());
		}
		return cases;
	}
}
