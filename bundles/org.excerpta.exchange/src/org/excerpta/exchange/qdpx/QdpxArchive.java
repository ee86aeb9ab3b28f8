package org.excerpta.exchange.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A REFI-QDA archive opened for reading, within limits: a .qdpx (a zip holding project.qde and a
 * sources folder) or a bare .qde, whose internal texts are then looked for in a {@code sources}
 * folder beside it. Entry names are checked before anything is read; the number of entries, the
 * bytes each entry unpacks to and the bytes all of them unpack to are bounded while reading (not
 * just as the archive declares them). Only what the archive holds is ever read: external paths of
 * a project are reported, never followed.
 */
final class QdpxArchive implements AutoCloseable {

	private final String name;
	private final ZipFile zip;
	private final Map<String, Object> entries; // canonical name -> ZipEntry or Path
	private final Map<String, String> byLowerName = new HashMap<>();
	private final ByteBudget budget;
	private final String qde;

	private QdpxArchive(String name, ZipFile zip, Map<String, Object> entries, ByteBudget budget) {
		this.name = name;
		this.zip = zip;
		this.entries = entries;
		this.budget = budget;
		entries.keySet().forEach(e -> byLowerName.putIfAbsent(ArchiveEntries.lower(e), e));
		this.qde = findQde();
	}

	static QdpxArchive open(Path file, QdpxImportOptions limits) {
		String name = String.valueOf(file.getFileName());
		if (!Files.isRegularFile(file)) {
			throw new QdpxImportException(file + ": no such file");
		}
		ByteBudget budget = new ByteBudget(name, limits.maxTotalBytes(), limits.maxEntryBytes());
		if (isZip(file)) {
			return openZip(file, name, limits, budget);
		}
		return openBareQde(file, name, limits, budget);
	}

	private static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		} catch (IOException e) {
			throw new QdpxImportException(file + ": cannot be read: " + e.getMessage(), e);
		}
	}

	private static QdpxArchive openZip(Path file, String name, QdpxImportOptions limits, ByteBudget budget) {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		} catch (ZipException e) {
			throw new QdpxImportException(name + ": not a readable .qdpx archive (a .qdpx is a zip file): " + e.getMessage(), e);
		} catch (IOException e) {
			throw new QdpxImportException(name + ": cannot be read: " + e.getMessage(), e);
		}
		try {
			if (zip.size() > limits.maxEntries()) {
				throw new QdpxImportException(name + ": the archive holds " + zip.size() + " entries, more than the limit of "
						+ limits.maxEntries() + "; it is refused");
			}
			Map<String, Object> entries = new LinkedHashMap<>();
			long declared = 0;
			for (Enumeration<? extends ZipEntry> it = zip.entries(); it.hasMoreElements();) {
				ZipEntry e = it.nextElement();
				String canonical = ArchiveEntries.canonical(e.getName(), name);
				if (ArchiveEntries.isDirectory(e.getName()) || canonical.isEmpty()) {
					continue;
				}
				if (entries.put(canonical, e) != null) {
					throw new QdpxImportException(name + ": the entry \"" + ArchiveEntries.printable(canonical)
							+ "\" is in the archive twice; which one is meant cannot be told, so the archive is refused");
				}
				if (e.getSize() > 0) {
					declared += e.getSize();
					budget.checkDeclared(canonical, e.getSize(), declared);
				}
			}
			return new QdpxArchive(name, zip, entries, budget);
		} catch (RuntimeException e) {
			closeQuietly(zip);
			throw e;
		}
	}

	/** A bare project.qde: its texts may sit in a sources folder beside it (an unpacked .qdpx). */
	private static QdpxArchive openBareQde(Path file, String name, QdpxImportOptions limits, ByteBudget budget) {
		Map<String, Object> entries = new LinkedHashMap<>();
		entries.put(name, file);
		Path dir = file.toAbsolutePath().getParent();
		for (String folder : List.of("sources", "Sources")) {
			Path sources = dir.resolve(folder);
			if (!Files.isDirectory(sources, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try (DirectoryStream<Path> s = Files.newDirectoryStream(sources)) {
				for (Path p : s) {
					if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
						entries.putIfAbsent(folder + "/" + p.getFileName(), p);
						if (entries.size() > limits.maxEntries()) {
							throw new QdpxImportException(name + ": the folder " + sources + " holds more than "
									+ limits.maxEntries() + " files (the limit); refused");
						}
					}
				}
			} catch (IOException e) {
				throw new QdpxImportException(sources + ": cannot be listed: " + e.getMessage(), e);
			}
		}
		return new QdpxArchive(name, null, entries, budget);
	}

	/** The archive's file name, for messages. */
	String name() {
		return name;
	}

	/** The project file's entry name. */
	String qdeEntry() {
		return qde;
	}

	private String findQde() {
		List<String> candidates = new ArrayList<>();
		for (String e : entries.keySet()) {
			if (!e.contains("/") && ArchiveEntries.lower(e).endsWith(".qde")) {
				if (ArchiveEntries.lower(e).equals("project.qde")) {
					return e;
				}
				candidates.add(e);
			}
		}
		if (candidates.size() == 1) {
			return candidates.get(0); // ATLAS.ti 26 names the file after the project
		}
		if (candidates.isEmpty()) {
			throw new QdpxImportException(name + ": holds no project.qde; it is not a REFI-QDA project archive");
		}
		throw new QdpxImportException(name + ": holds several project files (" + String.join(", ", candidates)
				+ ") and none is named project.qde; which one to import cannot be told");
	}

	boolean has(String entry) {
		return entries.containsKey(entry);
	}

	/**
	 * The entry holding an internal file ({@code internal://name}): in {@code sources/} or
	 * {@code Sources/} (tools differ), matched exactly first, then ignoring case; or null.
	 */
	String findInternal(String fileName) {
		String f = fileName.replace('\\', '/');
		while (f.startsWith("/")) {
			f = f.substring(1);
		}
		for (String candidate : List.of("sources/" + f, "Sources/" + f)) {
			if (entries.containsKey(candidate)) {
				return candidate;
			}
		}
		String lower = byLowerName.get(ArchiveEntries.lower("sources/" + f));
		if (lower != null) {
			return lower;
		}
		return entries.containsKey(f) && !f.equals(qde) ? f : null;
	}

	/** Reads an entry, counting its bytes against the limits. */
	InputStream open(String entry) {
		Object e = entries.get(entry);
		if (e == null) {
			throw new QdpxImportException(name + ": has no entry " + entry);
		}
		try {
			InputStream raw = e instanceof ZipEntry ze ? zip.getInputStream(ze) : Files.newInputStream((Path) e);
			long declared = e instanceof ZipEntry ze ? ze.getSize() : -1;
			return budget.track(entry, declared, raw);
		} catch (IOException x) {
			throw new QdpxImportException(name + ", entry " + entry + ": cannot be read: " + x.getMessage(), x);
		}
	}

	/** Reads a whole entry into memory (within the limits). */
	byte[] read(String entry) {
		try (InputStream in = open(entry)) {
			return in.readAllBytes();
		} catch (IOException x) {
			throw new QdpxImportException(name + ", entry " + entry + ": cannot be read: " + x.getMessage(), x);
		}
	}

	@Override
	public void close() {
		if (zip != null) {
			closeQuietly(zip);
		}
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		} catch (IOException e) {
			// only read from
		}
	}
}
