package org.excerpta.report;

import org.excerpta.api.table.ReportTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.network.CaseNetwork;
import org.excerpta.report.network.CodeNetwork;
import org.excerpta.report.network.GexfWriter;

/**
 * One call per export format, for {@code excerpta export DIR --format csv|xlsx|html|gexf OUT}.
 * Each file is written whole or not at all.
 */
public final class ReportExport {

	/** The formats a project can be exported in. */
	public enum Format {
		/** A folder with one CSV file per table (UTF-8 with a byte order mark, for Excel). */
		CSV,
		/** One workbook, a sheet per table. */
		XLSX,
		/** One self-contained HTML report. */
		HTML,
		/** The code network for Gephi. */
		GEXF,
		/** The case network for Gephi. */
		GEXF_CASES;

		public static Format parse(String s) {
			try {
				return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown format \"" + s + "\" (csv, xlsx, html, gexf, gexf-cases)");
			}
		}
	}

	private ReportExport() {
	}

	/**
	 * Exports the project: for CSV, {@code out} is a folder (made if missing) and each table one
	 * file in it; otherwise {@code out} is the file. Returns the files written.
	 */
	public static List<Path> export(ExcerptaProject project, ProjectIndex index, Format format, Path out, ReportOptions options) {
		switch (format) {
		case CSV -> {
			return writeCsv(StandardTables.of(project, index, options), out);
		}
		case XLSX -> new XlsxReportWriter().write(StandardTables.of(project, index, options), out);
		case HTML -> HtmlReport.write(project, index, options, out);
		case GEXF -> new GexfWriter().write(CodeNetwork.of(project, index, options.scope(), options.cooccurrence()), out);
		case GEXF_CASES -> new GexfWriter().write(CaseNetwork.of(project, index, options.scope(), 1), out);
		}
		return List.of(out);
	}

	/**
	 * Whether {@link #exportAlone} can write this format from the index alone: the tables (CSV,
	 * XLSX) when every analysis in reports counts from the index, and the code network. The HTML
	 * report quotes memos and describes sources, and the case network reads the cases' sources,
	 * which only the model holds.
	 */
	public static boolean canExportAlone(Format format) {
		return switch (format) {
		case CSV, XLSX -> StandardTables.canMakeAlone();
		case GEXF -> true;
		case HTML, GEXF_CASES -> false;
		};
	}

	/**
	 * Exports from the project's index alone, opened without its model ({@link
	 * ProjectIndex#openForReading}), the same files as {@link #export}; see {@link #canExportAlone}.
	 */
	public static List<Path> exportAlone(Path folder, ProjectIndex index, Format format, Path out, ReportOptions options) {
		if (!canExportAlone(format)) {
			throw new IllegalArgumentException("the " + format.name().toLowerCase(Locale.ROOT) + " export reads the project itself");
		}
		switch (format) {
		case CSV -> {
			return writeCsv(StandardTables.alone(folder, index, options), out);
		}
		case XLSX -> new XlsxReportWriter().write(StandardTables.alone(folder, index, options), out);
		case GEXF -> new GexfWriter().write(CodeNetwork.of(CountedProject.of(index), index, options.scope(), options.cooccurrence()), out);
		default -> throw new IllegalStateException(format.name());
		}
		return List.of(out);
	}

	/** A folder (made if missing) with each table as one file. */
	private static List<Path> writeCsv(List<ReportTable> tables, Path out) {
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot make the folder " + out + ": " + e.getMessage(), e);
		}
		List<Path> files = new ArrayList<>();
		Set<String> names = new HashSet<>();
		CsvReportWriter csv = CsvReportWriter.forExcel();
		for (ReportTable t : tables) {
			Path file = out.resolve(fileName(t.id(), names) + ".csv");
			csv.write(t, file);
			files.add(file);
		}
		return files;
	}

	/** A file name from a table's id that any file system takes, unique ignoring case. */
	static String fileName(String id, Set<String> taken) {
		String base = id.replaceAll("[^\\p{L}\\p{N}()._ -]+", "-").replaceAll("^[.\\s-]+|[.\\s-]+$", "");
		base = SheetNames.cut(base.isEmpty() ? "table" : base, 100);
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = base + "-" + n;
		}
		return name;
	}
}
