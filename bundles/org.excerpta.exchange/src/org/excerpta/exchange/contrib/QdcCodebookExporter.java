package org.excerpta.exchange.contrib;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.ExportResult;
import org.excerpta.api.Exporter;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.core.coding.CodebookQdc;

/**
 * Excerpta's own export of the codebook as a REFI-QDA .qdc file (codes, nesting, colours,
 * definitions), to share a framework between projects and tools. Registered as a service
 * (OSGI-INF/export-qdc.xml).
 */
public final class QdcCodebookExporter implements Exporter {

	@Override
	public String id() {
		return "qdc";
	}

	@Override
	public String name() {
		return "REFI-QDA codebook (.qdc)";
	}

	@Override
	public String description() {
		return "the codebook alone (codes, nesting, colours, definitions) for other projects and tools";
	}

	@Override
	public String extension() {
		return "qdc";
	}

	@Override
	public ExportResult export(ProjectAccess project, Settings settings, Path out, IProgressMonitor monitor) throws IOException {
		try {
			CodebookQdc.write(project.model().getCodebook(), out);
		} catch (IOException e) {
			throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
		}
		return new ExportResult(List.of(out), "Wrote the codebook to " + out, Map.of(), List.of());
	}
}
