package org.excerpta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.excerpta.core.store.JournalCodings;
import org.excerpta.core.store.JournalCodings.CodePut;
import org.excerpta.core.store.JournalCodings.CoderPut;
import org.excerpta.core.store.JournalCodings.CodingPut;
import org.excerpta.core.store.JournalCodings.MemoPut;
import org.excerpta.core.store.JournalCodings.Removal;
import org.excerpta.core.store.JournalCodings.SelectionPut;
import org.excerpta.core.store.JournalCodings.SourcePut;
import org.excerpta.core.store.JournalCodings.TurnPut;
import org.excerpta.core.store.JournalCodings.Step;
import org.excerpta.index.CodingAlone.Excerpted;
import org.excerpta.index.CodingAlone.SourceInIndex;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * Brings an index up to date with coding recorded in the project's journal after the change it
 * reflects, without the model: a pull that brought colleagues' coding and codebook work and
 * nothing else. What each touched source has coded is read from the index, the journal's puts and
 * removals are applied to it in order, and the source's coded excerpts are made again from the
 * result, as {@link CodingAlone} makes them (from the source's passage document, so they carry its
 * cases and attribute values). Codes change the outline's codebook only ({@link CodebookCatchUp}):
 * documents name codes by GUID; memos change the outline's count of them. A document or
 * transcript a colleague imported (a new text source with its speaker turns, no attribute values,
 * no case) is made into a detached source whose passages the index adds; a source the index holds
 * whose record was written again with its name and length unchanged (a memo about it) changes
 * nothing. Anything the index cannot place (a code or coder it does not know, a source renamed,
 * a removal of something that is not a selection, coding, code, memo or new coder, a memo where
 * the outline keeps only their number, a coded excerpt left
 * with a removed code, a coded excerpt indexed before selections and codings were terms) gives up,
 * and the caller rebuilds as before: never a guess.
 */
final class CodingsCatchUp {

	/**
	 * The coded excerpts to put in place of each touched source's, and the outline's coders,
	 * codebook and memos as the steps left them (null when they did not touch them).
	 */
	record Outcome(Map<String, List<Document>> codingsBySource, List<User> coders, Codebook codebook, List<String> memoGuids,
			Map<TextSource, List<Document>> newSources, int steps) {
	}

	/** A coding as the journal leaves it: its code, coder and date (null where it has none). */
	private record Coded(String code, String coder, java.util.Date created) {
	}

	/** A selection as the journal leaves it: its extent and its codings (by GUID). */
	private static final class Selection {
		final String guid;
		final String source;
		int start;
		int end;
		final Map<String, Coded> codings = new LinkedHashMap<>();

		Selection(String guid, String source, int start, int end) {
			this.guid = guid;
			this.source = source;
			this.start = start;
			this.end = end;
		}
	}

	private final DirectoryReader reader;
	private final ProjectOutline outline;
	private final Function<Document, String> textOf;
	private final Map<String, SourceInIndex> sources = new HashMap<>();
	private final Map<String, Map<String, Selection>> selectionsBySource = new HashMap<>();
	private final Map<String, Selection> selections = new HashMap<>();
	/** Coding GUID to the selection holding it. */
	private final Map<String, String> codingIn = new HashMap<>();
	/** The coders as the steps leave them, in the project's order; null until a step touches a coder. */
	private List<User> coders;
	/** The GUIDs of coders the steps added: only those may be removed again (an undo). */
	private final Set<String> newCoders = new java.util.HashSet<>();
	private final Set<String> touched = new LinkedHashSet<>();
	private final CodebookCatchUp codebook;
	/** The memos' GUIDs as the steps leave them; null until a step touches a memo. */
	private Set<String> memos;
	/** Text sources the steps added, detached, with their turns as the steps leave them; by GUID. */
	private final Map<String, TextSource> newSources = new LinkedHashMap<>();
	/** The turns of those sources, by GUID: every removal asks whether it was one. */
	private final Map<String, SpeakerTurn> newTurns = new HashMap<>();
	/** Sources the index holds whose records the steps wrote again (a memo about one, say), by GUID. */
	private Map<String, SourceInIndex> indexedPutAgain = Map.of();
	/** The passages ("start-end speaker") the index holds of sources whose turns the steps put, by source GUID. */
	private Map<String, Set<String>> indexedPassages = Map.of();

