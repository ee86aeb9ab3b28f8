package org.excerpta.importer.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a CSV export: a byte order mark says UTF-8 or UTF-16; without one the
 * file is UTF-8 if every byte sequence in it is valid UTF-8 (checked over the whole file, since
 * one accented name near the end is enough to tell), and otherwise Windows-1252, which is what
 * Excel on Windows writes.
 */
record TextEncoding(Charset charset, int bomLength, String name) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static TextEncoding detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(3);
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 with byte order mark");
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16 (big-endian) with byte order mark");
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16 (little-endian) with byte order mark");
		}
		long bad = firstInvalidUtf8(file);
		if (bad < 0) {
			return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
		}
		return new TextEncoding(WINDOWS_1252, 0, "Windows-1252 (the file is not UTF-8: byte " + (bad + 1)
				+ " is not valid UTF-8)");
	}

	/** Offset of the first byte that is not valid UTF-8, or -1 when the whole file is valid. */
	private static long firstInvalidUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(1 << 16);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		long consumed = 0;
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int n = stream.read(in.array(), in.position(), in.remaining());
				end = n < 0;
				if (n > 0) {
					in.position(in.position() + n);
				}
				in.flip();
				int before = in.position();
				CoderResult r = decoder.decode(in, out, end);
				if (r.isError()) {
					return consumed + in.position() - before;
				}
				consumed += in.position() - before;
				out.clear();
				in.compact();
			}
			in.flip();
			if (in.hasRemaining()) {
				return consumed; // a sequence cut off by the end of the file
			}
		}
		return -1;
	}

	/** A reader of the file's text, after the byte order mark. */
	Reader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(bomLength);
		} catch (IOException e) {
			in.close();
			throw e;
		}
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
	}
}
