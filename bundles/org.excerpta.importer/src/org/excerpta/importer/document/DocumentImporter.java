package org.excerpta.importer.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.api.Contributions;
import org.excerpta.api.ImportProblem;
import org.excerpta.api.ImportedText;
import org.excerpta.api.SourceImporter;
import org.excerpta.api.SpeakerTurn;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.importer.ImportReport;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * Imports documents and transcripts, one by one or whole folders (recursively): extracts the
 * text (Tika, within limits), finds speaker turns, keeps the original file, and adds each file as
 * one durable, undoable change. A file that fails is reported with its reason and leaves nothing
 * behind; the rest of the batch goes on. A file whose text is already in the project is skipped.
 */
public final class DocumentImporter {

	private static final String SPEAKERS_CODE = "Speakers";

	/** Picks the importer for a file; empty when no installed importer reads it. */
	private final Function<Path, Optional<SourceImporter>> importers;
	private final Supplier<List<String>> extensions;

	/** Imports with every importer installed: Excerpta's own and the plugins' ({@link Contributions}). */
	public DocumentImporter() {
		this.importers = Contributions::importerFor;
		this.extensions = Contributions::importedExtensions;
	}

	/** Imports with Excerpta's own importers only, reading within the extractor's limits. */
	public DocumentImporter(TextExtractor extractor) {
		List<SourceImporter> own = List.of(new SubtitleFiles(extractor), new TikaDocuments(extractor));
		this.importers = f -> Contributions.importerFor(f, own);
		this.extensions = () -> Contributions.extensionsOf(own);
	}

	/** Whether some importer takes this file. */
	public boolean isSupported(Path file) {
		return importers.apply(file).isPresent();
	}

	/** The extensions the importers read, sorted. */
	public List<String> extensions() {
		return extensions.get();
	}

