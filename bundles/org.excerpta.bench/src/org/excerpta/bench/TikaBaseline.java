package org.excerpta.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor of transcript import: Tika alone parsing the same files, with the settings Excerpta's
 * {@code TextExtractor} uses (a new AutoDetectParser per file, a body handler limited to 20 million
 * characters, the file name in the metadata, Tika's bundle as context class loader), on the calling
 * thread, and nothing else: no worker thread, no normalising, no speaker turns, no store.
 */
public final class TikaBaseline {

	private static final int MAX_TEXT_CHARS = 20_000_000;

	private TikaBaseline() {
	}

	/** Parses every file; returns the number of characters of text extracted. */
	public static long parse(List<Path> files) {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(AutoDetectParser.class.getClassLoader());
		long chars = 0;
		try {
			for (Path file : files) {
				AutoDetectParser parser = new AutoDetectParser();
				BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
				Metadata metadata = new Metadata();
				metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
				try (InputStream in = Files.newInputStream(file)) {
					parser.parse(in, handler, metadata, new ParseContext());
				}
				chars += handler.toString().length();
			}
		} catch (Exception e) {
			throw new IllegalStateException("raw Tika baseline: " + e.getMessage(), e);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
		return chars;
	}
}
