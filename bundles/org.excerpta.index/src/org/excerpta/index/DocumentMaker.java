package org.excerpta.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.Coding;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.VariableValue;

/**
 * Turns the project into index documents: one per passage (a speaker turn, a paragraph, or a
 * whole survey answer), one per coding (the coded excerpt), one per case. Each carries the
 * source, its cases and their attribute values, so that a retrieval or a count is one query.
 */
final class DocumentMaker {

	private final ExcerptaProject project;
	/**
	 * Cases of each source: a source's documents carry its cases' attribute values. The model links
	 * cases to sources only, so this is built from all cases when the first change arrives: identity
	 * maps (no entry objects) and one-element lists, because a survey of a million respondents has a
	 * million of each (a hash map of array lists took 1.4 s there, and was felt as a pause at the
	 * first coding after opening).
	 */
	private final Map<Source, List<Case>> casesOf;
	/** Sources of each case as last indexed, so that a case that loses a source updates that source too. */
	private final Map<Case, List<Source>> sourcesOf;

	DocumentMaker(ExcerptaProject project) {
		this.project = project;
		List<Case> cases = project.model().getCases();
		casesOf = new IdentityHashMap<>(Math.max(16, project.model().getSources().size()));
		sourcesOf = new IdentityHashMap<>(Math.max(16, cases.size()));
		for (Case c : cases) {
			link(c);
		}
	}

	private void link(Case c) {
		List<Source> sources = List.copyOf(c.getSources());
		sourcesOf.put(c, sources);
		for (Source s : sources) {
			List<Case> known = casesOf.get(s);
			if (known == null) {
				casesOf.put(s, List.of(c));
			} else if (known instanceof ArrayList<Case> several) {
				several.add(c);
			} else {
				List<Case> several = new ArrayList<>(known);
				several.add(c);
				casesOf.put(s, several);
			}
		}
	}

	/** Forgets that a case belongs to a source. */
	private void unlink(Source s, Case c) {
		List<Case> known = casesOf.get(s);
		if (known instanceof ArrayList<Case> several) {
			several.remove(c);
			if (several.isEmpty()) {
				casesOf.remove(s);
			}
		} else if (known != null && known.contains(c)) {
			casesOf.remove(s);
		}
	}

	/**
	 * Takes note that a case changed (its values, its sources, or it joined or left the project)
	 * and returns the text sources whose documents carry it: those it has now and those it had.
	 */
	Set<TextSource> caseChanged(Case c) {
		Set<TextSource> touched = new LinkedHashSet<>();
		for (Source s : sourcesOf.getOrDefault(c, List.of())) {
			unlink(s, c);
			if (s instanceof TextSource t) {
				touched.add(t);
			}
		}
		sourcesOf.remove(c);
		if (c.eContainer() != null) {
			link(c);
			for (Source s : c.getSources()) {
				if (s instanceof TextSource t) {
					touched.add(t);
				}
			}
		}
		return touched;
	}

	/** Every document of a source: its passages and its coded excerpts. */
	List<Document> documents(TextSource source) {
		String text = project.text(source);
		CodePoints cpToChar = CodePoints.of(text);
		List<Document> docs = passageDocuments(source, text, cpToChar, casesOf.getOrDefault(source, List.of()));
		docs.addAll(codingDocuments(source, text, cpToChar));
		return docs;
	}

	/**
	 * The passage documents of a text source no case holds, without the project: a document or
	 * transcript a colleague imported, brought by a pull ({@link CodingsCatchUp}). Alike to what
	 * {@link #documents} makes of it in the project.
	 */
	static List<Document> passageDocumentsAlone(TextSource source, String text) {
		return passageDocuments(source, text, CodePoints.of(text), List.of());
	}

	/** The coded excerpts of a source only: what changes when a coding is added, moved or removed. */
	List<Document> codingDocuments(TextSource source) {
		String text = project.text(source);
		return codingDocuments(source, text, CodePoints.of(text));
	}

	private static List<Document> passageDocuments(TextSource source, String text, CodePoints cpToChar, List<Case> cases) {
		List<Document> docs = new ArrayList<>();
		List<int[]> passages = passages(source, text);
		for (int[] passage : passages) {
			Document d = base(Fields.PASSAGE, source, cases);
			d.add(new StoredField(Fields.START, passage[0]));
			d.add(new StoredField(Fields.END, passage[1]));
			d.add(new org.apache.lucene.document.NumericDocValuesField(Fields.PASSAGE_START, passage[0]));
			d.add(new org.apache.lucene.document.NumericDocValuesField(Fields.PASSAGE_END, passage[1]));
			d.add(new TextField(Fields.TEXT, text.substring(cpToChar.charAt(passage[0]), cpToChar.charAt(passage[1])), Field.Store.YES));
			if (source.getKind() == org.excerpta.model.SourceKind.SURVEY_ANSWER) {
				// The whole answer's length, so that coding "the answer" of a hit needs no model (CodingAlone).
				d.add(new org.apache.lucene.document.NumericDocValuesField(Fields.ANSWER_LENGTH, cpToChar.length()));
			}
			SpeakerTurn turn = turnAt(source, passage[0]);
			if (turn != null && turn.getSpeaker() != null) {
				BytesRef speaker = TermBytes.of(turn.getSpeaker());
				TermBytes.keyword(d, Fields.SPEAKER, speaker, turn.getSpeaker(), true);
				d.add(new SortedDocValuesField(Fields.SPEAKER, speaker));
			}
			docs.add(d);
		}
		if (!docs.isEmpty()) {
			// So that a program reading the index alone can show an excerpt's context (ProjectIndex.sourceText).
			Document first = docs.get(0);
			int[] only = passages.size() == 1 ? passages.get(0) : null;
			first.add(new org.apache.lucene.document.NumericDocValuesField(Fields.SOURCE_LENGTH, cpToChar.length()));
			if (source.getPlainTextContent() == null && source.getPlainTextPath() != null) {
				first.add(new StoredField(Fields.SOURCE_TEXT_PATH, source.getPlainTextPath()));
			} else if (only == null || only[0] != 0 || only[1] != cpToChar.length()) {
				first.add(new StoredField(Fields.SOURCE_TEXT, text));
			} // else the one passage is the whole text
		}
		return docs;
	}

