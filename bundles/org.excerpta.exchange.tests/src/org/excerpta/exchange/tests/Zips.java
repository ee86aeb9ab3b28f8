package org.excerpta.exchange.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Builds archives for tests, including malformed and hostile ones. */
final class Zips {

	private final Map<String, byte[]> entries = new LinkedHashMap<>();

	static Zips of() {
		return new Zips();
	}

	/** Starts from an existing archive's entries. */
	static Zips copyOf(Path qdpx) throws IOException {
		Zips z = new Zips();
		try (ZipFile zip = new ZipFile(qdpx.toFile())) {
			for (var it = zip.entries(); it.hasMoreElements();) {
				ZipEntry e = it.nextElement();
				try (InputStream in = zip.getInputStream(e)) {
					z.entries.put(e.getName(), in.readAllBytes());
				}
			}
		}
		return z;
	}

	Zips put(String name, String utf8) {
		return put(name, utf8.getBytes(StandardCharsets.UTF_8));
	}

	Zips put(String name, byte[] bytes) {
		entries.put(name, bytes);
		return this;
	}

	Zips remove(String name) {
		entries.remove(name);
		return this;
	}

	byte[] get(String name) {
		return entries.get(name);
	}

	String text(String name) {
		return new String(entries.get(name), StandardCharsets.UTF_8);
	}

	Path writeTo(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

	byte[] bytes() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
