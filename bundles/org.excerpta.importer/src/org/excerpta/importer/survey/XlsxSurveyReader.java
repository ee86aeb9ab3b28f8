package org.excerpta.importer.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an XLSX workbook, streamed with POI's event API (the sheet's XML is parsed as it is
 * read, row by row), so a sheet of a million rows is never built in memory. The shared strings
 * table is held in memory, as POI does: it is the text of the cells.
 */
final class XlsxSurveyReader extends SurveyFileReader {

	private final int sheetIndex;
	private final String sheetName;

	XlsxSurveyReader(Path file, String sheet) {
		super(file);
		List<String> names = sheetNames();
		if (names.isEmpty()) {
			throw new SurveyImportException(file, "the workbook has no sheets");
		}
		sheetIndex = chooseSheet(names, sheet);
		sheetName = names.get(sheetIndex);
	}

	/**
	 * A sheet name, else a 1-based number, else a name ignoring case; no choice means the first
	 * sheet. A name comes first so that a sheet called "2024" can be chosen by its name.
	 */
	private int chooseSheet(List<String> names, String sheet) {
		if (sheet == null) {
			return 0;
		}
		int exact = names.indexOf(sheet);
		if (exact >= 0) {
			return exact;
		}
		if (sheet.chars().allMatch(Character::isDigit) && sheet.length() < 6) {
			int n = Integer.parseInt(sheet);
			if (n < 1 || n > names.size()) {
				throw new SurveyImportException(file, "there is no sheet " + n + ": the workbook has " + names.size()
						+ (names.size() == 1 ? " sheet" : " sheets") + " (" + String.join(", ", names) + ")");
			}
			return n - 1;
		}
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).toLowerCase(Locale.ROOT).equals(sheet.toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		throw new SurveyImportException(file, "there is no sheet called \"" + sheet + "\"; the sheets are: "
				+ String.join(", ", names));
	}

	@Override
	public String describe() {
		return "XLSX, sheet \"" + sheetName + "\"";
	}

	String sheetName() {
		return sheetName;
	}

	private List<String> sheetNames() {
		OPCPackage pkg = openPackage();
		try {
			List<String> names = new ArrayList<>();
			XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
			while (sheets.hasNext()) {
				sheets.next().close();
				names.add(sheets.getSheetName());
			}
			return names;
		} catch (IOException | OpenXML4JException | RuntimeException e) {
			throw unreadable(e);
		} finally {
			pkg.revert();
		}
	}

	@Override
	public void read(RowHandler handler) {
		OPCPackage pkg = openPackage();
		try {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			for (int i = 0; i < sheetIndex; i++) {
				sheets.next().close();
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(handler),
						new IsoCellFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		} catch (SurveyImportException e) {
			throw e;
		} catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
			throw unreadable(e);
		} catch (RuntimeException e) {
			if (e.getClass().getName().startsWith("org.apache.poi.")) {
				throw unreadable(e);
			}
			throw e; // the handler's own (cancellation, a problem in a row)
		} finally {
			pkg.revert();
		}
	}

	private OPCPackage openPackage() {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		} catch (OpenXML4JException | RuntimeException e) {
			throw unreadable(e);
		}
	}

	private SurveyImportException unreadable(Exception e) {
		return new SurveyImportException(file, "cannot be read as an .xlsx workbook (it may be damaged, or not a "
				+ "workbook): " + e.getMessage(), e);
	}

	/** An OLE2 file: a password-protected (encrypted) .xlsx, or an Excel 97-2003 .xls workbook. */
	static String describeOle2(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				return "the workbook is password-protected (encrypted); remove the password in Excel (or save it "
						+ "as CSV) and import it again";
			}
			return "this is an Excel 97-2003 (.xls) workbook or another old Office file; save it as .xlsx or CSV "
					+ "and import it again";
		} catch (IOException | RuntimeException e) {
			return "this is an old Office file that cannot be read (" + e.getMessage() + "); save it as .xlsx or CSV";
		}
	}

	/** Collects the cells of each row, blanks filled in where the sheet leaves out empty cells. */
	private static final class Rows implements SheetContentsHandler {

		private final RowHandler handler;
		private final List<String> cells = new ArrayList<>();
		private int nextColumn;

		Rows(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			if (column < cells.size()) {
				cells.set(column, value == null ? "" : value);
			} else {
				cells.add(value == null ? "" : value);
			}
			nextColumn = column + 1;
		}

		@Override
		public void endRow(int rowNum) {
			handler.row(rowNum + 1L, List.copyOf(cells));
		}
	}
}
