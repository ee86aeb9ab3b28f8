package org.excerpta.exchange.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.excerpta.core.store.AtomicFiles;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Memo;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableValue;

/**
 * Brings one text source of the file into the project: its text (stored as the project stores
 * texts: UTF-8 with LF line ends), its selections with their positions mapped onto that text, its
 * codings, variable values, memos, speaker turns and original file. A source whose text the
 * archive does not hold is reported with everything in it; so is a selection that does not fit
 * its text.
 */
final class SourceAssembler {

	/** Texts given inline up to this many characters stay inline in the model (as survey answers do). */
	static final int INLINE_MAX = 65_536;

	private static final ExcerptaFactory F = ExcerptaFactory.eINSTANCE;

	private final ImportContext c;
	private final SourceTexts texts;

	SourceAssembler(ImportContext context, SourceTexts texts) {
		this.c = context;
		this.texts = texts;
	}

	void add(Qde.TextSource s) {
		if (c.registry.has(s.guid())) {
			notImported(s, "its GUID is used by another object of the file already");
			return;
		}
		SourceTexts.Result loaded = texts.load(s.plainTextPath(), s.inlineText());
		if (loaded.found() == null) {
			notImported(s, loaded.missing());
			return;
		}
		SourceTexts.Found found = loaded.found();
		LineEnds lines = LineEnds.of(found.text());
		LineEnds.Counting counting = counting(s, lines);
		String text = lines.text().text();
		int length = lines.text().length();
		ExcerptaExtras.SourceExtras extra = c.extras == null ? null : c.extras.sources.get(s.guid());

		TextSource ts = F.createTextSource();
		ts.setGuid(s.guid());
		ts.setName(s.name() != null ? s.name() : found.entry() != null ? found.entry() : "Source");
		ts.setDescription(s.description());
		ts.setKind(kind(extra, s));
		ts.setCreated(s.created());
		ts.setModified(s.modified());
		ts.setCreatingUser(c.user(s.creatingUser(), s.element(), s.guid(), s.line()));
		boolean inline = found.entry() == null && text.length() <= INLINE_MAX;
		if (inline) {
			ts.setPlainTextContent(text);
		} else {
			ts.setPlainTextPath(c.project.store().storeText(s.guid(), text));
		}
		ts.setLength(length);
		ts.setContentHash(extra != null ? extra.contentHash() : inline ? null : sha256(text));
		if (s.representation() != null) {
			c.report.adjusted(QdpxImportReport.SOURCE, s.guid(), s.element(), c.where(s.line()), "the PDF was imported as a "
					+ "text source from its plain text representation " + s.representation() + ", under the PDF's GUID");
		}
		if (found.note() != null) {
			c.report.adjusted(QdpxImportReport.SOURCE, s.guid(), s.element(), c.where(s.line()), found.note());
		}
		c.registry.claim(ts);
		values(ts.getValues(), s.values(), s.guid());
		int weight = 1 + selections(ts, s, lines, counting);
		weight += wholeSourceCodings(ts, s, length);
		turns(ts, extra, s, length);
		original(ts, extra, s);
		c.attachMemos(ts, s.noteRefs(), s.element(), s.line());
		c.batches.add(c.project.model(), Literals.PROJECT__SOURCES, ts, weight);
		c.report.imported(QdpxImportReport.SOURCE);
	}

	private LineEnds.Counting counting(Qde.TextSource s, LineEnds lines) {
		if (!lines.hadCrlf()) {
			return LineEnds.Counting.TWO;
		}
		List<LineEnds.Evidence> evidence = s.selections().stream()
				.map(x -> new LineEnds.Evidence(x.start(), x.end(), x.name())).toList();
		LineEnds.Counting counting = lines.decide(evidence, c.atlasTi);
		c.report.adjusted(QdpxImportReport.SOURCE, s.guid(), s.element(), c.where(s.line()),
				"its text has CRLF line ends, kept as LF; its positions were read counting a CRLF as "
						+ (counting == LineEnds.Counting.ONE ? "one character (as ATLAS.ti does)"
								: "two characters (code points, as the standard says)"));
		return counting;
	}

	private static SourceKind kind(ExcerptaExtras.SourceExtras extra, Qde.TextSource s) {
		SourceKind k = extra == null || extra.kind() == null ? null : SourceKind.get(extra.kind());
		return k != null ? k : SourceKind.DOCUMENT;
	}

	void values(List<VariableValue> into, List<Qde.Value> values, String ownerGuid) {
		for (Qde.Value v : values) {
			Variable variable = c.registry.get(v.variable(), Variable.class);
			if (variable == null) {
				c.report.notImported(QdpxImportReport.VALUE, ownerGuid, "VariableValue", c.where(v.line()),
						"refers to the variable " + v.variable() + ", which the file does not define");
				continue;
			}
			VariableValue value = F.createVariableValue();
			value.setGuid(ProjectStore.newGuid());
			value.setVariable(variable);
			value.setValue(v.value());
			into.add(value);
			c.report.imported(QdpxImportReport.VALUE);
		}
	}