	/** The text of a source the steps added, from the pulled files. */
	private final Function<TextSource, String> newText;

	CodingsCatchUp(DirectoryReader reader, ProjectOutline outline, Function<Document, String> textOf, Function<TextSource, String> newText) {
		this.reader = reader;
		this.outline = outline;
		this.textOf = textOf;
		this.newText = newText;
		this.codebook = new CodebookCatchUp(outline.codebook());
	}

	/** The documents the steps leave, or null when a step is one the index cannot follow. */
	Outcome follow(List<Step> steps) throws IOException {
		if (!load(steps)) {
			return null;
		}
		for (Step step : steps) {
			boolean followed = switch (step) {
			case SelectionPut p -> put(p);
			case CodingPut p -> put(p);
			case CoderPut p -> put(p);
			case CodePut p -> codebook.put(p);
			case MemoPut p -> put(p);
			case SourcePut p -> put(p);
			case TurnPut p -> put(p);
			case Removal r -> remove(r.guid());
			};
			if (!followed) {
				return null;
			}
		}
		if (!everyCodingHasItsCode()) {
			return null;
		}
		// The added sources' passages, made once their turns are all in; the first is what their coded
		// excerpts copy the source's fields from, as an indexed source's first passage is.
		Map<TextSource, List<Document>> passages = new LinkedHashMap<>();
		for (TextSource added : newSources.values()) {
			List<Document> made = DocumentMaker.passageDocumentsAlone(added, newText.apply(added));
			passages.put(added, made);
			if (touched.contains(added.getGuid())) {
				if (made.isEmpty()) {
					return null; // coded, yet without text
				}
				sources.put(added.getGuid(), new SourceInIndex(added.getGuid(), made.get(0), null, -1, List.of()));
			}
		}
		Map<String, List<Document>> documents = new LinkedHashMap<>();
		for (String source : touched) {
			SourceInIndex s = sources.get(source);
			String text = textOf.apply(s.passage());
			List<Selection> inOrder = new ArrayList<>(selectionsBySource.get(source).values());
			inOrder.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
			List<Document> docs = new ArrayList<>();
			for (Selection sel : inOrder) {
				for (Map.Entry<String, Coded> c : sel.codings.entrySet()) {
					Coded coded = c.getValue();
					docs.add(CodingAlone.document(s, sel.guid, c.getKey(), coded.code(), coded.coder(), coded.created(), sel.start, sel.end, text));
				}
			}
			documents.put(source, docs);
		}
		return new Outcome(documents, coders == null ? null : List.copyOf(coders), codebook.changed(),
				memos == null ? null : List.copyOf(memos), passages, steps.size());
	}

