package org.excerpta.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;

/**
 * A project folder on disk and the model read from it.
 *
 * <p>Layout: {@code excerpta.project} (format and identity), {@code model/snapshot-N.jsonl} (the
 * whole model as of the last compaction), {@code model/journal-N.jsonl} (every change since,
 * appended), {@code sources/} (plain texts, written once), {@code originals/} (imported files as
 * they came), {@code index/} (derived, deletable) and {@code .excerpta.lock}.
 *
 * <p>Durability: each {@link #flush()} appends the objects changed since the last one as a single
 * group ending in a commit line and forces it to disk before returning, so one coding costs one
 * small append, whatever the size of the project. {@link #compact()} folds the journal into a new
 * snapshot, written to a temporary file and renamed into place; a kill at any instant leaves
 * either the old snapshot and journal or the new snapshot, both complete.
 */
public final class ProjectStore implements AutoCloseable {

	public static final String MODEL_DIR = "model";
	public static final String SOURCES_DIR = "sources";
	public static final String ORIGINALS_DIR = "originals";
	public static final String INDEX_DIR = "index";
	public static final String LOCK_FILE = ".excerpta.lock";

	/**
	 * Above this size, and above an eighth of the snapshot ({@link #worthCompacting}), the journal
	 * is folded into a new snapshot when the project is opened or closed.
	 */
	private static final long COMPACT_ON_OPEN_BYTES = 64L << 20;
	private static final long COMPACT_ON_CLOSE_BYTES = 4L << 20;
	/** The journal's share of the snapshot's size under which a compaction is not worth its cost. */
	private static final int SNAPSHOT_PER_JOURNAL = 8;

	private static final Pattern GENERATION = Pattern.compile("(snapshot|journal)-(\\d{6,})\\.jsonl");

	private final Path folder;
	private final boolean readOnly;
	/** The project's lock; taken over from a {@link CodingJournal} once its model has been read, when opened from one. */
	private ProjectLock lock;
	private final GuidIndex index = new GuidIndex();
	private final List<String> warnings = new ArrayList<>();
	private final RecordMaker maker = new RecordMaker();
	private final ChangeTracker tracker = new ChangeTracker();
	private Project root;
	private long generation;
	/**
	 * Durable changes made to the project since it was created; survives compactions (derived data
	 * such as the index records it). Volatile: the index reads it from a job of the workbench's to
	 * know whether it has caught up ({@code ProjectIndex.catchUpFollowed}).
	 */
	private volatile long changeCount;
	private JournalWriter journal;
	private boolean closed;

	private ProjectStore(Path folder, boolean readOnly, ProjectLock lock) {
		this.folder = folder;
		this.readOnly = readOnly;
		this.lock = lock;
	}

	/** Creates a new, empty project in a folder that does not exist yet or is empty. */
	public static ProjectStore create(Path folder, String name) {
		Path dir = folder.toAbsolutePath().normalize();
		try {
			if (Files.exists(dir)) {
				if (!Files.isDirectory(dir)) {
					throw new ProjectStoreException(dir, "exists and is not a folder; choose a new folder for the project");
				}
				try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
					if (s.iterator().hasNext()) {
						throw new ProjectStoreException(dir, "is not empty; a new project needs a new or empty folder");
					}
				}
			}
			Files.createDirectories(dir.resolve(MODEL_DIR));
			Files.createDirectories(dir.resolve(SOURCES_DIR));
			Files.createDirectories(dir.resolve(ORIGINALS_DIR));
			Files.writeString(dir.resolve(".gitignore"), "# Derived or per-machine: never shared\n/" + INDEX_DIR
					+ "/\n/" + LOCK_FILE + "\n*.tmp\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ProjectStoreException(dir, "cannot create the project folder: " + e.getMessage(), e);
		}
		ProjectLock lock = ProjectLock.acquire(dir.resolve(LOCK_FILE));
		ProjectStore store = new ProjectStore(dir, false, lock);
		try {
			Project project = ExcerptaFactory.eINSTANCE.createProject();
			project.setGuid(newGuid());
			project.setName(name);
			project.setCreated(new java.util.Date());
			project.setCodebook(ExcerptaFactory.eINSTANCE.createCodebook());
			project.getCodebook().setGuid(newGuid());
			store.root = project;
			store.index.registerTree(project);
			store.generation = 1;
			store.changeCount = 1; // the creation itself
			store.writeSnapshot(1);
			store.journal = new JournalWriter(store.journalFile(1), 0, store.changeCount);
			// The header comes last: a folder without it is not (yet) a project, so a crash
			// during creation never leaves something that looks like a broken project.
			new ProjectHeader(ProjectHeader.CURRENT_FORMAT, project.getGuid(), name).write(dir);
			store.startTracking();
			return store;
		} catch (IOException | RuntimeException e) {
			store.close();
			throw ProjectStoreException.of(dir, "cannot create the project: ", e);
		}
	}

