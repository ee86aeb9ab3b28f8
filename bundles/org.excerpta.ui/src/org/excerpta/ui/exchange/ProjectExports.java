package org.excerpta.ui.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookQdc;
import org.excerpta.exchange.qdpx.QdpxExportResult;
import org.excerpta.exchange.qdpx.QdpxExporter;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.ReportExport;
import org.excerpta.report.ReportOptions;

/** Writes one export the way the command line's {@code excerpta export} does, and says what it wrote. */
public final class ProjectExports {

	private ProjectExports() {
	}

	/**
	 * @param index the project's open index (the workbench keeps one), or null to open one for this export
	 */
	public static String export(ExcerptaProject project, ProjectIndex index, ExportFormat format, Path out, String title, boolean overlap) {
		switch (format) {
		case QDPX -> {
			QdpxExportResult r = new QdpxExporter().export(project, out);
			return "Wrote " + r.file() + ": " + r.sources() + " sources, " + r.codings() + " codings, " + r.memos() + " memos"
					+ (r.warnings().isEmpty() ? "." : ".\n\n" + String.join("\n", r.warnings()));
		}
		case QDC -> {
			try {
				CodebookQdc.write(project.model().getCodebook(), out);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
			}
			return "Wrote the codebook to " + out + ".";
		}
		default -> {
			ProjectIndex own = index == null ? ProjectIndex.open(project) : null;
			try {
				ProjectIndex idx = index == null ? own : index;
				ReportOptions options = ReportOptions.defaults().withTitle(title == null || title.isBlank() ? null : title)
						.withCooccurrence(overlap ? CooccurrenceTable.Unit.OVERLAP : CooccurrenceTable.Unit.SOURCE);
				List<Path> files = ReportExport.export(project, idx, ReportExport.Format.parse(format.id()), out, options);
				return "Wrote " + (files.size() == 1 ? files.get(0) : files.size() + " files to " + out) + ".";
			} finally {
				if (own != null) {
					own.close();
				}
			}
		}
		}
	}
}
