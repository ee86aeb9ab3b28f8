package org.excerpta.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.importer.survey.SurveyPreview;
import org.excerpta.model.Case;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.excerpta.model.VariableValue;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real survey exports nobody on this project wrote: what a researcher gets from each. */
class SurveyRealFilesTest {

	@TempDir
	Path tmp;

	/** A survey file under {@code shared/data/surveys} beside the checkout. */
	static Path surveyFile(String relative) {
		return SharedData.file("surveys/" + relative);
	}

	// ---- helpers for reading a project the way a researcher would look at it ----

	static Case caseNamed(ExcerptaProject p, String name) {
		return p.model().getCases().stream().filter(c -> name.equals(c.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no case " + name));
	}

	static Variable variable(ExcerptaProject p, String name) {
		return p.model().getVariables().stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
	}

	/** The case's value of a variable, or null. */
	static String value(Case c, String variable) {
		return c.getValues().stream().filter(v -> variable.equals(v.getVariable().getName())).map(VariableValue::getValue)
				.findFirst().orElse(null);
	}

	static String question(Source answer) {
		return answer.getValues().stream().filter(v -> "Question".equals(v.getVariable().getName()))
				.map(VariableValue::getValue).findFirst().orElse(null);
	}

	/** The case's answers by question. */
	static Map<String, TextSource> answers(Case c) {
		return c.getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER)
				.collect(Collectors.toMap(SurveyRealFilesTest::question, s -> (TextSource) s));
	}

	static long answerCount(ExcerptaProject p) {
		return p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER).count();
	}

	static SurveyImportReport importInto(ExcerptaProject p, Path file, SurveyOptions options) {
		return new SurveyImporter().importSurvey(p, file, options, null);
	}

	// ---- the tests ----

