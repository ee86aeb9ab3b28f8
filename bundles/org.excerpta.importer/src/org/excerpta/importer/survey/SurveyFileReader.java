package org.excerpta.importer.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a survey export, CSV or XLSX, one at a time: a file of a million rows is
 * streamed, never held whole. Each call to {@link #read} reads the file again from the start, so
 * an import can look at every row before it changes anything.
 */
abstract class SurveyFileReader {

	/** Receives each row in file order; blank rows may be passed too. */
	interface RowHandler {
		/** @param number the row's number in the file, 1 for the first row */
		void row(long number, List<String> cells);
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	protected final Path file;
	protected final List<String> notes = new ArrayList<>();

	SurveyFileReader(Path file) {
		this.file = file;
	}

	/** Opens a CSV or XLSX file, recognised by its content first and its extension second. */
	static SurveyFileReader open(Path file, String sheet) {
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
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (startsWith(head, OLE2)) {
			throw new SurveyImportException(file, XlsxSurveyReader.describeOle2(file));
		}
		if (startsWith(head, ZIP) || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
			return new XlsxSurveyReader(file, sheet);
		}
		if (name.endsWith(".xls")) {
			throw new SurveyImportException(file, "is not an Excel workbook Excerpta can read; save it as .xlsx or CSV");
		}
		CsvSurveyReader csv = new CsvSurveyReader(file);
		if (sheet != null) {
			csv.notes.add("the sheet option (" + sheet + ") applies to XLSX workbooks only; ignored for this CSV file");
		}
		return csv;
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/** What was read and how, for the user: "CSV, UTF-8, delimiter ';'" or "XLSX, sheet "Responses"". */
	abstract String describe();

	/** Streams every row of the file (or of the chosen sheet) to the handler, in order. */
	abstract void read(RowHandler handler);

	/** What was noticed while opening the file (encoding guessed, option ignored). */
	List<String> notes() {
		return notes;
	}
}
