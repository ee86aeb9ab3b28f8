package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the rows of a survey file into header rows and respondents' rows, the same way in every
 * pass over the file: blank rows are skipped, the first non-blank rows form the header. With
 * {@code headerRows} 0 the first two rows are looked at to tell one header row from two.
 */
final class RowFeed implements org.excerpta.api.SurveyRows.RowHandler {

	interface Listener {
		void header(List<List<String>> rows);

		void respondent(long row, List<String> cells);
	}

	private final int headerRows;
	private final Listener listener;
	private final List<List<String>> pending = new ArrayList<>();
	private final List<Long> pendingNumbers = new ArrayList<>();
	private boolean headerDone;
	private long blankRows;

	RowFeed(int headerRows, Listener listener) {
		this.headerRows = headerRows;
		this.listener = listener;
	}

	@Override
	public void row(long number, List<String> cells) {
		if (isBlank(cells)) {
			if (headerDone) {
				blankRows++;
			}
			return;
		}
		if (headerDone) {
			listener.respondent(number, cells);
			return;
		}
		pending.add(cells);
		pendingNumbers.add(number);
		int needed = headerRows > 0 ? headerRows : 2;
		if (pending.size() == needed) {
			finishHeader(headerRows > 0 ? headerRows : HeaderRows.headerRowCount(pending.get(0), pending.get(1)));
		}
	}

	/** Called after the last row: a file shorter than the header rows looked at still has a header. */
	void end(Path file) {
		if (headerDone) {
			return;
		}
		if (pending.isEmpty()) {
			throw new SurveyImportException(file, "the file has no rows (it is empty or holds only blank rows)");
		}
		if (headerRows > pending.size()) {
			throw new SurveyImportException(file, "the header was to have " + headerRows + " rows, but the file has only "
					+ pending.size() + " non-blank " + (pending.size() == 1 ? "row" : "rows"));
		}
		finishHeader(headerRows > 0 ? headerRows : 1);
	}

	private void finishHeader(int rows) {
		headerDone = true;
		listener.header(List.copyOf(pending.subList(0, rows)));
		for (int i = rows; i < pending.size(); i++) {
			listener.respondent(pendingNumbers.get(i), pending.get(i));
		}
		pending.clear();
		pendingNumbers.clear();
	}

	/** Blank rows among the respondents' rows, skipped. */
	long blankRows() {
		return blankRows;
	}

	static boolean isBlank(List<String> cells) {
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				return false;
			}
		}
		return true;
	}
}
