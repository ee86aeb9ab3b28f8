package org.excerpta.importer.survey;

import org.excerpta.importer.survey.LexicalValues.DateOrder;
import org.excerpta.model.VariableType;

/**
 * What becomes of one column: the respondent ID, a question with open answers, a typed case
 * variable, or nothing (empty in every row). The reason is shown to the user.
 */
record ColumnPlan(int index, String name, SurveyPreview.Role role, VariableType type, DateOrder dateOrder,
		String reason, ColumnStats stats) {

	boolean isClosed() {
		return role == SurveyPreview.Role.CLOSED;
	}

	boolean isOpen() {
		return role == SurveyPreview.Role.OPEN;
	}
}
