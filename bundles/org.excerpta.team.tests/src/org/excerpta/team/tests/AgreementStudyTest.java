package org.excerpta.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.analysis.agreement.Agreement;
import org.excerpta.analysis.agreement.ReliabilityData;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.team.agreement.AgreementReport;
import org.excerpta.team.agreement.AgreementSettings;
import org.excerpta.team.agreement.AgreementStudy;
import org.excerpta.team.agreement.AgreementUnit;
import org.excerpta.team.agreement.CodeAgreement;
import org.excerpta.team.agreement.Disagreement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement between coders on small projects built by hand, where every expected figure is worked
 * out in the comments, and on the shipped sample project.
 */
class AgreementStudyTest {

	private static final double EXACT = 1e-12;

	/** 100 characters: the sentence (55 characters) twice, cut. */
	private static final String HUNDRED = "The partners trust each other but the money is short. ".repeat(2).substring(0, 100);

	@TempDir
	Path dir;

	private ExcerptaProject project;
	private Coder coder;
	private CodebookEditor codebook;
	private User ann;
	private User bob;
	private Code trust;

	@BeforeEach
	void create() {
		project = ExcerptaProject.create(dir.resolve("study"), "Agreement study");
		coder = new Coder(project);
		codebook = new CodebookEditor(project);
		ann = coder.coder("Ann");
		bob = coder.coder("Bob");
		trust = codebook.add("Trust", null, null);
	}

	@AfterEach
	void close() {
		project.close();
	}

