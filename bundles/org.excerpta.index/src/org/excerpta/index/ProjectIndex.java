package org.excerpta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.store.CodingJournal;
import org.excerpta.core.store.JournalCodings;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Case;
import org.excerpta.model.TextSource;

/**
 * The project's Lucene index (folder {@code index/} of the project), derived from the project:
 * it can be deleted at any time and is rebuilt when missing, stale (it records the project's
 * change count) or unreadable. Passages, coded excerpts and cases are documents carrying their
 * source, cases and case attributes, so that searches, retrievals and counts are single queries.
 */
public final class ProjectIndex implements AutoCloseable {

	/** The open project; null while the index is read or coded alone (it may be attached later, {@link #open(ExcerptaProject, ProjectIndex)}). */
	private ExcerptaProject project;
	private final Path folder;
	private final String language;
	private final Analyzer analyzer;
	private Directory directory;
	/** Open for the whole session (none for a read-only project): a catch-up is a few documents and a commit, not a new writer. */
	private IndexWriter writer;
	private DirectoryReader reader;
	private long indexedChangeCount = -1;
	private final List<String> notes = new ArrayList<>();
	/** Documents are made on the model's thread and indexed on this one, so imports use both cores. */
	private final DocumentFeed feed = new DocumentFeed();
	/** Which sources each case's values reach; made when first needed and kept up to date. */
	private DocumentMaker maker;
	/** Durable changes seen since the last catch-up, and whether one of them needs a rebuild. */
	private int changesSeen;
	private boolean changeOutsideSources;
	private final org.eclipse.emf.common.command.CommandStackListener listener = e -> noteChange();
	private int incrementalUpdates;
	private OrdinalCodings ordinals;
	/** The length of all the project's text, for the outline; -1 until counted again after sources changed. */
	private long textLength = -1;
	/** Read from the commit when the index was opened without the project ({@link #openForReading}), else null. */
	private ProjectOutline committedOutline;
	/** The project's journal, when opened to code without the project ({@link #openForCoding}), else null. */
	private CodingJournal journal;

	private ProjectIndex(ExcerptaProject project) {
		this.project = project;
		this.folder = project.folder().resolve(ProjectStore.INDEX_DIR);
		this.language = project.model().getLanguage() == null ? "en" : project.model().getLanguage();
		this.analyzer = Analyzers.forLanguage(language);
	}

	/** An index opened without its project: it answers as of its last commit, which matched the project's change count. */
	private ProjectIndex(Path projectFolder, String language) {
		this.project = null;
		this.folder = projectFolder.toAbsolutePath().normalize().resolve(ProjectStore.INDEX_DIR);
		this.language = language;
		this.analyzer = Analyzers.forLanguage(language);
	}

	/**
	 * Opens a project's index to read it without loading the project, when the index alone can
	 * answer: it exists, has this version's layout, holds the project's outline, and its last commit
	 * reflects every durable change of the project (read from the ends of its files,
	 * {@link ProjectStore#durableChangeCount}). At a million answers this takes well under a second
	 * where loading the model takes about twenty. Otherwise returns {@code null}, and the caller
	 * opens the project and {@link #open} (which rebuilds what must be rebuilt). The index opened
	 * here is read as it was committed; nothing is written. A folder that is not a readable project
	 * also gives {@code null}: opening it as a project then says what is wrong with it (and a
	 * compaction by another program, removing the files just looked at, is handled there too).
	 */
	public static ProjectIndex openForReading(Path projectFolder) {
		long wanted;
		try {
			wanted = ProjectStore.durableChangeCount(projectFolder);
		} catch (RuntimeException e) {
			return null;
		}
		return openAlone(projectFolder, wanted);
	}

	/** The index alone, when its last commit reflects this change count, this layout and an outline; else null. */
	private static ProjectIndex openAlone(Path projectFolder, long wanted) {
		Path folder = projectFolder.toAbsolutePath().normalize().resolve(ProjectStore.INDEX_DIR);
		if (!Files.isDirectory(folder)) {
			return null;
		}
		Directory directory = null;
		DirectoryReader reader = null;
		try {
			directory = FSDirectory.open(folder);
			if (DirectoryReader.indexExists(directory)) {
				reader = DirectoryReader.open(directory);
				Map<String, String> data = reader.getIndexCommit().getUserData();
				String outline = data.get(Fields.OUTLINE);
				String language = data.get(Fields.LANGUAGE);
				if (Fields.LAYOUT_VERSION.equals(data.get(Fields.LAYOUT)) && String.valueOf(wanted).equals(data.get(Fields.CHANGE_COUNT))
						&& outline != null && language != null) {
					ProjectOutline read = ProjectOutline.fromJson(outline); // before the index (its analyser, its feed) exists
					ProjectIndex index = new ProjectIndex(projectFolder, language);
					index.committedOutline = read;
					index.directory = directory;
					index.reader = reader;
					index.indexedChangeCount = wanted;
					return index;
				}
			}
		} catch (IOException | RuntimeException e) {
			// unreadable here: opening the project repairs it
		}
		org.apache.lucene.util.IOUtils.closeWhileHandlingException(reader, directory);
		return null;
	}

	/**
	 * Opens a project's index to code with it, without loading the project: the index alone, as
	 * {@link #openForReading}, plus the project's journal ({@link CodingJournal}, which takes the
	 * project's lock) and the index's writer. {@link #codeAlone} then records codings in the journal
	 * and adds their excerpts to the index, committed with the project's new change count, so that
	 * the index stays current for the next reader and for the next open of the project. Returns
	 * {@code null}, holding nothing, when the index alone cannot answer (the caller opens the
	 * project instead).
	 *
	 * @throws org.excerpta.core.store.ProjectLockedException if another program has the project open
	 */
	public static ProjectIndex openForCoding(Path projectFolder) {
		CodingJournal journal = CodingJournal.open(projectFolder);
		ProjectIndex index = null;
		try {
			index = openAlone(projectFolder, journal.changeCount());
			if (index == null) {
				journal.close();
				return null;
			}
			index.openWriterAlone();
			index.journal = journal;
			return index;
		} catch (IOException | RuntimeException e) {
			journal.close();
			if (index != null) {
				index.close();
			}
			if (e instanceof org.apache.lucene.store.LockObtainFailedException) {
				return null; // another program writes the index: the project's own open will say what it can
			}
			if (e instanceof IOException io) {
				throw new UncheckedIOException("the search index of " + projectFolder + " cannot be opened for coding: " + io.getMessage(), io);
			}
			throw (RuntimeException) e;
		}
	}

	/**
	 * Brings a project's index from the change it reflects to the journal's end, without the model,
	 * when all the journal added after that change is coding, codebook work, memos and new documents
	 * ({@link JournalCodings}): what a pull brings when colleagues coded, or imported interviews and
	 * documents (their passages are indexed from the pulled text files). The touched sources' coded
	 * excerpts are made again from the index and the journal's steps ({@link CodingsCatchUp}), the
	 * outline takes the codebook and memos as the steps left them, and both are committed with the journal's change
	 * count, so the next reader finds the index current instead of rebuilding it with the model
	 * (about a minute at a million answers).
	 * <p>
	 * The caller holds the project's lock and must have proved that the journal up to where {@code
	 * codings} were read from is the one the index reflected when its change count was {@code
	 * indexed}: a change count alone does not identify a history. Returns false, having written
	 * nothing, when the index does not reflect {@code indexed}, or a step is one it cannot follow
	 * (a removed coder, a new case or survey answer, coding of a new document, ...); the caller then
	 * drops the index, to be rebuilt.
	 */
	public static boolean followCodings(Path projectFolder, long indexed, JournalCodings codings) {
		if (codings.changeCount() < 0) {
			return true; // nothing complete was added
		}
		ProjectIndex index = openAlone(projectFolder, indexed);
		if (index == null) {
			return false;
		}
		try {
			index.openWriterAlone();
			CodingsCatchUp.Outcome outcome = new CodingsCatchUp(index.reader, index.committedOutline, index::textOf,
					s -> org.excerpta.core.ExcerptaProject.text(projectFolder, s)).follow(codings.steps());
			if (outcome == null) {
				return false;
			}
			index.compoundFilesFor(outcome.codingsBySource().size() + outcome.newSources().size());
			long newText = 0;
			for (Map.Entry<org.excerpta.model.TextSource, List<Document>> e : outcome.newSources().entrySet()) {
				index.writer.addDocuments(e.getValue());
				newText += e.getKey().getLength();
			}
			for (Map.Entry<String, List<Document>> e : outcome.codingsBySource().entrySet()) {
				index.writer.updateDocuments(new Term(Fields.CODINGS_OF, e.getKey()), e.getValue());
			}
			if (!outcome.newSources().isEmpty()) {
				index.committedOutline = index.committedOutline.withMoreSources(outcome.newSources().size(), newText);
			}
			if (outcome.coders() != null) {
				index.committedOutline = index.committedOutline.withCoders(outcome.coders());
			}
			if (outcome.codebook() != null) {
				index.committedOutline = index.committedOutline.withCodebook(outcome.codebook());
			}
			if (outcome.memoGuids() != null) {
				index.committedOutline = index.committedOutline.withMemos(outcome.memoGuids());
			}
			index.commit(codings.changeCount());
			return true;
		} catch (IOException | RuntimeException e) {
			return false; // nothing committed: closing rolls back, and the caller drops the index
		} finally {
			index.close();
		}
	}

	/** Gives an index opened alone ({@link #openAlone}) its writer, and a reader that sees what the writer adds. */
	private void openWriterAlone() throws IOException {
		writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
		DirectoryReader fromWriter = DirectoryReader.open(writer);
		reader.close();
		reader = fromWriter;
	}

	/**
	 * The project's journal this index records codings in, while coded alone ({@link #openForCoding});
	 * the project opens with it ({@code ExcerptaProject.open(folder, journal)}) and takes its lock over.
	 */
	public synchronized CodingJournal codingJournal() {
		return journal;
	}

	/**
	 * Codes passages with a code, without the project's model (see {@link #openForCoding}): one
	 * durable change for all of them, recorded in the project's journal, with their coded excerpts
	 * in the index when this returns. A passage already coded with the code by the coder is left as
	 * it is; a coder the project does not have yet is added. With {@code preview}, nothing is
	 * written and the number that would be coded is returned (an index opened only to read,
	 * {@link #openForReading}, can preview). Returns the number of codings made.
	 */
	public synchronized int codeAlone(List<PassageToCode> passages, String codeGuid, String coderName, boolean preview) {
		if (!(preview && committedOutline != null)) {
			requireJournal(); // a preview only reads
		}
		org.excerpta.model.Code code = committedOutline.code(codeGuid);
		if (code == null) {
			throw new IllegalArgumentException("no code " + codeGuid + " in the project");
		}
		String name = coderName(coderName);
		try {
			CodingAlone.Outcome outcome = new CodingAlone(reader).code(passages, code, coderNamed(name), name,
					journal == null ? null : journal::recordCodings, preview, this::textOf);
			if (preview || outcome.made() == 0) {
				return outcome.made();
			}
			followCodingsAlone(outcome, "Code " + code.getName(), null);
			return outcome.made();
		} catch (IOException e) {
			throw new UncheckedIOException("the index cannot follow the codings (they are recorded; the index is rebuilt at the next open): "
					+ e.getMessage(), e);
		}
	}

