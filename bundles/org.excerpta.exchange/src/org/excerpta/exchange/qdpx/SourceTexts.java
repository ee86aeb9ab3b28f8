package org.excerpta.exchange.qdpx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the plain text of a source in the archive and decodes it. REFI-QDA paths are
 * {@code internal://name} (in the archive's sources folder), {@code relative://path} (relative to
 * the project's base path, outside the archive) or {@code absolute://path}. Only the archive is
 * ever read: an external file is looked for in the archive by its name (some tools embed it all
 * the same) and otherwise reported as missing.
 */
final class SourceTexts {

	/** A text found: as decoded, where it came from, and what had to be done to read it (or null). */
	record Found(String text, String entry, String note) {
	}

	/** The outcome: a text, or why there is none. */
	record Result(Found found, String missing) {
	}

	private final QdpxArchive archive;
	private final String basePath;

	SourceTexts(QdpxArchive archive, String basePath) {
		this.archive = archive;
		this.basePath = basePath;
	}

	/** The entry an archive path refers to, or null when the archive does not hold it. */
	String entryOf(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		String p = path.strip();
		if (p.startsWith("internal://")) {
			return archive.findInternal(p.substring("internal://".length()));
		}
		if (p.startsWith("relative://") || p.startsWith("absolute://")) {
			String name = p.substring(p.lastIndexOf('/') + 1);
			return name.isEmpty() ? null : archive.findInternal(name);
		}
		return archive.findInternal(p);
	}

	static boolean isExternal(String path) {
		return path != null && (path.strip().startsWith("relative://") || path.strip().startsWith("absolute://"));
	}

	Result load(String path, String inline) {
		if (inline != null && (path == null || path.isBlank())) {
			return new Result(new Found(inline, null, null), null);
		}
		if (path == null || path.isBlank()) {
			return new Result(null, "it has neither a plainTextPath nor a PlainTextContent, so it has no text");
		}
		String entry = entryOf(path);
		if (entry == null) {
			if (inline != null) {
				return new Result(new Found(inline, null, "its plainTextPath " + path
						+ " is not in the archive; its PlainTextContent was imported instead"), null);
			}
			if (isExternal(path)) {
				return new Result(null, "its text is an external file (" + path + (basePath == null ? "" : ", base path "
						+ basePath) + ") that the archive does not hold; Excerpta reads only what the archive holds");
			}
			return new Result(null, "its text " + path + " is not in the archive " + archive.name());
		}
		String note = isExternal(path) ? "its external text " + path + " was found in the archive as " + entry : null;
		byte[] bytes = archive.read(entry);
		Decoded d = decode(bytes);
		if (d.note() != null) {
			note = note == null ? d.note() : note + "; " + d.note();
		}
		return new Result(new Found(d.text(), entry, note), null);
	}

	private record Decoded(String text, String note) {
	}

	/**
	 * UTF-8 as the standard says (a byte order mark is dropped; a UTF-16 one is honoured). Bytes
	 * that are not UTF-8 become U+FFFD, and the report says so: positions after them may be off.
	 */
	private static Decoded decode(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "read as UTF-16 (big-endian)");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "read as UTF-16 (little-endian)");
		}
		int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		Charset utf8 = StandardCharsets.UTF_8;
		try {
			String text = utf8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
					.toString();
			return new Decoded(text, null);
		} catch (CharacterCodingException e) {
			return new Decoded(new String(bytes, skip, bytes.length - skip, utf8),
					"the text is not valid UTF-8; the bytes that are not were replaced by \uFFFD, so positions after them may be off");
		}
	}
}
