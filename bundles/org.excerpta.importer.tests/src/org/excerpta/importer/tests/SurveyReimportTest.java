package org.excerpta.importer.tests;

import static org.excerpta.importer.tests.SurveyRealFilesTest.answerCount;
import static org.excerpta.importer.tests.SurveyRealFilesTest.answers;
import static org.excerpta.importer.tests.SurveyRealFilesTest.caseNamed;
import static org.excerpta.importer.tests.SurveyRealFilesTest.importInto;
import static org.excerpta.importer.tests.SurveyRealFilesTest.surveyFile;
import static org.excerpta.importer.tests.SurveyRealFilesTest.value;
import static org.excerpta.importer.tests.SurveyRealFilesTest.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImportReport.CreatedVariable;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newer export of the same survey imported into the same project: respondents matched by ID,
 * variables and questions by name; new things added, nothing duplicated, codings untouched.
 */
class SurveyReimportTest {

	@TempDir
	Path tmp;

	private static final String PET = "Qual_pet_opinions";

	/** Codes the first 28 code points of an answer, as a coder would. */
	private static TextSelection code(ExcerptaProject p, TextSource answer, String codeName) {
		Code code = ModelElements.code(codeName, "#aa3366", "", true);
		p.execute(AddCommand.create(p.editingDomain(), p.model().getCodebook(), Literals.CODEBOOK__CODES, code));
		TextSelection selection = ExcerptaFactory.eINSTANCE.createTextSelection();
		selection.setGuid(ProjectStore.newGuid());
		selection.setStart(0);
		selection.setEnd(28);
		selection.setCreated(new Date());
		Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
		coding.setGuid(ProjectStore.newGuid());
		coding.setCode(code);
		selection.getCodings().add(coding);
		p.execute(AddCommand.create(p.editingDomain(), answer, Literals.TEXT_SOURCE__SELECTIONS, selection));
		return selection;
	}

	private static void assertCodingKept(ExcerptaProject p, String selectionGuid, String text) {
		TextSource answer = answers(caseNamed(p, "ID7")).get(PET);
		assertEquals(1, answer.getSelections().size());
		TextSelection s = answer.getSelections().get(0);
		assertEquals(selectionGuid, s.getGuid());
		assertEquals(0, s.getStart());
		assertEquals(28, s.getEnd());
		assertEquals("Pets as company", s.getCodings().get(0).getCode().getName());
		assertEquals(text, answer.getPlainTextContent(), "the coded text is unchanged");
	}