	/**
	 * In-vivo coding with the index alone ({@link #openForCoding}): codes a passage with a new code at
	 * the top of the codebook named by the passage's own words, as the {@code Coder} names it (white
	 * space collapsed, cut to {@value org.excerpta.core.coding.Coder#IN_VIVO_MAX} characters), or
	 * with the top-level code of that name where there is one. The new code and its coding are one
	 * durable change, which Edit > Undo takes back whole while the project loads, as the model's
	 * one command is.
	 *
	 * @return the code, in the outline's codebook
	 * @throws IllegalArgumentException the passage is outside its source, holds no words, or its source is not in the index
	 * @throws IllegalStateException when the index was not opened to code alone
	 */
	public synchronized org.excerpta.model.Code codeInVivoAlone(PassageToCode passage, String coderName) {
		requireJournal();
		String text = sourceText(passage.sourceGuid());
		int length = text.codePointCount(0, text.length());
		if (text.isEmpty()) {
			throw new IllegalArgumentException("no source " + passage.sourceGuid() + " in the project's index");
		}
		if (passage.start() < 0 || passage.end() <= passage.start() || passage.end() > length) {
			throw new IllegalArgumentException("cannot code " + passage.start() + "-" + passage.end() + ": the source has " + length + " characters");
		}
		org.excerpta.model.Codebook codebook = committedOutline.codebook();
		String codeName = org.excerpta.core.coding.Coder.inVivoName(text, passage.start(), passage.end());
		org.excerpta.model.Code existing = org.excerpta.core.coding.CodePaths.clash(codebook.getCodes(), codeName, null);
		if (existing != null) {
			codeAlone(List.of(passage), existing.getGuid(), coderName, false);
			return existing;
		}
		String name = coderName(coderName);
		org.excerpta.model.Code code = org.excerpta.core.coding.CodebookEditor.newCodesFor(codebook, codeName, null, null).top();
		try {
			CodingAlone.Outcome outcome = new CodingAlone(reader).code(List.of(passage), code, coderNamed(name), name,
					(newCoder, codings) -> journal.recordNewCodeWithCodings(codebook.getGuid(), null, code, newCoder, codings), false,
					this::textOf);
			followCodingsAlone(outcome, "In-vivo code " + code.getName(), code);
			return code;
		} catch (IOException e) {
			throw new UncheckedIOException("the index cannot follow the in-vivo code (it is recorded; the index is rebuilt at the next open): "
					+ e.getMessage(), e);
		}
	}

	/** Refuses a change to an index not opened to code alone ({@link #openForCoding}), which has no journal to record it in. */
	private void requireJournal() {
		if (journal == null) {
			throw new IllegalStateException("the index was not opened to code alone (openForCoding)");
		}
	}

	/** A coder's name as coding alone takes it: stripped, not blank. */
	private static String coderName(String coderName) {
		if (coderName == null || coderName.isBlank()) {
			throw new IllegalArgumentException("a coder needs a name");
		}
		return coderName.strip();
	}

	/** The project's coder of that name, or null (coding alone adds them). By name only, as the Coder finds (or adds) a coder: an ID that happens to match is someone else. */
	private org.excerpta.model.User coderNamed(String name) {
		return committedOutline.coders().stream().filter(u -> name.equals(u.getName())).findFirst().orElse(null);
	}

	/**
	 * After codings made alone are recorded in the journal: the outline gains the coder (and the
	 * top-level code) they added, the change can be undone, and their coded excerpts join the index,
	 * committed with the journal's change count as the model's changes are. From the recording on,
	 * the index follows the journal, or is rebuilt at the next open if this fails.
	 */
	private void followCodingsAlone(CodingAlone.Outcome outcome, String label, org.excerpta.model.Code newTopCode) throws IOException {
		if (outcome.newCoder() != null) {
			committedOutline = committedOutline.withCoder(outcome.newCoder());
		}
		if (newTopCode != null) {
			committedOutline = committedOutline.withCode(null, newTopCode);
		}
		madeAlone(new ChangeAlone(label, outcome.change(), outcome.documents(), outcome.newCoder(), null, newTopCode));
		compoundFilesFor(outcome.made());
		writer.addDocuments(outcome.documents());
		catchUp(journal.changeCount());
	}

	/**
	 * Adds a code (and any missing parents on its path) with the index alone ({@link
	 * #openForCoding}): while the project loads in the workbench, or from the command line. The
	 * codes are checked, coloured and built by the codebook editor's rules ({@code
	 * CodebookEditor.newCodesFor}) and recorded in the project's journal as the model records them,
	 * which the next open (or the loading model) reads; the index's outline gains them and is
	 * committed with the new change count, so the index stays current.
	 *
	 * @param path the new code's path, e.g. "Patient voice / Complaints"
	 * @param color its colour, or null for one no code has
	 * @param description its definition, or null
	 * @return the new code, in the outline's codebook
	 * @throws IllegalArgumentException for a path that exists, clashes or has an empty name or " / " in a name
	 * @throws IllegalStateException when the index was not opened to code alone
	 */
	public synchronized org.excerpta.model.Code addCodeAlone(String path, String color, String description) {
		requireJournal();
		// Every outline of this index layout names the codebook, so the records can name their container.
		org.excerpta.model.Codebook codebook = committedOutline.codebook();
		org.excerpta.core.coding.CodebookEditor.NewCodes made = org.excerpta.core.coding.CodebookEditor.newCodesFor(codebook, path, color,
				description);
		CodingJournal.Change change = journal.recordNewCode(codebook.getGuid(), made.parent() == null ? null : made.parent().getGuid(),
				made.top());
		// Recorded: from here the index follows the journal, or is rebuilt at the next open if this fails.
		committedOutline = committedOutline.withCode(made.parent(), made.top());
		madeAlone(new ChangeAlone("New Code " + made.top().getName(), change, List.of(), null, made.parent(), made.top()));
		followRecorded("the new code", () -> {
			// the outline only: no document names a code until a coding does
		});
		return made.leaf();
	}

	/**
	 * Whether this index, opened to code alone, can also rename and move codes ({@link
	 * #renameCodeAlone}, {@link #moveCodeAlone}): its outline must know the memos written about each
	 * code, because a code's record names them and opening the project takes the record's whole
	 * state. An index committed by an older Excerpta does not; the caller then changes the codebook
	 * with the model.
	 */
	public synchronized boolean canChangeCodesAlone() {
		return journal != null && !journal.isHandedOver() && committedOutline.codeMemosKnown() && committedOutline.codebook().getGuid() != null;
	}

	/**
	 * Renames a code with the index alone, checked as the codebook editor checks it: the code's
	 * record (its whole state, with the new name) is in the journal when this returns, and the
	 * index's outline and commit follow. Documents name codes by GUID, so no coded excerpt changes.
	 * Edit > Undo while the project loads takes it back ({@link #undoAlone}).
	 */
	public synchronized org.excerpta.model.Code renameCodeAlone(String path, String newName) {
		org.excerpta.model.Code code = codeToChangeAlone(path);
		String name = org.excerpta.core.coding.CodebookEditor.checkRename(committedOutline.codebook(), code, newName);
		List<org.excerpta.model.Code> siblings = siblingsOf(code);
		int at = siblings.indexOf(code);
		return changeCodeAlone("Rename code " + code.getName(), new CodeEdit(code, code.getName(), siblings, at, name, siblings, at));
	}

	/**
	 * Moves a code, with its sub-codes and codings, under another code (null: to the top level) at a
	 * position among its new siblings (-1: last), with the index alone, checked as the codebook
	 * editor checks it; see {@link #renameCodeAlone}.
	 */
	public synchronized org.excerpta.model.Code moveCodeAlone(String path, String newParentPath, int index) {
		org.excerpta.model.Code code = codeToChangeAlone(path);
		org.excerpta.model.Codebook codebook = committedOutline.codebook();
		org.excerpta.model.Code parent = newParentPath == null ? null : org.excerpta.core.coding.CodePaths.require(codebook, newParentPath);
		int others = org.excerpta.core.coding.CodebookEditor.checkMove(codebook, code, parent, index);
		List<org.excerpta.model.Code> siblings = siblingsOf(code);
		return changeCodeAlone("Move code " + code.getName(), new CodeEdit(code, code.getName(), siblings, siblings.indexOf(code), code.getName(),
				parent == null ? codebook.getCodes() : parent.getChildren(), index == -1 ? others : index));
	}

	/**
	 * Records a code's rename or move (its record with its whole state after the edit, its record
	 * before to take it back), then makes it in the outline, as one change Edit > Undo takes back
	 * while the project loads.
	 */
	private org.excerpta.model.Code changeCodeAlone(String label, CodeEdit edit) {
		org.excerpta.model.Code after = org.eclipse.emf.ecore.util.EcoreUtil.copy(edit.code()); // its values; the memos are the same
		after.setName(edit.nameAfter());
		CodingJournal.Change change = journal.recordCodeChange(committedOutline.codebook().getGuid(),
				new CodingJournal.CodeState(after, parentGuid(edit.siblingsAfter()), edit.indexAfter()),
				new CodingJournal.CodeState(edit.code(), parentGuid(edit.siblingsBefore()), edit.indexBefore()));
		// Recorded: from here the index follows the journal, or is rebuilt at the next open if this fails.
		edit.set(true);
		madeAlone(new ChangeAlone(label, change, List.of(), null, null, null, edit));
		followRecorded("the change to the code", () -> {
			// the outline only: documents name codes by GUID
		});
		return edit.code();
	}

	/** Index work that may fail on disk. */
	@FunctionalInterface
	private interface IndexStep {
		void run() throws IOException;
	}

	/**
	 * After a change made alone is recorded in the journal: makes its documents' changes ({@code
	 * step}) and commits them with the journal's change count. A failure leaves the change recorded,
	 * and the index, not committed, is rebuilt at the next open.
	 */
	private void followRecorded(String what, IndexStep step) {
		try {
			step.run();
			catchUp(journal.changeCount());
		} catch (IOException e) {
			throw new UncheckedIOException("the index cannot follow " + what + " (it is recorded; the index is rebuilt at the next open): "
					+ e.getMessage(), e);
		}
	}

	/** The list a code of the outline is in: its parent's sub-codes or the codebook's codes. */
	@SuppressWarnings("unchecked")
	private static List<org.excerpta.model.Code> siblingsOf(org.excerpta.model.Code code) {
		return (List<org.excerpta.model.Code>) code.eContainer().eGet(code.eContainmentFeature());
	}

	/** The GUID of the code holding a list of sub-codes, or null for the codebook's own list (EMF's lists know their owner). */
	private static String parentGuid(List<org.excerpta.model.Code> siblings) {
		return ((org.eclipse.emf.ecore.EStructuralFeature.Setting) siblings).getEObject() instanceof org.excerpta.model.Code parent
				? parent.getGuid() : null;
	}

	private org.excerpta.model.Code codeToChangeAlone(String path) {
		if (!canChangeCodesAlone()) {
			requireJournal();
			throw new IllegalStateException("the index does not know the codes' memos: change the codebook in the project itself");
		}
		return org.excerpta.core.coding.CodePaths.require(committedOutline.codebook(), path);
	}

