package org.excerpta.team.git;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.excerpta.core.store.JournalCodings;

/**
 * Our own coding since the point where our journal and the one a fast-forward brings part: what
 * a colleague who merged our pushed work has in his journal after his own, re-created by his
 * merge with the same GUIDs. The index holds it, and can take his journal's groups from the
 * parting point on top when each object of ours that still exists is put again there (so it ends
 * as his journal leaves it) and ours removed only what it had made itself (see {@code
 * SharedProject.followParted}).
 *
 * @param at      where the two journals part: the end of the last complete group they share
 * @param put     every GUID our groups after {@code at} put
 * @param removed every GUID they removed
 * @param alive   what they put that still exists at the end of our journal
 */
record OursSinceParting(long at, Set<String> put, Set<String> removed, Set<String> alive) {

	/**
	 * Compares our journal's complete groups with theirs ({@code theirs}, read from git before the
	 * files are replaced). Null when theirs begins with all of ours (the index follows it as it
	 * is), or when what our journal has since the parting point is not coding alone.
	 */
	static OursSinceParting of(IndexedJournal indexed, InputStream theirs) throws IOException {
		long at = partingPoint(indexed.journal(), indexed.length(), theirs);
		if (at == indexed.length()) {
			return null;
		}
		Optional<JournalCodings> ours = JournalCodings.after(indexed.journal(), at);
		if (ours.isEmpty()) {
			return null;
		}
		Set<String> put = new HashSet<>();
		Set<String> removed = new HashSet<>();
		Set<String> alive = new HashSet<>();
		java.util.Map<String, String> selectionOf = new java.util.HashMap<>(); // coding to its selection
		for (JournalCodings.Step step : ours.get().steps()) {
			if (step instanceof JournalCodings.Removal r) {
				removed.add(r.guid());
				alive.remove(r.guid());
				selectionOf.forEach((coding, selection) -> {
					if (selection.equals(r.guid())) {
						alive.remove(coding); // a removed selection takes its codings with it
						removed.add(coding);
					}
				});
				continue;
			}
			if (step instanceof JournalCodings.CodingPut c) {
				selectionOf.put(c.guid(), c.selectionGuid());
			}
			put.add(step.guid());
			alive.add(step.guid());
		}
		return new OursSinceParting(at, put, removed, alive);
	}

	/** The end of the last complete group (a commit line) both journals hold byte for byte, within our first {@code length} bytes. */
	static long partingPoint(Path ours, long length, InputStream theirs) throws IOException {
		if (length == 0 || !Files.exists(ours)) {
			return 0;
		}
		try (InputStream a = new BufferedInputStream(Files.newInputStream(ours), 1 << 16);
				InputStream b = new BufferedInputStream(theirs, 1 << 16)) {
			long position = 0;
			long lastGroupEnd = 0;
			byte[] line = new byte[24]; // enough to see "xxxxxxxx {"commit"
			int lineLength = 0;
			while (position < length) {
				int x = a.read();
				int y = b.read();
				if (x < 0 || x != y) {
					break;
				}
				position++;
				if (x == '\n') {
					if (isCommit(line, lineLength)) {
						lastGroupEnd = position;
					}
					lineLength = 0;
				} else if (lineLength < line.length) {
					line[lineLength++] = (byte) x;
				}
			}
			return lastGroupEnd;
		}
	}

	private static final byte[] COMMIT = "{\"commit\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static boolean isCommit(byte[] line, int length) {
		if (length < 9 + COMMIT.length) {
			return false;
		}
		for (int i = 0; i < COMMIT.length; i++) {
			if (line[9 + i] != COMMIT[i]) {
				return false;
			}
		}
		return true;
	}
}
