package org.excerpta.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did, file by file: imported, skipped as a duplicate (same content as a source
 * already in the project), or failed with the reason. Nothing that failed was added.
 */
public final class ImportReport {

	/** One imported file: the source it became, and what was noticed on the way. */
	public record Imported(Path file, String sourceName, String sourceGuid, int speakerTurns, List<String> notes) {
	}

	public record Skipped(Path file, String reason) {
	}

	public record Failed(Path file, String reason) {
	}

	private final List<Imported> imported = new ArrayList<>();
	private final List<Skipped> skipped = new ArrayList<>();
	private final List<Failed> failed = new ArrayList<>();
	private boolean cancelled;

	/** The user stopped the import: the files before that point were imported, the rest not looked at. */
	public void markCancelled() {
		cancelled = true;
	}

	public boolean cancelled() {
		return cancelled;
	}

	public void imported(Imported i) {
		imported.add(i);
	}

	public void skipped(Path file, String reason) {
		skipped.add(new Skipped(file, reason));
	}

	public void failed(Path file, String reason) {
		failed.add(new Failed(file, reason));
	}

	public List<Imported> imported() {
		return Collections.unmodifiableList(imported);
	}

	public List<Skipped> skipped() {
		return Collections.unmodifiableList(skipped);
	}

	public List<Failed> failed() {
		return Collections.unmodifiableList(failed);
	}
}