	private List<Document> codingDocuments(TextSource source, String text, CodePoints cpToChar) {
		List<Document> docs = new ArrayList<>();
		for (TextSelection selection : source.getSelections()) {
			for (Coding coding : selection.getCodings()) {
				addCodingDocument(docs, source, text, cpToChar, selection, coding);
			}
		}
		return docs;
	}

	/**
	 * The coded excerpts of codings a source has just gained (new selections with their codings, or
	 * new codings of existing selections): what is added, beside the source's other excerpts, when a
	 * passage is coded or autocoded.
	 */
	List<Document> addedCodingDocuments(TextSource source, List<EObject> gained) {
		Set<Coding> codings = new LinkedHashSet<>();
		for (EObject o : gained) {
			if (o instanceof TextSelection selection) {
				codings.addAll(selection.getCodings());
			} else if (o instanceof Coding coding) {
				codings.add(coding);
			}
		}
		String text = project.text(source);
		CodePoints cpToChar = CodePoints.of(text);
		List<Document> docs = new ArrayList<>(codings.size());
		for (Coding coding : codings) {
			if (coding.eContainer() instanceof TextSelection selection && selection.eContainer() == source) {
				addCodingDocument(docs, source, text, cpToChar, selection, coding);
			}
		}
		return docs;
	}

	private void addCodingDocument(List<Document> docs, TextSource source, String text, CodePoints cpToChar, TextSelection selection,
			Coding coding) {
		if (coding.getCode() == null) {
			return;
		}
		int start = Math.max(0, Math.min(selection.getStart(), cpToChar.length()));
		int end = Math.max(start, Math.min(selection.getEnd(), cpToChar.length()));
		Document d = base(Fields.CODING, source, casesOf.getOrDefault(source, List.of()));
		codingFields(d, source.getGuid(), nameOf(source), selection.getGuid(), coding.getGuid(), coding.getCode().getGuid(),
				coding.getCoder() == null ? null : coding.getCoder().getGuid(), coding.getCreated(), start, end,
				text.substring(cpToChar.charAt(start), cpToChar.charAt(end)));
		docs.add(d);
	}

	/**
	 * What a coded excerpt's document holds beside its source's fields: made here for the model's
	 * codings and by {@link CodingAlone} for codings recorded without the model, so both are alike.
	 */
	static void codingFields(Document d, String sourceGuid, String sourceName, String selectionGuid, String codingGuid,
			String codeGuid, String coderGuid, java.util.Date created, int start, int end, String excerpt) {
		TermBytes.keyword(d, Fields.CODINGS_OF, sourceGuid, false);
		// Terms as well as stored: a pull that brings a colleague's coding finds the selection a
		// coding was added to, or the coding or selection removed, without the model (CodingsCatchUp).
		TermBytes.keyword(d, Fields.CODING_ID, codingGuid, true);
		TermBytes.keyword(d, Fields.SELECTION, selectionGuid, true);
		BytesRef code = TermBytes.of(codeGuid);
		TermBytes.keyword(d, Fields.CODE, code, codeGuid, true);
		d.add(new SortedDocValuesField(Fields.CODE, code));
		if (coderGuid != null) {
			TermBytes.keyword(d, Fields.CODER, coderGuid, true);
		}
		if (created != null) {
			d.add(new StoredField(Fields.CREATED, created.getTime()));
		}
		d.add(new StoredField(Fields.START, start));
		d.add(new StoredField(Fields.END, end));
		d.add(new SortedDocValuesField(Fields.ORDER_SOURCE_NAME, TermBytes.of(sourceName)));
		d.add(new org.apache.lucene.document.NumericDocValuesField(Fields.ORDER_START, start));
		d.add(new org.apache.lucene.document.NumericDocValuesField(Fields.CODING_END, end));
		d.add(new TextField(Fields.EXCERPT_TEXT, excerpt, Field.Store.YES));
	}

