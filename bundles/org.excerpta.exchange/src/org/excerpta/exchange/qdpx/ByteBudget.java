package org.excerpta.exchange.qdpx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the bytes unpacked from an archive, per entry and in all, and stops reading when either
 * passes its limit. What is counted is what the decompressor actually produces, so an archive
 * that understates its sizes (a zip bomb) is caught too. An entry read twice counts once.
 */
final class ByteBudget {

	private final String archive;
	private final long maxTotal;
	private final long maxEntry;
	private final Map<String, Long> readPerEntry = new HashMap<>();
	private long total;

	ByteBudget(String archive, long maxTotal, long maxEntry) {
		this.archive = archive;
		this.maxTotal = maxTotal;
		this.maxEntry = maxEntry;
	}

	/** Refuses an archive whose own directory already announces more than the limits. */
	void checkDeclared(String entry, long size, long declaredSoFar) {
		if (size > maxEntry) {
			throw entryTooBig(entry);
		}
		if (declaredSoFar > maxTotal) {
			throw totalTooBig();
		}
	}

	InputStream track(String entry, long declared, InputStream in) {
		long limit = declared >= 0 ? Math.min(declared, maxEntry) : maxEntry;
		return new FilterInputStream(in) {
			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					counted(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buf, int off, int len) throws IOException {
				int n = super.read(buf, off, len);
				if (n > 0) {
					counted(n);
				}
				return n;
			}

			private void counted(int n) {
				count += n;
				if (count > limit) {
					throw count > maxEntry ? entryTooBig(entry)
							: new QdpxImportException(archive + ", entry " + entry + ": unpacks to more bytes than the archive "
									+ "declares (" + declared + "); the archive is damaged or forged and is refused");
				}
				long before = readPerEntry.getOrDefault(entry, 0L);
				if (count > before) {
					total += count - before;
					readPerEntry.put(entry, count);
					if (total > maxTotal) {
						throw totalTooBig();
					}
				}
			}
		};
	}

	private QdpxImportException entryTooBig(String entry) {
		return new QdpxImportException(archive + ", entry " + entry + ": unpacks to more than " + maxEntry
				+ " bytes, the limit for one entry; the archive is refused");
	}

	private QdpxImportException totalTooBig() {
		return new QdpxImportException(archive + ": unpacks to more than " + maxTotal
				+ " bytes in all, the limit; the archive is refused (a zip bomb, or a project too large for these limits)");
	}
}