	/**
	 * A change made with the index alone, as Edit > Undo and Redo take it back and make it again
	 * while the project loads: the journal's change, the coded excerpts' documents it added, and
	 * what it added to the outline (a coder, or a code under its parent, null for the codebook) or
	 * changed in it (a code renamed or moved).
	 */
	private record ChangeAlone(String label, CodingJournal.Change recorded, List<Document> documents, org.excerpta.model.User newCoder,
			org.excerpta.model.Code newCodeParent, org.excerpta.model.Code newCode, CodeEdit codeEdit) {

		ChangeAlone(String label, CodingJournal.Change recorded, List<Document> documents, org.excerpta.model.User newCoder,
				org.excerpta.model.Code newCodeParent, org.excerpta.model.Code newCode) {
			this(label, recorded, documents, newCoder, newCodeParent, newCode, null);
		}
	}

	/** A code of the outline renamed or moved alone: its name and place before and after, set again by undo and redo. */
	private record CodeEdit(org.excerpta.model.Code code, String nameBefore, List<org.excerpta.model.Code> siblingsBefore, int indexBefore,
			String nameAfter, List<org.excerpta.model.Code> siblingsAfter, int indexAfter) {

		/** Sets the name and place after the edit, or before it; the outline's look-ups by GUID stay as they are. */
		void set(boolean after) {
			code.setName(after ? nameAfter : nameBefore);
			CodebookCatchUp.place(code, (org.eclipse.emf.common.util.EList<org.excerpta.model.Code>) (after ? siblingsAfter : siblingsBefore),
					after ? indexAfter : indexBefore);
		}
	}

	/** Changes made alone, the last on top; and those undone, to redo. Kept only while coding alone (they end with the journal). */
	private final java.util.Deque<ChangeAlone> undoableAlone = new java.util.ArrayDeque<>();
	private final java.util.Deque<ChangeAlone> redoableAlone = new java.util.ArrayDeque<>();

	private void madeAlone(ChangeAlone change) {
		undoableAlone.push(change);
		redoableAlone.clear(); // a new change ends what could be redone, as on a command stack
	}

	/**
	 * What Edit > Undo would take back of the changes made with the index alone ({@link #codeAlone},
	 * {@link #addCodeAlone}, {@link #renameCodeAlone}, {@link #moveCodeAlone}), e.g. "Code Staffing levels"; null when there is none, or once the
	 * project's model has taken the journal over (its own command stack starts empty).
	 */
	public synchronized String undoLabelAlone() {
		return journal == null || journal.isHandedOver() || undoableAlone.isEmpty() ? null : undoableAlone.peek().label();
	}

	/** What Edit > Redo would make again of the changes undone alone; null when there is none (see {@link #undoLabelAlone}). */
	public synchronized String redoLabelAlone() {
		return journal == null || journal.isHandedOver() || redoableAlone.isEmpty() ? null : redoableAlone.peek().label();
	}

	/**
	 * Takes back the last change made with the index alone: its removal is recorded in the journal
	 * as a change of its own (the loading model reads it), its coded excerpts leave the index and the
	 * outline is as it was before it. Returns what was undone.
	 *
	 * @throws IllegalStateException when there is nothing to undo, or the project has just finished loading
	 */
	public synchronized String undoAlone() {
		if (undoLabelAlone() == null) {
			throw new IllegalStateException(journal != null && journal.isHandedOver()
					? "the project has finished loading: uncode what was coded while it loaded (or delete the code) in the project itself" : "nothing to undo");
		}
		ChangeAlone change = undoableAlone.peek();
		journal.takeBack(change.recorded());
		undoableAlone.pop();
		redoableAlone.push(change);
		// Recorded: from here the index follows the journal, or is rebuilt at the next open if this fails.
		if (change.newCoder() != null) {
			committedOutline = committedOutline.withoutCoder(change.newCoder());
		}
		if (change.newCode() != null) {
			committedOutline = committedOutline.withoutCode(change.newCode());
		}
		if (change.codeEdit() != null) {
			change.codeEdit().set(false);
		}
		followRecorded("the undo", () -> {
			for (CodingJournal.Recorded r : change.recorded().codings()) {
				writer.deleteDocuments(new Term(Fields.CODED_ALONE, r.codingGuid()));
			}
		});
		return change.label();
	}

	/** Makes the change last undone alone ({@link #undoAlone}) again, with the same codings and codes. Returns what was redone. */
	public synchronized String redoAlone() {
		if (redoLabelAlone() == null) {
			throw new IllegalStateException(journal != null && journal.isHandedOver()
					? "the project has finished loading: code it again in the project itself" : "nothing to redo");
		}
		ChangeAlone change = redoableAlone.peek();
		journal.recordAgain(change.recorded());
		redoableAlone.pop();
		undoableAlone.push(change);
		if (change.newCoder() != null) {
			committedOutline = committedOutline.withCoder(change.newCoder());
		}
		if (change.newCode() != null) {
			committedOutline = committedOutline.withCode(change.newCodeParent(), change.newCode()); // last among its siblings, as it was
		}
		if (change.codeEdit() != null) {
			change.codeEdit().set(true);
		}
		followRecorded("the redo", () -> {
			compoundFilesFor(change.documents().size());
			writer.addDocuments(change.documents());
		});
		return change.label();
	}

