package org.excerpta.importer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.excerpta.api.Contributions;

/**
 * Extracts plain text from a document with Apache Tika, within limits so that one hostile file
 * (a zip bomb, a huge or endless document, binary garbage) cannot hang or exhaust the program:
 * a maximum file size, a maximum text length and a time limit per file. The text comes back
 * with LF line ends and without a byte order mark.
 */
public final class TextExtractor {

	private static final Set<String> PLAIN = Set.of("txt", "md", "vtt", "srt");

	private final long maxFileBytes;
	private final int maxTextChars;
	private final long timeoutMillis;

	/** Limits that suit interview transcripts: 100 MB files, 20 million characters, 2 minutes. */
	public TextExtractor() {
		this(100L << 20, 20_000_000, 120_000);
	}

	public TextExtractor(long maxFileBytes, int maxTextChars, long timeoutMillis) {
		this.maxFileBytes = maxFileBytes;
		this.maxTextChars = maxTextChars;
		this.timeoutMillis = timeoutMillis;
	}

	/** The file's text, normalised; throws with a clear reason when it cannot be had. */
	public String extract(Path file) throws ImportFailure {
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new ImportFailure("cannot be read: " + e.getMessage(), e);
		}
		if (size == 0) {
			throw new ImportFailure("is empty");
		}
		if (size > maxFileBytes) {
			throw new ImportFailure("is too large to import as one document (" + (size >> 20) + " MB; the limit is "
					+ (maxFileBytes >> 20) + " MB). Split it into smaller files.");
		}
		// Parse on a worker thread, so that a parser stuck on a hostile file can be abandoned.
		ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "Excerpta text extraction: " + file.getFileName());
			t.setDaemon(true);
			return t;
		});
		try {
			Future<String> result = worker.submit(() -> parse(file));
			String text = result.get(timeoutMillis, TimeUnit.MILLISECONDS);
			return normalise(text);
		} catch (TimeoutException e) {
			throw new ImportFailure("could not be read within " + timeoutMillis / 1000 + " seconds; it may be damaged or "
					+ "built to hang readers");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ImportFailure("reading was interrupted", e);
		} catch (ExecutionException e) {
			throw explain(e.getCause());
		} finally {
			worker.shutdownNow();
		}
	}

	private String parse(Path file) throws Exception {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		// Tika finds its parsers through the service loader of its own bundle.
		Thread.currentThread().setContextClassLoader(AutoDetectParser.class.getClassLoader());
		try {
			return PLAIN.contains(Contributions.extension(file)) ? readPlain(file) : readDocument(file);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

	/** Plain text: the encoding is detected (byte order marks, UTF-8, legacy code pages). */
	private String readPlain(Path file) throws IOException, TikaException, ImportFailure {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
		try (InputStream in = Files.newInputStream(file); Reader reader = new AutoDetectReader(in, metadata)) {
			StringBuilder text = new StringBuilder();
			char[] buf = new char[8192];
			int n;
			while ((n = reader.read(buf)) > 0) {
				text.append(buf, 0, n);
				if (text.length() > maxTextChars) {
					throw new ImportFailure(tooLong());
				}
			}
			if (!looksLikeText(text)) {
				throw new ImportFailure("does not look like text (it holds binary data); is it really a ." + Contributions.extension(file)
						+ " file?");
			}
			return text.toString();
		}
	}

	private String readDocument(Path file) throws Exception {
		AutoDetectParser parser = new AutoDetectParser();
		BodyContentHandler handler = new BodyContentHandler(maxTextChars);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
		try (InputStream in = Files.newInputStream(file)) {
			parser.parse(in, handler, metadata, new ParseContext());
		}
		String text = handler.toString();
		if ("pdf".equals(Contributions.extension(file))) {
			// PDF text comes as positioned words: tabs and runs of spaces between them are layout, not content.
			text = text.replaceAll("[\\t ]+", " ");
		}
		if (text.isBlank()) {
			throw new ImportFailure("holds no text (a scanned document without a text layer needs OCR first)");
		}
		return text;
	}

	private ImportFailure explain(Throwable t) {
		if (t instanceof ImportFailure f) {
			return f;
		}
		if (t instanceof EncryptedDocumentException) {
			return new ImportFailure("is encrypted or password-protected; save an unprotected copy and import that", t);
		}
		if (t instanceof ZeroByteFileException) {
			return new ImportFailure("is empty", t);
		}
		if (WriteLimitReachedException.isWriteLimitReached(t)) {
			return new ImportFailure(tooLong(), t);
		}
		if (t instanceof OutOfMemoryError) {
			return new ImportFailure("is too large or too deeply nested to read", t);
		}
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		if (t instanceof TikaException && t.getCause() != null && t.getCause().getMessage() != null) {
			message = message + " (" + t.getCause().getMessage() + ")";
		}
		return new ImportFailure("cannot be read as a document: " + message, t);
	}

	private String tooLong() {
		return "holds more than " + maxTextChars / 1_000_000 + " million characters of text; split it into smaller files";
	}

	/** Rejects binary data read as text: a real text has (almost) no control characters. */
	private static boolean looksLikeText(CharSequence s) {
		int control = 0;
		int n = Math.min(s.length(), 1 << 20);
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
				control++;
			}
		}
		return control <= n / 100;
	}

	/** LF line ends, no byte order mark, no trailing spaces, at most one blank line in a row. */
	static String normalise(String text) {
		String s = text.replace("\r\n", "\n").replace('\r', '\n');
		if (s.startsWith("\uFEFF")) {
			s = s.substring(1);
		}
		return blankLinesTidied(s).strip() + "\n";
	}

	/**
	 * Drops spaces, tabs and no-break spaces at the ends of lines and keeps at most one empty line
	 * in a row, in one pass. (Two regular-expression replacements did the same and were a third
	 * of importing a transcript besides Tika's own parsing, profiled.)
	 */
	static String blankLinesTidied(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int n = s.length();
		int newlines = 0;
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (c == '\n') {
				newlines++;
				i++;
				continue;
			}
			int end = i;
			if (isBlank(c)) {
				while (end < n && isBlank(s.charAt(end))) {
					end++;
				}
				if (end < n && s.charAt(end) == '\n') {
					i = end; // blanks at the end of a line
					continue;
				}
			} else {
				end = i + 1;
				while (end < n && s.charAt(end) != '\n' && !isBlank(s.charAt(end))) {
					end++; // a run of ordinary text, copied at once
				}
			}
			out.repeat('\n', newlines >= 3 ? 2 : newlines);
			newlines = 0;
			out.append(s, i, end);
			i = end;
		}
		out.repeat('\n', newlines >= 3 ? 2 : newlines);
		return out.toString();
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0';
	}
}
