package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;

/**
 * The project's sources as a list shows them, in the natural order of their names ({@link
 * NaturalOrder}): from the model, or from the index alone while the model loads. In the index a
 * source is its first passage, the one document that holds the source's length ({@link
 * Fields#SOURCE_LENGTH}); a survey answer's passages hold the answer's length as well ({@link
 * Fields#ANSWER_LENGTH}). A source of white space only has no passage, so the index cannot list it.
 */
final class SourceList {

	static final Comparator<ListedSource> ORDER = Comparator.comparing(ListedSource::name, NaturalOrder.NAMES)
			.thenComparing(ListedSource::guid);

	private SourceList() {
	}

	/** The sources of a loaded project. */
	static List<ListedSource> of(List<Source> sources) {
		List<ListedSource> out = new ArrayList<>(sources.size());
		for (Source s : sources) {
			boolean answer = s instanceof TextSource t && t.getKind() == SourceKind.SURVEY_ANSWER;
			out.add(new ListedSource(s.getGuid(), s.getName() == null ? "" : s.getName(), answer));
		}
		out.sort(ORDER);
		return out;
	}

	/**
	 * The sources the index holds: the first passages found by their doc value, then their GUIDs and
	 * names read block by block ({@link StoredInOrder}: a million answers' names in a second or two).
	 */
	static List<ListedSource> of(IndexReader reader) throws IOException {
		return firstPassages(reader).sources();
	}

	/**
	 * The sources the index holds, sorted as {@link #of(IndexReader)} sorts them, with each one's
	 * first passage (the document that names its text) and length in code points, in the same order.
	 */
	record FirstPassages(List<ListedSource> sources, int[] docs, int[] lengths) {
	}

	static FirstPassages firstPassages(IndexReader reader) throws IOException {
		BooleanQuery firstPassages = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(Fields.KIND, Fields.PASSAGE)), Occur.FILTER)
				.add(new FieldExistsQuery(Fields.SOURCE_LENGTH), Occur.FILTER).build();
		int[][] found = { new int[1024], new int[1024] };
		int[] size = { 0 };
		FixedBitSet answers = new FixedBitSet(Math.max(1, reader.maxDoc()));
		ProjectIndex.collect(reader, firstPassages, new SimpleCollector() {
			private int base;
			private NumericDocValues answerLength;
			private NumericDocValues sourceLength;

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				base = context.docBase;
				answerLength = DocValues.getNumeric(context.reader(), Fields.ANSWER_LENGTH);
				sourceLength = DocValues.getNumeric(context.reader(), Fields.SOURCE_LENGTH);
			}

			@Override
			public void collect(int doc) throws IOException {
				if (size[0] == found[0].length) {
					found[0] = Arrays.copyOf(found[0], size[0] * 2);
					found[1] = Arrays.copyOf(found[1], size[0] * 2);
				}
				found[0][size[0]] = base + doc;
				found[1][size[0]++] = sourceLength.advanceExact(doc) ? (int) sourceLength.longValue() : 0;
				if (answerLength.advanceExact(doc)) {
					answers.set(base + doc);
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		});
		int[] docs = Arrays.copyOf(found[0], size[0]);
		List<String[]> named = StoredInOrder.read(reader, docs, Set.of(Fields.SOURCE, Fields.SOURCE_NAME), SourceList::guidAndName);
		Integer[] order = new Integer[docs.length];
		List<ListedSource> listed = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			String[] g = named.get(i);
			listed.add(new ListedSource(g[0], g[1], answers.get(docs[i])));
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> ORDER.compare(listed.get(a), listed.get(b)));
		List<ListedSource> out = new ArrayList<>(docs.length);
		int[] sortedDocs = new int[docs.length];
		int[] lengths = new int[docs.length];
		for (int i = 0; i < order.length; i++) {
			out.add(listed.get(order[i]));
			sortedDocs[i] = docs[order[i]];
			lengths[i] = found[1][order[i]];
		}
		return new FirstPassages(out, sortedDocs, lengths);
	}

	private static String[] guidAndName(Document d) {
		String name = d.get(Fields.SOURCE_NAME);
		return new String[] { d.get(Fields.SOURCE), name == null ? "" : name };
	}
}