	/**
	 * The coded excerpts of one source (any code, any coder), in no particular order: what the
	 * Document view shades when it shows a source read from the index while the project loads.
	 */
	public List<Excerpt> excerptsOf(String sourceGuid) {
		ensureCurrent();
		List<Integer> docs = new ArrayList<>();
		collect(reader, new TermQuery(new Term(Fields.CODINGS_OF, sourceGuid)), new AllMatches(docs));
		List<Excerpt> out = new ArrayList<>(docs.size());
		try {
			StoredFields stored = reader.storedFields();
			for (int doc : docs) {
				out.add(excerpt(stored.document(doc)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	/**
	 * The passages a query matches, to code: each passage (a speaker turn, or a paragraph where
	 * there are no turns), or with {@code wholeAnswers} a survey answer's whole text. These are the
	 * autocoder's units "turn" and "answer"; the others need the text around each hit.
	 */
	public List<PassageToCode> passagesToCode(String queryText, boolean wholeAnswers) {
		return withHeldReader(held -> toCode(held, textQuery(queryText, List.of(), Map.of()), wholeAnswers, NEVER));
	}

	/** A finding nobody stops. */
	private static final BooleanSupplier NEVER = () -> false;
	/** How many hits are highlighted, or read, between two looks at whether the finding is to stop. */
	private static final int HITS_BETWEEN_LOOKS = 1024;

	/**
	 * The passages a query matches, widened to an autocoding unit, as the {@link Autocoder}'s {@code
	 * byQuery} finds them with the model: the words of each hit, the sentence or the paragraph
	 * around it, the passage (turn) or the whole answer. A sentence is found in the hit's own
	 * passage, which the search reads; a paragraph in its source's whole text, read from the
	 * source's first passage (one walk over the sources' terms). So this needs no model: how the
	 * workbench and the command line autocode by any unit while a large project loads.
	 */
	public List<PassageToCode> passagesToCode(String queryText, Autocoder.Unit unit) {
		return passagesToCode(queryText, unit, NEVER);
	}

	/**
	 * The same, given up as soon as {@code stop} says so (a researcher's Cancel): Lucene looks at it
	 * while it matches, and this between every thousand or so hits it highlights or reads. At a
	 * million answers the finding takes seconds, and Cancel must not wait for its end.
	 *
	 * @throws CancellationException when stopped; nothing has been coded or changed then
	 */
	public List<PassageToCode> passagesToCode(String queryText, Autocoder.Unit unit, BooleanSupplier stop) {
		if (unit == Autocoder.Unit.ANSWER || unit == Autocoder.Unit.TURN) {
			return withHeldReader(held -> toCode(held, textQuery(queryText, List.of(), Map.of()), unit == Autocoder.Unit.ANSWER, stop));
		}
		// Seconds at a million answers, and the workbench runs it in a job: on a held reader.
		return withHeldReader(held -> passagesToCode(held, queryText, unit, stop));
	}

	private List<PassageToCode> passagesToCode(DirectoryReader held, String queryText, Autocoder.Unit unit, BooleanSupplier stop) {
		Map<String, PassageToCode> unique = new LinkedHashMap<>();
		if (unit == Autocoder.Unit.PARAGRAPH) {
			// A paragraph may hold several turns: found in the source's whole text.
			SearchResults found = passages(held, queryText, Map.of(), Integer.MAX_VALUE / 2, false, stop);
			stopIfAsked(stop);
			Map<String, String> texts = sourceTexts(held, found, stop);
			for (int i = 0; i < found.hits().size(); i++) {
				lookNowAndThen(i, stop);
				SearchResults.Hit h = found.hits().get(i);
				add(unique, h.sourceGuid(), Autocoder.paragraphAround(texts.get(h.sourceGuid()), h.start(), h.end()));
			}
			return new ArrayList<>(unique.values());
		}
		// A sentence ends at a line's end and starts after one, and a passage (a paragraph or turn) is
		// whole lines: the hit's own passage, which the search reads anyway, holds its sentence.
		List<String> passageTexts = new ArrayList<>();
		SearchResults found = search(held, queryText, List.of(), Map.of(), Integer.MAX_VALUE / 2, passageTexts, stop);
		for (int i = 0; i < found.hits().size(); i++) {
			SearchResults.Hit h = found.hits().get(i);
			for (SearchResults.Kwic k : h.lines()) {
				if (unit == Autocoder.Unit.HIT) {
					add(unique, h.sourceGuid(), new int[] { k.start(), k.end() });
				} else {
					int[] in = Autocoder.sentenceAround(passageTexts.get(i), k.start() - h.start(), k.end() - h.start());
					add(unique, h.sourceGuid(), new int[] { h.start() + in[0], h.start() + in[1] });
				}
			}
		}
		return new ArrayList<>(unique.values());
	}

	/**
	 * Reads the index as it is now through a reader held for the whole read, which may take seconds
	 * on a thread of its own (code all hits runs in a job). A change made meanwhile reopens the
	 * reader and closes this one, which stays open until the read is done: Lucene counts the holders.
	 */
	private <T> T withHeldReader(java.util.function.Function<DirectoryReader, T> read) {
		DirectoryReader held;
		synchronized (this) {
			ensureCurrent();
			held = reader;
			held.incRef();
		}
		try {
			return read.apply(held);
		} finally {
			try {
				held.decRef();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * The whole texts of the sources of some hits, each read from the source's first passage, the
	 * one with the source's length (one walk over the sources' terms). Only those documents are
	 * read, in the index's order: not the sources' other passages or coded excerpts, which doubled
	 * the finding of 50,000 paragraphs at a million answers.
	 */
	private Map<String, String> sourceTexts(DirectoryReader reader, SearchResults found, BooleanSupplier stop) {
		Set<String> sources = new LinkedHashSet<>();
		found.hits().forEach(h -> sources.add(h.sourceGuid()));
		List<BytesRef> terms = TermDocs.sorted(sources);
		List<LeafReaderContext> leaves = reader.leaves();
		try {
			FixedBitSet[] firstPassages = new FixedBitSet[leaves.size()];
			for (int l = 0; l < leaves.size(); l++) {
				org.apache.lucene.index.LeafReader leaf = leaves.get(l).reader();
				firstPassages[l] = new FixedBitSet(Math.max(1, leaf.maxDoc()));
				org.apache.lucene.index.NumericDocValues lengths = org.apache.lucene.index.DocValues.getNumeric(leaf, Fields.SOURCE_LENGTH);
				for (int d = lengths.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = lengths.nextDoc()) {
					firstPassages[l].set(d);
				}
			}
			stopIfAsked(stop);
			List<long[]> firsts = new ArrayList<>(); // {document, term}
			TermDocs.each(reader, Fields.SOURCE, terms, (doc, term) -> {
				int l = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
				if (firstPassages[l].get(doc - leaves.get(l).docBase)) {
					firsts.add(new long[] { doc, term });
				}
			});
			firsts.sort(Comparator.comparingLong(a -> a[0]));
			StoredFields stored = reader.storedFields();
			Map<String, String> texts = new HashMap<>();
			for (int k = 0; k < firsts.size(); k++) {
				lookNowAndThen(k, stop);
				texts.put(terms.get((int) firsts.get(k)[1]).utf8ToString(), textOf(stored.document((int) firsts.get(k)[0])));
			}
			return texts;
		} catch (IOException e) {
			throw new UncheckedIOException("the texts of the sources found cannot be read from the index: " + e.getMessage(), e);
		}
	}

	/** Adds a passage once, in the order found; an empty one (white space around a hit, a blank answer) has nothing to code. */
	private static void add(Map<String, PassageToCode> unique, String sourceGuid, int[] range) {
		if (range[1] <= range[0]) {
			return;
		}
		unique.putIfAbsent(sourceGuid + ":" + range[0] + ":" + range[1], new PassageToCode(sourceGuid, range[0], range[1]));
	}

	/** Every answer to a survey question (its column name), whole, to code. */
	public List<PassageToCode> answersToCode(String question) {
		Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Fields.PASSAGE)), Occur.FILTER)
				.add(new TermQuery(new Term(Fields.QUESTION, question)), Occur.FILTER).build();
		List<PassageToCode> answers = withHeldReader(held -> toCode(held, q, true, NEVER));
		if (answers.isEmpty()) {
			throw new IllegalArgumentException("no answers to a question \"" + question + "\"");
		}
		return answers;
	}

	private List<PassageToCode> toCode(DirectoryReader reader, Query query, boolean wholeAnswers, BooleanSupplier stop) {
		// From doc values, not stored fields: at fifty thousand hits, reading each hit's stored
		// fields was seconds.
		PassageCollector passages = new PassageCollector(Integer.MAX_VALUE, wholeAnswers, false);
		collect(reader, query, passages, stop);
		Map<String, PassageToCode> unique = new LinkedHashMap<>();
		try {
			List<SearchResults.Hit> hits = passages.results().hits();
			for (int i = 0; i < hits.size(); i++) {
				lookNowAndThen(i, stop);
				SearchResults.Hit h = hits.get(i);
				int answerLength = wholeAnswers ? passages.answerLength(i) : -1;
				add(unique, h.sourceGuid(), answerLength >= 0 ? new int[] { 0, answerLength } : new int[] { h.start(), h.end() });
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ArrayList<>(unique.values());
	}

	/**
	 * The project's codebook, coders and totals: from the project when it is open, from the
	 * index's last commit when the index was opened alone ({@link #openForReading}).
	 */
	public synchronized ProjectOutline outline() {
		return committedOutline != null ? committedOutline : ProjectOutline.of(project.model(), textLength());
	}

	/** The language the index analyses text in (the project's). */
	public String language() {
		return language;
	}

	/** How many codings the index holds: one coded excerpt each. */
	public long codings() {
		return count(Fields.CODING);
	}

	/** Whether this index was opened without its project (see {@link #openForReading}). */
	public boolean isReadingAlone() {
		return project == null;
	}

	private long textLength() {
		if (textLength < 0) {
			textLength = ProjectOutline.textLength(project.model());
		}
		return textLength;
	}

	/**
	 * The whole text of a source, for an excerpt's context: from the project when it is open, else
	 * from the index (the source's first passage names its text file, or holds the text) and the
	 * project's text file. Empty when the index holds no passage of the source.
	 */
	public String sourceText(String sourceGuid) {
		if (project != null) {
			return project.store().find(sourceGuid) instanceof TextSource t ? project.text(t) : "";
		}
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Fields.PASSAGE)), Occur.FILTER)
					.add(new TermQuery(new Term(Fields.SOURCE, sourceGuid)), Occur.FILTER).build();
			// The first passage only (a transcript has hundreds): sorted by its start's doc value.
			TopDocs top = searcher.search(q, 1, new org.apache.lucene.search.Sort(
					new org.apache.lucene.search.SortField(Fields.PASSAGE_START, org.apache.lucene.search.SortField.Type.LONG)));
			if (top.scoreDocs.length == 0) {
				return "";
			}
			return textOf(searcher.storedFields().document(top.scoreDocs[0].doc));
		} catch (IOException e) {
			throw new UncheckedIOException("the text of source " + sourceGuid + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Every source of the project, sorted by name as a person reads names ("Interview 2" before
	 * "Interview 10"): from the project when it is open, else from the index, which is how the
	 * Project Explorer lists a project while it loads. Read alone, a source of white space only is
	 * not listed: the index holds no passage of it.
	 */
	public List<ListedSource> sources() {
		if (project != null) {
			return SourceList.of(project.model().getSources());
		}
		try {
			return SourceList.of(reader);
		} catch (IOException e) {
			throw new UncheckedIOException("the list of sources cannot be read from the index: " + e.getMessage(), e);
		}
	}

	/** A source's whole text, from its first passage's document: the text file it names, the text it holds, or its own text. */
	private String textOf(Document first) {
		String path = first.get(Fields.SOURCE_TEXT_PATH);
		if (path != null) {
			return ProjectStore.readText(folder.getParent(), path);
		}
		String whole = first.get(Fields.SOURCE_TEXT);
		return whole != null ? whole : first.get(Fields.TEXT);
	}

	/**
	 * The names of these cases (a respondent's ID, an interviewee's pseudonym) by GUID, from the
	 * project when it is open, else from the cases' own documents in the index (one searcher for
	 * all of them). A GUID no case has is left out.
	 */
	public Map<String, String> caseNames(java.util.Collection<String> caseGuids) {
		Map<String, String> names = new HashMap<>();
		if (project != null) {
			for (String g : caseGuids) {
				if (project.store().find(g) instanceof Case c) {
					names.put(g, c.getName() == null ? "" : c.getName());
				}
			}
			return names;
		}
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			StoredFields stored = searcher.storedFields();
			for (String g : caseGuids) {
				TopDocs top = searcher.search(new TermQuery(new Term(Fields.CASE_ID, g)), 1);
				if (top.scoreDocs.length > 0) {
					names.put(g, stored.document(top.scoreDocs[0].doc, Set.of(Fields.CASE_NAME)).get(Fields.CASE_NAME));
				}
			}
			return names;
		} catch (IOException e) {
			throw new UncheckedIOException("the names of cases cannot be read from the index: " + e.getMessage(), e);
		}
	}

	/** Opens the index of a project, building or repairing it first when needed. */
	public static ProjectIndex open(ExcerptaProject project) {
		return following(new ProjectIndex(project));
	}

	/**
	 * Opens the index of a project as {@link #open} does when it reflects the project already, and
	 * else returns null, having built nothing: for a command that loads the project to change it,
	 * so that the index follows the change and the next reader finds it current (instead of
	 * rebuilding it with the model, a minute at a million answers), without making the command
	 * wait for a rebuild the next reader would do anyway.
	 */
	public static ProjectIndex openIfCurrent(ExcerptaProject project) {
		ProjectIndex index = new ProjectIndex(project);
		String why;
		try (Directory directory = Files.isDirectory(index.folder) ? FSDirectory.open(index.folder) : null) {
			why = directory == null ? "there was none" : index.whyRebuild(directory, project.store().changeCount());
		} catch (IOException e) {
			why = "it was unreadable";
		}
		if (why != null) {
			index.close();
			return null;
		}
		return following(index);
	}

	/** Brings an index of an open project up to date and lets it follow the project's changes. */
	private static ProjectIndex following(ProjectIndex index) {
		try {
			index.ensureCurrent();
		} catch (RuntimeException e) {
			index.feed.close();
			throw e;
		}
		if (!index.project.isReadOnly()) {
			index.project.commandStack().addCommandStackListener(index.listener);
		}
		return index;
	}

	/**
	 * The index of a project whose model has just been read while this index was coded alone
	 * ({@link #openForCoding}, the project opened with its coding journal): the same index goes on,
	 * now following the project, when it reflects every change the project has (the codings made
	 * alone included); its readers and its writer are kept, so views reading it see no gap.
	 * Otherwise it is closed and the project's index opened as {@link #open(ExcerptaProject)} does.
	 */
	public static ProjectIndex open(ExcerptaProject project, ProjectIndex early) {
		if (early == null) {
			return open(project);
		}
		synchronized (early) {
			if (early.journal != null && early.journal.isHandedOver() && early.project == null && project.store().folder()
					.resolve(ProjectStore.INDEX_DIR).equals(early.folder) && early.indexedChangeCount == project.store().changeCount()
					&& !project.isReadOnly()) {
				early.journal.close(); // lets nothing go: the project holds the lock now
				early.journal = null;
				early.project = project;
				early.committedOutline = null;
				project.commandStack().addCommandStackListener(early.listener);
				return early;
			}
		}
		early.close();
		return open(project);
	}

	/**
	 * Follows a command (or its undo or redo) as it happens: the documents of the sources and
	 * cases it touched are made at once, on the model's thread, and handed to the indexing thread;
	 * the next query waits for them. A change the index cannot follow piece by piece makes the
	 * next query rebuild it.
	 */
	private synchronized void noteChange() {
		changesSeen++;
		if (changeOutsideSources || writer == null) {
			changeOutsideSources = true;
			return;
		}
		PendingChanges changes = PendingChanges.of(project.commandStack().getMostRecentCommand());
		if (changes.elsewhere || !changes.sources.isEmpty()) {
			textLength = -1; // sources added, removed or changed: counted again at the next commit
		}
		if (changes.elsewhere) {
			changeOutsideSources = true;
			return;
		}
		if (changes.touchesNoDocument()) {
			return; // a code, a user or a new variable: no document names it
		}
		try {
			DocumentMaker m = maker();
			Set<TextSource> sources = new LinkedHashSet<>(changes.sources);
			List<Case> cases = new ArrayList<>(changes.cases);
			for (Case c : cases) {
				sources.addAll(m.caseChanged(c));
			}
			compoundFilesFor(sources.size() + cases.size() + changes.codingsAdded.size() + changes.codingsOnly.size());
			// Handed over in batches as they are made, so that Lucene indexes one batch while the next is made.
			List<DocumentFeed.Update> updates = new ArrayList<>();
			for (Case c : cases) {
				Term old = changes.added.contains(c) ? null : new Term(Fields.CASE_ID, c.getGuid());
				updates.add(new DocumentFeed.Update(c.getGuid(), old, c.eContainer() == null ? List.of() : List.of(m.document(c))));
				updates = submitWhenFull(updates);
			}
			for (TextSource s : sources) {
				Term old = changes.added.contains(s) ? null : new Term(Fields.SOURCE, s.getGuid());
				updates.add(new DocumentFeed.Update(s.getGuid(), old, s.eContainer() == null ? List.of() : m.documents(s)));
				updates = submitWhenFull(updates);
			}
			for (Map.Entry<TextSource, List<EObject>> gained : changes.codingsAdded.entrySet()) {
				TextSource s = gained.getKey();
				if (!sources.contains(s) && s.eContainer() != null) {
					// Only new codings: their excerpts are added beside the others, nothing is deleted.
					updates.add(new DocumentFeed.Update(s.getGuid(), null, m.addedCodingDocuments(s, gained.getValue())));
					updates = submitWhenFull(updates);
				}
			}
			for (TextSource s : changes.codingsOnly) {
				if (!sources.contains(s)) {
					// Only codings changed: the passages (most of the text to analyse) stay as they are.
					updates.add(s.eContainer() == null ? new DocumentFeed.Update(s.getGuid(), new Term(Fields.SOURCE, s.getGuid()), List.of())
							: new DocumentFeed.Update(s.getGuid(), new Term(Fields.CODINGS_OF, s.getGuid()), m.codingDocuments(s)));
					updates = submitWhenFull(updates);
				}
			}
			feed.submit(writer, updates);
		} catch (RuntimeException e) {
			changeOutsideSources = true; // e.g. a source's text file unreadable: the rebuild will say so
		}
	}

	/** Hands a full batch to the feed and starts a new one; a batch not yet full is kept. */
	private List<DocumentFeed.Update> submitWhenFull(List<DocumentFeed.Update> updates) {
		if (updates.size() < DocumentFeed.BATCH) {
			return updates;
		}
		feed.submit(writer, updates);
		return new ArrayList<>();
	}

	/**
	 * Makes ready, on the model's thread, what following the project's changes needs: the map of
	 * each source's cases, which the model does not hold (it links cases to sources). Otherwise the
	 * first change that touches a document makes it, and in a project of a million answers the
	 * first coding after opening would wait about a second for it. The workbench calls this while
	 * it opens a project in the background; nothing needs to for a project only read.
	 */
	public synchronized void prepareForChanges() {
		if (!project.isReadOnly()) {
			maker();
		}
	}

	private DocumentMaker maker() {
		if (maker == null) {
			maker = new DocumentMaker(project);
		}
		return maker;
	}

	/** How many times the index was brought up to date source by source instead of rebuilt (for tests). */
	public int incrementalUpdates() {
		return incrementalUpdates;
	}

	/** Whether the reader shows the project as of change {@code wanted}, with nothing seen since. */
	private boolean reflects(long wanted) {
		return reader != null && indexedChangeCount == wanted && changesSeen == 0;
	}

	/** Whether every durable change since the last commit was seen and its documents made, so that {@link #catchUp} brings the index up to {@code wanted}. */
	private boolean followedEveryChange(long wanted) {
		return reader != null && writer != null && !changeOutsideSources && wanted - indexedChangeCount == changesSeen;
	}

	/**
	 * Brings the index up to the project's last change when it followed every change since its last
	 * commit (Lucene writes the changes' documents and the reader reopens), on any thread; else
	 * leaves it to {@link #ensureCurrent}, whose rebuild reads the model on the model's thread. After
	 * an autocode of 50,000 passages, or its undo, this catch-up takes one to four seconds at a million
	 * answers, and the window's views read the index after every change: the workbench runs it in a
	 * job first, so that they find the index current. Safe beside the window's reads: a read passes
	 * {@link #ensureCurrent} first, which catches up itself (under this lock) when changes are pending,
	 * and changes are made on the window's thread, never in the middle of one of its reads.
	 *
	 * @return whether the index is current now
	 */
	public synchronized boolean catchUpFollowed() {
		if (project == null) {
			return true; // opened alone: it follows what it records itself
		}
		long wanted = project.store().changeCount();
		if (reflects(wanted)) {
			return true;
		}
		if (!followedEveryChange(wanted)) {
			return false; // a change still being recorded, or one that needs a rebuild
		}
		try {
			catchUp(wanted);
			return true;
		} catch (IOException | RuntimeException e) {
			return false; // ensureCurrent tries again, and rebuilds if that fails
		}
	}

	/** What opening found (for example "rebuilt: the index was stale"). */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/** Makes the index reflect the project as it is now: rebuilds it when stale, missing or damaged. */
	public synchronized void ensureCurrent() {
		if (project == null) {
			return; // opened alone, for reading: it reflects the project as it was when opened
		}
		long wanted = project.store().changeCount();
		if (reflects(wanted)) {
			return;
		}
		// Every durable change was seen and followed: wait for its documents, commit, reopen.
		if (followedEveryChange(wanted)) {
			try {
				catchUp(wanted);
				return;
			} catch (IOException | RuntimeException e) {
				notes.add("index rebuilt: updating it failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
			}
		}
		closeIndex(false);
		changesSeen = 0;
		changeOutsideSources = false;
		maker = null;
		textLength = -1;
		try {
			Files.createDirectories(folder);
			directory = FSDirectory.open(folder);
			String why = whyRebuild(directory, wanted);
			if (why != null) {
				notes.add("index rebuilt: " + why);
			}
			openWriter(why == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
			if (why != null) {
				rebuild(wanted);
			}
			if (writer != null) {
				reader = DirectoryReader.open(writer);
			} else {
				reader = DirectoryReader.open(directory);
			}
			indexedChangeCount = wanted;
		} catch (IOException e) {
			throw new UncheckedIOException("the search index of " + project.folder() + " cannot be built: " + e.getMessage(), e);
		}
	}

	/**
	 * Opens the session's writer. A read-only project gets none unless the index must be rebuilt,
	 * and gives it back afterwards. When another program holds the index (Lucene's write lock),
	 * this one builds its own in memory rather than fail: the index is derived.
	 */
	private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
		if (project.isReadOnly() && mode == IndexWriterConfig.OpenMode.APPEND) {
			return;
		}
		try {
			writer = new IndexWriter(directory, config(mode));
		} catch (org.apache.lucene.store.LockObtainFailedException e) {
			notes.add("index built in memory: another program is writing the index folder");
			directory.close();
			directory = new org.apache.lucene.store.ByteBuffersDirectory();
			writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
			if (mode == IndexWriterConfig.OpenMode.APPEND) {
				rebuild(project.store().changeCount());
			}
		} catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
				| org.apache.lucene.index.IndexFormatTooNewException e) {
			// Damaged beyond what CREATE can overwrite: start from an empty folder.
			deleteFolderContents();
			writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
		}
	}

	private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		// A larger buffer than Lucene's 16 MB makes fewer, larger first segments when a large survey is
		// indexed. A merged segment is a compound file when it is small (merging a few codings' segments,
		// committed with the next query), not when it is large (merging an import's, where the copy
		// would be the cost compoundFilesFor avoids for new segments).
		org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
		merges.setNoCFSRatio(1.0);
		merges.setMaxCFSSegmentSizeMB(16);
		return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(64).setMergePolicy(merges);
	}

	/** A change of this many sources and cases or more is indexed as a bulk change (see {@link #compoundFilesFor}). */
	static final int BULK_CHANGE = 1_000;

	/**
	 * Whether the segments Lucene flushes next are compound files, set before a change's documents
	 * are handed over. For a bulk change (an import's batch, an autocode, a rebuild) they are not:
	 * Lucene writes each new segment's files and then copies them into one, which for a million
	 * answers was every flushed gigabyte written twice. For a small change (one coding) they are: its
	 * segment is flushed and committed at the next query, and a dozen separate files to force to
	 * disk made that catch-up 35-42 ms instead of 23 ms (median of 50 codings, 100,000 answers).
	 */
	private void compoundFilesFor(int sourcesAndCases) {
		if (writer != null) {
			writer.getConfig().setUseCompoundFile(sourcesAndCases < BULK_CHANGE);
		}
	}

	/** Waits for the documents of the changes seen, commits them with the change count they reflect, and reopens the reader. */
	private void catchUp(long changeCount) throws IOException {
		feed.drain();
		commit(changeCount);
		DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
		if (newer != null) {
			reader.close();
			reader = newer;
		}
		indexedChangeCount = changeCount;
		changesSeen = 0;
		incrementalUpdates++;
	}

	private void commit(long changeCount) throws IOException {
		writer.setLiveCommitData(Map.of(Fields.CHANGE_COUNT, String.valueOf(changeCount), Fields.LAYOUT,
				Fields.LAYOUT_VERSION, Fields.LANGUAGE, language, Fields.OUTLINE, outline().toJson()).entrySet());
		writer.commit();
	}

	private String whyRebuild(Directory directory, long wanted) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return "there was none";
			}
			try (DirectoryReader r = DirectoryReader.open(directory)) {
				Map<String, String> data = r.getIndexCommit().getUserData();
				if (!Fields.LAYOUT_VERSION.equals(data.get(Fields.LAYOUT))) {
					return "it was made by another version of Excerpta";
				}
				if (!language.equals(data.get(Fields.LANGUAGE))) {
					return "the project's language is now \"" + language + "\"";
				}
				if (!String.valueOf(wanted).equals(data.get(Fields.CHANGE_COUNT))) {
					return "it was stale (the project has changed since)";
				}
				return null;
			}
		} catch (IOException | RuntimeException e) {
			return "it was unreadable (" + e.getClass().getSimpleName() + ")";
		}
	}

