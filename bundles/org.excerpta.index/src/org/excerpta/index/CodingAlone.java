package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.excerpta.core.store.CodingJournal;
import org.excerpta.core.store.CodingJournal.NewCoder;
import org.excerpta.core.store.CodingJournal.PassageCoding;
import org.excerpta.core.store.CodingJournal.Recorded;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.User;

/**
 * Codes passages with the index alone, for a project whose model is not loaded: what each source
 * already has coded is read from its coded excerpts' documents, the codings are recorded in the
 * project's journal ({@link CodingJournal}), and their documents are made from the source's own
 * passage document, so they carry the same source, cases and attribute values as the model's.
 * The rules are the {@code Coder}'s and the {@code Autocoder}'s: a passage already coded with the
 * code by the coder is left as it is, the selection of exactly that passage gets the new coding,
 * and a new selection takes its place in text order.
 */
final class CodingAlone {

	/** What the index knows of one source: one of its passages (its shared fields) and its coded excerpts. */
	record SourceInIndex(String guid, Document passage, LeafReader leaf, int leafDoc, List<Excerpted> codings) {
	}

	/** A coded excerpt as its document stores it; {@code created} null where the coding has no date. */
	record Excerpted(String selection, int start, int end, String code, String coder, String coding, java.util.Date created) {
	}

	/**
	 * What one call made: how many codings (or would make, in a preview), the coder it added, the
	 * coded excerpts' documents to index, and the change as recorded (null for a preview or nothing made).
	 */
	record Outcome(int made, User newCoder, List<Document> documents, CodingJournal.Change change) {
	}

	/** How the codings are recorded: as a change of their own, or with the new code that names them (in-vivo). */
	@FunctionalInterface
	interface Recording {
		CodingJournal.Change record(NewCoder newCoder, List<PassageCoding> codings);
	}

	private final DirectoryReader reader;

	CodingAlone(DirectoryReader reader) {
		this.reader = reader;
	}

	/**
	 * Records the codings the passages need, with the documents of their coded excerpts, or only
	 * counts them ({@code preview}). Checks what the model would: a codable code, a passage within
	 * its source. A null {@code coder} is added under {@code newCoderName}. {@code textOf} gives a
	 * source's whole text from its first passage's document. {@code recording} writes the change
	 * (usually the journal's {@code recordCodings}); it is not called for a preview or when nothing
	 * is to be coded.
	 */
	Outcome code(List<PassageToCode> passages, Code code, User coder, String newCoderName, Recording recording, boolean preview,
			java.util.function.Function<Document, String> textOf) throws IOException {
		Autocoder.checkCodable(code);
		String coderGuid = coder != null ? coder.getGuid() : ProjectStore.newGuid();
		Map<String, List<PassageToCode>> bySource = new LinkedHashMap<>();
		for (PassageToCode p : passages) {
			bySource.computeIfAbsent(p.sourceGuid(), k -> new ArrayList<>()).add(p);
		}
		Map<String, SourceInIndex> found = findAll(reader, bySource.keySet());
		List<PassageCoding> toRecord = new ArrayList<>();
		List<SourceInIndex> sourceOf = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (Map.Entry<String, List<PassageToCode>> e : bySource.entrySet()) {
			SourceInIndex source = found.get(e.getKey());
			if (source == null) {
				throw new IllegalArgumentException("no source " + e.getKey() + " in the project's index");
			}
			String text = textOf.apply(source.passage());
			int length = text.codePointCount(0, text.length());
			Set<String> planned = new LinkedHashSet<>();
			for (PassageToCode p : e.getValue()) {
				if (p.start() < 0 || p.end() <= p.start() || p.end() > length) {
					throw new IllegalArgumentException("cannot code " + p.start() + "-" + p.end() + " of \""
							+ source.passage().get(Fields.SOURCE_NAME) + "\": it has " + length + " characters");
				}
				if (!planned.add(p.start() + ":" + p.end()) || alreadyCoded(source, p, code.getGuid(), coderGuid)) {
					continue;
				}
				String selection = selectionAt(source, p);
				toRecord.add(new PassageCoding(source.guid(), p.start(), p.end(), selection,
						selection == null ? position(source, p) : 0, code.getGuid(), coderGuid));
				if (selection == null) {
					// Placed before the next ones of this call are: their positions count it.
					source.codings().add(new Excerpted(null, p.start(), p.end(), code.getGuid(), coderGuid, null, null));
				}
				sourceOf.add(source);
				texts.add(text);
			}
		}
		if (preview || toRecord.isEmpty()) {
			return new Outcome(toRecord.size(), null, List.of(), null);
		}
		User added = null;
		NewCoder newCoder = null;
		if (coder == null) {
			newCoder = new NewCoder(coderGuid, newCoderName);
			added = org.excerpta.model.ExcerptaFactory.eINSTANCE.createUser();
			added.setGuid(coderGuid);
			added.setName(newCoderName);
			added.setId(newCoderName);
		}
		CodingJournal.Change change = recording.record(newCoder, toRecord);
		List<Recorded> recorded = change.codings();
		List<Document> documents = new ArrayList<>(recorded.size());
		for (int i = 0; i < recorded.size(); i++) {
			documents.add(document(sourceOf.get(i), toRecord.get(i), recorded.get(i), change.created(), texts.get(i)));
		}
		return new Outcome(recorded.size(), added, documents, change);
	}