	/** The files a batch would import: the files given, and every supported file under the folders given. */
	public List<Path> collect(List<Path> filesOrFolders, ImportReport report) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path p : filesOrFolders) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> walk = Files.walk(p)) {
					walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
							.forEach(f -> {
								if (isSupported(f)) {
									files.add(f);
								} else {
									report.skipped(f, "not a format Excerpta imports as a document (." + Contributions.extension(f) + ")");
								}
							});
				}
			} else if (!Files.exists(p)) {
				report.failed(p, "does not exist");
			} else if (!isSupported(p)) {
				report.failed(p, "is not a format Excerpta imports as a document (." + Contributions.extension(p)
						+ "; supported: " + String.join(", ", extensions()) + ")");
			} else {
				files.add(p);
			}
		}
		return files;
	}

	/** Reads a file as a transcript without importing it: to preview and confirm its speakers. */
	public Transcript read(Path file, DocumentImportOptions options) throws ImportFailure {
		SourceImporter importer = importers.apply(file).orElseThrow(() -> new ImportFailure("is not a format Excerpta imports as a document (."
				+ Contributions.extension(file) + "; supported: " + String.join(", ", extensions()) + ")"));
		ImportedText read;
		try {
			read = importer.read(file);
		} catch (ImportProblem p) {
			throw new ImportFailure(p.getMessage(), p);
		} catch (RuntimeException e) {
			// A plugin's importer failing in a way it did not foresee: the batch goes on, the user learns which importer.
			throw new ImportFailure("could not be read by " + importer.name() + ": " + e, e);
		}
		if (read.turnsKnown()) {
			Transcript t = new Transcript(read.text(), checkedTurns(read, importer));
			return options.renameSpeakers().isEmpty() ? t : renamed(t, options.renameSpeakers());
		}
		if (!options.detectSpeakers()) {
			return new Transcript(read.text(), List.of());
		}
		return new SpeakerTurnDetector(options.onlySpeakers(), options.renameSpeakers()).detect(read.text());
	}

	/** The importer's turns, refused when they fall outside the text or overlap: offsets that would corrupt the codings. */
	private static List<Transcript.Turn> checkedTurns(ImportedText read, SourceImporter importer) throws ImportFailure {
		int length = read.text().codePointCount(0, read.text().length());
		List<Transcript.Turn> turns = new ArrayList<>();
		int previousEnd = 0;
		for (SpeakerTurn t : read.turns()) {
			if (t.end() > length || t.start() < previousEnd) {
				throw new ImportFailure("was read by " + importer.name() + " with a speaker turn of " + t.speaker() + " at " + t.start()
						+ "-" + t.end() + " that " + (t.end() > length ? "ends after the text (" + length + " characters)" : "overlaps the turn before it")
						+ "; the importer is at fault, not the file");
			}
			previousEnd = t.end();
			turns.add(new Transcript.Turn(t.speaker(), t.start(), t.end(), t.timestampMillis()));
		}
		return turns;
	}

	private static Transcript renamed(Transcript t, Map<String, String> renames) {
		return new Transcript(t.text(), t.turns().stream()
				.map(x -> new Transcript.Turn(renames.getOrDefault(x.speaker(), x.speaker()), x.start(), x.end(), x.timestampMillis()))
				.toList());
	}

	public ImportReport importFiles(ExcerptaProject project, List<Path> filesOrFolders, DocumentImportOptions options,
			IProgressMonitor monitor) throws IOException {
		return importFiles(project, filesOrFolders, options, monitor, Runnable::run);
	}

	/**
	 * Imports with the slow part (reading the files) on the calling thread and every change to the
	 * project handed to {@code modelThread}: the workbench passes its UI thread, which owns the model.
	 */
	public ImportReport importFiles(ExcerptaProject project, List<Path> filesOrFolders, DocumentImportOptions options,
			IProgressMonitor monitor, java.util.function.Consumer<Runnable> modelThread) throws IOException {
		ImportReport report = new ImportReport();
		List<Path> files = collect(filesOrFolders, report);
		SubMonitor progress = SubMonitor.convert(monitor, "Importing documents", files.size());
		Set<String> knownHashes = new HashSet<>();
		modelThread.accept(() -> {
			for (Source s : project.model().getSources()) {
				if (s instanceof TextSource t && t.getContentHash() != null) {
					knownHashes.add(t.getContentHash());
				}
			}
		});
		for (Path file : files) {
			if (progress.isCanceled()) {
				report.markCancelled(); // what was imported stays: each file was its own durable change
				break;
			}
			progress.subTask(file.getFileName().toString());
			try {
				Transcript transcript = read(file, options);
				modelThread.accept(() -> add(project, file, transcript, options, knownHashes, report));
			} catch (ImportFailure e) {
				report.failed(file, e.getMessage());
			}
			progress.worked(1);
		}
		return report;
	}

	private void add(ExcerptaProject project, Path file, Transcript transcript, DocumentImportOptions options,
			Set<String> knownHashes, ImportReport report) {
		String hash = sha256(transcript.text());
		if (!knownHashes.add(hash)) {
			report.skipped(file, "the same text is already in the project");
			return;
		}
		String name = baseName(file);
		TextSource source = ModelElements.textSource(name, transcript.hasTurns() ? SourceKind.TRANSCRIPT : SourceKind.DOCUMENT,
				null);
		List<Path> written = new ArrayList<>();
		try {
			source.setPlainTextPath(project.store().storeText(source.getGuid(), transcript.text()));
			written.add(project.folder().resolve(source.getPlainTextPath()));
			source.setOriginalPath(project.store().storeOriginal(source.getGuid(), file));
			written.add(project.folder().resolve(source.getOriginalPath()));
			source.setLength(transcript.text().codePointCount(0, transcript.text().length()));
			source.setContentHash(hash);
			for (Transcript.Turn t : transcript.turns()) {
				source.getTurns().add(ModelElements.turn(t.speaker(), t.start(), t.end(), t.timestampMillis()));
			}
			List<String> notes = new ArrayList<>();
			CompoundCommand add = new CompoundCommand("Import " + file.getFileName());
			add.append(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__SOURCES, source));
			if (transcript.hasTurns() && (options.codeSpeakers() || options.casePerSpeaker())) {
				speakerCodingAndCases(project, source, options, add, notes);
			}
			project.execute(add);
			report.imported(new ImportReport.Imported(file, name, source.getGuid(), transcript.turns().size(), notes));
		} catch (RuntimeException e) {
			knownHashes.remove(hash);
			removeQuietly(written);
			report.failed(file, "could not be added to the project: " + e.getMessage());
		}
	}

	/** Codes each speaker's turns with "Speakers / name" and/or links them to a case named after the speaker. */
	private static void speakerCodingAndCases(ExcerptaProject project, TextSource source, DocumentImportOptions options,
			CompoundCommand add, List<String> notes) {
		User coder = coder(project, options.coder(), add);
		Code parent = null;
		Map<String, Code> codes = new HashMap<>();
		Map<String, Case> cases = new HashMap<>();
		if (options.codeSpeakers()) {
			parent = project.model().getCodebook().getCodes().stream().filter(c -> SPEAKERS_CODE.equals(c.getName())).findFirst()
					.orElse(null);
			if (parent == null) {
				parent = ModelElements.code(SPEAKERS_CODE, "#9E9E9E", "Who speaks: each speaker's turns, coded at import.", false);
				add.append(AddCommand.create(project.editingDomain(), project.model().getCodebook(), Literals.CODEBOOK__CODES, parent));
			}
			for (Code c : parent.getChildren()) {
				codes.put(c.getName(), c);
			}
		}
		for (Case c : project.model().getCases()) {
			cases.put(c.getName(), c);
		}
		for (var turn : source.getTurns()) {
			TextSelection selection = ExcerptaFactory.eINSTANCE.createTextSelection();
			selection.setGuid(org.excerpta.core.store.ProjectStore.newGuid());
			selection.setStart(turn.getStart());
			selection.setEnd(turn.getEnd());
			selection.setName(turn.getSpeaker());
			selection.setCreatingUser(coder);
			selection.setCreated(new java.util.Date());
			if (options.codeSpeakers()) {
				Code code = codes.get(turn.getSpeaker());
				if (code == null) {
					code = ModelElements.code(turn.getSpeaker(), "#BDBDBD", "Turns of " + turn.getSpeaker(), true);
					codes.put(turn.getSpeaker(), code);
					add.append(AddCommand.create(project.editingDomain(), parent, Literals.CODE__CHILDREN, code));
				}
				Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
				coding.setGuid(org.excerpta.core.store.ProjectStore.newGuid());
				coding.setCode(code);
				coding.setCoder(coder);
				coding.setCreated(new java.util.Date());
				selection.getCodings().add(coding);
			}
			source.getSelections().add(selection);
			if (options.casePerSpeaker()) {
				Case c = cases.get(turn.getSpeaker());
				if (c == null) {
					c = ModelElements.aCase(turn.getSpeaker());
					cases.put(turn.getSpeaker(), c);
					add.append(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__CASES, c));
					notes.add("case \"" + turn.getSpeaker() + "\" created");
				}
				if (c.eContainer() == null) {
					c.getSelections().add(selection);
					if (!c.getSources().contains(source)) {
						c.getSources().add(source);
					}
				} else {
					add.append(AddCommand.create(project.editingDomain(), c, Literals.CASE__SELECTIONS, selection));
					if (!c.getSources().contains(source)) {
						add.append(AddCommand.create(project.editingDomain(), c, Literals.CASE__SOURCES, source));
					}
				}
			}
		}
		if (options.codeSpeakers()) {
			notes.add(source.getTurns().size() + " turns coded by speaker");
		}
	}

	private static User coder(ExcerptaProject project, String name, CompoundCommand add) {
		String wanted = name == null || name.isBlank() ? System.getProperty("user.name", "coder") : name;
		for (User u : project.model().getUsers()) {
			if (wanted.equals(u.getName())) {
				return u;
			}
		}
		User u = ModelElements.user(wanted, wanted);
		add.append(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__USERS, u));
		return u;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void removeQuietly(List<Path> files) {
		for (Path f : files) {
			try {
				Files.deleteIfExists(f);
				if (f.getParent().getFileName().toString().length() == 36) {
					Files.deleteIfExists(f.getParent()); // the original's own folder
				}
			} catch (IOException e) {
				// an orphan file is harmless: no source refers to it
			}
		}
	}
}
