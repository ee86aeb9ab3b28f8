package org.excerpta.api;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Exporter} wrote: the files, a line for the user ("Wrote study.qdpx: 12 sources,
 * 340 codings"), figures for scripts ({@code --json}), and warnings about what was left out.
 *
 * @param files    the files written
 * @param summary  one line for the user; empty to let Excerpta list the files
 * @param figures  named counts (sources, codings...), in order; may be empty
 * @param warnings what the user should know: something left out, something changed; may be empty
 */
public record ExportResult(List<Path> files, String summary, Map<String, Long> figures, List<String> warnings) {

	public ExportResult {
		files = List.copyOf(files);
		summary = summary == null ? "" : summary;
		figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
		warnings = List.copyOf(warnings);
	}

	/** Files written, nothing more to say. */
	public static ExportResult of(List<Path> files) {
		return new ExportResult(files, "", Map.of(), List.of());
	}
}