	/**
	 * Reads, in one pass over the index, every source the steps name, every source holding a
	 * selection or coding they name, and every source coded with a code they remove (or one below
	 * it): a query per coding cost seconds at fifty thousand. False when a coded excerpt of theirs
	 * lacks its selection or coding: it could not be made again.
	 */
	private boolean load(List<Step> steps) throws IOException {
		Set<String> named = new TreeSet<>();
		Set<String> sourceGuids = new TreeSet<>();
		Set<String> codesRemoved = new TreeSet<>();
		Set<String> sourcesPut = new TreeSet<>();
		Set<String> turnsIn = new TreeSet<>();
		for (Step step : steps) {
			switch (step) {
			case SelectionPut p -> {
				named.add(p.guid());
				sourceGuids.add(p.sourceGuid());
			}
			case CodingPut p -> {
				named.add(p.guid());
				named.add(p.selectionGuid());
			}
			case Removal r -> {
				named.add(r.guid());
				Code code = outline.code(r.guid());
				if (code != null) {
					codesRemoved.add(code.getGuid());
					code.eAllContents().forEachRemaining(c -> codesRemoved.add(((Code) c).getGuid()));
				}
			}
			case CoderPut p -> {
			}
			case CodePut p -> {
			}
			case MemoPut p -> {
			}
			case SourcePut p -> sourcesPut.add(p.guid());
			case TurnPut p -> turnsIn.add(p.sourceGuid());
			}
		}
		if (!sourcesPut.isEmpty()) {
			indexedPutAgain = CodingAlone.findAll(reader, sourcesPut);
		}
		indexedPassages = passagesOf(turnsIn);
		sourceGuids.addAll(sourcesHolding(named, List.of(Fields.SELECTION, Fields.CODING_ID)));
		sourceGuids.addAll(sourcesHolding(codesRemoved, List.of(Fields.CODE)));
		for (Map.Entry<String, SourceInIndex> e : CodingAlone.findAll(reader, sourceGuids).entrySet()) {
			sources.put(e.getKey(), e.getValue());
			Map<String, Selection> mine = new LinkedHashMap<>();
			selectionsBySource.put(e.getKey(), mine);
			for (Excerpted x : e.getValue().codings()) {
				if (x.selection() == null || x.coding() == null) {
					return false;
				}
				Selection sel = mine.computeIfAbsent(x.selection(), g -> new Selection(g, e.getKey(), x.start(), x.end()));
				selections.put(x.selection(), sel);
				sel.codings.put(x.coding(), new Coded(x.code(), x.coder(), x.created()));
				codingIn.put(x.coding(), x.selection());
			}
		}
		return true;
	}

	/**
	 * The passages the index holds of these sources, each as "start-end speaker": what a turn put
	 * again must match to change nothing (a colleague's merge of our pushed work re-creates the
	 * interviews we imported, turns and all). Sources the index does not hold are left out.
	 */
	private Map<String, Set<String>> passagesOf(Collection<String> guids) throws IOException {
		Map<String, Set<String>> out = new HashMap<>();
		if (guids.isEmpty()) {
			return out;
		}
		List<BytesRef> terms = TermDocs.sorted(guids);
		StoredFields stored = reader.storedFields();
		Set<String> wanted = Set.of(Fields.START, Fields.END, Fields.SPEAKER, Fields.CODING_ID);
		TermDocs.each(reader, Fields.SOURCE, terms, (doc, term) -> {
			Document d = stored.document(doc, wanted);
			if (d.get(Fields.CODING_ID) == null && d.getField(Fields.START) != null) {
				out.computeIfAbsent(terms.get(term).utf8ToString(), g -> new java.util.HashSet<>())
						.add(passage(d.getField(Fields.START).numericValue().intValue(), d.getField(Fields.END).numericValue().intValue(),
								d.get(Fields.SPEAKER)));
			}
		});
		return out;
	}

	private static String passage(int start, int end, String speaker) {
		return start + "-" + end + " " + speaker;
	}

	/** The sources of the coded excerpts that have one of these GUIDs in one of these fields. */
	private Set<String> sourcesHolding(Collection<String> guids, List<String> fields) throws IOException {
		if (guids.isEmpty()) {
			return Set.of();
		}
		List<BytesRef> terms = TermDocs.sorted(guids);
		Set<String> found = new TreeSet<>();
		StoredFields stored = reader.storedFields();
		for (String field : fields) {
			TermDocs.each(reader, field, terms, (doc, term) -> found.add(stored.document(doc, Set.of(Fields.SOURCE)).get(Fields.SOURCE)));
		}
		return found;
	}

