package org.excerpta.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a journal's groups after a given point did, when all they did was code, shape the
 * codebook, write memos and add documents: the selections, codings, coders, codes, memos, text
 * sources and speaker turns they put and the ones they removed, in order. A pull that brings
 * colleagues' coding and codebook work (new codes, renamed, moved, merged or deleted ones), or the
 * interviews and documents they imported, is such a stretch of the journal, and the search index can follow it
 * passage by passage ({@code ProjectIndex.followCodings}) instead of being rebuilt from the whole
 * model, which at a million answers takes about a minute.
 *
 * <p>Read with the records' own checks: a line failing its checksum ends the reading there, as
 * opening the project ends at a torn last group; a group without its commit is left out. It says
 * nothing of whether the journal before the point is the one the caller thinks: that is the
 * caller's to prove.
 */
public final class JournalCodings {

	/** One put or removal, as the journal recorded it. */
	public sealed interface Step permits SelectionPut, CodingPut, CoderPut, CodePut, MemoPut, SourcePut, TurnPut, Removal {
		/** The GUID of what was put or removed. */
		String guid();
	}

	/** A passage of a source, put (new, or again with its new extent) in the source's selections. */
	public record SelectionPut(String guid, String sourceGuid, int start, int end) implements Step {
	}

	/** A coding, put (new, or again) in a selection's codings; {@code created} null when the record has no date. */
	public record CodingPut(String guid, String selectionGuid, String codeGuid, String coderGuid, java.util.Date created) implements Step {
	}

	/** A coder, put (new, or again) at a place in the project's users. */
	public record CoderPut(String guid, int index, String name, String id) implements Step {
	}

	/**
	 * A code, put (new, or again: renamed, recoloured, redescribed or moved) at a place in the
	 * codebook ({@code parentGuid} is the codebook's GUID for a top-level code, else the parent
	 * code's), with its whole state: what the record leaves out has its default. {@code memos} are
	 * the GUIDs of the memos written about the code (a put leaves the code with these alone).
	 */
	public record CodePut(String guid, String parentGuid, int index, String name, String color, String description, boolean codable,
			List<String> memos) implements Step {
	}

	/** A memo, put (new, or again: edited) in the project's memos. What it says is not the index's concern. */
	public record MemoPut(String guid) implements Step {
	}

	/**
	 * A text source put in the project's sources with no attribute values: a document or transcript
	 * a colleague imported (new), or one put again (renamed, say). Its text is the file at {@code
	 * textPath} in the project folder, or {@code text} itself; {@code kind} is the source kind's
	 * literal ("transcript", "document"). Its speaker turns follow as {@link TurnPut}s.
	 */
	public record SourcePut(String guid, String name, String kind, String textPath, String text, int length) implements Step {
	}

	/** A speaker turn put at a place in a source's turns: who speaks, from where to where (code points). */
	public record TurnPut(String guid, String sourceGuid, int index, String speaker, int start, int end) implements Step {
	}

	/** Something removed with everything in it: a selection, a coding, a coder, a code with its sub-codes, or a memo. */
	public record Removal(String guid) implements Step {
	}

	private final List<Step> steps;
	private final long changeCount;
	private final int groups;

	private JournalCodings(List<Step> steps, long changeCount, int groups) {
		this.steps = List.copyOf(steps);
		this.changeCount = changeCount;
		this.groups = groups;
	}

	/** The puts and removals, in the journal's order. */
	public List<Step> steps() {
		return steps;
	}

	/** The change count after the last complete group read (its commit's sequence), or -1 when there was none. */
	public long changeCount() {
		return changeCount;
	}

	/** How many complete groups were read. */
	public int groups() {
		return groups;
	}