	/** Indexes the whole project into the (new, empty) writer: documents made here, indexed on the feed's thread. */
	private void rebuild(long changeCount) throws IOException {
		compoundFilesFor(project.model().getSources().size() + project.model().getCases().size());
		DocumentMaker m = maker();
		List<DocumentFeed.Update> batch = new ArrayList<>();
		for (TextSource s : DocumentMaker.textSources(project.model())) {
			batch.add(new DocumentFeed.Update(s.getGuid(), null, m.documents(s)));
			batch = submitWhenFull(batch);
		}
		for (Case c : project.model().getCases()) {
			batch.add(new DocumentFeed.Update(c.getGuid(), null, List.of(m.document(c))));
			batch = submitWhenFull(batch);
		}
		feed.submit(writer, batch);
		feed.drain();
		commit(changeCount);
		if (project.isReadOnly()) {
			writer.close(); // a reader of the project does not keep other programs from writing the index
			writer = null;
		}
	}

	private void deleteFolderContents() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
		}
	}

	/** The counting passes' ordinals over sources and cases, made once per reader (at a million codings they cost more than the count). */
	private OrdinalCodings ordinals() {
		if (ordinals == null) {
			ordinals = new OrdinalCodings(reader);
		} else if (!ordinals.isFor(reader)) {
			ordinals = ordinals.reopen(reader); // after a coding: the new segment's values looked up, not every value mapped again
		}
		return ordinals;
	}

	// ---- search ----

	/**
	 * Searches passages (or, with {@code codeGuids}, only the excerpts coded with those codes), with
	 * Lucene's query syntax: words, "phrases", "proximity"~5, fuzzy~, wild*, AND/OR/NOT, stemmed in English.
	 */
	public SearchResults search(String queryText, List<String> codeGuids, Map<String, String> where, int max) {
		return withHeldReader(held -> search(held, queryText, codeGuids, where, max, null, NEVER));
	}

	/**
	 * The same, each hit's passage text added to {@code passageTexts} (when not null) in the order of
	 * the hits, given up when {@code stop} says so.
	 */
	private SearchResults search(DirectoryReader reader, String queryText, List<String> codeGuids, Map<String, String> where, int max,
			List<String> passageTexts, BooleanSupplier stop) {
		Query query = textQuery(queryText, codeGuids, where);
		try {
			IndexSearcher searcher = searcherStoppedBy(reader, stop);
			TopDocs top = searcher.search(query, Math.max(max, 1));
			if (searcher.timedOut()) {
				throw cancelled();
			}
			UnifiedHighlighter.Builder kwic = UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new KwicFormatter())
					.withMaxLength(Integer.MAX_VALUE - 1);
			if (QueryShape.of(query).wordsAlone()) {
				// Words alone: found again in each hit's text as a token stream, not through a
				// one-document index of it (most of Code all hits' finding at a million answers).
				kwic.withPassageRelevancyOverSpeed(false).withWeightMatches(false);
			}
			KwicHighlighter highlighter = new KwicHighlighter(kwic);
			int[] ids = new int[top.scoreDocs.length];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = top.scoreDocs[i].doc;
			}
			String field = codeGuids.isEmpty() ? Fields.TEXT : Fields.EXCERPT_TEXT;
			Document[] docs = storedInIndexOrder(reader, ids, stop);
			// Highlighted a thousand or so at a time, so that a Cancel is heard between them; each
			// hit's lines are its own, whatever else is highlighted with it.
			Object[] lines = new Object[ids.length];
			for (int from = 0; from < ids.length; from += HITS_BETWEEN_LOOKS) {
				stopIfAsked(stop);
				int to = Math.min(ids.length, from + HITS_BETWEEN_LOOKS);
				Map<Integer, String> texts = new HashMap<>();
				for (int i = from; i < to; i++) {
					texts.put(ids[i], docs[i].get(field));
				}
				System.arraycopy(highlighter.lines(field, query, java.util.Arrays.copyOfRange(ids, from, to), texts), 0, lines, from, to - from);
			}
			List<SearchResults.Hit> hits = new ArrayList<>();
			for (int i = 0; i < ids.length; i++) {
				Document d = docs[i];
				int start = d.getField(Fields.START).numericValue().intValue();
				@SuppressWarnings("unchecked")
				List<KwicFormatter.Line> hitLines = lines[i] == null ? List.of() : (List<KwicFormatter.Line>) lines[i];
				String passage = d.get(field);
				if (passageTexts != null) {
					passageTexts.add(passage);
				}
				List<SearchResults.Kwic> placed = hitLines.stream()
						.map(l -> new SearchResults.Kwic(l.left(), l.match(), l.right(),
								start + passage.codePointCount(0, l.from()), start + passage.codePointCount(0, l.to())))
						.toList();
				hits.add(new SearchResults.Hit(d.get(Fields.SOURCE), d.get(Fields.SOURCE_NAME), start,
						d.getField(Fields.END).numericValue().intValue(), d.get(Fields.SPEAKER), placed));
			}
			long total = searcher.count(query);
			return new SearchResults(total, hits);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The passages a query matches, in index order, without keyword-in-context lines, with their
	 * sources' names. Where each hit lies is read from doc values; each source's name from its
	 * first hit's stored fields.
	 */
	public SearchResults passages(String queryText, Map<String, String> where, int max) {
		return passages(queryText, where, max, true);
	}

	/**
	 * The same, the sources' names left empty unless asked for: what autocoding whole answers, turns
	 * or paragraphs needs. Loading each hit's stored fields was most of autocoding 5% of a million
	 * answers.
	 */
	SearchResults passages(String queryText, Map<String, String> where, int max, boolean names) {
		return withHeldReader(held -> passages(held, queryText, where, max, names, NEVER));
	}

	/** The same on a held reader, given up when {@code stop} says so. */
	private SearchResults passages(DirectoryReader reader, String queryText, Map<String, String> where, int max, boolean names,
			BooleanSupplier stop) {
		PassageCollector passages = new PassageCollector(max, false, names);
		collect(reader, textQuery(queryText, List.of(), where), passages, stop);
		try {
			return passages.results();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * How many passages a query matches, in the cases with the given attribute values ("how many
	 * answers mention finance"): Lucene counts them, often from its index statistics alone, without
	 * ranking, loading or highlighting a single hit.
	 */
	public long countPassages(String queryText, Map<String, String> where) {
		ensureCurrent();
		try {
			return new IndexSearcher(reader).count(textQuery(queryText, List.of(), where));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}


	/** A text query over passages (or, with codes, over the excerpts coded with any of them), in the cases with these attribute values. */
	private Query textQuery(String queryText, List<String> codeGuids, Map<String, String> where) {
		boolean excerpts = !codeGuids.isEmpty();
		Query text = parse(queryText, excerpts ? Fields.EXCERPT_TEXT : Fields.TEXT);
		BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
		if (excerpts) {
			q.add(new TermQuery(new Term(Fields.KIND, Fields.CODING)), Occur.FILTER);
			q.add(anyOf(Fields.CODE, codeGuids), Occur.FILTER);
		} else if (!QueryShape.of(text).passageTextOnly()) {
			// Only passages have the text field, so a query on it alone needs no filter on the kind:
			// Lucene then rewrites it to the text query and counts a word's passages from its
			// statistics, instead of walking a conjunction's hits.
			q.add(new TermQuery(new Term(Fields.KIND, Fields.PASSAGE)), Occur.FILTER);
		}
		addWhere(q, where);
		return q.build();
	}

	/** The unified highlighter, asked for keyword-in-context lines instead of marked-up text. */
	private static final class KwicHighlighter extends UnifiedHighlighter {
		/** The texts of the documents being highlighted, already read by the search (by document). */
		private Map<Integer, String> texts;

		KwicHighlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		Object[] lines(String field, Query query, int[] docIds, Map<Integer, String> textsOfDocs) throws IOException {
			texts = textsOfDocs;
			try {
				return highlightFieldsAsObjects(new String[] { field }, query, docIds, new int[] { 20 }).get(field);
			} finally {
				texts = null;
			}
		}

		/**
		 * The texts the search has read, not read again: each would be decompressed a second time
		 * (half of finding fifty thousand hits). Handed over in the batches Lucene asks for.
		 */
		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
				int cacheCharsThreshold) throws IOException {
			if (texts == null || fields.length != 1) {
				return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
			}
			List<CharSequence[]> out = new ArrayList<>();
			long chars = 0;
			do {
				int doc = docIter.nextDoc();
				if (doc == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
					break;
				}
				String text = texts.get(doc);
				out.add(new CharSequence[] { text });
				chars += text == null ? 0 : text.length();
			} while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
			return out;
		}
	}

	/**
	 * Each hit's stored fields, read once and in the index's order, where neighbours share a
	 * compressed block that is then unpacked once; given back in the hits' order.
	 */
	private static Document[] storedInIndexOrder(IndexReader reader, int[] ids, BooleanSupplier stop) throws IOException {
		long[] byDoc = new long[ids.length];
		for (int i = 0; i < ids.length; i++) {
			byDoc[i] = (long) ids[i] << 32 | i;
		}
		java.util.Arrays.sort(byDoc);
		StoredFields stored = reader.storedFields();
		Document[] docs = new Document[ids.length];
		for (int k = 0; k < byDoc.length; k++) {
			lookNowAndThen(k, stop);
			docs[(int) byDoc[k]] = stored.document((int) (byDoc[k] >>> 32));
		}
		return docs;
	}

	private Query parse(String queryText, String field) {
		QueryParser parser = new QueryParser(field, analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(queryText);
		} catch (ParseException | RuntimeException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
			throw new IllegalArgumentException("cannot read the query \"" + queryText + "\": " + message, e);
		}
	}

	private static Query anyOf(String field, List<String> values) {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		for (String v : values) {
			b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
		}
		return b.build();
	}

	private static void addWhere(BooleanQuery.Builder q, Map<String, String> where) {
		for (Map.Entry<String, String> e : where.entrySet()) {
			q.add(new TermQuery(new Term(Fields.ATTRIBUTE + e.getKey(), e.getValue())), Occur.FILTER);
		}
	}

	// ---- retrieval ----

	/** Coded excerpts of any of the codes (OR), in the cases with the given attribute values, optionally of one coder. */
	public List<Excerpt> excerpts(List<String> codeGuids, Map<String, String> where, String coderGuid, int max) {
		return excerpts(new ExcerptQuery(codeGuids, List.of(), List.of(), List.of(), 0, where, coderGuid, null), max);
	}

	/**
	 * Coded excerpts by a code expression: excerpts of any of {@code anyOf} that overlap an excerpt
	 * of every code in {@code alsoCodedWith} (AND), overlap none of {@code notCodedWith} (NOT), and
	 * lie within {@code within} characters of one of {@code near} (NEAR), in the same source.
	 */
	public List<Excerpt> excerpts(ExcerptQuery query, int max) {
		boolean plain = query.alsoCodedWith().isEmpty() && query.notCodedWith().isEmpty() && query.near().isEmpty();
		// Without AND/NOT/NEAR the first max excerpts in order are the answer: Lucene sorts on doc
		// values and only those are loaded (the first 100 of 100,000 cost 100 loads, not 100,000).
		List<Excerpt> base = plainExcerpts(query.anyOf(), query.where(), query.coderGuid(), query.sourceGuid(),
				plain ? max : Integer.MAX_VALUE);
		for (String and : query.alsoCodedWith()) {
			Map<String, List<Excerpt>> others = bySource(
					plainExcerpts(List.of(and), Map.of(), null, query.sourceGuid(), Integer.MAX_VALUE));
			base = base.stream().filter(e -> others.getOrDefault(e.sourceGuid(), List.of()).stream().anyMatch(o -> gap(e, o) < 0))
					.toList();
		}
		if (!query.notCodedWith().isEmpty()) {
			Map<String, List<Excerpt>> others = bySource(
					plainExcerpts(query.notCodedWith(), Map.of(), null, query.sourceGuid(), Integer.MAX_VALUE));
			base = base.stream().filter(e -> others.getOrDefault(e.sourceGuid(), List.of()).stream().noneMatch(o -> gap(e, o) < 0))
					.toList();
		}
		if (!query.near().isEmpty()) {
			Map<String, List<Excerpt>> others = bySource(
					plainExcerpts(query.near(), Map.of(), null, query.sourceGuid(), Integer.MAX_VALUE));
			base = base.stream().filter(e -> others.getOrDefault(e.sourceGuid(), List.of()).stream()
					.anyMatch(o -> o != e && !o.codingGuid().equals(e.codingGuid()) && gap(e, o) <= query.within())).toList();
		}
		return base.size() > max ? base.subList(0, max) : base;
	}

	/** Characters between two excerpts of the same source; negative when they overlap. */
	private static int gap(Excerpt a, Excerpt b) {
		return Math.max(a.start(), b.start()) - Math.min(a.end(), b.end());
	}

	private static Map<String, List<Excerpt>> bySource(List<Excerpt> excerpts) {
		Map<String, List<Excerpt>> out = new HashMap<>();
		excerpts.forEach(e -> out.computeIfAbsent(e.sourceGuid(), k -> new ArrayList<>()).add(e));
		return out;
	}

	/** A coded excerpt as its document stores it. */
	static Excerpt excerpt(Document d) {
		return new Excerpt(d.get(Fields.CODING_ID), d.get(Fields.CODE), d.get(Fields.CODER), d.get(Fields.SOURCE), d.get(Fields.SOURCE_NAME),
				d.getField(Fields.START).numericValue().intValue(), d.getField(Fields.END).numericValue().intValue(), d.get(Fields.EXCERPT_TEXT),
				List.of(d.getValues(Fields.CASES)), CodingAlone.created(d));
	}

	/** Up to this many excerpts asked for, Lucene finds the first in order; more, and all of them may be wanted (see plainExcerpts). */
	private static final int FEW_EXCERPTS = 10_000;

	/** The coded excerpts of these codes (any when none), in the cases kept, by this coder and in this source when given. */
	private static Query codingsQuery(List<String> codeGuids, Map<String, String> where, String coderGuid, String sourceGuid) {
		BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, Fields.CODING)), Occur.FILTER);
		if (!codeGuids.isEmpty()) {
			q.add(anyOf(Fields.CODE, codeGuids), Occur.FILTER);
		}
		if (coderGuid != null) {
			q.add(new TermQuery(new Term(Fields.CODER, coderGuid)), Occur.FILTER);
		}
		if (sourceGuid != null) {
			q.add(new TermQuery(new Term(Fields.SOURCE, sourceGuid)), Occur.FILTER);
		}
		addWhere(q, where);
		return q.build();
	}

	private List<Excerpt> plainExcerpts(List<String> codeGuids, Map<String, String> where, String coderGuid, String sourceGuid,
			int limit) {
		ensureCurrent();
		int max = Math.max(1, Math.min(limit, reader.maxDoc()));
		try {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query query = codingsQuery(codeGuids, where, coderGuid, sourceGuid);
			int[] docs;
			if (limit <= FEW_EXCERPTS || searcher.count(query) > max) {
				// The first max in order: Lucene sorts on doc values, and only those are loaded.
				TopDocs top = searcher.search(query, max, new org.apache.lucene.search.Sort(
						new org.apache.lucene.search.SortField(Fields.ORDER_SOURCE_NAME, org.apache.lucene.search.SortField.Type.STRING),
						new org.apache.lucene.search.SortField(Fields.ORDER_START, org.apache.lucene.search.SortField.Type.LONG)));
				docs = new int[top.scoreDocs.length];
				for (int i = 0; i < docs.length; i++) {
					docs[i] = top.scoreDocs[i].doc;
				}
			} else {
				// All of them (an export's table): sorted once, below. Lucene's sort of a million hits
				// kept a queue of a million entries only to be sorted again here.
				List<Integer> all = new ArrayList<>();
				collect(reader, query, new AllMatches(all));
				docs = all.stream().mapToInt(Integer::intValue).toArray();
			}
			List<Excerpt> out = new ArrayList<>(StoredInOrder.read(reader, docs, null, ProjectIndex::excerpt));
			out.sort(Comparator.comparing(Excerpt::sourceName).thenComparingInt(Excerpt::start));
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ---- counts ----

	/** Codings, distinct sources and distinct cases per code, over the cases with the given attribute values. */
	public Map<String, CodeCount> codeCounts(Map<String, String> where) {
		return counts(where, true);
	}

	/**
	 * Codings and distinct sources per code, over the whole project: what the Codebook shows beside
	 * each code after every change. The cases are not counted ({@link CodeCount#cases()} is -1):
	 * reading them is half the cost of {@link #codeCounts} at a million codings.
	 */
	public Map<String, CodeCount> codingsAndSources() {
		return counts(Map.of(), false);
	}

	/** Codings, distinct sources and (when asked for) distinct cases per code, by code GUID in order. */
	private Map<String, CodeCount> counts(Map<String, String> where, boolean withCases) {
		ensureCurrent();
		OrdinalCodings codings = ordinals();
		int sourceCount = Math.max(1, codings.sourceCount());
		int caseCount = Math.max(1, codings.caseCount());
		int[][] counted = { new int[64] };
		List<FixedBitSet> sources = new ArrayList<>();
		List<FixedBitSet> cases = new ArrayList<>();
		codings.each(codingQuery(where), true, withCases, (code, source, caseOrds, n) -> {
			if (code >= counted[0].length) {
				counted[0] = java.util.Arrays.copyOf(counted[0], Math.max(code + 1, 2 * counted[0].length));
			}
			counted[0][code]++;
			grow(sources, code, sourceCount).set(source);
			if (withCases) {
				markCases(grow(cases, code, caseCount), caseOrds, n);
			}
		});
		Map<String, CodeCount> sorted = new TreeMap<>();
		for (int code = 0; code < sources.size(); code++) {
			if (sources.get(code) != null) {
				String guid = codings.codeName(code);
				sorted.put(guid, new CodeCount(guid, counted[0][code], sources.get(code).cardinality(),
						withCases ? cases.get(code).cardinality() : -1));
			}
		}
		return new LinkedHashMap<>(sorted);
	}

	private static Query codingQuery(Map<String, String> where) {
		return ofKind(Fields.CODING, where);
	}

	/** The documents of one kind (passage, coding, case) in the cases with the given attribute values. */
	private static Query ofKind(String kind, Map<String, String> where) {
		BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
		addWhere(q, where);
		return q.build();
	}

	/**
	 * Code points of text coded with each code (overlapping excerpts of a code in a source counted
	 * once). Read from doc values: loading every coded excerpt's stored text took 30 s and 3 GB at a
	 * million codings.
	 */
	public Map<String, Long> codedLength(Map<String, String> where) {
		ensureCurrent();
		OrdinalCodings codings = ordinals();
		List<CodedRanges> byCode = new ArrayList<>();
		codings.eachRange(codingQuery(where), (code, source, start, end) -> {
			while (byCode.size() <= code) {
				byCode.add(new CodedRanges());
			}
			byCode.get(code).add(source, start, end);
		});
		Map<String, Long> out = new HashMap<>();
		for (int code = 0; code < byCode.size(); code++) {
			if (byCode.get(code).size > 0) {
				out.put(codings.codeName(code), byCode.get(code).coveredLength());
			}
		}
		return out;
	}

	/** One code's excerpts as (source, start, end), in growing arrays; their union's length per source, summed. */
	private static final class CodedRanges {
		long[] sourceAndStart = new long[16];
		int[] ends = new int[16];
		int size;

		void add(int source, int start, int end) {
			if (size == ends.length) {
				sourceAndStart = java.util.Arrays.copyOf(sourceAndStart, size * 2);
				ends = java.util.Arrays.copyOf(ends, size * 2);
			}
			sourceAndStart[size] = ((long) source << 32) | (start & 0xFFFFFFFFL);
			ends[size++] = end;
		}

		long coveredLength() {
			new org.apache.lucene.util.IntroSorter() {
				private long pivot;

				@Override
				protected void swap(int i, int j) {
					long k = sourceAndStart[i];
					sourceAndStart[i] = sourceAndStart[j];
					sourceAndStart[j] = k;
					int e = ends[i];
					ends[i] = ends[j];
					ends[j] = e;
				}

				@Override
				protected void setPivot(int i) {
					pivot = sourceAndStart[i];
				}

				@Override
				protected int comparePivot(int j) {
					return Long.compare(pivot, sourceAndStart[j]);
				}
			}.sort(0, size);
			long total = 0;
			long source = -1;
			int start = -1;
			int end = -1;
			for (int i = 0; i < size; i++) {
				long s = sourceAndStart[i] >>> 32;
				int rStart = (int) sourceAndStart[i];
				if (s != source || rStart > end) {
					total += end - start; // the range before (0 for the first: -1 - -1)
					source = s;
					start = rStart;
					end = ends[i];
				} else {
					end = Math.max(end, ends[i]);
				}
			}
			return total + end - start;
		}
	}

	/**
	 * Codes by the values of a case attribute, counting distinct cases (respondents): a cell is the
	 * cases with the value that have an excerpt of the code. Two passes, each over numbers only:
	 * the case documents give each value's cases (and the column bases), the coded excerpts each
	 * code's cases; a cell is the intersection of two bit sets.
	 */
	public CodeMatrix matrix(String attribute, Map<String, String> where) {
		ensureCurrent();
		OrdinalCodings codings = ordinals();
		int caseCount = Math.max(1, codings.caseCount());
		List<FixedBitSet> valueCases = new ArrayList<>();
		codings.eachCase(caseQuery(where), attribute, (aCase, value) -> grow(valueCases, value, caseCount).set(aCase));
		List<FixedBitSet> codeCases = new ArrayList<>();
		codings.each(codingQuery(where), false, true, (code, source, caseOrds, n) -> {
			markCases(grow(codeCases, code, caseCount), caseOrds, n);
		});
		Map<String, Integer> bases = new TreeMap<>();
		for (int v = 0; v < valueCases.size(); v++) {
			if (valueCases.get(v) != null) {
				bases.put(codings.valueName(v), valueCases.get(v).cardinality());
			}
		}
		Map<String, Map<String, Integer>> sorted = new TreeMap<>();
		for (int code = 0; code < codeCases.size(); code++) {
			if (codeCases.get(code) == null) {
				continue;
			}
			Map<String, Integer> row = new LinkedHashMap<>();
			for (int v = 0; v < valueCases.size(); v++) {
				if (valueCases.get(v) != null) {
					int cell = (int) FixedBitSet.intersectionCount(codeCases.get(code), valueCases.get(v));
					if (cell > 0) {
						row.put(codings.valueName(v), cell);
					}
				}
			}
			sorted.put(codings.codeName(code), row);
		}
		return new CodeMatrix(attribute, List.copyOf(bases.keySet()), new LinkedHashMap<>(sorted), bases);
	}

	/** Sets the bits of the first {@code n} case ordinals of a coded excerpt. */
	private static void markCases(FixedBitSet cases, int[] caseOrds, int n) {
		for (int i = 0; i < n; i++) {
			cases.set(caseOrds[i]);
		}
	}

	/** The bit set at this index, made (and the list grown) when first needed. */
	private static FixedBitSet grow(List<FixedBitSet> sets, int index, int bits) {
		while (sets.size() <= index) {
			sets.add(null);
		}
		FixedBitSet set = sets.get(index);
		if (set == null) {
			set = new FixedBitSet(bits);
			sets.set(index, set);
		}
		return set;
	}

	/** For every pair of codes, the number of sources coded with both. */
	public Map<String, Map<String, Integer>> cooccurrence(Map<String, String> where) {
		ensureCurrent();
		OrdinalCodings codings = ordinals();
		int sourceCount = Math.max(1, codings.sourceCount());
		List<FixedBitSet> sources = new ArrayList<>();
		codings.each(codingQuery(where), true, false, (code, source, caseOrds, n) -> grow(sources, code, sourceCount).set(source));
		Map<String, FixedBitSet> byGuid = new TreeMap<>();
		for (int code = 0; code < sources.size(); code++) {
			if (sources.get(code) != null) {
				byGuid.put(codings.codeName(code), sources.get(code));
			}
		}
		Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
		for (Map.Entry<String, FixedBitSet> a : byGuid.entrySet()) {
			Map<String, Integer> row = new LinkedHashMap<>();
			for (Map.Entry<String, FixedBitSet> b : byGuid.entrySet()) {
				row.put(b.getKey(), (int) FixedBitSet.intersectionCount(a.getValue(), b.getValue()));
			}
			out.put(a.getKey(), row);
		}
		return out;
	}

	/**
	 * For every pair of codes, how many pairs of their excerpts overlap in the same source (the
	 * usual "code co-occurrence" of qualitative software); the diagonal counts each code's excerpts.
	 */
	public Map<String, Map<String, Integer>> overlaps(Map<String, String> where) {
		Map<String, List<Excerpt>> bySource = bySource(plainExcerpts(List.of(), where, null, null, Integer.MAX_VALUE));
		Map<String, Map<String, Integer>> out = new TreeMap<>();
		for (List<Excerpt> excerpts : bySource.values()) {
			for (Excerpt a : excerpts) {
				out.computeIfAbsent(a.codeGuid(), k -> new TreeMap<>()).merge(a.codeGuid(), 1, Integer::sum);
				for (Excerpt b : excerpts) {
					if (a != b && !a.codeGuid().equals(b.codeGuid()) && gap(a, b) < 0) {
						out.get(a.codeGuid()).merge(b.codeGuid(), 1, Integer::sum);
					}
				}
			}
		}
		return out;
	}

	/**
	 * How many cases have every attribute value asked for; all cases when none is. The base of the
	 * share of cases once a filter is set: dividing by all cases made a filtered share too small.
	 */
	public int cases(Map<String, String> where) {
		if (where.isEmpty()) {
			return outline().cases();
		}
		ensureCurrent();
		try {
			return new IndexSearcher(reader).count(caseQuery(where));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The length in code points of the text of the sources of the cases with every attribute value
	 * asked for (all text when none is): the base of the share of text. Summed from each source's
	 * first passage ({@link Fields#SOURCE_LENGTH}); a source of white space only has no passage and
	 * counts only when there is no filter.
	 */
	public long textLength(Map<String, String> where) {
		if (where.isEmpty()) {
			return outline().textLength();
		}
		ensureCurrent();
		long[] sum = { 0 };
		collect(reader, ofKind(Fields.PASSAGE, where), new SimpleCollector() {
			private org.apache.lucene.index.NumericDocValues lengths;

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				lengths = org.apache.lucene.index.DocValues.getNumeric(context.reader(), Fields.SOURCE_LENGTH);
			}

			@Override
			public void collect(int doc) throws IOException {
				if (lengths.advanceExact(doc)) {
					sum[0] += lengths.longValue();
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		});
		return sum[0];
	}

	/**
	 * A case as its document in the index holds it: its name, and its values of each attribute
	 * asked for, in the order asked (an attribute's several values in the order of their text).
	 */
	public record CaseRow(String name, List<List<String>> values) {
	}

	/** A coded excerpt beside its source's cases. */
	public record ExcerptOfCases(Excerpt excerpt, List<CaseRow> cases) {
	}

	/**
	 * Every coded excerpt of these codes (all codes when none are given) in the cases with every
	 * attribute value in {@code where}, by source name and place, each beside its cases' names and
	 * values of these attributes: what a table of coded excerpts shows when it is made from the
	 * index alone. A case without a document in the index is left out.
	 */
	public List<ExcerptOfCases> excerptsWithCases(List<String> codeGuids, Map<String, String> where, List<String> attributes) {
		ensureCurrent();
		try {
			return new ExcerptsWithCases(reader, ordinals(), attributes).read(codingsQuery(codeGuids, where, null, null));
		} catch (IOException e) {
			throw new UncheckedIOException("the coded excerpts and their cases cannot be read from the index: " + e.getMessage(), e);
		}
	}

	/**
	 * How an attribute's values spread over the cases with every attribute value asked for: its
	 * distinct values, and how many values the cases hold (a case with two counts twice).
	 */
	public record AttributeSpread(Set<String> distinct, int holders) {
	}

	/**
	 * Each attribute's spread over the cases with every attribute value asked for (all cases when
	 * none is), in the project's order, from the cases' documents: which attributes suit a code x
	 * attribute table when none is chosen, read without the model.
	 */
	public Map<String, AttributeSpread> attributeSpread(Map<String, String> where) {
		ensureCurrent();
		List<String> attributes = attributes();
		Map<String, Set<String>> distinct = new LinkedHashMap<>();
		int[] holders = new int[attributes.size()];
		attributes.forEach(a -> distinct.put(a, new java.util.TreeSet<>()));
		collect(reader, caseQuery(where), new SimpleCollector() {
			private final org.apache.lucene.index.SortedSetDocValues[] values = new org.apache.lucene.index.SortedSetDocValues[attributes.size()];
			private final List<FixedBitSet> seen = new ArrayList<>();

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				seen.clear();
				for (int i = 0; i < values.length; i++) {
					values[i] = org.apache.lucene.index.DocValues.getSortedSet(context.reader(), Fields.CASE_ATTRIBUTE + attributes.get(i));
					seen.add(new FixedBitSet((int) Math.max(1, values[i].getValueCount())));
				}
			}

			@Override
			public void collect(int doc) throws IOException {
				for (int i = 0; i < values.length; i++) {
					if (values[i].advanceExact(doc)) {
						holders[i] += values[i].docValueCount();
						for (int k = 0; k < values[i].docValueCount(); k++) {
							long ord = values[i].nextOrd();
							if (!seen.get(i).getAndSet((int) ord)) {
								distinct.get(attributes.get(i)).add(values[i].lookupOrd(ord).utf8ToString());
							}
						}
					}
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		});
		Map<String, AttributeSpread> out = new LinkedHashMap<>();
		for (int i = 0; i < attributes.size(); i++) {
			out.put(attributes.get(i), new AttributeSpread(Set.copyOf(distinct.get(attributes.get(i))), holders[i]));
		}
		return out;
	}

	/** The project's attributes (variables), in the project's order: from the project, or from the index's outline. */
	public List<String> attributes() {
		return outline().attributes();
	}

	/** The case documents of the cases with every attribute value in {@code where} (every case when it is empty). */
	static Query caseQuery(Map<String, String> where) {
		return ofKind(Fields.CASE, where);
	}

	/**
	 * A searcher that gives up matching when {@code stop} says so: Lucene's own query time-out, which
	 * it looks at every so many documents, asked whether to stop instead of whether time is up.
	 */
	private static IndexSearcher searcherStoppedBy(IndexReader reader, BooleanSupplier stop) {
		IndexSearcher searcher = new IndexSearcher(reader);
		if (stop != NEVER) {
			searcher.setTimeout(stop::getAsBoolean);
		}
		return searcher;
	}

	/** Gives the finding up when asked to. */
	private static void stopIfAsked(BooleanSupplier stop) {
		if (stop.getAsBoolean()) {
			throw cancelled();
		}
	}

	private static CancellationException cancelled() {
		return new CancellationException("the finding was cancelled: nothing was coded");
	}

	/** Looks whether to give up at every thousand or so hits of a loop. */
	private static void lookNowAndThen(int hit, BooleanSupplier stop) {
		if (hit % HITS_BETWEEN_LOOKS == 0) {
			stopIfAsked(stop);
		}
	}

	/**
	 * Runs one collector over every document a query matches, on the calling thread: the counting
	 * passes keep their totals in the collector itself, so there is nothing to reduce.
	 */
	static void collect(IndexReader reader, Query query, SimpleCollector collector) {
		collect(reader, query, collector, NEVER);
	}

	/** The same, given up when {@code stop} says so. */
	private static void collect(IndexReader reader, Query query, SimpleCollector collector, BooleanSupplier stop) {
		try {
			IndexSearcher searcher = searcherStoppedBy(reader, stop);
			searcher.search(query, new org.apache.lucene.search.CollectorManager<SimpleCollector, Void>() {
				@Override
				public SimpleCollector newCollector() {
					return collector;
				}

				@Override
				public Void reduce(java.util.Collection<SimpleCollector> collectors) {
					return null;
				}
			});
			if (searcher.timedOut()) {
				throw cancelled();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The GUIDs of the project's coders who have made at least one coding, in the project's order:
	 * the coders an agreement study offers. One look-up per coder, each stopping at the first coded
	 * excerpt found, where walking the model's codings took half a second at a million codings, after
	 * every change while the Agreement view was seen.
	 */
	public List<String> codersWithCodings() {
		ensureCurrent();
		try {
			List<String> coding = new ArrayList<>();
			for (org.excerpta.model.User u : outline().coders()) {
				if (u.getGuid() != null && TermDocs.anyLive(reader, Fields.CODER, new BytesRef(u.getGuid()))) {
					coding.add(u.getGuid());
				}
			}
			return coding;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Every source and the coded excerpts of these coders (GUIDs, at most 127), source by source:
	 * what an agreement study compares, without the model ({@code excerpta agreement} reads a million
	 * answers' codings this way in about a second, where loading the model takes fifteen or more).
	 */
	public CodingsOfCoders codingsOf(List<String> coderGuids) {
		// With the project open, or coding without it (while it loads), the reader is replaced after a
		// change: the codings are read through a held reader, and texts later through the index as it
		// is then. Opened alone to read, the reader never changes and texts are read through it.
		boolean unchanging = project == null && journal == null;
		return withHeldReader(held -> {
			try {
				return CodingsOfCoders.read(held, coderGuids, this::textOf, unchanging ? null : this::sourceText);
			} catch (IOException e) {
				throw new UncheckedIOException("the codings cannot be read from the index: " + e.getMessage(), e);
			}
		});
	}

	/** Number of documents of each kind (for tests and diagnostics). */
	public long count(String kind) {
		ensureCurrent();
		try {
			return new IndexSearcher(reader).count(kind == null ? new MatchAllDocsQuery() : new TermQuery(new Term(Fields.KIND, kind)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Closes reader and writer. On closing the project the changes already followed are committed
	 * first, so that the next session finds the index current; the writer is then rolled back
	 * rather than closed, which would wait for background merges (seconds, at a million answers).
	 */
	private void closeIndex(boolean commitFollowed) {
		try {
			if (writer != null) {
				try {
					if (commitFollowed && project != null && !changeOutsideSources && reader != null) {
						feed.drain();
						long count = project.store().changeCount();
						if (count - indexedChangeCount == changesSeen) {
							commit(count);
						}
					}
				} finally {
					feed.settle(); // not under the feed's threads, and leaving none of their failures to the next writer
					writer.rollback();
				}
			}
		} catch (IOException | RuntimeException e) {
			// nothing is lost: the index is derived, and the next open rebuilds what was not committed
		}
		try {
			if (reader != null) {
				reader.close();
			}
			if (directory != null) {
				directory.close();
			}
		} catch (IOException e) {
			// as above
		}
		writer = null;
		reader = null;
		directory = null;
		ordinals = null;
	}

	@Override
	public synchronized void close() {
		if (project != null && !project.isReadOnly()) {
			project.commandStack().removeCommandStackListener(listener);
		}
		closeIndex(true);
		feed.close();
		analyzer.close();
		if (journal != null) {
			journal.close(); // after the index: the project's lock is the last thing let go
			journal = null;
		}
	}
}
