package org.excerpta.exchange.contrib;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.ExportResult;
import org.excerpta.api.Exporter;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.exchange.qdpx.QdpxExportResult;
import org.excerpta.exchange.qdpx.QdpxExporter;

/**
 * Excerpta's own export of the whole project as a REFI-QDA .qdpx archive, for NVivo, ATLAS.ti,
 * MAXQDA and QualCoder. Registered as a service (OSGI-INF/export-qdpx.xml). It always exports the
 * whole project: an exchange file that left out codes or cases would lose work on the way back.
 */
public final class QdpxProjectExporter implements Exporter {

	@Override
	public String id() {
		return "qdpx";
	}

	@Override
	public String name() {
		return "REFI-QDA project (.qdpx)";
	}

	@Override
	public String description() {
		return "the whole project for NVivo, ATLAS.ti, MAXQDA and QualCoder (REFI-QDA)";
	}

	@Override
	public String extension() {
		return "qdpx";
	}

	@Override
	public ExportResult export(ProjectAccess access, Settings settings, Path out, IProgressMonitor monitor) {
		ExcerptaProject project = access.adapt(ExcerptaProject.class);
		if (project == null) {
			throw new IllegalArgumentException("a .qdpx export needs a project opened by Excerpta");
		}
		QdpxExportResult r = new QdpxExporter().export(project, out);
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put("sources", (long) r.sources());
		figures.put("selections", (long) r.selections());
		figures.put("codings", (long) r.codings());
		figures.put("memos", (long) r.memos());
		figures.put("originals", (long) r.originals());
		String summary = String.format("Wrote %s: %d sources, %d selections, %d codings, %d memos, %d original files", r.file(),
				r.sources(), r.selections(), r.codings(), r.memos(), r.originals());
		return new ExportResult(List.of(r.file()), summary, figures, r.warnings());
	}
}
