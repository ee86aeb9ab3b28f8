package org.excerpta.importer.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.excerpta.importer.survey.LexicalValues.DateOrder;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;

/**
 * Decides what each column becomes, in this order: the ID column; columns the user listed as open;
 * columns the user gave a type; columns the project already knows (a question stays a question,
 * a variable keeps its type, so a newer export lands where the first one did); then detection
 * (of open questions only when the user did not list them).
 * Everything is checked here, after the first pass and before the project is touched.
 */
final class ColumnPlanner {

	private final Path file;
	private final List<String> names;
	private final List<ColumnStats> stats;
	private final List<String> notes;

	ColumnPlanner(Path file, List<String> names, List<ColumnStats> stats, List<String> notes) {
		this.file = file;
		this.names = names;
		this.stats = stats;
		this.notes = notes;
	}

	List<ColumnPlan> plan(int idIndex, SurveyOptions options, ExistingSurvey existing) {
		Set<Integer> open = new HashSet<>();
		for (String column : options.openColumns()) {
			open.add(column(column, "listed as an open question"));
		}
		Map<Integer, VariableType> types = new HashMap<>();
		options.typeOverrides().forEach((column, type) -> types.put(column(column, "given a type"), type));
		if (idIndex >= 0 && (open.contains(idIndex) || types.containsKey(idIndex))) {
			throw new SurveyImportException(file, 0, names.get(idIndex),
					"this is the respondent ID column; it cannot also be an open question or a typed variable");
		}
		// A list of open columns is the whole list: the others are closed, not guessed at.
		boolean detectOpen = options.openColumns().isEmpty();
		List<ColumnPlan> plans = new ArrayList<>(names.size());
		for (int c = 0; c < names.size(); c++) {
			plans.add(planColumn(c, c == idIndex, open.contains(c), types.get(c), existing, detectOpen));
		}
		return plans;
	}

	private ColumnPlan planColumn(int c, boolean id, boolean listedOpen, VariableType given, ExistingSurvey existing,
			boolean detectOpen) {
		String name = names.get(c);
		ColumnStats s = stats.get(c);
		Variable known = existing.variable(name);
		if (id) {
			return new ColumnPlan(c, name, SurveyPreview.Role.ID, null, null, "the respondent ID", s);
		}
		if (listedOpen) {
			if (given != null) {
				throw new SurveyImportException(file, 0, name, "the column is listed as an open question and also "
						+ "given the type " + given.getLiteral() + "; choose one");
			}
			return open(c, name, s, "listed as an open question");
		}
		if (given != null) {
			if (known != null && known.getType() != given) {
				throw new SurveyImportException(file, 0, name, "the project already has a variable \"" + name
						+ "\" of type " + known.getType().getLiteral() + "; it cannot be imported as "
						+ given.getLiteral());
			}
			return closedAs(c, name, s, given, "the column was given the type " + given.getLiteral());
		}
		if (existing.isQuestion(name)) {
			if (!detectOpen) {
				notes.add("column \"" + name + "\" stays an open question, as it is in the project");
			}
			return open(c, name, s, "already a question in the project");
		}
		if (known != null) {
			return closedAs(c, name, s, known.getType(), "the project's variable \"" + name + "\" is "
					+ LexicalValues.withArticle(known.getType()));
		}
		if (s.values() == 0) {
			notes.add("column \"" + name + "\" is empty in every row; left out");
			return new ColumnPlan(c, name, SurveyPreview.Role.EMPTY, null, null, "empty in every row", s);
		}
		ColumnTypes.Detected detected = ColumnTypes.detect(name, s);
		String openReason = detectOpen ? ColumnTypes.openReason(name, s, detected.type()) : null;
		if (openReason != null) {
			notes.add("column \"" + name + "\" detected as open-ended: " + openReason);
			return open(c, name, s, openReason);
		}
		if (detected.note() != null) {
			notes.add(detected.note());
		}
		return new ColumnPlan(c, name, SurveyPreview.Role.CLOSED, detected.type(), detected.dateOrder(),
				"detected as " + detected.type().getLiteral(), s);
	}

	private static ColumnPlan open(int c, String name, ColumnStats s, String reason) {
		return new ColumnPlan(c, name, SurveyPreview.Role.OPEN, null, null, reason, s);
	}

	/** A type chosen by the user or the project: every value must fit it. */
	private ColumnPlan closedAs(int c, String name, ColumnStats s, VariableType type, String why) {
		ColumnStats.Misfit m = ColumnTypes.misfit(s, type);
		if (m != null) {
			throw new SurveyImportException(file, m.row(), name, "\"" + m.value() + "\" is not "
					+ LexicalValues.withArticle(type) + ", but " + why);
		}
		DateOrder order = null;
		if (type == VariableType.DATE) {
			order = ColumnTypes.dateOrder(s);
			if (order == DateOrder.DAY_FIRST && s.ambiguousDate() != null
					&& s.misfit(ColumnStats.Check.DATE_MONTH_FIRST) == null) {
				notes.add("column \"" + name + "\": dates such as " + s.ambiguousDate() + " read day first");
			}
		}
		return new ColumnPlan(c, name, SurveyPreview.Role.CLOSED, type, order, why, s);
	}

	/** A column the user named, found as HeaderRows.find does; unknown names are an error. */
	private int column(String wanted, String role) {
		int c = HeaderRows.find(names, wanted);
		if (c < 0) {
			throw new SurveyImportException(file, 0, wanted, "there is no such column (" + role + "); the columns are: "
					+ listOfNames(names));
		}
		return c;
	}

	static String listOfNames(List<String> names) {
		int shown = Math.min(names.size(), 20);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < shown; i++) {
			b.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
		}
		if (names.size() > shown) {
			b.append(" and ").append(names.size() - shown).append(" more");
		}
		return b.toString();
	}
}
