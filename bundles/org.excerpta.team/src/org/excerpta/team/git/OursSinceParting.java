package org.excerpta.team.git;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.excerpta.core.store.JournalCodings;
import org.excerpta.core.store.ProjectStore;

/**
 * Our own coding since the point where our journal and the one a fast-forward brings part: what
 * a colleague who merged our pushed work has in his journal after his own, re-created by his
 * merge with the same GUIDs. The index holds it, and can take his journal's groups from the
 * parting point on top when each object of ours that still exists is put again there (so it ends
 * as his journal leaves it) and ours removed only what it had made itself ({@link #remadeBy}).
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
		long at = JournalCodings.partingPoint(indexed.journal(), indexed.length(), theirs);
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

	/**
	 * Whether his groups from the parting point ({@code his}), taken on top of ours, leave what the
	 * project's files leave: each object ours put that still exists is put again (or removed) in
	 * his, so it ends as his journal leaves it; and ours removed only objects it had made itself (no
	 * line of the snapshot or the common part names them). Had ours removed an older passage that
	 * his merge kept, his groups would not bring back the codings inside it, which the index no
	 * longer holds.
	 */
	boolean remadeBy(JournalCodings his, ProjectStore.DurableEnd now) throws IOException {
		Set<String> touchedAgain = new HashSet<>();
		his.steps().forEach(step -> touchedAgain.add(step.guid()));
		if (!touchedAgain.containsAll(alive)) {
			return false;
		}
		Set<String> older = JournalCodings.mentionedBefore(now.snapshot(), now.journal(), at, removed);
		for (String g : removed) {
			if (older.contains(g) || !put.contains(g)) {
				return false;
			}
		}
		return true;
	}
}
