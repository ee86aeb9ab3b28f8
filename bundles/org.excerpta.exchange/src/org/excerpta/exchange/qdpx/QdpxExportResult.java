package org.excerpta.exchange.qdpx;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the archive, how much it holds, and anything that could not be written
 * exactly as the project has it (each with the reason).
 */
public record QdpxExportResult(Path file, int sources, int selections, int codings, int memos, int originals,
		List<String> warnings) {
}