	@Test
	void qualcoderMoreDataThenReplaceDataAddOnlyWhatIsNewAndKeepCodings() {
		Path dir = tmp.resolve("study");
		String selectionGuid;
		String codedText;
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Pets and hobbies")) {
			importInto(p, surveyFile("qualcoder_examples/survey789.xlsx"), SurveyOptions.defaults().withIdColumn("Case"));
			TextSource answer = answers(caseNamed(p, "ID7")).get(PET);
			codedText = answer.getPlainTextContent();
			selectionGuid = code(p, answer, "Pets as company").getGuid();

			// survey789_more_data.xlsx: the same three respondents ("case", not "Case"), three new columns.
			SurveyImportReport more = importInto(p, surveyFile("qualcoder_examples/survey789_more_data.xlsx"),
					SurveyOptions.defaults().withIdColumn("Case"));
			assertEquals(0, more.respondentsAdded());
			assertEquals(3, more.respondentsMatched());
			assertEquals(List.of(new CreatedVariable("State", VariableType.TEXT),
					new CreatedVariable("Pet", VariableType.TEXT), new CreatedVariable("PetAge", VariableType.INTEGER)),
					more.variablesCreated());
			assertEquals(9, more.valuesAdded());
			assertEquals(3, p.model().getCases().size(), "no duplicate cases");
			assertEquals(6, answerCount(p), "no duplicate answers");
			assertEquals("Victoria", value(caseNamed(p, "ID7"), "State"));
			assertEquals("33", value(caseNamed(p, "ID7"), "Age"), "old values stay");
			assertCodingKept(p, selectionGuid, codedText);

			// The first export again: nothing new, nothing changed, nothing written.
			Command top = p.commandStack().getUndoCommand();
			SurveyImportReport same = importInto(p, surveyFile("qualcoder_examples/survey789.xlsx"),
					SurveyOptions.defaults().withIdColumn("Case"));
			assertEquals(6, same.answersUnchanged());
			assertEquals(0, same.answersAdded() + same.valuesAdded() + same.valuesChanged() + same.batches());
			assertEquals(List.of(), same.variablesCreated(), "\"Question\" and the variables are reused");
			assertSame(top, p.commandStack().getUndoCommand(), "nothing was executed");

			// survey789_replace_data.xlsx: new pets and pet ages for the same respondents. Case variables
			// carry no codings: the newer values replace the old ones, and the report lists each.
			SurveyImportReport replace = importInto(p, surveyFile("qualcoder_examples/survey789_replace_data.xlsx"),
					SurveyOptions.defaults().withIdColumn("case"));
			assertEquals(6, replace.valuesChanged());
			assertTrue(replace.notes().contains("respondent ID7, \"Pet\": \"Collie\" replaced by \"Horse\""),
					replace.notes()::toString);
			assertEquals("Horse", value(caseNamed(p, "ID7"), "Pet"));
			assertEquals("12", value(caseNamed(p, "ID9"), "PetAge"));
			assertEquals("Victoria", value(caseNamed(p, "ID7"), "State"), "a column the file lacks is left alone");
			assertEquals(1, p.model().getVariables().stream().filter(v -> v.getName().equals("Pet")).count());
			assertEquals(VariableType.INTEGER, variable(p, "PetAge").getType());
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertCodingKept(p, selectionGuid, codedText);
			assertEquals("Horse", value(caseNamed(p, "ID7"), "Pet"));
			assertEquals(6, answerCount(p));
		}
	}

	/** A later export: one more respondent, one more question, and one answer edited in the survey tool. */
	@Test
	void aChangedAnswerIsReportedAndKeptSoItsCodingsStayValid() throws IOException {
		String first = "id,age,why\n"
				+ "r1,30,\"I joined because my manager asked me to and I was curious.\"\n"
				+ "r2,41,\"Mostly for the certificate, to be honest with you.\"\n";
		String later = "id,age,why,anything else\n"
				+ "r1,30,\"I joined because my manager insisted, and I was curious.\",\"Please run it again next year for us.\"\n"
				+ "r2,41,\"Mostly for the certificate, to be honest with you.\",\n"
				+ "r3,29,\"A friend recommended it warmly to me last spring.\",\"The rooms were far too cold in the mornings.\"\n";
		Path firstFile = Files.writeString(tmp.resolve("export-1.csv"), first, StandardCharsets.UTF_8);
		Path laterFile = Files.writeString(tmp.resolve("export-2.csv"), later, StandardCharsets.UTF_8);
		SurveyOptions options = SurveyOptions.defaults().withIdColumn("id").withOpenColumns(List.of("why"));
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("p"), "Training")) {
			importInto(p, firstFile, options);
			TextSource r1Why = answers(caseNamed(p, "r1")).get("why");
			TextSelection coded = code(p, r1Why, "Motivation");

			SurveyImportReport r = importInto(p, laterFile,
					options.withOpenColumns(List.of("why", "anything else")));
			assertEquals(1, r.respondentsAdded());
			assertEquals(2, r.respondentsMatched());
			assertEquals(1, r.answersChangedKept());
			assertEquals(1, r.answersUnchanged());
			assertEquals(3, r.answersAdded(), "r3's two answers and r1's new one");
			assertEquals(1, r.blankAnswersSkipped());
			assertTrue(r.notes().contains("respondent r1, question \"why\": the answer in the file differs from the "
					+ "one in the project; the project's answer and its codings were kept"), r.notes()::toString);
			assertSame(r1Why, answers(caseNamed(p, "r1")).get("why"));
			assertEquals("I joined because my manager asked me to and I was curious.", r1Why.getPlainTextContent());
			assertEquals(List.of(coded), r1Why.getSelections());
			assertEquals("Please run it again next year for us.",
					answers(caseNamed(p, "r1")).get("anything else").getPlainTextContent());
			assertEquals(5, answerCount(p));
			assertEquals(List.of("r1", "r2", "r3"), p.model().getCases().stream().map(c -> c.getName()).toList());
			assertTrue(r.toJson().contains("\"answersChangedKept\" : 1"), r.toJson());
		}
	}
}
