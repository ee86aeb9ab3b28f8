package org.excerpta.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.Project;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * Records codings in a project's journal without loading its model: what coding from the search
 * index needs when loading a million answers as model objects would take half a minute (the
 * command line's {@code code}, and the workbench while the model is still loading).
 *
 * <p>The journal is the project: a coding recorded here is a group of the same records the model
 * would have written (a {@code TextSelection} placed in its source, a {@code Coding} in its
 * selection, and a new coder when there is one), appended after the last complete group and
 * forced to disk before {@link #record} returns, so the next open of the project replays it like
 * any other change. It holds the project's lock, as an open project does. It checks nothing about
 * the model it cannot see: that the source, code and selection exist, that the passage lies within
 * the source and the code is codable is the caller's to check (from the index's outline and
 * documents); a record naming a container that does not exist stops the next open with a message.
 */
public final class CodingJournal implements AutoCloseable {

	/** A passage to code: an existing selection of exactly that passage, or a new one placed at {@code position} among the source's selections. */
	public record PassageCoding(String sourceGuid, int start, int end, String existingSelectionGuid, int position, String codeGuid,
			String coderGuid) {
	}

	/** What a coding was recorded as. */
	public record Recorded(String selectionGuid, String codingGuid, boolean newSelection) {
	}

	/** A coder to add to the project in the same change, before the codings that name them. */
	public record NewCoder(String guid, String name) {
	}

	/**
	 * A change recorded here, as it can be taken back ({@link #takeBack}) and made again ({@link
	 * #recordAgain}) while the project loads: Edit > Undo and Redo before the model, with its
	 * command stack, exists. Taking back appends the removals of what the change added (a new
	 * selection with its coding, a coding added to an existing selection, a new coder, a new code
	 * with its sub-codes); making again appends the change's own records once more, with the same
	 * GUIDs. Both are exact only in the reverse order of recording, which the caller keeps: nothing
	 * recorded later may refer to what a taken-back change added.
	 */
	public static final class Change {
		private final List<Recorded> codings;
		private final List<Record> made;
		private final List<Record> takeBack;
		private final Date created;

		private Change(List<Recorded> codings, List<Record> made, List<Record> takeBack, Date created) {
			this.codings = List.copyOf(codings);
			this.made = List.copyOf(made);
			this.takeBack = List.copyOf(takeBack);
			this.created = created;
		}

		/** What each coding of the change was recorded as, in order (none for a new code). */
		public List<Recorded> codings() {
			return codings;
		}

		/** When the change's codings were made, as their records say; null for a change without codings. */
		public Date created() {
			return created;
		}
	}

	private final Path folder;
	private final ProjectLock lock;
	private final String projectGuid;
	private final JournalWriter journal;
	private final List<String> warnings = new ArrayList<>();
	private final RecordMaker maker = new RecordMaker();
	private long changeCount;
	private boolean closed;
	/** Whether the project's model has taken the journal and the lock over ({@link #handOver}). */
	private boolean handedOver;

	private CodingJournal(Path folder, ProjectLock lock, String projectGuid, JournalWriter journal, long changeCount) {
		this.folder = folder;
		this.lock = lock;
		this.projectGuid = projectGuid;
		this.journal = journal;
		this.changeCount = changeCount;
	}

	/**
	 * Takes the project's lock and finds where its journal's last complete group ends, reading the
	 * journal from its end only (milliseconds at any size). A group a crash cut short is cut off, as
	 * opening the project does.
	 *
	 * @throws ProjectLockedException if another program has the project open
	 * @throws ProjectStoreException if it is not a project, is newer than this version, or cannot be written
	 */
	public static CodingJournal open(Path projectFolder) {
		Path dir = projectFolder.toAbsolutePath().normalize();
		ProjectHeader header = ProjectHeader.read(dir);
		ProjectLock lock = ProjectLock.acquire(dir.resolve(ProjectStore.LOCK_FILE));
		Path modelDir = dir.resolve(ProjectStore.MODEL_DIR);
		try {
			ProjectStore.DurableEnd end = ProjectStore.DurableEnd.of(modelDir);
			ProjectStore.upgradeHeader(dir, header); // as opening for writing does
			JournalWriter writer = new JournalWriter(end.journal(), end.journalValidLength(), end.changeCount());
			CodingJournal j = new CodingJournal(dir, lock, header.guid(), writer, end.changeCount());
			if (end.tornBytes() > 0) {
				j.warnings.add(ProjectStore.tornTailWarning(end.journal(), end.tornBytes(), true));
			}
			return j;
		} catch (IOException | RuntimeException e) {
			lock.close();
			throw ProjectStoreException.of(modelDir, "cannot be opened for writing: ", e);
		}
	}

	public Path folder() {
		return folder;
	}

	/** The project's GUID, from its header: what per-project settings (quick-code keys) are kept under. */
	public String projectGuid() {
		return projectGuid;
	}

	/** The project's durable change count ({@link ProjectStore#changeCount()}) after what was recorded here. */
	public synchronized long changeCount() {
		return changeCount;
	}

	/** What opening found and repaired (a torn last change). */
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	/**
	 * Records codings as one change: on disk when this returns, or not at all (an I/O failure cuts
	 * the journal back and is raised). Returns what each coding was recorded as, in order.
	 */
	public synchronized List<Recorded> record(NewCoder newCoder, List<PassageCoding> codings) {
		return recordCodings(newCoder, codings).codings();
	}

	/** Records codings as {@link #record} does, and returns the change, which can be taken back. */
	public synchronized Change recordCodings(NewCoder newCoder, List<PassageCoding> codings) {
		checkRecording("code");
		if (codings.isEmpty() && newCoder == null) {
			return new Change(List.of(), List.of(), List.of(), null);
		}
		return recordTogether(newCoder, null, null, null, codings, "cannot record the coding: ");
	}

	/**
	 * Records a new code, with the new sub-codes it holds, as one change, at the end of the codebook
	 * or of its parent's sub-codes: the records the model writes when a code is added (see {@link
	 * #record} for when they are on disk).
	 *
	 * @param codebookGuid the project's codebook, which holds the code when {@code parentGuid} is null
	 * @param code a new code (its GUID, name, colour, definition and codability are recorded), and its sub-codes
	 */
	public synchronized Change recordNewCode(String codebookGuid, String parentGuid, Code code) {
		checkRecording("add the code");
		List<Record> records = new ArrayList<>();
		addNewCode(codebookGuid, parentGuid, code, records);
		append(records, "cannot record the new code: ");
		return new Change(List.of(), records, List.of(new Record.Delete(code.getGuid())), null); // its sub-codes go with it
	}

	/**
	 * Records a new code and codings with it as one change (in-vivo coding: the code is named by the
	 * passage it codes): both are on disk when this returns, or neither is, and taking the change
	 * back removes both, as the model's one command does.
	 *
	 * @see #recordNewCode
	 * @see #recordCodings
	 */
	public synchronized Change recordNewCodeWithCodings(String codebookGuid, String parentGuid, Code code, NewCoder newCoder,
			List<PassageCoding> codings) {
		checkRecording("add the code");
		return recordTogether(newCoder, codebookGuid, parentGuid, code, codings, "cannot record the in-vivo code: ");
	}

	/**
	 * Records, as one change, a new coder and a new code (each when given) and codings after them;
	 * taking it back removes the codings last first, then the code, then the coder.
	 */
	private Change recordTogether(NewCoder newCoder, String codebookGuid, String parentGuid, Code newCode, List<PassageCoding> codings,
			String failure) {
		Date now = new Date();
		List<Record> records = new ArrayList<>(2 * codings.size() + 2);
		addCoder(newCoder, records);
		if (newCode != null) {
			addNewCode(codebookGuid, parentGuid, newCode, records);
		}
		List<Recorded> out = addCodings(codings, now, records);
		// Taken back last first: a new selection goes with its coding, an existing one keeps its others.
		List<Record> takeBack = new ArrayList<>(out.size() + 2);
		for (int i = out.size() - 1; i >= 0; i--) {
			Recorded r = out.get(i);
			takeBack.add(new Record.Delete(r.newSelection() ? r.selectionGuid() : r.codingGuid()));
		}
		if (newCode != null) {
			takeBack.add(new Record.Delete(newCode.getGuid())); // its sub-codes go with it
		}
		if (newCoder != null) {
			takeBack.add(new Record.Delete(newCoder.guid()));
		}
		append(records, failure);
		return new Change(out, records, takeBack, now);
	}

	/** The record of a coder the change adds, before the codings that name them. */
	private void addCoder(NewCoder newCoder, List<Record> records) {
		if (newCoder == null) {
			return;
		}
		// Stand-ins: detached objects carrying only the GUIDs the records refer to, so that the
		// records are made by the same RecordMaker as the model's own (and read back alike).
		Project project = ExcerptaFactory.eINSTANCE.createProject();
		project.setGuid(projectGuid);
		User u = ExcerptaFactory.eINSTANCE.createUser();
		u.setGuid(newCoder.guid());
		u.setName(newCoder.name());
		u.setId(newCoder.name());
		project.getUsers().add(u);
		records.add(maker.put(u, Integer.MAX_VALUE)); // appended after the project's coders
	}

	/** The records of a new code and its sub-codes, last in the codebook or among its parent's sub-codes. */
	private void addNewCode(String codebookGuid, String parentGuid, Code code, List<Record> records) {
		Code copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(code); // placed in stand-ins, not moved out of the caller's codebook
		if (parentGuid == null) {
			standIn(ExcerptaFactory.eINSTANCE.createCodebook(), codebookGuid).getCodes().add(copy);
		} else {
			standIn(ExcerptaFactory.eINSTANCE.createCode(), parentGuid).getChildren().add(copy);
		}
		records.add(maker.put(copy, Integer.MAX_VALUE)); // after the codes already there
		for (var it = copy.eAllContents(); it.hasNext();) {
			records.add(maker.put(it.next(), Integer.MAX_VALUE)); // each below its parent, made just before
		}
	}

	/** The records of codings (and of the new selections they need); returns what each was recorded as. */
	private List<Recorded> addCodings(List<PassageCoding> codings, Date now, List<Record> records) {
		List<Recorded> out = new ArrayList<>(codings.size());
		for (PassageCoding pc : codings) {
			User coder = standIn(ExcerptaFactory.eINSTANCE.createUser(), pc.coderGuid());
			Code code = standIn(ExcerptaFactory.eINSTANCE.createCode(), pc.codeGuid());
			Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
			coding.setGuid(ProjectStore.newGuid());
			coding.setCode(code);
			coding.setCoder(coder);
			coding.setCreated(now);
			TextSource source = ExcerptaFactory.eINSTANCE.createTextSource();
			source.setGuid(pc.sourceGuid());
			TextSelection selection = ExcerptaFactory.eINSTANCE.createTextSelection();
			boolean fresh = pc.existingSelectionGuid() == null;
			selection.setGuid(fresh ? ProjectStore.newGuid() : pc.existingSelectionGuid());
			source.getSelections().add(selection);
			selection.getCodings().add(coding);
			if (fresh) {
				selection.setStart(pc.start());
				selection.setEnd(pc.end());
				selection.setCreatingUser(coder);
				selection.setCreated(now);
				records.add(maker.put(selection, pc.position()));
			}
			records.add(maker.put(coding, Integer.MAX_VALUE)); // after the selection's other codings
			out.add(new Recorded(selection.getGuid(), coding.getGuid(), fresh));
		}
		return out;
	}

	/**
	 * A code's state as a record of it holds it: its own values (GUID, name, colour, definition,
	 * codability and the memos written about it, not its sub-codes, which have records of their own)
	 * and its place, under the code {@code parentGuid} or at the top of the codebook when that is
	 * null, at {@code index} among its siblings.
	 */
	public record CodeState(Code code, String parentGuid, int index) {
	}

	/**
	 * Records a change to an existing code (renamed, moved) as one change: the record the model
	 * writes when a code's values or place change, the code with its whole state (what the record
	 * leaves out, opening the project unsets: the memos must be the code's). Taking it back puts
	 * {@code before} again.
	 */
	public synchronized Change recordCodeChange(String codebookGuid, CodeState after, CodeState before) {
		checkRecording("change the code");
		Record made = codeRecord(codebookGuid, after);
		append(List.of(made), "cannot record the change to the code: ");
		return new Change(List.of(), List.of(made), List.of(codeRecord(codebookGuid, before)), null);
	}

	private Record codeRecord(String codebookGuid, CodeState state) {
		Code c = state.code();
		Code copy = ExcerptaFactory.eINSTANCE.createCode(); // its own values only: the sub-codes keep their records
		copy.setGuid(c.getGuid());
		copy.setName(c.getName());
		copy.setColor(c.getColor());
		copy.setDescription(c.getDescription());
		copy.setCodable(c.isCodable());
		copy.getMemos().addAll(c.getMemos());
		if (state.parentGuid() == null) {
			standIn(ExcerptaFactory.eINSTANCE.createCodebook(), codebookGuid).getCodes().add(copy);
		} else {
			standIn(ExcerptaFactory.eINSTANCE.createCode(), state.parentGuid()).getChildren().add(copy);
		}
		return maker.put(copy, state.index());
	}

	/**
	 * Takes a change recorded here back, as one change of its own (see {@link Change} for the order
	 * this must keep). On disk when this returns, or not at all.
	 */
	public synchronized void takeBack(Change change) {
		checkRecording("undo");
		append(change.takeBack, "cannot undo: ");
	}

	/** Records a change taken back ({@link #takeBack}) again, as it was, as one change of its own. */
	public synchronized void recordAgain(Change change) {
		checkRecording("redo");
		append(change.made, "cannot redo: ");
	}

	/** Appends one change's records and counts it; an I/O failure leaves nothing of it behind and is raised. */
	private void append(List<Record> records, String what) {
		try {
			journal.append(records);
			changeCount++;
		} catch (IOException e) {
			throw new ProjectStoreException(journal.file(), what + e.getMessage() + ". It was not kept.", e);
		}
	}

	/** Refuses to record once the project's model has taken over, or the journal is closed. */
	private void checkRecording(String what) {
		if (handedOver) {
			throw new IllegalStateException("the project has finished loading: " + what + " in the project itself");
		}
		if (closed) {
			throw new IllegalStateException("the coding journal is closed");
		}
	}

	private static <T extends org.excerpta.model.Identified> T standIn(T o, String guid) {
		o.setGuid(guid);
		return o;
	}

	/**
	 * Stops recording and gives the project's lock to the store that has read the project's model
	 * ({@link ProjectStore#open(Path, CodingJournal)}): after this, {@link #record} refuses, and
	 * {@link #close} lets nothing go.
	 */
	synchronized ProjectLock handOver() {
		if (closed || handedOver) {
			throw new IllegalStateException("the coding journal is closed");
		}
		handedOver = true;
		closeJournal();
		return lock;
	}

	/** Whether recording has stopped because the project's model took over. */
	public synchronized boolean isHandedOver() {
		return handedOver;
	}

	/** Releases the journal and the project's lock (unless the project's model has taken them over). */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (!handedOver) {
			try {
				closeJournal();
			} finally {
				lock.close();
			}
		}
	}

	private void closeJournal() {
		try {
			journal.close();
		} catch (IOException ignored) {
			// every group was forced when it was recorded
		}
	}
}
