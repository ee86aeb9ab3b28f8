package org.excerpta.report.contrib;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.ExportResult;
import org.excerpta.api.Exporter;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.report.ReportExport;

/**
 * Excerpta's own report exports (CSV, XLSX, HTML, GEXF), each a service of its own (OSGI-INF/export-*.xml)
 * in front of {@link ReportExport}. The settings' options are the command line's (see {@link SettingsConversion}).
 */
public abstract sealed class ReportExporter implements Exporter {

	private final ReportExport.Format format;
	private final String name;
	private final String description;
	private final String extension;

	ReportExporter(ReportExport.Format format, String name, String description, String extension) {
		this.format = format;
		this.name = name;
		this.description = description;
		this.extension = extension;
	}

	@Override
	public String id() {
		return format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public String extension() {
		return extension;
	}

	/** Whether this export can be made from the project's index alone, given an {@link IndexedProject} (see {@link ReportExport#canExportAlone}). */
	public boolean exportsAlone() {
		return ReportExport.canExportAlone(format);
	}

	@Override
	public ExportResult export(ProjectAccess access, Settings settings, Path out, IProgressMonitor monitor) {
		if (access instanceof IndexedProject indexed) {
			org.excerpta.index.ProjectIndex index = indexed.adapt(org.excerpta.index.ProjectIndex.class);
			return ExportResult.of(ReportExport.exportAlone(indexed.folder(), index, format, out,
					SettingsConversion.options(org.excerpta.report.CountedProject.of(index), settings)));
		}
		ExcerptaProject project = OpenedProject.projectOf(access);
		return ExportResult.of(ReportExport.export(project, OpenedProject.indexOf(access), format, out, SettingsConversion.options(project, settings)));
	}

	public static final class Csv extends ReportExporter {
		public Csv() {
			super(ReportExport.Format.CSV, "CSV tables (a folder)", "a folder with the coded excerpts and every counts table, one CSV file each, for Excel, R or SPSS", "");
		}
	}

	public static final class Xlsx extends ReportExporter {
		public Xlsx() {
			super(ReportExport.Format.XLSX, "Excel workbook (.xlsx)", "the coded excerpts and every counts table as one workbook, a sheet per table", "xlsx");
		}
	}

	public static final class Html extends ReportExporter {
		public Html() {
			super(ReportExport.Format.HTML, "HTML report", "one self-contained report: codebook, counts with intervals, charts and excerpts", "html");
		}
	}

	public static final class Gexf extends ReportExporter {
		public Gexf() {
			super(ReportExport.Format.GEXF, "Code network (Gephi .gexf)", "the codes as a network, linked when they meet, for Gephi", "gexf");
		}
	}

	public static final class GexfCases extends ReportExporter {
		public GexfCases() {
			super(ReportExport.Format.GEXF_CASES, "Case network (Gephi .gexf)", "the cases as a network, linked by the codes they share, for Gephi", "gexf");
		}
	}
}
