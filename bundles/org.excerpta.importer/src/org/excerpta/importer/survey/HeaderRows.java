package org.excerpta.importer.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column names from the header rows of a real export. SurveyMonkey writes two header rows: the
 * question in the first, written once above all its columns (the cells to its right are empty),
 * and a sub-label in the second ("Response", "Open-Ended Response", or one option of a multiple
 * choice question). They are merged into "Question / Sub-label"; the plain "Response" of a single
 * answer question is left out. Names are then made unique, since variables and questions are
 * matched by name when a newer export is imported.
 */
final class HeaderRows {

	/** The variable that names the question of each open answer; a column may not take its name. */
	static final String QUESTION = "Question";

	private static final String RESPONSE = "response";
	private static final Set<String> SUB_LABELS = Set.of(RESPONSE, "open-ended response");

	private HeaderRows() {
	}

	/**
	 * Two when the second row holds SurveyMonkey's sub-labels: "Response" or "Open-Ended Response"
	 * under two questions or more, or under one question whose label spans the next column (a
	 * respondent's single answer "Response" in the first data row is not enough).
	 */
	static int headerRowCount(List<String> first, List<String> second) {
		int labels = 0;
		boolean spans = false;
		for (int c = 0; c < second.size(); c++) {
			String below = clean(second.get(c));
			if (SUB_LABELS.contains(below.toLowerCase(Locale.ROOT))) {
				labels++;
			}
			spans |= c > 0 && !below.isEmpty() && clean(c < first.size() ? first.get(c) : null).isEmpty();
		}
		return labels >= 2 || labels == 1 && spans ? 2 : 1;
	}

	/** The merged, unique column names, with a note for every name made up or changed. */
	static List<String> names(List<List<String>> rows, List<String> notes) {
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		String[][] labels = new String[rows.size()][width];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < width; c++) {
				labels[r][c] = clean(cell(rows.get(r), c));
			}
		}
		// A question spans the columns to its right whose upper cells are empty: its label is carried
		// over them, but only over columns with a sub-label below and, below the first row, only
		// while the label above is carried too (the next question starts a new span).
		for (int r = 0; r < rows.size() - 1; r++) {
			for (int c = 1; c < width; c++) {
				boolean spanContinues = r == 0 || clean(cell(rows.get(r - 1), c)).isEmpty();
				if (labels[r][c].isEmpty() && spanContinues && hasLabelBelow(labels, r, c)) {
					labels[r][c] = labels[r][c - 1];
				}
			}
		}
		List<String> names = new ArrayList<>(width);
		for (int c = 0; c < width; c++) {
			List<String> parts = new ArrayList<>();
			for (int r = 0; r < rows.size(); r++) {
				String label = labels[r][c];
				boolean plainResponse = r == rows.size() - 1 && r > 0 && label.equalsIgnoreCase(RESPONSE)
						&& !parts.isEmpty();
				if (!label.isEmpty() && !plainResponse && !parts.contains(label)) {
					parts.add(label);
				}
			}
			names.add(parts.isEmpty() ? null : String.join(" / ", parts));
		}
		if (rows.size() > 1) {
			notes.add(rows.size() + " header rows merged into column names (\"Question / Sub-label\")");
		}
		return unique(names, notes);
	}

	private static boolean hasLabelBelow(String[][] labels, int r, int c) {
		for (int below = r + 1; below < labels.length; below++) {
			if (!labels[below][c].isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** Names every nameless column "Column N" and renames repeats "Name (2)", "Name (3)"... */
	static List<String> unique(List<String> names, List<String> notes) {
		Set<String> used = new HashSet<>();
		used.add(QUESTION);
		List<String> result = new ArrayList<>(names.size());
		for (int c = 0; c < names.size(); c++) {
			String name = names.get(c);
			if (name == null) {
				name = "Column " + (c + 1);
				notes.add("column " + (c + 1) + " has no name; called \"" + name + "\"");
			}
			String unique = name;
			for (int k = 2; used.contains(unique); k++) {
				unique = name + " (" + k + ")";
			}
			if (!unique.equals(name)) {
				notes.add("column " + (c + 1) + " \"" + name + "\" renamed \"" + unique + "\" ("
						+ (name.equals(QUESTION) ? "\"Question\" names the question of each open answer"
								: "the name was already used")
						+ ")");
			}
			used.add(unique);
			result.add(unique);
		}
		return result;
	}

	/** Header cells often hold line breaks and runs of spaces; a name is kept on one line. */
	static String clean(String cell) {
		return cell == null ? "" : cell.strip().replaceAll("\\s+", " ");
	}

	private static String cell(List<String> row, int c) {
		return c < row.size() ? row.get(c) : null;
	}

	/**
	 * Finds a column by the name a user gave: exactly, else with spaces tidied, else ignoring case
	 * (a newer export may write "case" where the first wrote "Case"). -1 when there is none.
	 */
	static int find(List<String> names, String wanted) {
		int exact = names.indexOf(wanted);
		if (exact >= 0) {
			return exact;
		}
		String tidy = clean(wanted);
		int tidied = names.indexOf(tidy);
		if (tidied >= 0) {
			return tidied;
		}
		int found = -1;
		for (int c = 0; c < names.size(); c++) {
			if (names.get(c).equalsIgnoreCase(tidy)) {
				if (found >= 0) {
					return -1; // ambiguous: "Age" and "AGE" both exist
				}
				found = c;
			}
		}
		return found;
	}
}
