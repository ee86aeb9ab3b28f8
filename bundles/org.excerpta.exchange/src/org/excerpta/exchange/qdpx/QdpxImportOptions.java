package org.excerpta.exchange.qdpx;

/**
 * Limits and choices of a REFI-QDA import. The limits protect against hostile or broken archives
 * (a zip bomb, millions of entries): an archive beyond them is refused before anything is built.
 *
 * @param maxEntries         most entries the archive may hold
 * @param maxTotalBytes      most bytes all entries together may unpack to
 * @param maxEntryBytes      most bytes one entry (project.qde, a text, an original file) may unpack to
 * @param nestColonCodeNames ATLAS.ti writes a code family as a name prefix, {@code "Coke::diet Coke"};
 *                           when true and a code named exactly like the prefix ({@code "Coke"}) sits
 *                           at the same level, the code becomes its child named {@code "diet Coke"}
 *                           (the renaming is listed in the report). When false names stay as written.
 */
public record QdpxImportOptions(int maxEntries, long maxTotalBytes, long maxEntryBytes, boolean nestColonCodeNames) {

	public static final int DEFAULT_MAX_ENTRIES = 200_000;
	public static final long DEFAULT_MAX_TOTAL_BYTES = 8L << 30;
	public static final long DEFAULT_MAX_ENTRY_BYTES = 512L << 20;

	public QdpxImportOptions {
		if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1) {
			throw new IllegalArgumentException("import limits must be positive");
		}
	}

	public static QdpxImportOptions defaults() {
		return new QdpxImportOptions(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_ENTRY_BYTES, true);
	}

	public QdpxImportOptions withMaxEntries(int n) {
		return new QdpxImportOptions(n, maxTotalBytes, maxEntryBytes, nestColonCodeNames);
	}

	public QdpxImportOptions withMaxTotalBytes(long n) {
		return new QdpxImportOptions(maxEntries, n, maxEntryBytes, nestColonCodeNames);
	}

	public QdpxImportOptions withMaxEntryBytes(long n) {
		return new QdpxImportOptions(maxEntries, maxTotalBytes, n, nestColonCodeNames);
	}

	public QdpxImportOptions withNestColonCodeNames(boolean nest) {
		return new QdpxImportOptions(maxEntries, maxTotalBytes, maxEntryBytes, nest);
	}
}
