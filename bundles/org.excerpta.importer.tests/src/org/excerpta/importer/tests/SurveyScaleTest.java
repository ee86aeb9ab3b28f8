package org.excerpta.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.model.SourceKind;
import org.excerpta.model.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large surveys: added in batches of {@value SurveyImporter#BATCH_SIZE} respondents (one command
 * each), with progress and cancellation. A million rows is a manual run of {@link #generate}; the
 * behaviour that keeps memory bounded is the same at 20,000.
 */
class SurveyScaleTest {

	@TempDir
	Path tmp;

	private static final String[] OPENINGS = { "Honestly, ", "On the whole ", "To be fair, ", "In my experience ",
			"Looking back, ", "As a parent, ", "Speaking for my team, " };
	private static final String[] MIDDLES = { "the service was quicker than I expected", "nobody explained the waiting "
			+ "times", "the staff were kind, but overstretched", "the online form kept losing my answers",
			"I was passed from one office to another", "the follow-up call made all the difference",
			"the letters arrived after the appointment" };
	private static final String[] ENDINGS = { ".", ", and I would say so again.", "; please fix this.",
			", which matters a lot to people like me.", ".\nThat is all I wanted to add." };
	private static final String[] REGIONS = { "North East", "North West", "Yorkshire", "East Midlands",
			"West Midlands", "East", "London", "South East", "South West" };

	/** What a generated survey holds, to check an import against. */
	record Generated(int respondents, long answers) {
	}

	/**
	 * Writes a deterministic survey CSV: an ID, typed closed questions and two open questions, the
	 * second often left blank; answers quote commas, semicolons and line breaks.
	 */
	static Generated generate(Path csv, int rows, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		long answers = 0;
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("respondent_id,age,region,consent,completed,satisfaction,experience,improvement\r\n");
			LocalDate start = LocalDate.of(2025, 1, 1);
			for (int i = 1; i <= rows; i++) {
				String experience = sentence(random, i);
				String improvement = random.nextInt(100) < 45 ? sentence(random, i) : "";
				answers += 1 + (improvement.isEmpty() ? 0 : 1);
				w.write(String.format("R%07d,%d,%s,%s,%s,%d,%s,%s\r\n", i, 18 + random.nextInt(70),
						REGIONS[random.nextInt(REGIONS.length)], random.nextBoolean() ? "yes" : "no",
						start.plusDays(random.nextInt(365)), 1 + random.nextInt(5), quote(experience),
						quote(improvement)));
			}
		}
		return new Generated(rows, answers);
	}

	private static String sentence(SplittableRandom random, int respondent) {
		// Real answers hardly repeat: each names its own week, and some their visit.
		return OPENINGS[random.nextInt(OPENINGS.length)] + MIDDLES[random.nextInt(MIDDLES.length)] + " in week "
				+ (1 + random.nextInt(52)) + (random.nextInt(3) == 0 ? " (visit " + respondent + ")" : "")
				+ ENDINGS[random.nextInt(ENDINGS.length)];
	}

	private static String quote(String cell) {
		return cell.isEmpty() ? "" : "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	/** Records what the import reports, and cancels when told which progress message to stop at. */
	private static final class Monitor extends NullProgressMonitor {
		final List<String> subTasks = new ArrayList<>();
		int total;
		int worked;
		private final String cancelAt;

		Monitor(String cancelAt) {
			this.cancelAt = cancelAt;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
			if (name.equals(cancelAt)) {
				setCanceled(true);
			}
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}

	private static long cases(ExcerptaProject p) {
		return p.model().getCases().size();
	}

	@Test
	void twentyThousandRespondentsGoInFourUndoableBatchesWithProgress() throws IOException {
		Path csv = tmp.resolve("large.csv");
		Generated g = generate(csv, 20_000, 42);
		Path dir = tmp.resolve("project");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Large survey")) {
			Monitor monitor = new Monitor(null);
			SurveyImportReport r = new SurveyImporter().importSurvey(p, csv,
					SurveyOptions.defaults().withIdColumn("respondent_id"), monitor);
			assertEquals(20_000, r.respondentsAdded());
			assertEquals(List.of("experience", "improvement"), r.questions());
			assertEquals(g.answers(), r.answersAdded());
			assertEquals(2L * 20_000 - g.answers(), r.blankAnswersSkipped());
			assertEquals(4, r.batches(), "one command per 5,000 respondents");
			assertTrue(monitor.subTasks.contains("Added 20000 of 20000 respondents"), monitor.subTasks::toString);
			assertTrue(monitor.subTasks.contains("Read 20000 respondents"));
			assertTrue(monitor.worked >= monitor.total * 0.99, "progress reached the end: " + monitor.worked + " of "
					+ monitor.total);
			assertEquals(VariableType.DATE, SurveyRealFilesTest.variable(p, "completed").getType());
			assertEquals(VariableType.BOOLEAN, SurveyRealFilesTest.variable(p, "consent").getType());

			// Each batch is its own command: undoing the last takes back exactly 5,000 respondents.
			assertTrue(p.commandStack().getUndoCommand().getLabel().endsWith("(respondents 15001-20000)"));
			p.commandStack().undo();
			assertEquals(15_000, cases(p));
			p.commandStack().redo();
			assertEquals(20_000, cases(p));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(20_000, cases(p));
			assertEquals(g.answers(),
					p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER).count());
		}
	}

	@Test
	void cancellingHalfwayTakesBackTheBatchesAlreadyAdded() throws IOException {
		Path csv = tmp.resolve("large.csv");
		generate(csv, 20_000, 7);
		Path dir = tmp.resolve("project");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Large survey")) {
			SurveyImporter importer = new SurveyImporter();
			SurveyOptions options = SurveyOptions.defaults().withIdColumn("respondent_id");
			assertThrows(OperationCanceledException.class,
					() -> importer.importSurvey(p, csv, options, new Monitor("Added 12000 of 20000 respondents")));
			assertEquals(0, cases(p), "the two batches written before the cancellation were undone");
			assertEquals(0, p.model().getSources().size());
			assertEquals(0, p.model().getVariables().size());
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			assertEquals(0, cases(p), "and the undo is on disk");
		}
	}

	@Test
	void cancellingWhileTheFileIsFirstReadChangesNothing() throws IOException {
		Path csv = tmp.resolve("large.csv");
		generate(csv, 20_000, 7);
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("project"), "Large survey")) {
			SurveyOptions options = SurveyOptions.defaults().withIdColumn("respondent_id");
			Monitor monitor = new Monitor("Read 5000 respondents");
			assertThrows(OperationCanceledException.class, () -> new SurveyImporter().importSurvey(p, csv, options, monitor));
			assertTrue(monitor.subTasks.stream().noneMatch(t -> t.startsWith("Added")), "cancelled before any respondent was added");
			assertEquals(0, cases(p));
			assertEquals(0, p.model().getVariables().size());
		}
	}
}