	/**
	 * Reads the complete groups of a journal from byte {@code from} (where a group begins) to its
	 * end. Empty when any of them holds a record of anything but a selection in a source, a coding
	 * in a selection, a coder in the project, a code in the codebook or in another code, a memo in
	 * the project, a text source without attribute values in the project, a speaker turn in a
	 * source, or a removal: the caller then does what it did without this (rebuild what derives from the
	 * journal).
	 */
	public static Optional<JournalCodings> after(Path journal, long from) throws IOException {
		RecordCodec codec = new RecordCodec();
		List<Step> steps = new ArrayList<>();
		List<Step> group = new ArrayList<>();
		long changeCount = -1;
		int groups = 0;
		try (FileChannel channel = FileChannel.open(journal); InputStream in = Channels.newInputStream(channel.position(from))) {
			RecordFileReader.LineReader lines = new RecordFileReader.LineReader(in);
			while (lines.next()) {
				byte[] buf = lines.buffer();
				int len = lines.length();
				if (!lines.terminated() || !RecordCodec.checksumMatches(buf, 0, len)) {
					break; // a torn end: what follows is not applied when the project opens either
				}
				Record record;
				try {
					record = codec.decode(buf, 0, len);
				} catch (IllegalArgumentException e) {
					return Optional.empty(); // written by a newer version: not ours to interpret
				}
				if (record instanceof Record.Commit c) {
					if (c.records() != group.size()) {
						return Optional.empty(); // damaged: opening the project says so
					}
					steps.addAll(group);
					group.clear();
					changeCount = c.sequence();
					groups++;
				} else {
					Step step = step(record);
					if (step == null) {
						return Optional.empty();
					}
					group.add(step);
				}
			}
		}
		return Optional.of(new JournalCodings(steps, changeCount, groups));
	}

	/**
	 * Where two journals part: the end of the last complete group (its commit line) that both hold
	 * byte for byte, within our first {@code length} bytes; 0 when they share none. {@code theirs}
	 * is read, and closed, as far as they agree.
	 */
	public static long partingPoint(Path ours, long length, InputStream theirs) throws IOException {
		try (InputStream his = theirs) {
			if (length == 0 || !java.nio.file.Files.exists(ours)) {
				return 0;
			}
			try (InputStream mine = java.nio.file.Files.newInputStream(ours)) {
				RecordFileReader.LineReader a = new RecordFileReader.LineReader(mine);
				RecordFileReader.LineReader b = new RecordFileReader.LineReader(his);
				long position = 0;
				long lastGroupEnd = 0;
				while (position < length && a.next() && b.next() && a.terminated() && b.terminated()
						&& java.util.Arrays.equals(a.buffer(), 0, a.length(), b.buffer(), 0, b.length())) {
					position += a.length() + 1;
					if (position <= length && RecordFileReader.isCommit(a.buffer(), 0, a.length())) {
						lastGroupEnd = position;
					}
				}
				return lastGroupEnd;
			}
		}
	}

	/**
	 * Which of these GUIDs the snapshot, or the journal's first {@code upTo} bytes, put or remove:
	 * which objects a later stretch of the journal touched already existed before it, and which it
	 * made. Reads only each line's first field, not its JSON: a million-answer snapshot is 1.5 GB.
	 */
	public static java.util.Set<String> mentionedBefore(Path snapshot, Path journal, long upTo, java.util.Set<String> guids)
			throws IOException {
		java.util.Set<String> found = new java.util.HashSet<>();
		if (guids.isEmpty()) {
			return found;
		}
		try (InputStream in = java.nio.file.Files.newInputStream(snapshot)) {
			mentions(in, Long.MAX_VALUE, guids, found);
		}
		if (upTo > 0 && java.nio.file.Files.exists(journal)) {
			try (InputStream in = java.nio.file.Files.newInputStream(journal)) {
				mentions(in, upTo, guids, found);
			}
		}
		return found;
	}

	private static final byte[] PUT = "{\"put\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	private static final byte[] DELETE = "{\"delete\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static void mentions(InputStream in, long upTo, java.util.Set<String> guids, java.util.Set<String> found) throws IOException {
		RecordFileReader.LineReader lines = new RecordFileReader.LineReader(in);
		long read = 0;
		while (read < upTo && lines.next()) {
			byte[] buf = lines.buffer();
			int len = lines.length();
			read += len + 1;
			String guid = firstValue(buf, len, PUT);
			if (guid == null) {
				guid = firstValue(buf, len, DELETE);
			}
			if (guid != null && guids.contains(guid)) {
				found.add(guid);
			}
		}
	}

