package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the passages a query matches (source, place, speaker; no text) from doc values, up to a
 * maximum, counting them all. The strings are looked up per segment once its hits are known, in
 * ordinal order ({@link OrdinalLookup}). A source's name, when asked for, is read from the stored
 * fields of its first hit: it is not a doc value on passages, where it was a million-term one that
 * the import wrote and compressed for every survey answer, and coding needs no names.
 */
final class PassageCollector extends SimpleCollector {

	private final int max;
	private final List<SearchResults.Hit> hits = new ArrayList<>();
	private long total;

	// The segment being collected, and its hits so far as ordinals and places.
	private SortedDocValues source;
	private SortedDocValues speaker;
	private NumericDocValues start;
	private NumericDocValues end;
	private int[] sourceOrds = new int[64];
	private int[] docs = new int[64];
	private StoredFields stored;
	private final boolean names;
	private int[] speakerOrds = new int[64];
	private int[] starts = new int[64];
	private int[] ends = new int[64];
	private int n;

	/** With {@code answerLengths}, also each hit's whole answer length (-1 for a passage that is not a survey answer's). */
	private final boolean answerLengths;
	private NumericDocValues answerLength;
	/** Every hit's answer length, in the hits' order: a number needs no look-up, so it is kept at once, not per segment. */
	private final org.apache.lucene.util.IntsRefBuilder allLengths = new org.apache.lucene.util.IntsRefBuilder();

	PassageCollector(int max, boolean answerLengths, boolean names) {
		this.max = max;
		this.answerLengths = answerLengths;
		this.names = names;
	}

	/** The whole answer's length of the i-th hit (code points), or -1 when it is not a survey answer's passage; with {@code answerLengths} only. */
	int answerLength(int i) {
		return allLengths.intAt(i);
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		resolveSegment();
		source = DocValues.getSorted(context.reader(), Fields.SOURCE);
		stored = names ? context.reader().storedFields() : null;
		speaker = DocValues.getSorted(context.reader(), Fields.SPEAKER);
		start = DocValues.getNumeric(context.reader(), Fields.PASSAGE_START);
		end = DocValues.getNumeric(context.reader(), Fields.PASSAGE_END);
		if (answerLengths) {
			answerLength = DocValues.getNumeric(context.reader(), Fields.ANSWER_LENGTH);
		}
	}

	@Override
	public void collect(int doc) throws IOException {
		total++;
		if (hits.size() + n >= max || !source.advanceExact(doc) || !start.advanceExact(doc) || !end.advanceExact(doc)) {
			return;
		}
		if (n == sourceOrds.length) {
			int size = n * 2;
			sourceOrds = Arrays.copyOf(sourceOrds, size);
			docs = Arrays.copyOf(docs, size);
			speakerOrds = Arrays.copyOf(speakerOrds, size);
			starts = Arrays.copyOf(starts, size);
			ends = Arrays.copyOf(ends, size);
		}
		sourceOrds[n] = source.ordValue();
		docs[n] = doc;
		speakerOrds[n] = speaker.advanceExact(doc) ? speaker.ordValue() : -1;
		starts[n] = (int) start.longValue();
		ends[n] = (int) end.longValue();
		if (answerLengths) {
			allLengths.append(answerLength.advanceExact(doc) ? (int) answerLength.longValue() : -1);
		}
		n++;
	}

	private void resolveSegment() throws IOException {
		if (n == 0) {
			return;
		}
		String[] sources = OrdinalLookup.resolve(source, sourceOrds, n);
		String[] speakers = OrdinalLookup.resolve(speaker, speakerOrds, n);
		Map<String, String> nameOf = new HashMap<>();
		for (int i = 0; i < n; i++) {
			String name = "";
			if (names) {
				int doc = docs[i];
				name = nameOf.computeIfAbsent(sources[i], g -> sourceName(doc));
			}
			hits.add(new SearchResults.Hit(sources[i], name, starts[i], ends[i], speakers[i], List.of()));
		}
		n = 0;
	}

	private String sourceName(int doc) {
		try {
			String name = stored.document(doc, Set.of(Fields.SOURCE_NAME)).get(Fields.SOURCE_NAME);
			return name == null ? "" : name;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The hits in index order, and how many passages matched in all. */
	SearchResults results() throws IOException {
		resolveSegment();
		return new SearchResults(total, hits);
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}
}