	private boolean put(SelectionPut p) {
		Map<String, Selection> of = selectionsBySource.get(p.sourceGuid());
		if (of == null && newSources.containsKey(p.sourceGuid())) {
			of = new LinkedHashMap<>(); // the first passage coded in a source the steps added
			selectionsBySource.put(p.sourceGuid(), of);
		}
		if (of == null) {
			return false; // a source the index does not hold
		}
		Selection sel = selections.get(p.guid());
		if (sel != null && !sel.source.equals(p.sourceGuid())) {
			return false; // moved to another source: not something coding does
		}
		if (sel == null) {
			sel = new Selection(p.guid(), p.sourceGuid(), p.start(), p.end());
			of.put(p.guid(), sel);
			selections.put(p.guid(), sel);
		}
		sel.start = p.start();
		sel.end = p.end();
		touched.add(p.sourceGuid());
		return true;
	}

	/**
	 * Whether every coding of the sources read has a code the codebook still holds. The sources
	 * read include every one coded with a removed code, so a coded excerpt that would be left
	 * naming a code gone from the codebook (a deletion whose codings the journal did not remove
	 * with it) is caught here rather than counted under no code.
	 */
	private boolean everyCodingHasItsCode() {
		for (Map<String, Selection> of : selectionsBySource.values()) {
			for (Selection sel : of.values()) {
				for (Coded coded : sel.codings.values()) {
					if (!codebook.has(coded.code())) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private boolean put(CodingPut p) {
		if (!codebook.has(p.codeGuid())) {
			return false; // a code the codebook does not have, or not yet
		}
		if (p.coderGuid() != null && coder(p.coderGuid()) == null) {
			return false;
		}
		Selection sel = selections.get(p.selectionGuid());
		if (sel == null) {
			return false; // a selection the index does not hold (or holds without its terms)
		}
		String was = codingIn.get(p.guid());
		if (was != null) {
			Selection old = selections.get(was);
			old.codings.remove(p.guid());
			touched.add(old.source);
		}
		sel.codings.put(p.guid(), new Coded(p.codeGuid(), p.coderGuid(), p.created()));
		codingIn.put(p.guid(), p.selectionGuid());
		touched.add(sel.source);
		return true;
	}

	/** A memo written or edited: the outline counts memos, and knows which it has when it keeps their GUIDs. */
	private boolean put(MemoPut p) {
		if (!memos()) {
			return false; // an outline that keeps only their number cannot tell a new memo from an edit
		}
		memos.add(p.guid());
		return true;
	}

	/**
	 * A text source added (or put again within the same steps: renamed, say): its record holds its
	 * whole state but its turns, which are records of their own and stay.
	 */
	private boolean put(SourcePut p) {
		SourceInIndex indexed = indexedPutAgain.get(p.guid());
		if (indexed != null) {
			return unchangedForTheIndex(indexed, p);
		}
		SourceKind kind = p.kind() == null ? SourceKind.DOCUMENT : SourceKind.get(p.kind());
		if (kind == null || kind == SourceKind.SURVEY_ANSWER) {
			return false; // an answer without its question, or a kind this version does not know
		}
		TextSource source = newSources.computeIfAbsent(p.guid(), g -> {
			TextSource made = ExcerptaFactory.eINSTANCE.createTextSource();
			made.setGuid(g);
			return made;
		});
		source.setName(p.name());
		source.setKind(kind);
		source.setPlainTextPath(p.textPath());
		source.setPlainTextContent(p.text());
		source.setLength(p.length());
		return true;
	}

	/**
	 * Whether a source the index holds, its record written again, is as the index has it: the same
	 * name (which its passages and coded excerpts carry) and the same length of text. A memo written
	 * about it, or its description, rewrites the record and changes nothing the index holds; a rename
	 * would change every document of it, and gives up. Its text cannot have changed (a pull that
	 * changes a text file is not followed), its turns are records of their own, and a survey answer,
	 * whose record holds its question, is not read as a step.
	 */
	private boolean unchangedForTheIndex(SourceInIndex indexed, SourcePut p) {
		String name = p.name() == null ? "" : p.name();
		String text = textOf.apply(indexed.passage());
		return name.equals(indexed.passage().get(Fields.SOURCE_NAME)) && text.codePointCount(0, text.length()) == p.length();
	}

	/** A speaker turn of a source the steps added, placed as opening the project places it (at its index, clamped; moved when there). */
	private boolean put(TurnPut p) {
		TextSource source = newSources.get(p.sourceGuid());
		if (source == null) {
			// A turn of a source the index holds, put again: followed when it is one of the source's
			// passages as indexed (a merge re-creating it); a new or changed turn would change them.
			Set<String> indexed = indexedPassages.get(p.sourceGuid());
			return indexed != null && indexed.contains(passage(p.start(), p.end(), p.speaker()));
		}
		SpeakerTurn turn = newTurns.get(p.guid());
		if (turn == null) {
			turn = ExcerptaFactory.eINSTANCE.createSpeakerTurn();
			turn.setGuid(p.guid());
			newTurns.put(p.guid(), turn);
		} else if (turn.eContainer() != source) {
			return false; // moved to another source
		} else {
			source.getTurns().remove(turn);
		}
		turn.setSpeaker(p.speaker());
		turn.setStart(p.start());
		turn.setEnd(p.end());
		source.getTurns().add(Math.max(0, Math.min(p.index(), source.getTurns().size())), turn);
		return true;
	}

	/** Whether the outline's memos are known by GUID, taking them up on first use. */
	private boolean memos() {
		if (memos == null && outline.memoGuids() != null) {
			memos = new LinkedHashSet<>(outline.memoGuids());
		}
		return memos != null;
	}

	/**
	 * A coder added, renamed or moved among the project's users: placed as opening the project
	 * places it, at the record's position (clamped), moved when already there. Documents name coders
	 * by GUID, so only the outline changes.
	 */
	private boolean put(CoderPut p) {
		if (coders == null) {
			coders = new ArrayList<>(outline.coders());
		}
		User u = coder(p.guid());
		int current = coders.indexOf(u);
		if (u == null || !Objects.equals(u.getName(), p.name()) || !Objects.equals(u.getId(), p.id())) {
			User made = ExcerptaFactory.eINSTANCE.createUser(); // the outline's own stay as they were
			made.setGuid(p.guid());
			made.setName(p.name());
			made.setId(p.id());
			if (u == null) {
				newCoders.add(p.guid());
			} else {
				coders.set(current, made);
			}
			u = made;
		}
		int at = Math.min(Math.max(p.index(), 0), current >= 0 ? coders.size() - 1 : coders.size());
		if (current >= 0) {
			coders.remove(current);
		}
		coders.add(at, u);
		return true;
	}

	/** The coder with this GUID as the steps have left the coders so far, or null. */
	private User coder(String guid) {
		for (User u : coders != null ? coders : outline.coders()) {
			if (guid.equals(u.getGuid())) {
				return u;
			}
		}
		return null;
	}

	private boolean remove(String guid) {
		if (newSources.containsKey(guid)) {
			if (selectionsBySource.containsKey(guid)) {
				return false; // coded, then removed: not worth following
			}
			newSources.remove(guid).getTurns().forEach(t -> newTurns.remove(t.getGuid()));
			return true; // a document added, then removed again
		}
		SpeakerTurn turn = newTurns.remove(guid);
		if (turn != null) {
			((TextSource) turn.eContainer()).getTurns().remove(turn);
			return true;
		}
		if (newCoders.remove(guid)) {
			coders.remove(coder(guid));
			return true; // a new coder taken back (undo)
		}
		Selection sel = selections.remove(guid);
		if (sel != null) {
			selectionsBySource.get(sel.source).remove(guid);
			sel.codings.keySet().forEach(codingIn::remove);
			touched.add(sel.source);
			return true;
		}
		String in = codingIn.remove(guid);
		if (in != null) {
			Selection holder = selections.get(in);
			holder.codings.remove(guid);
			touched.add(holder.source);
			return true;
		}
		if (memos() && memos.remove(guid)) {
			return true;
		}
		return codebook.remove(guid); // else a coder with codings, ...: not coding's to follow
	}
}