	private TextSource source(String name, SourceKind kind, String text, int[]... turns) {
		TextSource s = ModelElements.textSource(name, kind, ann);
		s.setPlainTextContent(text);
		s.setLength(text.codePointCount(0, text.length()));
		for (int[] t : turns) {
			SpeakerTurn turn = ModelElements.turn(t[0] % 2 == 0 ? "Interviewer" : "Participant", t[0], t[1], null);
			s.getTurns().add(turn);
		}
		project.execute(AddCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__SOURCES, s));
		return s;
	}

	/**
	 * The study of the loaded project; and, for every unit but the speaker turn, the same study from
	 * the index alone (as {@code excerpta agreement} makes it when the index is current), which must
	 * find the same figures, notes and disagreements.
	 */
	private AgreementReport run(List<User> coders, List<Code> codes, List<TextSource> sources, AgreementUnit unit,
			boolean includeUncoded) {
		AgreementStudy study = new AgreementStudy(project);
		AgreementReport report = study.run(study.settings(coders, codes, sources, unit, includeUncoded));
		if (unit != AgreementUnit.TURN) {
			assertSameFromIndexAlone(report, coders, codes, sources, unit, includeUncoded);
		}
		return report;
	}

	private void assertSameFromIndexAlone(AgreementReport model, List<User> coders, List<Code> codes, List<TextSource> sources,
			AgreementUnit unit, boolean includeUncoded) {
		ProjectIndex.open(project).close(); // commits the index with every change
		try (ProjectIndex alone = ProjectIndex.openForReading(project.folder())) {
			assertNotNull(alone, "the index reflects every change");
			AgreementStudy study = AgreementStudy.fromIndex(alone);
			AgreementReport report = study.run(study.byName(coders.stream().map(User::getName).toList(),
					codes.isEmpty() ? null : codes.stream().map(CodePaths::pathOf).toList(),
					sources.isEmpty() ? null : sources.stream().map(TextSource::getGuid).toList(), unit.name().toLowerCase(), includeUncoded));
			assertSameStudy(model, report); // while the index is open: excerpts are read from it
		}
	}

	/** The same figures, notes, sources and disagreements, in the same order. */
	private static void assertSameStudy(AgreementReport model, AgreementReport alone) {
		assertEquals(describe(model.rows()), describe(alone.rows()), "the same figures from the index alone");
		assertEquals(model.unitsExamined(), alone.unitsExamined());
		assertEquals(model.unitsLeftOut(), alone.unitsLeftOut());
		assertEquals(model.notes(), alone.notes());
		assertEquals(model.settings().sources().stream().map(TextSource::getGuid).toList(),
				alone.settings().sources().stream().map(TextSource::getGuid).toList());
		assertEquals(model.settings().codes().stream().map(Code::getGuid).toList(), alone.settings().codes().stream().map(Code::getGuid).toList());
		assertEquals(model.disagreements().stream().map(AgreementStudyTest::describe).toList(),
				alone.disagreements().stream().map(AgreementStudyTest::describe).toList());
	}

	private static List<String> describe(List<CodeAgreement> rows) {
		return rows.stream().map(r -> r.label() + " " + r.units() + " " + r.codedByCoder() + " " + r.agreement().coefficients().stream()
				.map(c -> c.isDefined() ? String.format("%.12f", c.value()) : c.undefinedReason()).toList()).toList();
	}

	private static String describe(Disagreement d) {
		return d + " \"" + d.excerpt() + "\"";
	}

	/** The pure coefficients over the 2x2 counts (both, Ann only, Bob only, neither). */
	private static Agreement pure(long both, long annOnly, long bobOnly, long neither) {
		return Agreement.of(ReliabilityData.builder(List.of("Ann", "Bob")).units(both, "coded", "coded")
				.units(annOnly, "coded", "not coded").units(bobOnly, "not coded", "coded").units(neither, "not coded", "not coded")
				.build());
	}

	private static void assertSameFigures(Agreement expected, Agreement actual) {
		assertEquals(expected.units(), actual.units());
		assertEquals(expected.percent().value(), actual.percent().value(), EXACT);
		assertEquals(expected.cohen().value(), actual.cohen().value(), EXACT);
		assertEquals(expected.cohen().standardError(), actual.cohen().standardError(), EXACT);
		assertEquals(expected.fleiss().value(), actual.fleiss().value(), EXACT);
		assertEquals(expected.alpha().value(), actual.alpha().value(), EXACT);
	}

	/**
	 * Ann codes [10, 40) and Bob [20, 50) of a 100-character text with "Trust". With every
	 * character counted: both coded [20, 40) = 20, Ann only [10, 20) = 10, Bob only [40, 50) = 10,
	 * neither 60. p_o = (20 + 60)/100 = 0.8; each coded 30 of 100, so p_e = 0.3·0.3 + 0.7·0.7 =
	 * 0.58 and kappa = (0.8 - 0.58)/(1 - 0.58) = 0.22/0.42 = 0.5238.
	 */
	@Test
	void characterLevelMatchesTheHandCalculationAndThePureCoefficients() {
		TextSource text = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(text, 10, 40, trust, ann);
		coder.code(text, 20, 50, trust, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(), List.of(), AgreementUnit.CHARACTER, true);

		assertEquals(100, report.unitsExamined());
		assertEquals(0, report.unitsLeftOut());
		CodeAgreement row = report.codes().get(0);
		assertEquals("Trust", row.label());
		assertEquals(100, row.units());
		assertEquals(0.8, row.agreement().percent().value(), EXACT);
		assertEquals(0.22 / 0.42, row.agreement().cohen().value(), 1e-12);
		assertEquals(0.58, row.agreement().cohen().expected(), 1e-12);
		assertEquals(List.of(30L, 30L), row.codedByCoder());
		assertSameFigures(pure(20, 10, 10, 60), row.agreement());
	}

	/**
	 * The same codings without the characters nobody coded: units are [10, 50), 40 characters:
	 * both 20, Ann only 10, Bob only 10. p_o = 20/40 = 0.5; each coded 30 of 40, so
	 * p_e = 0.75² + 0.25² = 0.625 and kappa = (0.5 - 0.625)/0.375 = -1/3: without the 60 shared
	 * blanks, agreement is worse than chance.
	 */
	@Test
	void leavingOutUncodedCharactersChangesTheFigures() {
		TextSource text = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(text, 10, 40, trust, ann);
		coder.code(text, 20, 50, trust, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(trust), List.of(text), AgreementUnit.CHARACTER, false);

		assertEquals(100, report.unitsExamined());
		assertEquals(60, report.unitsLeftOut());
		assertEquals(40, report.unitsCompared());
		Agreement a = report.codes().get(0).agreement();
		assertEquals(40, a.units());
		assertEquals(0.5, a.percent().value(), EXACT);
		assertEquals(-1.0 / 3, a.cohen().value(), 1e-12);
		assertSameFigures(pure(20, 10, 10, 0), a);
	}

	/**
	 * The disagreement list at the character level: two passages, Ann's [10, 20) and Bob's
	 * [40, 50), each one passage (not ten characters), in text order, with their text.
	 */
	@Test
	void listsEachPassageWhereTheCodersDiffer() {
		TextSource text = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(text, 10, 40, trust, ann);
		coder.code(text, 20, 50, trust, bob);
		List<Disagreement> list = run(List.of(ann, bob), List.of(trust), List.of(text), AgreementUnit.CHARACTER, false).disagreements();

		assertEquals(2, list.size());
		Disagreement first = list.get(0);
		assertEquals("Interview", first.sourceName());
		assertEquals(10, first.start());
		assertEquals(20, first.end());
		assertEquals(HUNDRED.substring(10, 20), first.excerpt());
		assertEquals("Trust", first.codePath());
		assertEquals(List.of("Ann"), first.appliedByNames());
		assertEquals(List.of("Bob"), first.notAppliedByNames());
		Disagreement second = list.get(1);
		assertEquals(40, second.start());
		assertEquals(50, second.end());
		assertEquals(List.of(bob), second.appliedBy());
		assertEquals(List.of(ann), second.notAppliedBy());
	}

	/**
	 * Ann codes Trust on [10, 40), Bob on [30, 40); both code Risk on [15, 25), which cuts Ann's
	 * Trust-only stretch at 15 and 25. The list still shows one Trust passage [10, 30), and no Risk
	 * passage (they agree on Risk).
	 */
	@Test
	void aPassageStaysWholeWhenAnotherCodeCutsIt() {
		Code risk = codebook.add("Risk", null, null);
		TextSource text = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(text, 10, 40, trust, ann);
		coder.code(text, 30, 40, trust, bob);
		coder.code(text, 15, 25, risk, ann);
		coder.code(text, 15, 25, risk, bob);
		List<Disagreement> list = run(List.of(ann, bob), List.of(trust, risk), List.of(text), AgreementUnit.CHARACTER, false)
				.disagreements();
		assertEquals(1, list.size(), list.toString());
		assertEquals(10, list.get(0).start());
		assertEquals(30, list.get(0).end());
		assertEquals(trust, list.get(0).code());
		assertEquals(HUNDRED.substring(10, 30), list.get(0).excerpt());
	}

	/**
	 * Two codes. Trust as before (Ann [10, 40), Bob [20, 50)); both code "Risk" on [70, 80).
	 * Without uncoded characters the units are those someone coded with either code: [10, 50) and
	 * [70, 80), 50 characters. Trust: both 20, Ann only 10, Bob only 10, neither 10 (the Risk
	 * passage); p_o = 0.6, p_e = 0.6² + 0.4² = 0.52, kappa = 0.08/0.48 = 1/6. Risk: both 10, neither
	 * 40: kappa 1. Pooled, 100 (character, code) pairs: both 30, Ann only 10, Bob only 10, neither
	 * 50; p_o = 0.8, p_e = 0.4² + 0.6² = 0.52, kappa = 0.28/0.48 = 7/12.
	 */
	@Test
	void poolsTheCodesAndCountsAPassageCodedOnlyWithAnotherCode() {
		Code risk = codebook.add("Risk", null, null);
		TextSource text = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(text, 10, 40, trust, ann);
		coder.code(text, 20, 50, trust, bob);
		coder.code(text, 70, 80, risk, ann);
		coder.code(text, 70, 80, risk, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(), List.of(), AgreementUnit.CHARACTER, false);

		assertEquals(List.of(trust, risk), report.settings().codes(), "codes in codebook order by default");
		assertEquals(50, report.unitsCompared());
		assertEquals(1.0 / 6, report.codes().get(0).agreement().cohen().value(), 1e-12);
		assertSameFigures(pure(20, 10, 10, 10), report.codes().get(0).agreement());
		assertEquals(1.0, report.codes().get(1).agreement().cohen().value(), 1e-12);
		CodeAgreement pooled = report.pooled();
		assertTrue(pooled.isPooled());
		assertEquals(CodeAgreement.POOLED, pooled.label());
		assertEquals(100, pooled.units());
		assertEquals(7.0 / 12, pooled.agreement().cohen().value(), 1e-12);
		assertSameFigures(pure(30, 10, 10, 50), pooled.agreement());
		assertEquals(3, report.rows().size());
		assertEquals(List.of(40L, 40L), pooled.codedByCoder());
	}

	/**
	 * Five speaker turns: A [0, 30), B [31, 60), C [61, 90), D [91, 120), E [121, 150). Ann codes
	 * [5, 10) in A and [65, 70) in C; Bob codes [20, 25) in A, [40, 45) in B and [85, 95), which
	 * overlaps both C and D. So per turn (Ann, Bob): A (1, 1), B (0, 1), C (1, 1), D (0, 1), E (0, 0).
	 * With E: p_o = 3/5 = 0.6, Ann coded 2/5, Bob 4/5, p_e = 0.4·0.8 + 0.6·0.2 = 0.44,
	 * kappa = 0.16/0.56 = 2/7. Without E: p_o = 2/4, p_e = 0.5·1 + 0.5·0 = 0.5, kappa = 0.
	 */
	@Test
	void speakerTurnsAreUnitsAndAPartialCodingCodesTheWholeTurn() {
		String text = line('A', 30) + "\n" + line('B', 29) + "\n" + line('C', 29) + "\n" + line('D', 29) + "\n" + line('E', 29);
		TextSource t = source("Transcript", SourceKind.TRANSCRIPT, text, new int[] { 0, 30 }, new int[] { 31, 60 },
				new int[] { 61, 90 }, new int[] { 91, 120 }, new int[] { 121, 150 });
		coder.code(t, 5, 10, trust, ann);
		coder.code(t, 65, 70, trust, ann);
		coder.code(t, 20, 25, trust, bob);
		coder.code(t, 40, 45, trust, bob);
		coder.code(t, 85, 95, trust, bob);

		AgreementReport with = run(List.of(ann, bob), List.of(trust), List.of(t), AgreementUnit.TURN, true);
		assertEquals(5, with.unitsExamined());
		Agreement a = with.codes().get(0).agreement();
		assertEquals(5, a.units());
		assertEquals(0.6, a.percent().value(), EXACT);
		assertEquals(2.0 / 7, a.cohen().value(), 1e-12);
		assertSameFigures(pure(2, 0, 2, 1), a);

		AgreementReport without = run(List.of(ann, bob), List.of(trust), List.of(t), AgreementUnit.TURN, false);
		assertEquals(1, without.unitsLeftOut());
		Agreement b = without.codes().get(0).agreement();
		assertEquals(4, b.units());
		assertEquals(0.5, b.percent().value(), EXACT);
		assertEquals(0.0, b.cohen().value(), 1e-12);

		// Turns B and D: Bob applied Trust, Ann did not; the excerpt is the whole turn.
		List<Disagreement> list = without.disagreements();
		assertEquals(2, list.size());
		assertEquals(31, list.get(0).start());
		assertEquals(60, list.get(0).end());
		assertEquals(line('B', 29), list.get(0).excerpt());
		assertEquals(List.of("Bob"), list.get(0).appliedByNames());
		assertEquals(List.of("Ann"), list.get(0).notAppliedByNames());
		assertEquals(91, list.get(1).start());
		assertTrue(without.notes().isEmpty(), without.notes().toString());
	}

	private static String line(char c, int length) {
		return String.valueOf(c).repeat(length);
	}

	/**
	 * Four survey answers and an interview. Ann codes answers 1 and 2, Bob answers 1 and 3; nobody
	 * codes answer 4. By default the units are the answers someone coded (1, 2, 3): they agree on 1
	 * only, 1/3. Choosing all four answers and counting uncoded ones adds an agreement: 2/4; kappa:
	 * each coded 2 of 4, p_e = 0.5, p_o = 0.5, kappa = 0.
	 */
	@Test
	void surveyAnswersAreUnitsWhole() {
		TextSource interview = source("Interview", SourceKind.TRANSCRIPT, HUNDRED);
		coder.code(interview, 0, 10, trust, ann);
		TextSource a1 = source("R1 · relationship", SourceKind.SURVEY_ANSWER, "We trust them.");
		TextSource a2 = source("R2 · relationship", SourceKind.SURVEY_ANSWER, "Trust is earned slowly.");
		TextSource a3 = source("R3 · relationship", SourceKind.SURVEY_ANSWER, "They listen, sometimes.");
		TextSource a4 = source("R4 · relationship", SourceKind.SURVEY_ANSWER, "No comment.");
		coder.code(a1, 3, 8, trust, ann);
		coder.code(a1, 0, 14, trust, bob);
		coder.code(a2, 0, 5, trust, ann);
		coder.code(a3, 0, 4, trust, bob);

		AgreementReport byDefault = run(List.of(ann, bob), List.of(), List.of(), AgreementUnit.ANSWER, false);
		assertEquals(List.of(a1, a2, a3), byDefault.settings().sources(), "answers someone coded; no interview");
		assertEquals(1.0 / 3, byDefault.codes().get(0).agreement().percent().value(), EXACT);
		assertEquals(2, byDefault.disagreements().size());
		assertEquals("R2 · relationship", byDefault.disagreements().get(0).sourceName());
		assertEquals("Trust is earned slowly.", byDefault.disagreements().get(0).excerpt());
		assertEquals(List.of("Ann"), byDefault.disagreements().get(0).appliedByNames());
		assertEquals("R3 · relationship", byDefault.disagreements().get(1).sourceName());

		AgreementReport all = run(List.of(ann, bob), List.of(trust), List.of(a1, a2, a3, a4), AgreementUnit.ANSWER, true);
		Agreement a = all.codes().get(0).agreement();
		assertEquals(4, a.units());
		assertEquals(0.5, a.percent().value(), EXACT);
		assertEquals(0.0, a.cohen().value(), 1e-12);
		assertSameFigures(pure(1, 1, 1, 1), a);

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> run(List.of(ann, bob), List.of(trust), List.of(a1, interview), AgreementUnit.ANSWER, true));
		assertTrue(e.getMessage().contains("\"Interview\" is a transcript, not a survey answer"), e.getMessage());
	}

	/**
	 * Paragraphs are separated by blank lines; lines by line feeds. "one a\none b\n\ntwo\n \n\nthree"
	 * has three paragraphs ("one a\none b", "two", "three"; a line of spaces is blank) and four
	 * non-blank lines. Ann codes "one a" [0, 5), Bob "one b" [6, 11): the same paragraph, but
	 * different lines.
	 */
	@Test
	void paragraphsAreSeparatedByBlankLinesAndLinesByLineFeeds() {
		String text = "one a\none b\n\ntwo\n \n\nthree";
		TextSource s = source("Notes", SourceKind.DOCUMENT, text);
		coder.code(s, 0, 5, trust, ann);
		coder.code(s, 6, 11, trust, bob);

		AgreementReport paragraphs = run(List.of(ann, bob), List.of(trust), List.of(s), AgreementUnit.PARAGRAPH, true);
		assertEquals(3, paragraphs.unitsExamined());
		assertEquals(1.0, paragraphs.codes().get(0).agreement().percent().value(), EXACT, "both coded paragraph 1, neither 2 or 3");
		assertTrue(paragraphs.disagreements().isEmpty());

		AgreementReport lines = run(List.of(ann, bob), List.of(trust), List.of(s), AgreementUnit.LINE, true);
		assertEquals(4, lines.unitsExamined());
		assertEquals(0.5, lines.codes().get(0).agreement().percent().value(), EXACT, "lines 1 and 2 differ, 3 and 4 agree");
		assertEquals(List.of("one a", "one b"), lines.disagreements().stream().map(Disagreement::excerpt).toList());
	}

	/** A text whose paragraphs are single lines, with no blank line, is one paragraph: the report says so. */
	@Test
	void warnsWhenATextHasNoBlankLine() {
		TextSource s = source("Word file", SourceKind.DOCUMENT, "First paragraph.\nSecond paragraph.\nThird.");
		coder.code(s, 0, 5, trust, ann);
		coder.code(s, 0, 5, trust, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(trust), List.of(s), AgreementUnit.PARAGRAPH, true);
		assertEquals(1, report.unitsExamined());
		assertEquals(1, report.notes().size());
		assertTrue(report.notes().get(0).contains("\"Word file\"") && report.notes().get(0).contains("use the unit \"line\""),
				report.notes().get(0));
	}

	/**
	 * A source without turns, asked for by turn, falls back to paragraphs, and codings outside every
	 * unit are reported: "a\n\nb" has paragraphs [0, 1) and [3, 4); a coding of the blank line
	 * [1, 3) touches neither.
	 */
	@Test
	void notesFallbacksAndCodingsOutsideEveryUnit() {
		TextSource s = source("Memo", SourceKind.DOCUMENT, "a\n\nb");
		coder.code(s, 0, 1, trust, ann);
		coder.code(s, 1, 3, trust, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(trust), List.of(s), AgreementUnit.TURN, true);
		assertEquals(2, report.unitsExamined());
		assertEquals(2, report.notes().size(), report.notes().toString());
		assertTrue(report.notes().get(0).contains("1 source has no speaker turns"), report.notes().get(0));
		assertTrue(report.notes().get(1).contains("1 coding lies outside every turn or paragraph"), report.notes().get(1));
	}

	/**
	 * Overlap units are the union spans of all codings: Ann [0, 10) and Bob [5, 15) merge into
	 * [0, 15), coded by both; Ann's [20, 25) and Bob's [25, 30) only touch, so they are two units,
	 * each coded by one coder. Three units, one agreement: 1/3.
	 */
	@Test
	void overlapUnitsAreTheUnionOfOverlappingCodings() {
		TextSource s = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(s, 0, 10, trust, ann);
		coder.code(s, 5, 15, trust, bob);
		coder.code(s, 20, 25, trust, ann);
		coder.code(s, 25, 30, trust, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(trust), List.of(s), AgreementUnit.OVERLAP, false);
		assertEquals(3, report.unitsExamined());
		assertEquals(0, report.unitsLeftOut());
		assertEquals(1.0 / 3, report.codes().get(0).agreement().percent().value(), EXACT);
		assertEquals(List.of(20, 25), report.disagreements().stream().map(Disagreement::start).toList());
		assertEquals(List.of(25, 30), report.disagreements().stream().map(Disagreement::end).toList());
	}

	/** Disagreements come source by source in the chosen order, then by position. */
	@Test
	void ordersDisagreementsBySourceThenPosition() {
		TextSource first = source("First", SourceKind.DOCUMENT, HUNDRED);
		TextSource second = source("Second", SourceKind.DOCUMENT, HUNDRED);
		coder.code(second, 5, 10, trust, ann);
		coder.code(first, 60, 70, trust, bob);
		coder.code(first, 30, 40, trust, ann);
		List<Disagreement> list = run(List.of(ann, bob), List.of(trust), List.of(), AgreementUnit.CHARACTER, false).disagreements();
		assertEquals(List.of("First", "First", "Second"), list.stream().map(Disagreement::sourceName).toList());
		assertEquals(List.of(30, 60, 5), list.stream().map(Disagreement::start).toList());
	}

	/**
	 * Three coders: no Cohen's kappa; Fleiss' kappa and alpha as the pure coefficients give them for
	 * the same matrix. Over [0, 10) of the text, with uncoded characters: Ann [0, 4), Bob [0, 4),
	 * Cem [2, 6). Rows (Ann, Bob, Cem): [0, 2) (1, 1, 0), [2, 4) (1, 1, 1), [4, 6) (0, 0, 1),
	 * [6, 100) (0, 0, 0).
	 */
	@Test
	void threeCodersGetFleissAndAlphaButNoCohen() {
		User cem = coder.coder("Cem");
		TextSource s = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(s, 0, 4, trust, ann);
		coder.code(s, 0, 4, trust, bob);
		coder.code(s, 2, 6, trust, cem);
		AgreementReport report = run(List.of(ann, bob, cem), List.of(trust), List.of(s), AgreementUnit.CHARACTER, true);
		Agreement a = report.codes().get(0).agreement();
		assertNull(a.cohen());
		assertEquals(3, a.coefficients().size());
		Agreement expected = Agreement.of(ReliabilityData.builder(List.of("Ann", "Bob", "Cem")).units(2, "coded", "coded", "not coded")
				.units(2, "coded", "coded", "coded").units(2, "not coded", "not coded", "coded")
				.units(94, "not coded", "not coded", "not coded").build());
		assertEquals(expected.fleiss().value(), a.fleiss().value(), EXACT);
		assertEquals(expected.alpha().value(), a.alpha().value(), EXACT);
		assertEquals(expected.percent().value(), a.percent().value(), EXACT);
		// [0, 2): Ann and Bob applied it, Cem did not.
		Disagreement d = report.disagreements().get(0);
		assertEquals(List.of("Ann", "Bob"), d.appliedByNames());
		assertEquals(List.of("Cem"), d.notAppliedByNames());
	}

	/** A code nobody applied in the units compared leaves the chance-corrected figures undefined, with a reason. */
	@Test
	void aCodeWithoutVariationIsUndefinedWithAReason() {
		Code unused = codebook.add("Unused", null, null);
		TextSource s = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(s, 0, 10, trust, ann);
		coder.code(s, 0, 10, trust, bob);
		AgreementReport report = run(List.of(ann, bob), List.of(trust, unused), List.of(s), AgreementUnit.CHARACTER, false);
		Agreement a = report.codes().get(1).agreement();
		assertEquals(1.0, a.percent().value(), EXACT);
		assertFalse(a.cohen().isDefined());
		assertTrue(Double.isNaN(a.alpha().value()));
		assertNotNull(a.alpha().undefinedReason());
	}

	@Test
	void namesAreResolvedAsTheCommandLineGivesThem() {
		Code relational = codebook.add("Conflict / Relational", null, null);
		TextSource s = source("Interview", SourceKind.DOCUMENT, HUNDRED);
		coder.code(s, 0, 10, relational, ann);
		coder.code(s, 0, 12, relational, bob);
		AgreementStudy study = new AgreementStudy(project);
		AgreementSettings settings = study.byName(List.of("Ann", " Bob "), List.of("Conflict / Relational"), List.of("Interview"),
				"Character", false);
		assertEquals(List.of(ann, bob), settings.coders());
		assertEquals(List.of(relational), settings.codes());
		assertEquals(AgreementUnit.CHARACTER, settings.unit());
		AgreementReport report = study.run(settings);
		assertEquals("Conflict / Relational", report.codes().get(0).label());
		assertEquals(10.0 / 12, report.codes().get(0).agreement().percent().value(), EXACT);
		assertEquals(List.of(ann, bob), study.codersWithCodings());
	}

	/**
	 * From the index alone, what only the model knows is refused with {@link AgreementStudy.ModelNeeded}
	 * (the command line then reads the project); what the index does not hold either is refused as
	 * the model's study refuses it. Sources are found by name as well as by GUID.
	 */
	@Test
	void fromTheIndexAloneTurnsAndSetsNeedTheModel() {
		TextSource interview = source("Interview", SourceKind.TRANSCRIPT, HUNDRED, new int[] { 0, 50 }, new int[] { 50, 100 });
		TextSource answer = source("R1: Why?", SourceKind.SURVEY_ANSWER, "Trust is earned slowly.");
		coder.code(interview, 10, 40, trust, ann);
		coder.code(interview, 20, 40, trust, bob);
		coder.code(answer, 0, 5, trust, bob);
		ProjectIndex.open(project).close();
		try (ProjectIndex alone = ProjectIndex.openForReading(project.folder())) {
			AgreementStudy study = AgreementStudy.fromIndex(alone);
			assertThrows(AgreementStudy.ModelNeeded.class, () -> study.byName(List.of("Ann", "Bob"), null, null, "turn", false));
			assertThrows(AgreementStudy.ModelNeeded.class,
					() -> study.byName(List.of("Ann", "Bob"), null, List.of("A set, perhaps"), "character", false));
			IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
					() -> study.byName(List.of("Ann", "Zed"), null, null, "character", false));
			assertTrue(unknown.getMessage().contains("no coder \"Zed\"") && unknown.getMessage().contains("Ann, Bob"), unknown.getMessage());
			IllegalArgumentException notAnAnswer = assertThrows(IllegalArgumentException.class,
					() -> study.byName(List.of("Ann", "Bob"), null, List.of("Interview"), "answer", false));
			assertTrue(notAnAnswer.getMessage().contains("\"Interview\" is a document or transcript, not a survey answer"),
					notAnAnswer.getMessage());

			AgreementSettings byName = study.byName(List.of("Ann", "Bob"), null, List.of("Interview"), "character", true);
			assertEquals(List.of(interview.getGuid()), byName.sources().stream().map(TextSource::getGuid).toList());
			assertEquals(List.of("Trust"), byName.codes().stream().map(Code::getName).toList());
			AgreementReport report = study.run(byName);
			assertEquals(100, report.codes().get(0).units(), "every character of the interview");
			assertEquals(0.9, report.codes().get(0).agreement().percent().value(), EXACT, "they differ on [10, 20) only");
			assertEquals(HUNDRED.substring(10, 20), report.disagreements().get(0).excerpt());
			assertEquals(List.of(interview.getGuid(), answer.getGuid()),
					study.byName(List.of("Ann", "Bob"), null, null, "character", false).sources().stream().map(TextSource::getGuid).toList(),
					"by default the sources either coded, in the order of their names");
			assertThrows(AgreementStudy.ModelNeeded.class,
					() -> study.run(new AgreementSettings(byName.coders(), byName.codes(), byName.sources(), AgreementUnit.TURN, false)));
		}
	}

	@Test
	void refusesWhatCannotBeCompared() {
		source("Interview", SourceKind.DOCUMENT, HUNDRED);
		AgreementStudy study = new AgreementStudy(project);

		IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann"), null, null, "character", false));
		assertTrue(one.getMessage().contains("at least two coders; 1 given (Ann)"), one.getMessage());

		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann", "Zed"), null, null, "character", false));
		assertTrue(unknown.getMessage().contains("no coder \"Zed\"") && unknown.getMessage().contains("Ann, Bob"), unknown.getMessage());

		IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann", "Bob"), List.of("Nope"), null, "character", false));
		assertTrue(code.getMessage().contains("\"Nope\""), code.getMessage());

		IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann", "Bob"), null, null, "sentence", false));
		assertTrue(unit.getMessage().contains("character, turn, paragraph, line, answer, overlap"), unit.getMessage());

		IllegalArgumentException source = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann", "Bob"), null, List.of("Missing"), "character", false));
		assertTrue(source.getMessage().contains("no source or set named \"Missing\""), source.getMessage());

		IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann", "Ann"), null, null, "character", false));
		assertTrue(twice.getMessage().contains("\"Ann\" is chosen twice"), twice.getMessage());

		IllegalArgumentException nothing = assertThrows(IllegalArgumentException.class,
				() -> study.byName(List.of("Ann", "Bob"), null, null, "character", false));
		assertTrue(nothing.getMessage().contains("applied no code"), nothing.getMessage());

		try (ExcerptaProject other = ExcerptaProject.create(dir.resolve("other"), "Other")) {
			User stranger = new Coder(other).coder("Stranger");
			IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
					() -> study.settings(List.of(ann, stranger), List.of(trust), List.of(), AgreementUnit.CHARACTER, false));
			assertTrue(foreign.getMessage().contains("\"Stranger\" is not part of the project"), foreign.getMessage());
		}
	}

	/**
	 * The shipped sample project (four transcripts with speaker turns, survey answers). Two coders
	 * code the same turns of the first interview, one turn differently; counting every turn of that
	 * interview, all turns but one agree.
	 */
	@Test
	void worksOnTheSampleProjectsTranscripts(@TempDir Path sampleDir) {
		try (ExcerptaProject sample = SampleProject.createIn(sampleDir.resolve("sample"))) {
			Coder c = new Coder(sample);
			User x = c.coder("Ann");
			User y = c.coder("Bob");
			TextSource interview = (TextSource) sample.model().getSources().stream().filter(s -> s instanceof TextSource t
					&& t.getKind() == SourceKind.TRANSCRIPT && !t.getTurns().isEmpty()).findFirst().orElseThrow();
			Code code = firstCodable(sample.model().getCodebook().getCodes());
			List<SpeakerTurn> turns = interview.getTurns();
			int n = turns.size();
			assertTrue(n >= 4, "the sample interview has turns");
			for (int i = 0; i < 3; i++) {
				SpeakerTurn t = turns.get(i);
				c.code(interview, t.getStart(), t.getEnd(), code, x);
				c.code(interview, t.getStart(), Math.min(t.getEnd(), t.getStart() + 5), code, y);
			}
			SpeakerTurn last = turns.get(n - 1);
			c.code(interview, last.getStart(), last.getEnd(), code, x);

			AgreementStudy study = new AgreementStudy(sample);
			AgreementReport report = study.run(study.settings(List.of(x, y), List.of(code), List.of(interview), AgreementUnit.TURN, true));
			assertEquals(n, report.unitsExamined());
			assertEquals((double) (n - 1) / n, report.codes().get(0).agreement().percent().value(), EXACT);
			assertEquals(1, report.disagreements().size());
			assertEquals(last.getStart(), report.disagreements().get(0).start());

			// Character level over every sample source with uncoded characters: one unit per character.
			List<TextSource> all = sample.model().getSources().stream().filter(TextSource.class::isInstance)
					.map(TextSource.class::cast).toList();
			AgreementReport chars = study.run(study.settings(List.of(x, y), List.of(code), all, AgreementUnit.CHARACTER, true));
			long length = all.stream().mapToLong(TextSource::getLength).sum();
			assertEquals(length, chars.unitsExamined());
			assertEquals(length, chars.codes().get(0).units());
		}
	}

	private static Code firstCodable(List<Code> codes) {
		for (Code c : codes) {
			if (c.isCodable()) {
				return c;
			}
			Code below = firstCodable(c.getChildren());
			if (below != null) {
				return below;
			}
		}
		return null;
	}
}
