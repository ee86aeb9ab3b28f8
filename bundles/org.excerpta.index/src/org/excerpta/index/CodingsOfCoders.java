package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every source the index holds, and the coded excerpts of some coders source by source: what an
 * agreement study compares, read without the model. At a million answers the model takes fifteen
 * seconds or more to read; the same positions, codes and coders come from doc values and postings
 * in about a second.
 * <p>
 * A coded excerpt's start and end are those of its selection cut to the source's text, as the
 * index keeps them. The list of sources is read once; the codings of each coder are found through
 * the coder's term. Texts are read one source at a time, when asked for (a study needs a few of
 * them for the disagreements it shows).
 */
public final class CodingsOfCoders {

	/** Told each coding of a source. */
	public interface Found {
		/**
		 * @param start     the first code point coded
		 * @param end       the code point after the last
		 * @param codeGuid  the code's GUID
		 * @param coder     the coder's place in the list of coders asked for
		 */
		void coding(int start, int end, String codeGuid, int coder);
	}

	private final List<ListedSource> sources;
	private final Map<String, Integer> place;
	private final int[] lengths;
	private final int[] firstPassage;
	/** The codings of source i are positions {@code from[i]} to {@code from[i + 1]} of the arrays below. */
	private final int[] from;
	private final int[] starts;
	private final int[] ends;
	private final int[] codes;
	private final byte[] coders;
	private final List<String> codeGuids;
	private final Function<Document, String> textOf;
	private final Function<String, String> textOfSource;
	private final DirectoryReader reader;
	private StoredFields stored;

	private CodingsOfCoders(DirectoryReader reader, SourceList.FirstPassages first, Map<String, Integer> place, Spans spans,
			Function<Document, String> textOf, Function<String, String> textOfSource) {
		this.reader = reader;
		this.place = place;
		this.sources = first.sources();
		this.lengths = first.lengths();
		this.firstPassage = first.docs();
		this.textOf = textOf;
		this.textOfSource = textOfSource;
		// Group the codings by source: a counting sort on the source's place.
		int n = sources.size();
		from = new int[n + 1];
		for (int k = 0; k < spans.size; k++) {
			from[spans.source[k] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			from[i + 1] += from[i];
		}
		int[] next = Arrays.copyOf(from, n);
		starts = new int[spans.size];
		ends = new int[spans.size];
		codes = new int[spans.size];
		coders = new byte[spans.size];
		for (int k = 0; k < spans.size; k++) {
			int at = next[spans.source[k]]++;
			starts[at] = spans.start[k];
			ends[at] = spans.end[k];
			codes[at] = spans.code[k];
			coders[at] = spans.coder[k];
		}
		this.codeGuids = spans.codeGuids;
	}

	/**
	 * Reads the list of sources and the codings of these coders (at most 127).
	 *
	 * @param textOf       a source's whole text from its first passage's stored fields
	 * @param textOfSource a source's whole text by GUID, when the reader may be replaced (the index
	 *                     is open with its project); null to read the first passages
	 */
	static CodingsOfCoders read(DirectoryReader reader, List<String> coderGuids, Function<Document, String> textOf,
			Function<String, String> textOfSource) throws IOException {
		if (coderGuids.size() > Byte.MAX_VALUE) {
			throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " coders at once, not " + coderGuids.size());
		}
		SourceList.FirstPassages first = SourceList.firstPassages(reader);
		Map<String, Integer> place = new HashMap<>(first.sources().size() * 2);
		for (int i = 0; i < first.sources().size(); i++) {
			place.put(first.sources().get(i).guid(), i);
		}
		Spans spans = new Spans();
		for (LeafReaderContext leaf : reader.leaves()) {
			read(leaf.reader(), coderGuids, place, spans);
		}
		return new CodingsOfCoders(reader, first, place, spans, textOf, textOfSource);
	}