	/**
	 * Opens a project for reading and writing. Only one program may do so at a time.
	 *
	 * @throws ProjectLockedException if another program has it open
	 * @throws ProjectStoreException if it is not a project, is damaged or is newer than this version
	 */
	public static ProjectStore open(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		ProjectHeader header = ProjectHeader.read(dir);
		ProjectLock lock = ProjectLock.acquire(dir.resolve(LOCK_FILE));
		ProjectStore store = new ProjectStore(dir, false, lock);
		try {
			store.load(header, null);
			return store;
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/**
	 * Opens a project for reading and writing while codings are being recorded without its model
	 * ({@link CodingJournal}, which holds the project's lock): the snapshot is read while codings may
	 * still be recorded, then the journal takes no more ({@link CodingJournal#record} refuses from
	 * then on), hands its lock over, and the journal is read with every coding it recorded. What the
	 * workbench does while it shows a large project from its index. On a failure before the hand-over
	 * the lock stays with the coding journal, whose owner closes it; after it, with this store.
	 */
	public static ProjectStore open(Path folder, CodingJournal early) {
		Path dir = folder.toAbsolutePath().normalize();
		if (!dir.equals(early.folder())) {
			throw new IllegalArgumentException("the coding journal is of another project: " + early.folder());
		}
		ProjectHeader header = ProjectHeader.read(dir);
		ProjectStore store = new ProjectStore(dir, false, null);
		try {
			store.load(header, early);
			return store;
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/**
	 * Keeps the project closed without reading it: while the returned lock is held, no program
	 * (this one included) can open the project for writing. For work on the project's files as a
	 * whole, such as committing them to git, which must not see a half-written change. Takes
	 * milliseconds at any size, where opening a million-answer project to check that nobody has it
	 * open takes half a minute.
	 *
	 * @throws ProjectLockedException if another program has it open
	 * @throws ProjectStoreException if it is not a project or is newer than this version
	 */
	public static ProjectLock holdClosed(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		ProjectHeader.read(dir); // refuses what is not a project, or a newer format
		return ProjectLock.acquire(dir.resolve(LOCK_FILE));
	}

	/**
	 * Opens a project to read it only (for reports and {@code excerpta info}), even while another
	 * program has it open: only complete groups are read, and nothing is ever written.
	 */
	public static ProjectStore openReadOnly(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		ProjectHeader header = ProjectHeader.read(dir);
		ProjectStore store = new ProjectStore(dir, true, null);
		store.load(header, null);
		return store;
	}

	/**
	 * The project's durable change count ({@link #changeCount()}) as a program opening it would
	 * find it, read from the ends of its snapshot and journal without loading the model: tells a
	 * reader whether the search index it kept is current, in milliseconds at any size. The
	 * records themselves are not checked; opening the project does that.
	 */
	public static long durableChangeCount(Path folder) {
		return durableEnd(folder).changeCount();
	}

	/**
	 * Where the project's durable changes end ({@link DurableEnd}), read from the ends of its files
	 * as {@link #durableChangeCount} is: what a pull compares before and after git replaces the
	 * files, to tell whether the search index can follow what was added to the journal.
	 */
	public static DurableEnd durableEnd(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		ProjectHeader.read(dir); // refuses what is not a project, or a newer format
		Path modelDir = dir.resolve(MODEL_DIR);
		try {
			return DurableEnd.of(modelDir);
		} catch (IOException | RuntimeException e) {
			throw ProjectStoreException.of(modelDir, "cannot be read: ", e);
		}
	}

	/**
	 * Where the newest generation's durable part ends, read from the ends of its snapshot and journal:
	 * the change count, and where in the journal the last complete group ends (what lies after it a
	 * crash cut short). What {@link #durableChangeCount} reports and {@link CodingJournal} appends after.
	 */
	public record DurableEnd(Path journal, long changeCount, long journalValidLength, long tornBytes, Path snapshot) {

		static DurableEnd of(Path modelDir) throws IOException {
			long gen = latestSnapshot(modelDir);
			Path journal = journalFile(modelDir, gen);
			long count = RecordFileReader.lastCommitSequence(snapshotFile(modelDir, gen));
			Path snapshot = snapshotFile(modelDir, gen);
			if (!Files.exists(journal)) {
				return new DurableEnd(journal, count, 0, 0, snapshot);
			}
			RecordFileReader.Tail tail = RecordFileReader.lastCommit(journal);
			return new DurableEnd(journal, Math.max(count, tail.sequence()), tail.validLength(), Files.size(journal) - tail.validLength(),
					snapshot);
		}
	}

	/** What opening says of a journal's last group that a crash cut short. */
	static String tornTailWarning(Path journal, long tornBytes, boolean removed) {
		return journal.getFileName() + ": an incomplete last change (" + tornBytes
				+ " bytes, cut off when Excerpta stopped while writing it) was left out" + (removed ? " and removed." : ".");
	}

	/**
	 * Marks an older project with this version's format before anything is written in it, so that
	 * an older Excerpta refuses the project with a clear message instead of stumbling on records it
	 * does not know.
	 */
	static void upgradeHeader(Path folder, ProjectHeader header) throws IOException {
		if (header.format() < ProjectHeader.CURRENT_FORMAT) {
			new ProjectHeader(ProjectHeader.CURRENT_FORMAT, header.guid(), header.name()).write(folder);
		}
	}

	/** A new random GUID (see {@link Guids}). */
	public static String newGuid() {
		return Guids.next();
	}

	public Path folder() {
		return folder;
	}

	public Project project() {
		return root;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	/** Finds an object by GUID. */
	public EObject find(String guid) {
		return index.get(guid);
	}

	/** What opening found and repaired or dropped (a torn last change, dangling references). */
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	private void load(ProjectHeader header, CodingJournal early) {
		Path modelDir = folder.resolve(MODEL_DIR);
		long gen = latestSnapshot(modelDir);
		RecordApplier applier = new RecordApplier(index, warnings);
		RecordFileReader reader = new RecordFileReader();
		Path snapshot = snapshotFile(gen);
		applier.readingFrom(snapshot, true);
		try {
			index.expect(Files.size(snapshot) / 384); // about one object per 400 bytes (values inside their case's record)
		} catch (IOException e) {
			// only a size hint
		}
		long snapshotSequence = reader.readSnapshot(snapshot, applier::apply, applier::endOfGroup).lastSequence();
		if (early != null) {
			// From here the journal is this store's: the codings recorded so far are read with it.
			lock = early.handOver();
		}
		Path journalFile = journalFile(gen);
		RecordFileReader.Result journalRead = new RecordFileReader.Result(0, 0, 0, 0);
		if (Files.exists(journalFile)) {
			applier.readingFrom(journalFile, false);
			journalRead = reader.readJournal(journalFile, applier::apply, applier::endOfGroup);
		}
		changeCount = Math.max(snapshotSequence, journalRead.lastSequence());
		root = applier.root();
		if (root == null) {
			throw new ProjectStoreException(snapshot, "holds no project object. Nothing has been changed.");
		}
		generation = gen;
		if (journalRead.tornBytes() > 0) {
			warnings.add(tornTailWarning(journalFile, journalRead.tornBytes(), !readOnly));
		}
		if (readOnly) {
			return;
		}
		try {
			upgradeHeader(folder, header);
			journal = new JournalWriter(journalFile, journalRead.validLength(), changeCount);
			removeOtherGenerations(modelDir, gen);
			startTracking();
			if (worthCompacting(COMPACT_ON_OPEN_BYTES)) {
				compact();
			}
		} catch (IOException e) {
			throw new ProjectStoreException(journalFile, "cannot open for writing: " + e.getMessage(), e);
		}
	}

	/** The generation of the newest snapshot; a model folder without one is refused. */
	private static long latestSnapshot(Path modelDir) {
		long latest = -1;
		try (DirectoryStream<Path> s = Files.newDirectoryStream(modelDir, "snapshot-*.jsonl")) {
			for (Path p : s) {
				Matcher m = GENERATION.matcher(p.getFileName().toString());
				if (m.matches()) {
					latest = Math.max(latest, Long.parseLong(m.group(2)));
				}
			}
		} catch (NoSuchFileException e) {
			throw new ProjectStoreException(modelDir, "is missing; the project is incomplete. Nothing has been changed.", e);
		} catch (IOException e) {
			throw new ProjectStoreException(modelDir, "cannot be read: " + e.getMessage(), e);
		}
		if (latest < 0) {
			throw new ProjectStoreException(modelDir, "holds no snapshot of the project model; the project is incomplete "
					+ "or damaged. Nothing has been changed.");
		}
		return latest;
	}

	/** Removes snapshots and journals a finished compaction has superseded, and abandoned temporary files. */
	private void removeOtherGenerations(Path modelDir, long keep) throws IOException {
		try (DirectoryStream<Path> s = Files.newDirectoryStream(modelDir)) {
			for (Path p : s) {
				String name = p.getFileName().toString();
				Matcher m = GENERATION.matcher(name);
				if (name.endsWith(".tmp") || m.matches() && Long.parseLong(m.group(2)) < keep) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	private void startTracking() {
		root.eAdapters().add(tracker);
	}

	/**
	 * Makes every change since the last flush durable, as one group: when this returns, a crash
	 * or kill cannot lose it. Returns the number of records written.
	 */
	public int flush() {
		checkWritable();
		if (!tracker.hasChanges()) {
			return 0;
		}
		List<Record> records = changesAsRecords();
		try {
			journal.append(records);
			changeCount++;
		} catch (IOException e) {
			throw new ProjectStoreException(journal.file(), "cannot record the change: " + e.getMessage()
					+ ". The change was not kept.", e);
		}
		tracker.clear();
		return records.size();
	}

	/**
	 * Forgets the changes since the last flush after they have been undone in memory (used when
	 * a change could not be written, so that memory and disk agree again).
	 */
	public void discardPendingChanges(Runnable undo) {
		tracker.withoutRecording(undo);
		tracker.clear();
	}

	private record Placed(EObject object, int depth, int index) {
	}

	/**
	 * Orders the changed objects so that replaying them rebuilds the same tree: containers before
	 * what they contain, and siblings by their final position.
	 */
	private List<Record> changesAsRecords() {
		List<Placed> placed = new ArrayList<>();
		Map<EObject, Map<EObject, Integer>> positions = new IdentityHashMap<>();
		List<EObject> changed = recordOwners(tracker.changed());
		Map<List<?>, Integer> siblingsChanged = new IdentityHashMap<>();
		for (EObject o : changed) {
			if (o.eContainer() != null && o.eContainmentFeature().isMany()) {
				siblingsChanged.merge((List<?>) o.eContainer().eGet(o.eContainmentFeature()), 1, Integer::sum);
			}
		}
		tracker.withoutRecording(() -> changed.forEach(ProjectStore::ensureGuid));
		Set<EObject> changedSet = Collections.newSetFromMap(new IdentityHashMap<>());
		changedSet.addAll(changed);
		for (EObject o : changed) {
			int depth = depthBelowRoot(o);
			if (depth >= 0) {
				placed.add(new Placed(o, depth, indexInContainer(o, siblingsChanged, positions, changedSet)));
			}
		}
		placed.sort(Comparator.comparingInt(Placed::depth).thenComparingInt(Placed::index));
		List<Record> records = new ArrayList<>(placed.size());
		for (Placed p : placed) {
			records.add(maker.put(p.object(), p.index()));
			index.put(RecordMaker.guid(p.object()), p.object());
		}
		// Deletions after puts: an object moved out of a deleted subtree is placed first, then survives the delete.
		for (EObject o : tracker.removed()) {
			if (depthBelowRoot(o) >= 0) {
				continue;
			}
			if (!EmbeddedValues.isEmbedded(o.eClass())) {
				records.add(new Record.Delete(RecordMaker.guid(o)));
			} // else its case or source, which it was taken from, is written again without it
			index.unregisterTree(o);
		}
		return records;
	}

	/** A changed value is written as part of its case or source (see {@link EmbeddedValues}): those are what changed. */
	private static List<EObject> recordOwners(List<EObject> changed) {
		Set<EObject> owners = new LinkedHashSet<>(changed.size() * 2);
		for (EObject o : changed) {
			owners.add(EmbeddedValues.recordOwner(o));
		}
		return new ArrayList<>(owners);
	}

	/**
	 * Every object gets its GUID when it first becomes part of the project, and keeps it for ever;
	 * values stored inside their case or source need none.
	 */
	private static void ensureGuid(EObject o) {
		if (o instanceof Identified i && i.getGuid() == null && !EmbeddedValues.isEmbedded(o.eClass())) {
			i.setGuid(newGuid());
		}
	}

	/** Distance from the project root, or -1 when the object is no longer part of the project. */
	private int depthBelowRoot(EObject o) {
		int depth = 0;
		for (EObject c = o; c != null; c = c.eContainer()) {
			if (c == root) {
				return depth;
			}
			depth++;
		}
		return -1;
	}

	private static int indexInContainer(EObject o, Map<List<?>, Integer> siblingsChanged,
			Map<EObject, Map<EObject, Integer>> positions, Set<EObject> changed) {
		EObject container = o.eContainer();
		if (container == null) {
			return 0;
		}
		EReference feature = o.eContainmentFeature();
		if (!feature.isMany()) {
			return 0;
		}
		List<?> list = (List<?>) container.eGet(feature);
		int changedSiblings = siblingsChanged.getOrDefault(list, 0);
		if (changedSiblings < 8) {
			return RecordApplier.indexOf(list, o);
		}
		// Many siblings changed at once (an import). They are nearly always appended: walk back from
		// the end until all of them are found, instead of indexing a list of a million cases each time.
		Map<EObject, Integer> byObject = positions.computeIfAbsent(container, c -> new IdentityHashMap<>());
		if (!byObject.containsKey(o)) {
			int found = 0;
			for (int i = list.size() - 1; i >= 0 && found < changedSiblings; i--) {
				EObject sibling = (EObject) list.get(i);
				if (changed.contains(sibling)) {
					byObject.put(sibling, i);
					found++;
				}
			}
		}
		Integer index = byObject.get(o);
		return index != null ? index : RecordApplier.indexOf(list, o);
	}

	/**
	 * Folds the journal into a new snapshot: written beside the old one under a temporary name,
	 * forced, then renamed into place; only then are the old snapshot and journal removed.
	 */
	public void compact() {
		checkWritable();
		flush();
		long next = generation + 1;
		try {
			writeSnapshot(next);
			JournalWriter fresh = new JournalWriter(journalFile(next), 0, changeCount);
			AtomicFiles.forceFolder(folder.resolve(MODEL_DIR));
			journal.close();
			journal = fresh;
			generation = next;
			removeOtherGenerations(folder.resolve(MODEL_DIR), next);
		} catch (IOException e) {
			throw new ProjectStoreException(snapshotFile(next), "cannot compact the project (the project itself is "
					+ "unchanged and still complete): " + e.getMessage(), e);
		}
	}

	private void writeSnapshot(long gen) throws IOException {
		Path target = snapshotFile(gen);
		Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
		// The snapshot's commit carries the change count, so that it survives the compaction.
		try (JournalWriter w = new JournalWriter(tmp, 0, Math.max(changeCount - 1, 0))) {
			w.append(sink -> {
				sink.accept(maker.put(root, 0));
				writeTree(root, sink);
			});
		}
		AtomicFiles.moveIntoPlace(tmp, target);
	}

	private void writeTree(EObject parent, Consumer<Record> sink) {
		for (EReference ref : snapshotOrder(parent.eClass())) {
			if (!RecordMaker.isStored(ref) || EmbeddedValues.isEmbedded(ref)) { // already in the parent's record
				continue;
			}
			if (ref.isMany()) {
				List<?> children = (List<?>) parent.eGet(ref);
				for (int i = 0; i < children.size(); i++) {
					EObject child = (EObject) children.get(i);
					sink.accept(maker.put(child, i));
					writeTree(child, sink);
				}
			} else if (parent.eGet(ref) instanceof EObject child) {
				sink.accept(maker.put(child, 0));
				writeTree(child, sink);
			}
		}
	}

	/**
	 * The containments in the order a snapshot lists them: the project's cases after its sources,
	 * because cases refer to sources and their selections. Read in that order, each of a million
	 * such references is set as soon as its case is read, instead of being held to the end and
	 * looked up again (a fifth of opening a large project). Reading does not depend on the order.
	 */
	private static List<EReference> snapshotOrder(EClass eClass) {
		List<EReference> containments = eClass.getEAllContainments();
		if (!containments.contains(CASES)) {
			return containments;
		}
		List<EReference> ordered = new ArrayList<>(containments);
		ordered.remove(CASES);
		ordered.add(CASES);
		return ordered;
	}

	private static final EReference CASES = ExcerptaPackage.Literals.PROJECT__CASES;

	private Path snapshotFile(long gen) {
		return snapshotFile(folder.resolve(MODEL_DIR), gen);
	}

	private static Path snapshotFile(Path modelDir, long gen) {
		return modelDir.resolve(String.format("snapshot-%06d.jsonl", gen));
	}

	private Path journalFile(long gen) {
		return journalFile(folder.resolve(MODEL_DIR), gen);
	}

	private static Path journalFile(Path modelDir, long gen) {
		return modelDir.resolve(String.format("journal-%06d.jsonl", gen));
	}

	/**
	 * How many durable changes the project has had: it only grows, and is the same in every
	 * program that reads the project at the same point. Derived data (the search index) records
	 * it to know whether it is stale.
	 */
	public long changeCount() {
		return changeCount;
	}

	/**
	 * Whether folding the journal into a new snapshot pays: it is longer than {@code floor} and
	 * than an eighth of the snapshot. A compaction writes the whole model again (8-15 s for a
	 * million answers, and a new 1.5 GB file that git stores whole at the next push), while
	 * replaying a journal costs about what reading as much snapshot does: below an eighth, the
	 * next open is at most an eighth slower for it.
	 */
	private boolean worthCompacting(long floor) throws IOException {
		long journalBytes = journal.size();
		return journalBytes > floor && journalBytes > Files.size(snapshotFile(generation)) / SNAPSHOT_PER_JOURNAL;
	}

	/** Size of the journal in bytes (what a compaction would fold in). */
	public long journalSize() {
		try {
			return journal == null ? 0 : journal.size();
		} catch (IOException e) {
			return 0;
		}
	}

	// ---- plain texts and originals ----

	/** Stores a source's plain text (UTF-8, written once, atomically) and returns its path within the project. */
	public String storeText(String sourceGuid, String text) {
		checkWritable();
		String relative = SOURCES_DIR + "/" + sourceGuid + ".txt";
		Path file = folder.resolve(relative);
		try {
			// Made at creation, but git keeps no empty folder: a shared survey-only project's clone has none.
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot store the text: " + e.getMessage(), e);
		}
		return relative;
	}

	/** Keeps a copy of an imported file as it came, and returns its path within the project. */
	public String storeOriginal(String sourceGuid, Path original) {
		checkWritable();
		String relative = ORIGINALS_DIR + "/" + sourceGuid + "/" + original.getFileName();
		Path file = folder.resolve(relative);
		try {
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.copy(original, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			AtomicFiles.moveIntoPlace(tmp, file);
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot keep the original file: " + e.getMessage(), e);
		}
		return relative;
	}

	/** Reads a stored plain text. */
	public String readText(String relativePath) {
		return readText(folder, relativePath);
	}

	/**
	 * Reads a source's text file, given by its path in the project (a source's {@code plainTextPath}),
	 * refusing one outside the project folder; for a reader that has not loaded the project.
	 */
	public static String readText(Path projectFolder, String relativePath) {
		Path root = projectFolder.toAbsolutePath().normalize();
		Path file = root.resolve(relativePath).normalize();
		if (!file.startsWith(root)) {
			throw new ProjectStoreException(file, "lies outside the project folder");
		}
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot read the source text: " + e.getMessage(), e);
		}
	}

	private void checkWritable() {
		if (closed) {
			throw new IllegalStateException("the project " + folder + " is closed");
		}
		if (readOnly) {
			throw new IllegalStateException("the project " + folder + " is open read-only");
		}
	}

	/** Writes what is pending, compacts a long journal, and releases the project for other programs. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		try {
			if (!readOnly && journal != null) {
				flush();
				if (worthCompacting(COMPACT_ON_CLOSE_BYTES)) {
					compact();
				}
			}
		} catch (IOException e) {
			warnings.add("could not compact on close: " + e.getMessage());
		} finally {
			closed = true;
			if (root != null) {
				root.eAdapters().remove(tracker);
			}
			try {
				if (journal != null) {
					journal.close();
				}
			} catch (IOException ignored) {
				// the data was forced at each flush already
			}
			if (lock != null) {
				lock.close();
			}
		}
	}
}