	private int selections(TextSource ts, Qde.TextSource s, LineEnds lines, LineEnds.Counting counting) {
		int weight = 0;
		List<TextSelection> made = new ArrayList<>();
		for (Qde.Selection q : s.selections()) {
			String problem = null;
			long start = lines.map(q.start(), counting);
			long end = lines.map(q.end(), counting);
			if (c.registry.has(q.guid())) {
				problem = "its GUID is used by another object of the file already";
			} else if (start < 0 || end < 0) {
				problem = "its positions [" + q.start() + ", " + q.end() + ") lie outside the text, which is "
						+ lines.text().length() + " characters long";
			} else if (start >= end) {
				problem = "it is empty or reversed: startPosition " + q.start() + ", endPosition " + q.end();
			}
			if (problem != null) {
				notImported(q, problem);
				continue;
			}
			TextSelection sel = F.createTextSelection();
			sel.setGuid(q.guid());
			sel.setName(q.name());
			sel.setStart((int) start);
			sel.setEnd((int) end);
			sel.setCreatingUser(c.user(q.creatingUser(), "PlainTextSelection", q.guid(), q.line()));
			sel.setCreated(q.created());
			c.registry.claim(sel);
			for (Qde.Coding qc : q.codings()) {
				Coding coding = coding(qc);
				if (coding != null) {
					sel.getCodings().add(coding);
				}
			}
			if (q.description() != null) {
				Memo memo = descriptionMemo(sel, q.description());
				sel.getMemos().add(memo);
				c.report.adjusted(QdpxImportReport.SELECTION, q.guid(), "PlainTextSelection", c.where(q.line()),
						"its description was kept as the memo \"" + memo.getName() + "\""
								+ (q.codings().isEmpty() ? " (the selection has no coding)" : ""));
			}
			c.attachMemos(sel, q.noteRefs(), "PlainTextSelection", q.line());
			made.add(sel);
			weight += 1 + sel.getCodings().size();
			c.report.imported(QdpxImportReport.SELECTION);
		}
		made.sort(Comparator.comparingInt(TextSelection::getStart).thenComparingInt(TextSelection::getEnd));
		ts.getSelections().addAll(made);
		return weight;
	}

	private Coding coding(Qde.Coding q) {
		String problem = null;
		Code code = c.registry.get(q.code(), Code.class);
		if (c.registry.has(q.guid())) {
			problem = "its GUID is used by another object of the file already";
		} else if (q.code() == null) {
			problem = "it names no code (no <CodeRef>)";
		} else if (code == null) {
			problem = "it refers to the code " + q.code() + ", which the codebook does not hold";
		}
		if (problem != null) {
			c.report.notImported(QdpxImportReport.CODING, q.guid(), "Coding", c.where(q.line()), problem);
			return null;
		}
		Coding coding = F.createCoding();
		coding.setGuid(q.guid());
		coding.setCode(code);
		coding.setCoder(c.user(q.coder(), "Coding", q.guid(), q.line()));
		coding.setCreated(q.created());
		c.registry.claim(coding);
		c.attachMemos(coding, q.noteRefs(), "Coding", q.line());
		c.report.imported(QdpxImportReport.CODING);
		return coding;
	}

	/**
	 * A selection's description (MAXQDA's comment on a segment, ATLAS.ti's on a quotation) becomes
	 * a memo on it: the model gives selections memos, not descriptions. The memo joins the
	 * project's notes before the source, so the source never refers to a memo not yet there.
	 */
	private Memo descriptionMemo(TextSelection sel, String description) {
		Memo m = F.createMemo();
		m.setGuid(ProjectStore.newGuid());
		String about = sel.getName() == null || sel.getName().isBlank() ? "selection" : sel.getName().strip();
		m.setName("Comment on " + (about.length() > 60 ? about.substring(0, 60).strip() + "\u2026" : about));
		m.setText(description);
		m.setCreatingUser(sel.getCreatingUser());
		m.setCreated(sel.getCreated());
		c.registry.claim(m);
		c.batches.add(c.project.model(), Literals.PROJECT__NOTES, m, 1);
		c.report.imported(QdpxImportReport.MEMO);
		return m;
	}

	/** Codings of a whole source (the schema allows them) become codings of a selection of its whole text. */
	private int wholeSourceCodings(TextSource ts, Qde.TextSource s, int length) {
		if (s.codings().isEmpty()) {
			return 0;
		}
		if (length == 0) {
			for (Qde.Coding q : s.codings()) {
				c.report.notImported(QdpxImportReport.CODING, q.guid(), "Coding", c.where(q.line()),
						"codes the whole of a source whose text is empty");
			}
			return 0;
		}
		TextSelection whole = F.createTextSelection();
		whole.setGuid(ProjectStore.newGuid());
		whole.setName(ts.getName());
		whole.setStart(0);
		whole.setEnd(length);
		for (Qde.Coding q : s.codings()) {
			Coding coding = coding(q);
			if (coding != null) {
				whole.getCodings().add(coding);
				c.report.adjusted(QdpxImportReport.CODING, q.guid(), "Coding", c.where(q.line()),
						"codes the whole source; kept as a coding of a selection of its whole text");
			}
		}
		if (whole.getCodings().isEmpty()) {
			return 0;
		}
		whole.setCreatingUser(whole.getCodings().get(0).getCoder());
		whole.setCreated(whole.getCodings().get(0).getCreated());
		c.registry.claim(whole);
		ts.getSelections().add(0, whole);
		c.report.imported(QdpxImportReport.SELECTION);
		return 1 + whole.getCodings().size();
	}