	@Test
	void qualcoderCsvBecomesCasesTypedVariablesAndOneAnswerPerRespondent() {
		Path dir = tmp.resolve("study");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Study")) {
			SurveyImportReport r = importInto(p, surveyFile("qualcoder_examples/survey456.csv"),
					SurveyOptions.defaults().withIdColumn("Case"));
			assertEquals(3, r.respondentsAdded());
			assertEquals(List.of("freetext"), r.questions());
			assertEquals(3, r.answersAdded());
		}
		// Reopened from disk: the import is durable without saving.
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(List.of("ID4", "ID5", "ID6"), p.model().getCases().stream().map(Case::getName).toList());
			assertEquals(VariableType.INTEGER, variable(p, "Age").getType());
			assertEquals(VariableType.TEXT, variable(p, "Gender").getType());
			assertEquals(VariableType.TEXT, variable(p, "Question").getType());
			assertNull(variable(p, "freetext"), "an open question is not a case variable");
			assertNull(variable(p, "Case"), "the ID column names the cases");
			Case id4 = caseNamed(p, "ID4");
			assertEquals("24", value(id4, "Age"));
			assertEquals("shopping", value(id4, "Interest"));
			assertNull(value(caseNamed(p, "ID5"), "Age"), "a blank cell gives no value");
			TextSource answer = answers(caseNamed(p, "ID6")).get("freetext");
			String text = "I did not enrol in any studies, even though I am retired. Currently, I am mainly enjoying "
					+ "being away from work and doing my gardening.";
			assertEquals(text, answer.getPlainTextContent(), "inline, trimmed");
			assertEquals(text.codePointCount(0, text.length()), answer.getLength());
			assertEquals(SourceKind.SURVEY_ANSWER, answer.getKind());
			assertTrue(p.model().getSources().contains(answer));
		}
	}

	@Test
	void attributesOnlyCsvHasNoQuestions() {
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("p"), "Study")) {
			SurveyImportReport r = importInto(p, surveyFile("qualcoder_examples/cases123.csv"),
					SurveyOptions.defaults().withIdColumn("case"));
			assertEquals(List.of(), r.questions());
			assertNull(variable(p, "Question"), "no open question, no Question variable");
			assertEquals("45", value(caseNamed(p, "ID3"), "Age"));
			assertEquals("performing arts", value(caseNamed(p, "ID2"), "interest"));
			assertEquals(0, answerCount(p));
		}
	}

	@Test
	void qualcoderXlsxGivesNumbersAsNumbersAndBothOpenQuestions() {
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("p"), "Study")) {
			SurveyImportReport r = importInto(p, surveyFile("qualcoder_examples/survey789.xlsx"),
					SurveyOptions.defaults().withIdColumn("Case"));
			assertEquals("XLSX, sheet \"survey\"", r.format());
			assertEquals(List.of("Qual_hobby_opinions", "Qual_pet_opinions"), r.questions());
			assertEquals(6, r.answersAdded());
			assertEquals("33", value(caseNamed(p, "ID7"), "Age"), "a numeric cell, not \"33.0\"");
			assertNull(value(caseNamed(p, "ID8"), "Age"));
			assertEquals("A fish", answers(caseNamed(p, "ID8")).get("Qual_pet_opinions").getPlainTextContent());
			assertEquals(6, answerCount(p));
		}
	}

	@Test
	void cases456XlsxFirstSheetByDefault() {
		SurveyPreview preview = new SurveyImporter().preview(surveyFile("qualcoder_examples/cases456.xlsx"),
				SurveyOptions.defaults().withIdColumn("case"));
		assertEquals(3, preview.respondents());
		assertEquals(VariableType.INTEGER, preview.column("Age").type());
		assertEquals(List.of("56", "73", "29"), preview.column("Age").samples());
	}

	/** SurveyMonkey's two header rows: questions above, "Response" or an option's label below. */
	@Test
	void religionSurveyTwoHeaderRowsAreMerged() {
		Path file = surveyFile("fivethirtyeight/religion-survey/religion-survey-results.csv");
		SurveyPreview preview = new SurveyImporter().preview(file, SurveyOptions.defaults());
		assertEquals(2, preview.headerRows());
		assertEquals(1039, preview.respondents());
		assertEquals("What is your present religion, if any?", preview.columns().get(0).name(),
				"the plain sub-label \"Response\" is left out");
		assertEquals("What is your present religion, if any? / None of these", preview.columns().get(1).name(),
				"a blank question cell is the question to its left");
		assertEquals(VariableType.BOOLEAN, preview.column("Do you consider yourself to be an evangelical?").type());
		assertTrue(preview.notes().stream().anyMatch(n -> n.startsWith("2 header rows merged")), preview.notes()::toString);

		// The free-text "none of these" column is short (median 9 characters): the researcher names it open.
		String other = "What is your present religion, if any? / None of these";
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("p"), "Religion")) {
			SurveyImportReport r = importInto(p, file, SurveyOptions.defaults().withOpenColumns(List.of(other)));
			assertEquals(1039, r.respondentsAdded());
			assertEquals(242, r.answersAdded());
			assertEquals(1039 - 242, r.blankAnswersSkipped());
			Case first = caseNamed(p, "1");
			assertEquals("None of these", value(first, "What is your present religion, if any?"));
			assertEquals("Wesleyan Christian", answers(first).get(other).getPlainTextContent());
			assertEquals("false", value(first, "Do you consider yourself to be an evangelical?"), "xs:boolean");
		}
	}

	/** Each "Other (please specify)" text column is open; the ticked-checkbox column beside it is not. */
	@Test
	void thanksgivingOtherPleaseSpecifyColumnsAreOpen() {
		Path file = surveyFile("fivethirtyeight/thanksgiving-2015/thanksgiving-2015-poll-data.csv");
		String sides = "Which of these side dishes aretypically served at your Thanksgiving dinner? Please select all "
				+ "that apply. - Other (please specify)";
		String cranberry = "What type of cranberry saucedo you typically have? - Other (please specify)";
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("p"), "Thanksgiving")) {
			SurveyImportReport r = importInto(p, file, SurveyOptions.defaults().withIdColumn("RespondentID"));
			assertEquals(1058, r.respondentsAdded());
			assertEquals(7, r.questions().size(), r.questions()::toString);
			assertTrue(r.questions().contains(cranberry));
			assertTrue(r.questions().contains(sides + " (2)"), "the repeated name made unique");
			assertFalse(r.questions().contains(sides), "the checkbox column is a closed question");
			assertTrue(r.notes().stream().anyMatch(n -> n.contains("renamed \"" + sides + " (2)\"")));
			assertEquals(35 + 51 + 36 + 25 + 111 + 71 + 134, r.answersAdded());
			assertEquals(VariableType.TEXT, variable(p, sides).getType());

			Case respondent = caseNamed(p, "4337951949");
			assertEquals("Homemade cranberry gelatin ring", answers(respondent).get(cranberry).getPlainTextContent());
			assertEquals("true", value(respondent, "Do you celebrate Thanksgiving?"));
			assertEquals(VariableType.BOOLEAN, variable(p, "Do you celebrate Thanksgiving?").getType());
			assertNotNull(variable(p, "How far will you travel for Thanksgiving?"),
					"long answers from a list of four are categories, not open text");
		}
	}
}