	Document document(Case c) {
		Document d = new Document();
		TermBytes.keyword(d, Fields.KIND, Fields.CASE, false);
		TermBytes.keyword(d, Fields.CASE_ID, c.getGuid(), false);
		d.add(new StoredField(Fields.CASE_NAME, c.getName() == null ? "" : c.getName()));
		// Its GUID once more, as the doc value the coded excerpts have under the same name: counting
		// cases per attribute value shares their ordinals. CASE_ID is the term that finds the document.
		d.add(new SortedSetDocValuesField(Fields.CASES, TermBytes.of(c.getGuid())));
		for (VariableValue v : c.getValues()) {
			if (v.getVariable() != null && v.getValue() != null) {
				BytesRef value = TermBytes.of(v.getValue());
				TermBytes.keyword(d, Fields.ATTRIBUTE + v.getVariable().getName(), value, v.getValue(), false);
				d.add(new SortedSetDocValuesField(Fields.CASE_ATTRIBUTE + v.getVariable().getName(), value));
			}
		}
		return d;
	}

	private static Document base(String kind, TextSource source, List<Case> cases) {
		Document d = new Document();
		TermBytes.keyword(d, Fields.KIND, kind, false);
		BytesRef guid = TermBytes.of(source.getGuid());
		TermBytes.keyword(d, Fields.SOURCE, guid, source.getGuid(), true);
		d.add(new SortedDocValuesField(Fields.SOURCE, guid));
		d.add(new StoredField(Fields.SOURCE_NAME, nameOf(source)));
		for (VariableValue v : source.getValues()) {
			if (v.getVariable() != null && "Question".equals(v.getVariable().getName()) && v.getValue() != null) {
				TermBytes.keyword(d, Fields.QUESTION, v.getValue(), true);
			}
		}
		for (Case c : cases) {
			addCase(d, c, Fields.CODING.equals(kind));
		}
		return d;
	}

	/**
	 * A passage's or coded excerpt's case and the case's values. A coded excerpt stores the case's
	 * GUID and has it as a doc value, which the counts read; a passage only stores it, under a name of
	 * its own (Lucene wants a field alike in every document), for coding without the model to copy.
	 * The values are terms, for filters; a passage also stores them, for the same copying.
	 * No query asks for a case's passages or excerpts by term: on a million answers such terms and a
	 * passage's doc value were million-term structures no one read, written (and the doc value
	 * compressed) at every flush and merge of the import.
	 */
	private static void addCase(Document d, Case c, boolean coded) {
		if (coded) {
			d.add(new StoredField(Fields.CASES, c.getGuid()));
			d.add(new SortedSetDocValuesField(Fields.CASES, TermBytes.of(c.getGuid())));
		} else {
			d.add(new StoredField(Fields.PASSAGE_CASES, c.getGuid()));
		}
		for (VariableValue v : c.getValues()) {
			if (v.getVariable() != null && v.getValue() != null) {
				String name = v.getVariable().getName();
				TermBytes.keyword(d, Fields.ATTRIBUTE + name, v.getValue(), false);
				if (!coded) {
					d.add(new StoredField(Fields.PASSAGE_VALUES, name + Fields.NAME_VALUE + v.getValue()));
				}
			}
		}
	}

	/**
	 * Passages in code points: speaker turns where there are turns, otherwise paragraphs (text
	 * between blank lines); a survey answer is one passage.
	 */
	static List<int[]> passages(TextSource source, String text) {
		List<int[]> out = new ArrayList<>();
		if (!source.getTurns().isEmpty()) {
			for (SpeakerTurn t : source.getTurns()) {
				out.add(new int[] { t.getStart(), t.getEnd() });
			}
			return out;
		}
		if (text.indexOf('\n') < 0) {
			// One line (most survey answers): one paragraph, without splitting a copy of the text into lines.
			if (!text.isBlank()) {
				out.add(new int[] { 0, text.codePointCount(0, text.length()) });
			}
			return out;
		}
		int cp = 0;
		int paragraphStart = -1;
		int lastNonBlankEnd = 0;
		String[] lines = text.split("\n", -1);
		for (String line : lines) {
			int length = line.codePointCount(0, line.length());
			if (line.isBlank()) {
				if (paragraphStart >= 0) {
					out.add(new int[] { paragraphStart, lastNonBlankEnd });
					paragraphStart = -1;
				}
			} else {
				if (paragraphStart < 0) {
					paragraphStart = cp;
				}
				lastNonBlankEnd = cp + length;
			}
			cp += length + 1;
		}
		if (paragraphStart >= 0) {
			out.add(new int[] { paragraphStart, lastNonBlankEnd });
		}
		return out;
	}

	private static SpeakerTurn turnAt(TextSource source, int start) {
		for (SpeakerTurn t : source.getTurns()) {
			if (t.getStart() == start) {
				return t;
			}
		}
		return null;
	}


	private static String nameOf(Source source) {
		return source.getName() == null ? "" : source.getName();
	}

	static List<TextSource> textSources(Project p) {
		List<TextSource> out = new ArrayList<>();
		for (Source s : p.getSources()) {
			if (s instanceof TextSource t) {
				out.add(t);
			}
		}
		return out;
	}
}
