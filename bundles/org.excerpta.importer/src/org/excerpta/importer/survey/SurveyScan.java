package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The first pass over a survey file: the header and column names, the ID column, and what each
 * column holds (for type and open-question detection). It checks what can only be checked on the
 * whole file, such as duplicate respondent IDs, so that the import fails before changing anything.
 */
final class SurveyScan implements RowFeed.Listener {

	/** Progress is reported, and cancellation checked, every this many rows. */
	static final int ROWS_PER_TICK = 1_000;

	private final Path file;
	private final SurveyOptions options;
	private final SubMonitor progress;
	private final List<String> notes = new ArrayList<>();
	private final List<ColumnStats> stats = new ArrayList<>();
	/** Respondent IDs seen, with their row, to name both rows of a duplicate. Dropped after the pass. */
	private Map<String, Long> ids = new HashMap<>();
	private List<String> names;
	private int headerRows;
	private int idIndex = -1;
	private long respondents;
	private long blankRows;
	private boolean widened;

	private SurveyScan(Path file, SurveyOptions options, SubMonitor progress) {
		this.file = file;
		this.options = options;
		this.progress = progress;
	}

	static SurveyScan run(SurveyFile reader, SurveyOptions options, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + reader.file.getFileName(), 1000);
		SurveyScan scan = new SurveyScan(reader.file, options, progress);
		scan.notes.addAll(reader.notes());
		RowFeed feed = new RowFeed(options.headerRows(), scan);
		reader.read(feed);
		feed.end(reader.file);
		if (scan.respondents == 0) {
			throw new SurveyImportException(reader.file, "the file has a header but no respondents");
		}
		scan.blankRows = feed.blankRows();
		scan.ids = null;
		progress.done();
		return scan;
	}

	@Override
	public void header(List<List<String>> rows) {
		headerRows = rows.size();
		names = new ArrayList<>(HeaderRows.names(rows, notes));
		for (int c = 0; c < names.size(); c++) {
			stats.add(new ColumnStats());
		}
		if (options.idColumn() != null) {
			idIndex = HeaderRows.find(names, options.idColumn());
			if (idIndex < 0) {
				throw new SurveyImportException(file, 0, options.idColumn(), "there is no such column for the respondent "
						+ "IDs; the columns are: " + ColumnPlanner.listOfNames(names));
			}
		}
	}

	@Override
	public void respondent(long row, List<String> cells) {
		respondents++;
		if (respondents % ROWS_PER_TICK == 0) {
			progress.setWorkRemaining(1000).split(1); // the number of rows is unknown: approach the end
			progress.subTask("Read " + respondents + " respondents");
		}
		widenTo(cells, row);
		if (idIndex >= 0) {
			checkId(row, cell(cells, idIndex).strip());
		}
		for (int c = 0; c < names.size(); c++) {
			if (c != idIndex) {
				stats.get(c).add(row, cell(cells, c));
			}
		}
	}

	private void checkId(long row, String id) {
		String column = names.get(idIndex);
		if (id.isEmpty()) {
			throw new SurveyImportException(file, row, column, "the respondent ID is blank; every respondent needs one "
					+ "(or import without an ID column to number respondents by row)");
		}
		Long first = ids.putIfAbsent(id, row);
		if (first != null) {
			throw new SurveyImportException(file, row, column, "the respondent ID \"" + id
					+ "\" appears twice (rows " + first + " and " + row + "); each respondent needs a different ID");
		}
	}

	/** A row with values beyond the header gets columns named "Column N" for them. */
	private void widenTo(List<String> cells, long row) {
		int last = cells.size() - 1;
		while (last >= names.size() && (cells.get(last) == null || cells.get(last).isBlank())) {
			last--;
		}
		if (last < names.size()) {
			return;
		}
		if (!widened) {
			notes.add("row " + row + " has more cells than the header; the extra columns are named by position");
			widened = true;
		}
		for (int c = names.size(); c <= last; c++) {
			String name = "Column " + (c + 1);
			for (int k = 2; names.contains(name); k++) {
				name = "Column " + (c + 1) + " (" + k + ")";
			}
			names.add(name);
			stats.add(new ColumnStats());
		}
	}

	static String cell(List<String> cells, int c) {
		String v = c < cells.size() ? cells.get(c) : null;
		return v == null ? "" : v;
	}

	Path file() {
		return file;
	}

	List<String> names() {
		return names;
	}

	List<ColumnStats> stats() {
		return stats;
	}

	int headerRows() {
		return headerRows;
	}

	int idIndex() {
		return idIndex;
	}

	long respondents() {
		return respondents;
	}

	long blankRows() {
		return blankRows;
	}

	List<String> notes() {
		return notes;
	}
}
