package org.excerpta.exchange.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookQdc.ImportedCode;

/**
 * Imports a REFI-QDA project (a .qdpx archive, or a bare .qde) as a new Excerpta project.
 *
 * <p>Everything the model can hold comes through with its GUID (in Excerpta's form: lower case,
 * no braces): users, the code tree with colours and descriptions, variables, cases with their
 * values, text sources (and PDFs, through their plain text) with selections and codings by coder,
 * notes as memos with what they are attached to, sets and links. Whatever cannot come through is
 * listed in the {@link QdpxImportReport} with the reason and where it is in the file.
 *
 * <p>The project is built in a hidden folder beside the target and renamed into place only when
 * complete; if anything fails, that folder is deleted and a {@link QdpxImportException} names what
 * is wrong and where (entry, element, line). An existing project is never touched.
 */
public final class QdpxImporter {

	private final QdpxImportOptions options;

	public QdpxImporter() {
		this(QdpxImportOptions.defaults());
	}

	public QdpxImporter(QdpxImportOptions options) {
		this.options = options;
	}

	/**
	 * Imports {@code file} into the new project folder {@code projectFolder} (which must not exist,
	 * or be empty).
	 *
	 * @throws QdpxImportException when the file cannot be imported; nothing is left behind then
	 */
	public QdpxImportReport importProject(Path file, Path projectFolder) {
		Staging.checkFree(projectFolder);
		QdpxImportReport report = new QdpxImportReport(String.valueOf(file.getFileName()));
		try (QdpxArchive archive = QdpxArchive.open(file, options)) {
			String where = archive.qdeEntry().equals(archive.name()) ? archive.name()
					: archive.name() + ", " + archive.qdeEntry();
			Qde.Document doc;
			try (InputStream in = archive.open(archive.qdeEntry())) {
				doc = QdeReader.read(in, where, report);
			}
			List<ImportedCode> codes = doc.codeTree == null ? List.of() : doc.codeTree;
			ExcerptaExtras extras = extras(archive, report);
			build(archive, where, doc, codes, extras, projectFolder, report);
		} catch (IOException e) {
			throw new QdpxImportException(file.getFileName() + ": cannot be read: " + e.getMessage(), e);
		} catch (QdpxImportException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new QdpxImportException(file.getFileName() + ": cannot be imported: " + e, e);
		}
		report.projectFolder(projectFolder.toAbsolutePath().normalize());
		return report;
	}

	private static ExcerptaExtras extras(QdpxArchive archive, QdpxImportReport report) {
		if (!archive.has(ExcerptaExtras.ENTRY)) {
			return null;
		}
		try (InputStream in = archive.open(ExcerptaExtras.ENTRY)) {
			return ExcerptaExtras.read(in);
		} catch (IllegalArgumentException | IOException e) {
			report.notImported("Excerpta additions", null, ExcerptaExtras.ENTRY, archive.name() + ", " + ExcerptaExtras.ENTRY,
					"unreadable (" + e.getMessage() + "); source kinds, speaker turns, original files and the memos of "
							+ "cases and sets that Excerpta keeps there were not restored");
			return null;
		}
	}

	private void build(QdpxArchive archive, String where, Qde.Document doc, List<ImportedCode> codes,
			ExcerptaExtras extras, Path projectFolder, QdpxImportReport report) {
		Staging staging = Staging.beside(projectFolder);
		try {
			String name = doc.project.name() != null && !doc.project.name().isBlank() ? doc.project.name().strip()
					: baseName(archive.name());
			boolean atlasTi = doc.project.origin() != null && doc.project.origin().contains("ATLAS.ti");
			try (ExcerptaProject project = ExcerptaProject.create(staging.folder(), name)) {
				ImportContext context = new ImportContext(project, report, extras, archive, options, where, atlasTi);
				new ProjectAssembler(context, doc, codes, doc.project.basePath()).run();
				project.commandStack().flush(); // the import is the project's beginning, not a step to undo
			}
			staging.commit();
		} catch (QdpxImportException e) {
			staging.discard(e);
			throw e;
		} catch (RuntimeException | Error e) {
			staging.discard(e);
			throw new QdpxImportException(where + ": the project could not be built: " + e.getMessage(), e);
		}
	}

	private static String baseName(String file) {
		int dot = file.lastIndexOf('.');
		return dot > 0 ? file.substring(0, dot) : file;
	}
}