	/**
	 * Each source's first passage and its coded excerpts, found in one walk over each segment's
	 * source terms (GUIDs in order) and read in document order: a query per source cost more than
	 * the reading at fifty thousand answers.
	 */
	static Map<String, SourceInIndex> findAll(DirectoryReader reader, java.util.Collection<String> guids) throws IOException {
		List<BytesRef> terms = TermDocs.sorted(guids);
		List<long[]> docs = new ArrayList<>(); // {global doc, index of the term}
		TermDocs.each(reader, Fields.SOURCE, terms, (doc, term) -> docs.add(new long[] { doc, term }));
		docs.sort(java.util.Comparator.comparingLong(a -> a[0]));
		StoredFields stored = reader.storedFields();
		Document[] passage = new Document[terms.size()];
		int[] passageDoc = new int[terms.size()];
		List<List<Excerpted>> codings = new ArrayList<>(terms.size());
		for (int t = 0; t < terms.size(); t++) {
			codings.add(new ArrayList<>(2));
		}
		for (long[] entry : docs) {
			int doc = (int) entry[0];
			int t = (int) entry[1];
			Document d = stored.document(doc);
			if (d.get(Fields.CODING_ID) != null) {
				codings.get(t).add(new Excerpted(d.get(Fields.SELECTION), number(d, Fields.START), number(d, Fields.END), d.get(Fields.CODE),
						d.get(Fields.CODER), d.get(Fields.CODING_ID), created(d)));
			} else if (d.getField(Fields.START) != null && (passage[t] == null || number(d, Fields.START) < number(passage[t], Fields.START))) {
				passage[t] = d;
				passageDoc[t] = doc;
			}
		}
		Map<String, SourceInIndex> out = new HashMap<>();
		for (int t = 0; t < terms.size(); t++) {
			if (passage[t] != null) {
				LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(passageDoc[t], reader.leaves()));
				String guid = terms.get(t).utf8ToString();
				out.put(guid, new SourceInIndex(guid, passage[t], leaf.reader(), passageDoc[t] - leaf.docBase, codings.get(t)));
			}
		}
		return out;
	}

	/** When a coded excerpt's coding was made, as its document stores it; null when it has no date. */
	static java.util.Date created(Document d) {
		IndexableField f = d.getField(Fields.CREATED);
		return f == null ? null : new java.util.Date(f.numericValue().longValue());
	}

	private static int number(Document d, String field) {
		return d.getField(field).numericValue().intValue();
	}

	private static boolean alreadyCoded(SourceInIndex s, PassageToCode p, String code, String coder) {
		return s.codings().stream().anyMatch(c -> c.start() == p.start() && c.end() == p.end() && code.equals(c.code())
				&& coder.equals(c.coder()));
	}

	private static String selectionAt(SourceInIndex s, PassageToCode p) {
		return s.codings().stream().filter(c -> c.start() == p.start() && c.end() == p.end() && c.selection() != null)
				.map(Excerpted::selection).findFirst().orElse(null);
	}

	/** Where a new selection goes among the source's selections: after those that start earlier (or end earlier at the same start). */
	private static int position(SourceInIndex s, PassageToCode p) {
		Map<String, int[]> selections = new HashMap<>();
		for (Excerpted c : s.codings()) {
			selections.putIfAbsent(c.selection() == null ? c.start() + ":" + c.end() : c.selection(), new int[] { c.start(), c.end() });
		}
		int before = 0;
		for (int[] r : selections.values()) {
			if (r[0] < p.start() || r[0] == p.start() && r[1] < p.end()) {
				before++;
			}
		}
		return before;
	}

	/** The coded excerpt's document: the source's shared fields copied from its passage, then the coding's own. */
	private static Document document(SourceInIndex s, PassageCoding p, Recorded r, java.util.Date created, String text) throws IOException {
		Document d = document(s, r.selectionGuid(), r.codingGuid(), p.codeGuid(), p.coderGuid(), created, p.start(), p.end(), text);
		TermBytes.keyword(d, Fields.CODED_ALONE, r.codingGuid(), false);
		return d;
	}

	/**
	 * A coded excerpt's document made from the index alone: its source's shared fields copied from
	 * the source's passage, then the coding's own, as {@link DocumentMaker} makes them from the model.
	 * An extent beyond the text is cut to it, as there.
	 */
	static Document document(SourceInIndex s, String selectionGuid, String codingGuid, String codeGuid, String coderGuid,
			java.util.Date created, int start, int end, String text) {
		Document d = new Document();
		TermBytes.keyword(d, Fields.KIND, Fields.CODING, false);
		BytesRef guid = TermBytes.of(s.guid());
		TermBytes.keyword(d, Fields.SOURCE, guid, s.guid(), true);
		d.add(new SortedDocValuesField(Fields.SOURCE, guid));
		String name = s.passage().get(Fields.SOURCE_NAME);
		d.add(new StoredField(Fields.SOURCE_NAME, name));
		for (IndexableField q : s.passage().getFields(Fields.QUESTION)) {
			TermBytes.keyword(d, Fields.QUESTION, q.stringValue(), true);
		}
		for (IndexableField c : s.passage().getFields(Fields.PASSAGE_CASES)) {
			d.add(new StoredField(Fields.CASES, c.stringValue()));
			d.add(new SortedSetDocValuesField(Fields.CASES, TermBytes.of(c.stringValue())));
		}
		// The cases' attribute values, as the passage stores them: terms of the coded excerpt.
		for (String nameValue : s.passage().getValues(Fields.PASSAGE_VALUES)) {
			int at = nameValue.indexOf(Fields.NAME_VALUE);
			if (at > 0) {
				TermBytes.keyword(d, Fields.ATTRIBUTE + nameValue.substring(0, at), nameValue.substring(at + 1), false);
			}
		}
		int length = text.codePointCount(0, text.length());
		int first = Math.max(0, Math.min(start, length));
		int last = Math.max(first, Math.min(end, length));
		int from = text.offsetByCodePoints(0, first);
		int to = text.offsetByCodePoints(from, last - first);
		DocumentMaker.codingFields(d, s.guid(), name == null ? "" : name, selectionGuid, codingGuid, codeGuid, coderGuid, created, first, last,
				text.substring(from, to));
		return d;
	}
}
