package org.excerpta.importer.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.excerpta.api.Contributions;
import org.excerpta.api.ImportProblem;
import org.excerpta.api.SurveyReader;
import org.excerpta.api.SurveyRows;

/**
 * A survey file opened by the installed reader that takes it (Excerpta's CSV and XLSX readers, or
 * a plugin's). Whoever reads it, a problem comes back as a {@link SurveyImportException} naming the
 * file, so the import reports it the same way and changes nothing.
 */
final class SurveyFile {

	static final byte[] ZIP = { 'P', 'K', 3, 4 };
	static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	final Path file;
	private final SurveyRows rows;

	private SurveyFile(Path file, SurveyRows rows) {
		this.file = file;
		this.rows = rows;
	}

	/** Opens the file with the first reader, by priority, that accepts it. */
	static SurveyFile open(Path file, String sheet) {
		return open(file, sheet, Contributions.surveyReaders());
	}

	static SurveyFile open(Path file, String sheet, List<SurveyReader> readers) {
		if (!Files.exists(file)) {
			throw new SurveyImportException(file, "the file does not exist");
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new SurveyImportException(file, "is not a readable file");
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(OLE2.length);
		} catch (IOException e) {
			throw new SurveyImportException(file, "cannot be read: " + e.getMessage(), e);
		}
		if (head.length == 0) {
			throw new SurveyImportException(file, "the file is empty");
		}
		for (SurveyReader reader : readers) {
			if (accepts(reader, file, head)) {
				try {
					return new SurveyFile(file, reader.open(file, sheet));
				} catch (SurveyImportException e) {
					throw e;
				} catch (ImportProblem e) {
					throw new SurveyImportException(file, e.getMessage(), e);
				}
			}
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (startsWith(head, OLE2)) {
			throw new SurveyImportException(file, XlsxSurveyReader.describeOle2(file));
		}
		if (name.endsWith(".xls")) {
			throw new SurveyImportException(file, "is not an Excel workbook Excerpta can read; save it as .xlsx or CSV");
		}
		throw new SurveyImportException(file, "no installed survey reader takes this file (installed: "
				+ String.join(", ", readers.stream().map(SurveyReader::name).toList()) + ")");
	}

	private static boolean accepts(SurveyReader reader, Path file, byte[] head) {
		try {
			return reader.accepts(file, head.clone());
		} catch (RuntimeException e) {
			return false; // a plugin's faulty check must not keep the file from the other readers
		}
	}

	static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	String describe() {
		return rows.describe();
	}

	List<String> notes() {
		return rows.notes();
	}

	void read(SurveyRows.RowHandler handler) {
		try {
			rows.read(handler);
		} catch (SurveyImportException e) {
			throw e;
		} catch (ImportProblem e) {
			throw new SurveyImportException(file, e.getMessage(), e);
		}
	}
}
