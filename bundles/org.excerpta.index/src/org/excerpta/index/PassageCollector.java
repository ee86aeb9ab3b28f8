package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the passages a query matches (source, place, speaker; no text) from doc values, up to a
 * maximum, counting them all. The strings are looked up per segment once its hits are known, in
 * ordinal order ({@link OrdinalLookup}).
 */
final class PassageCollector extends SimpleCollector {

	private final int max;
	private final List<SearchResults.Hit> hits = new ArrayList<>();
	private long total;

	// The segment being collected, and its hits so far as ordinals and places.
	private SortedDocValues source;
	private SortedDocValues name;
	private SortedDocValues speaker;
	private NumericDocValues start;
	private NumericDocValues end;
	private int[] sourceOrds = new int[64];
	private int[] nameOrds = new int[64];
	private int[] speakerOrds = new int[64];
	private int[] starts = new int[64];
	private int[] ends = new int[64];
	private int n;

	/** With {@code answerLengths}, also each hit's whole answer length (-1 for a passage that is not a survey answer's). */
	private final boolean answerLengths;
	private NumericDocValues answerLength;
	/** Every hit's answer length, in the hits' order: a number needs no look-up, so it is kept at once, not per segment. */
	private final org.apache.lucene.util.IntsRefBuilder allLengths = new org.apache.lucene.util.IntsRefBuilder();

	PassageCollector(int max) {
		this(max, false);
	}

	PassageCollector(int max, boolean answerLengths) {
		this.max = max;
		this.answerLengths = answerLengths;
	}

	/** The whole answer's length of the i-th hit (code points), or -1 when it is not a survey answer's passage; with {@code answerLengths} only. */
	int answerLength(int i) {
		return allLengths.intAt(i);
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		resolveSegment();
		source = DocValues.getSorted(context.reader(), Fields.SOURCE);
		name = DocValues.getSorted(context.reader(), Fields.ORDER_SOURCE_NAME);
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
			nameOrds = Arrays.copyOf(nameOrds, size);
			speakerOrds = Arrays.copyOf(speakerOrds, size);
			starts = Arrays.copyOf(starts, size);
			ends = Arrays.copyOf(ends, size);
		}
		sourceOrds[n] = source.ordValue();
		nameOrds[n] = name.advanceExact(doc) ? name.ordValue() : -1;
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
		String[] names = OrdinalLookup.resolve(name, nameOrds, n);
		String[] speakers = OrdinalLookup.resolve(speaker, speakerOrds, n);
		for (int i = 0; i < n; i++) {
			hits.add(new SearchResults.Hit(sources[i], names[i] == null ? "" : names[i], starts[i], ends[i], speakers[i], List.of()));
		}
		n = 0;
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