	/** The string value that follows a line's checksum and this opening ({"put":" or {"delete":"), or null. */
	private static String firstValue(byte[] line, int length, byte[] opening) {
		int at = 9; // "xxxxxxxx " before the JSON
		if (length < at + opening.length) {
			return null;
		}
		for (int i = 0; i < opening.length; i++) {
			if (line[at + i] != opening[i]) {
				return null;
			}
		}
		int from = at + opening.length;
		for (int i = from; i < length; i++) {
			if (line[i] == '"') {
				return new String(line, from, i - from, java.nio.charset.StandardCharsets.US_ASCII);
			}
		}
		return null;
	}

	/** The step a record is, or null when it is not one of coding's. */
	private static Step step(Record record) {
		if (record instanceof Record.Delete d) {
			return new Removal(d.guid());
		}
		Record.Put p = (Record.Put) record;
		for (List<List<String>> embedded : p.embedded().values()) {
			if (!embedded.isEmpty()) {
				return null; // attribute values (a survey answer's question, a document's own): a source's cases and values are not followed
			}
		}
		return switch (p.eClass()) {
		case "TextSelection" -> "selections".equals(p.feature()) && p.container() != null
				? new SelectionPut(p.guid(), p.container(), number(p.attributes(), "start"), number(p.attributes(), "end"))
				: null;
		case "Coding" -> "codings".equals(p.feature()) && p.container() != null && p.references().get("code") instanceof String code
				? new CodingPut(p.guid(), p.container(), code, p.references().get("coder") instanceof String coder ? coder : null,
						text(p.attributes(), "created") instanceof String created ? Dates.parse(created) : null)
				: null;
		case "User" -> "users".equals(p.feature())
				? new CoderPut(p.guid(), p.index(), text(p.attributes(), "name"), text(p.attributes(), "id"))
				: null;
		case "Code" -> ("codes".equals(p.feature()) || "children".equals(p.feature())) && p.container() != null
				? new CodePut(p.guid(), p.container(), p.index(), text(p.attributes(), "name"), text(p.attributes(), "color"),
						text(p.attributes(), "description"), !"false".equals(p.attributes().get("codable")), guids(p.references(), "memos"))
				: null;
		case "Memo" -> "notes".equals(p.feature()) && p.container() != null ? new MemoPut(p.guid()) : null;
		case "TextSource" -> "sources".equals(p.feature()) && p.container() != null
				? new SourcePut(p.guid(), text(p.attributes(), "name"), text(p.attributes(), "kind"), text(p.attributes(), "plainTextPath"),
						text(p.attributes(), "plainTextContent"), number(p.attributes(), "length"))
				: null;
		case "SpeakerTurn" -> "turns".equals(p.feature()) && p.container() != null
				? new TurnPut(p.guid(), p.container(), p.index(), text(p.attributes(), "speaker"), number(p.attributes(), "start"),
						number(p.attributes(), "end"))
				: null;
		default -> null;
		};
	}

	/** A string attribute, or null when it is not set. */
	private static String text(Map<String, Object> attributes, String name) {
		return attributes.get(name) instanceof String s ? s : null;
	}

	/** A many-valued reference's GUIDs; absent means none (the store writes only references that are set). */
	private static List<String> guids(Map<String, Object> references, String name) {
		if (!(references.get(name) instanceof List<?> list)) {
			return List.of();
		}
		List<String> out = new ArrayList<>(list.size());
		for (Object o : list) {
			out.add((String) o);
		}
		return List.copyOf(out);
	}

	/** An int attribute in lexical form; absent means its default, 0 (the store writes only values that are set). */
	private static int number(Map<String, Object> attributes, String name) {
		Object v = attributes.get(name);
		return v instanceof String s ? Integer.parseInt(s) : 0;
	}
}