	/**
	 * The codings of one segment. A source's GUID is found by its ordinal in the segment's doc
	 * values; looking each one up on its own decompressed a block of GUIDs per source (a second at a
	 * million answers), so the ordinals are collected first and their GUIDs then read in ascending
	 * order, a block at a time.
	 */
	private static void read(LeafReader leaf, List<String> coderGuids, Map<String, Integer> place, Spans spans) throws IOException {
		Terms terms = leaf.terms(Fields.CODER);
		if (terms == null) {
			return;
		}
		TermsEnum te = terms.iterator();
		Bits live = leaf.getLiveDocs();
		PostingsEnum postings = null;
		int[] codeOf = null;
		int first = spans.size;
		FixedBitSet sourceOrds = null;
		for (int c = 0; c < coderGuids.size(); c++) {
			if (coderGuids.get(c) == null || !te.seekExact(new BytesRef(coderGuids.get(c)))) {
				continue;
			}
			// Doc values go forward only: fresh ones for each coder's run of documents.
			SortedDocValues source = DocValues.getSorted(leaf, Fields.SOURCE);
			SortedDocValues code = DocValues.getSorted(leaf, Fields.CODE);
			NumericDocValues start = DocValues.getNumeric(leaf, Fields.ORDER_START);
			NumericDocValues end = DocValues.getNumeric(leaf, Fields.CODING_END);
			if (sourceOrds == null) {
				sourceOrds = new FixedBitSet(Math.max(1, source.getValueCount()));
				codeOf = unknown(code.getValueCount());
			}
			postings = te.postings(postings, PostingsEnum.NONE);
			for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
				if ((live != null && !live.get(d)) || !source.advanceExact(d) || !code.advanceExact(d) || !start.advanceExact(d)
						|| !end.advanceExact(d)) {
					continue;
				}
				int k = code.ordValue();
				if (codeOf[k] == UNKNOWN) {
					codeOf[k] = spans.code(code.lookupOrd(k).utf8ToString());
				}
				sourceOrds.set(source.ordValue());
				// The segment's ordinal for now; its source's place once the GUIDs are read.
				spans.add(source.ordValue(), (int) start.longValue(), (int) end.longValue(), codeOf[k], (byte) c);
			}
		}
		if (sourceOrds == null) {
			return;
		}
		int[] placeOf = new int[sourceOrds.length()];
		TermsEnum guids = DocValues.getSorted(leaf, Fields.SOURCE).termsEnum();
		for (int o = sourceOrds.nextSetBit(0); o != DocIdSetIterator.NO_MORE_DOCS; o = o + 1 < sourceOrds.length()
				? sourceOrds.nextSetBit(o + 1) : DocIdSetIterator.NO_MORE_DOCS) {
			guids.seekExact(o);
			Integer p = place.get(guids.term().utf8ToString());
			placeOf[o] = p == null ? NOWHERE : p; // a source of white space only has no passage, nor text to code
		}
		spans.placeSources(first, placeOf);
	}

	private static final int UNKNOWN = -1;
	private static final int NOWHERE = -2;

	private static int[] unknown(int n) {
		int[] a = new int[n];
		Arrays.fill(a, UNKNOWN);
		return a;
	}

	/** The codings found, in the order found, before they are grouped by source. */
	private static final class Spans {
		int size;
		int[] source = new int[1024];
		int[] start = new int[1024];
		int[] end = new int[1024];
		int[] code = new int[1024];
		byte[] coder = new byte[1024];
		final List<String> codeGuids = new ArrayList<>();
		final Map<String, Integer> codePlace = new HashMap<>();

		int code(String guid) {
			return codePlace.computeIfAbsent(guid, g -> {
				codeGuids.add(g);
				return codeGuids.size() - 1;
			});
		}

		/** Turns the segment ordinals of codings from {@code first} on into sources' places, dropping codings of no place. */
		void placeSources(int first, int[] placeOf) {
			int kept = first;
			for (int i = first; i < size; i++) {
				int p = placeOf[source[i]];
				if (p == NOWHERE) {
					continue;
				}
				source[kept] = p;
				start[kept] = start[i];
				end[kept] = end[i];
				code[kept] = code[i];
				coder[kept] = coder[i];
				kept++;
			}
			size = kept;
		}

		void add(int s, int st, int e, int k, byte c) {
			if (size == source.length) {
				int more = size * 2;
				source = Arrays.copyOf(source, more);
				start = Arrays.copyOf(start, more);
				end = Arrays.copyOf(end, more);
				code = Arrays.copyOf(code, more);
				coder = Arrays.copyOf(coder, more);
			}
			source[size] = s;
			start[size] = st;
			end[size] = e;
			code[size] = k;
			coder[size] = c;
			size++;
		}
	}

	/** Every source the index holds (a source of white space only has no passage, so it is not here), in the natural order of names. */
	public List<ListedSource> sources() {
		return sources;
	}

	/** The source with this GUID, or null. */
	public ListedSource source(String guid) {
		Integer i = place.get(guid);
		return i == null ? null : sources.get(i);
	}

	/** A source's length in code points; -1 for a GUID not here. */
	public int length(String guid) {
		Integer i = place.get(guid);
		return i == null ? -1 : lengths[i];
	}

	/** Whether one of the coders coded anything in the source. */
	public boolean isCoded(String guid) {
		Integer i = place.get(guid);
		return i != null && from[i + 1] > from[i];
	}

	/** Tells each coding of a coder asked for in the source, in no particular order. */
	public void eachCoding(String guid, Found found) {
		Integer i = place.get(guid);
		if (i == null) {
			return;
		}
		for (int k = from[i]; k < from[i + 1]; k++) {
			found.coding(starts[k], ends[k], codeGuids.get(codes[k]), coders[k]);
		}
	}

	/**
	 * A source's whole text (empty for a GUID not here). Read from its first passage, through one
	 * reader of stored fields kept for the next source: call from one thread at a time.
	 */
	public String text(String guid) {
		if (textOfSource != null) {
			return textOfSource.apply(guid);
		}
		Integer i = place.get(guid);
		if (i == null) {
			return "";
		}
		try {
			if (stored == null) {
				stored = reader.storedFields();
			}
			return textOf.apply(stored.document(firstPassage[i], TEXT_FIELDS));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException("the text of source " + guid + " cannot be read from the index: " + e.getMessage(), e);
		}
	}

	private static final Set<String> TEXT_FIELDS = Set.of(Fields.SOURCE_TEXT_PATH, Fields.SOURCE_TEXT, Fields.TEXT);
}
