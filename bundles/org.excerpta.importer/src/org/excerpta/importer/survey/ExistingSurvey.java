package org.excerpta.importer.survey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.excerpta.model.Case;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.excerpta.model.VariableValue;

/**
 * What a project already holds that a survey import must match rather than duplicate: cases by
 * name (the respondent ID), variables by name, the "Question" variable, the question labels that
 * have answers, and each case's answers by question.
 */
final class ExistingSurvey {

	private final Map<String, Case> cases = new HashMap<>();
	private final Map<String, Variable> variables = new HashMap<>();
	private final Set<String> questions = new HashSet<>();
	private final Variable question;

	private ExistingSurvey(Project model) {
		Variable q = null;
		if (model != null) {
			for (Case c : model.getCases()) {
				cases.putIfAbsent(c.getName(), c);
			}
			for (Variable v : model.getVariables()) {
				variables.putIfAbsent(v.getName(), v);
				if (q == null && HeaderRows.QUESTION.equals(v.getName()) && v.getType() == VariableType.TEXT) {
					q = v;
				}
			}
			if (q != null) {
				for (Source s : model.getSources()) {
					String label = questionOf(s, q);
					if (label != null) {
						questions.add(label);
					}
				}
			}
		}
		question = q;
	}

	static ExistingSurvey of(Project model) {
		return new ExistingSurvey(model);
	}

	/** Nothing: for a preview, which does not look at a project. */
	static ExistingSurvey none() {
		return new ExistingSurvey(null);
	}

	Case caseNamed(String name) {
		return cases.get(name);
	}

	Variable variable(String name) {
		return variables.get(name);
	}

	/** The "Question" variable answers are labelled with, or {@code null} when the project has none yet. */
	Variable questionVariable() {
		return question;
	}

	boolean isQuestion(String label) {
		return questions.contains(label);
	}

	/** The case's survey answers by question label. */
	Map<String, TextSource> answersOf(Case c) {
		Map<String, TextSource> answers = new HashMap<>();
		if (question != null) {
			for (Source s : c.getSources()) {
				String label = questionOf(s, question);
				if (label != null) {
					answers.putIfAbsent(label, (TextSource) s);
				}
			}
		}
		return answers;
	}

	/** The case's value of a variable, or {@code null}. */
	static VariableValue valueOf(Case c, Variable v) {
		for (VariableValue value : c.getValues()) {
			if (value.getVariable() == v) {
				return value;
			}
		}
		return null;
	}

	private static String questionOf(Source s, Variable question) {
		if (!(s instanceof TextSource) || s.getKind() != SourceKind.SURVEY_ANSWER) {
			return null;
		}
		for (VariableValue v : s.getValues()) {
			if (v.getVariable() == question) {
				return v.getValue();
			}
		}
		return null;
	}
}