	private void turns(TextSource ts, ExcerptaExtras.SourceExtras extra, Qde.TextSource s, int length) {
		if (extra == null) {
			return;
		}
		for (ExcerptaExtras.Turn t : extra.turns()) {
			SpeakerTurn turn = F.createSpeakerTurn();
			turn.setGuid(t.guid() == null ? ProjectStore.newGuid() : org.excerpta.core.coding.CodebookQdc.normalizeGuid(t.guid()));
			if (t.start() > t.end() || t.end() > length || c.registry.has(turn.getGuid())) {
				c.report.notImported(QdpxImportReport.TURN, t.guid(), "turn", ExcerptaExtras.ENTRY, "the turn of "
						+ t.speaker() + " at [" + t.start() + ", " + t.end() + ") does not fit the text of \"" + ts.getName()
						+ "\" (" + length + " characters) or its GUID is taken");
				continue;
			}
			turn.setSpeaker(t.speaker());
			turn.setStart(t.start());
			turn.setEnd(t.end());
			turn.setTimestampMillis(t.timestampMillis());
			c.registry.claim(turn);
			ts.getTurns().add(turn);
			c.report.imported(QdpxImportReport.TURN);
		}
	}

	/** The file the text was taken from (Excerpta's kept original, a PDF, a rich text), when the archive holds it. */
	private void original(TextSource ts, ExcerptaExtras.SourceExtras extra, Qde.TextSource s) {
		String entry = null;
		String name = null;
		String path = null;
		if (extra != null && extra.originalEntry() != null) {
			path = extra.originalEntry();
			entry = c.archive.has(path) ? path : null;
			name = extra.originalName();
		} else if (s.originalPath() != null) {
			path = s.originalPath();
			entry = texts.entryOf(path);
		}
		if (path == null) {
			return;
		}
		if (entry == null) {
			c.report.notImported(QdpxImportReport.ORIGINAL, s.guid(), s.element(), c.where(s.line()),
					"the file " + path + " the text was taken from is not in the archive; the text itself was imported");
			return;
		}
		if (name == null) {
			name = originalName(s.name(), entry);
		}
		ts.setOriginalPath(copyOriginal(s.guid(), entry, safeFileName(name)));
		c.report.imported(QdpxImportReport.ORIGINAL);
	}

	/** The source's name when it has the entry's extension ("Interview 3.docx"), else the entry's own name. */
	private static String originalName(String sourceName, String entry) {
		String entryName = entry.substring(entry.lastIndexOf('/') + 1);
		int dot = entryName.lastIndexOf('.');
		String ext = dot > 0 ? entryName.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
		if (sourceName != null && !ext.isEmpty() && sourceName.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
			return sourceName;
		}
		return entryName;
	}

	static String safeFileName(String name) {
		String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
				.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
		return n.isEmpty() || n.equals(".") || n.equals("..") ? "original" : n;
	}

	private String copyOriginal(String guid, String entry, String fileName) {
		String relative = ProjectStore.ORIGINALS_DIR + "/" + guid + "/" + fileName;
		Path file = c.project.folder().resolve(relative);
		Path tmp = file.resolveSibling(fileName + ".tmp");
		try {
			Files.createDirectories(file.getParent());
			try (InputStream in = c.archive.open(entry)) {
				Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
			}
			try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			AtomicFiles.moveIntoPlace(tmp, file);
		} catch (IOException e) {
			throw new QdpxImportException(c.archive.name() + ", entry " + entry + ": cannot be kept as the original file: "
					+ e.getMessage(), e);
		}
		return relative;
	}

	/** Reports a source and everything in it as not imported. */
	void notImported(Qde.TextSource s, String reason) {
		c.report.notImported(QdpxImportReport.SOURCE, s.guid(), s.element(), c.where(s.line()), reason);
		String why = "it belongs to the source \"" + s.name() + "\" (" + s.guid() + "), which is not imported";
		for (Qde.Selection q : s.selections()) {
			notImported(q, why);
		}
		for (Qde.Coding q : s.codings()) {
			c.report.notImported(QdpxImportReport.CODING, q.guid(), "Coding", c.where(q.line()), why);
		}
	}

	private void notImported(Qde.Selection q, String reason) {
		c.report.notImported(QdpxImportReport.SELECTION, q.guid(), "PlainTextSelection", c.where(q.line()), reason);
		for (Qde.Coding qc : q.codings()) {
			c.report.notImported(QdpxImportReport.CODING, qc.guid(), "Coding", c.where(qc.line()),
					"it belongs to the selection " + q.guid() + ", which is not imported");
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
