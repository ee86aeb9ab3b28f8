package org.excerpta.exchange.qdpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names of archive entries: checked for safety and put in one canonical form. */
final class ArchiveEntries {

	private ArchiveEntries() {
	}

	/**
	 * The entry name with forward slashes and without "." segments. A name that is absolute, has a
	 * drive letter, a ".." segment or a NUL is refused: unpacked naively it would write outside the
	 * folder it is unpacked into ("zip slip"), so an archive holding one is not trusted at all.
	 */
	static String canonical(String raw, String archive) {
		String name = raw.replace('\\', '/');
		if (name.startsWith("/") || name.length() >= 2 && name.charAt(1) == ':' || name.indexOf('\0') >= 0) {
			throw new QdpxImportException(archive + ": the entry \"" + printable(raw)
					+ "\" has an absolute path; an archive with such an entry is refused for safety");
		}
		List<String> parts = new ArrayList<>();
		for (String part : name.split("/")) {
			if (part.equals("..")) {
				throw new QdpxImportException(archive + ": the entry \"" + printable(raw)
						+ "\" climbs out of the archive with \"..\"; an archive with such an entry is refused for safety");
			}
			if (!part.isEmpty() && !part.equals(".")) {
				parts.add(part);
			}
		}
		return String.join("/", parts);
	}

	static boolean isDirectory(String raw) {
		return raw.endsWith("/") || raw.endsWith("\\");
	}

	static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	static String printable(String s) {
		StringBuilder b = new StringBuilder();
		s.codePoints().limit(200).forEach(c -> {
			if (Character.isISOControl(c)) {
				b.append(String.format("\\u%04x", c));
			} else {
				b.appendCodePoint(c);
			}
		});
		return b.toString();
	}
}
