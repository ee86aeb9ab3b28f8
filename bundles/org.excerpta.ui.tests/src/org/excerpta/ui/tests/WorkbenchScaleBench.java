package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.excerpta.bench.Corpus;
import org.excerpta.bench.DataGenerator;
import org.excerpta.bench.Stats;
import org.excerpta.bench.SurveyShape;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.ui.ProjectSession;
import org.excerpta.ui.parts.DocumentPart;
import org.excerpta.ui.parts.SurveyGridPart;
import org.junit.jupiter.api.Test;

/**
 * The workbench at the sizes of issue 5, measured in the real parts under Xvfb: a 300,000-character
 * transcript with 3,000 codings in the Document view, and a survey of 100,000 respondents in the
 * Survey Grid. A benchmark, not a test: it prints figures and asserts only that the work was done.
 * Its name keeps it out of the normal test run; run it with
 * {@code xvfb-run -a ./mvnw verify -pl bundles/org.excerpta.ui.tests -am -Dtest=WorkbenchScaleBench -Dexcerpta.failIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WorkbenchScaleBench {

	private static final int TRANSCRIPT_CHARS = 300_000;
	private static final int CODINGS = 3_000;
	private static final int RESPONDENTS = 100_000;
	private static final int STEPS = 200;

	@Test
	void aLongTranscriptAndAHugeGrid() throws Exception {
		Display display = Display.getDefault();
		Path root = Files.createTempDirectory("excerpta-ui-scale");
		Corpus corpus = Corpus.load(Corpus.findData(null), Set.of(SurveyShape.QUERY_WORD));
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-34s %12s %12s %12s", "workload", "median ms", "p99 ms", "max ms"));

		// --- the transcript ---------------------------------------------------------------------
		Path txt = root.resolve("long-interview.txt");
		StringBuilder text = new StringBuilder();
		SplittableRandom random = new SplittableRandom(42);
		for (int turn = 0; text.length() < TRANSCRIPT_CHARS; turn++) {
			text.append(turn % 2 == 0 ? "Interviewer: " : "Respondent: ").append(corpus.text(random, 300, 900)).append("\n\n");
		}
		Files.writeString(txt, text, StandardCharsets.UTF_8);
		Path folder = root.resolve("transcript-project");
		ExcerptaProject.create(folder, "UI scale").close();
		Shell shell = new Shell(display);
		shell.setSize(1280, 800);
		shell.setLayout(new FillLayout());
		IEclipseContext window = PartHarness.windowContext("scale", display);
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		ExcerptaProject project = session.open(folder);
		new DocumentImporter().importFiles(project, List.of(txt), DocumentImportOptions.defaults(), new NullProgressMonitor());
		TextSource source = (TextSource) project.model().getSources().get(0);
		Coder coder = new Coder(project);
		User ana = coder.coder("Ana");
		CodebookEditor codebook = new CodebookEditor(project);
		List<Code> codes = new ArrayList<>();
		for (int c = 0; c < 20; c++) {
			codes.add(codebook.add("Theme " + (c + 1), null, null));
		}
		long coding0 = System.nanoTime();
		int length = source.getLength();
		for (int i = 0; i < CODINGS; i++) {
			int start = random.nextInt(length - 400);
			coder.code(source, start, start + 40 + random.nextInt(360), codes.get(i % codes.size()), ana);
		}
		double codingMs = (System.nanoTime() - coding0) / 1e6;

		DocumentPart document = PartHarness.make(DocumentPart.class, window, shell);
		shell.open();
		PartHarness.pump(display);
		double[] opens = new double[5];
		for (int run = 0; run < opens.length; run++) {
			long t0 = System.nanoTime();
			document.show(source);
			document.textWidget().update(); // paint now, as the user sees it
			PartHarness.pump(display);
			opens[run] = (System.nanoTime() - t0) / 1e6; // each run sets the whole text and its stripes again
		}
		document.show(source);
		PartHarness.pump(display);
		StyledText widget = document.textWidget();
		assertEquals(length, widget.getCharCount(), "the whole transcript is in the view");
		assertTrue(document.stripedCodings().size() > 0, "coding stripes are drawn");
		double[] scrolls = scroll(display, widget);
		lines.add(row("open 300k-char transcript (3,000 codings)", opens));
		lines.add(row("scroll one step (of " + STEPS + ")", scrolls));
		session.close();
		shell.dispose();

		// --- the survey grid ----------------------------------------------------------------------
		Path csv = root.resolve("answers.csv");
		new DataGenerator(corpus, 7).writeAnswers(csv, RESPONDENTS);
		Path surveyFolder = root.resolve("survey-project");
		long import0 = System.nanoTime();
		try (ExcerptaProject survey = ExcerptaProject.create(surveyFolder, "UI scale survey")) {
			new SurveyImporter().importSurvey(survey, csv, SurveyOptions.defaults().withIdColumn(SurveyShape.ID)
					.withOpenColumns(List.of(SurveyShape.OPEN)), null);
		}
		double importS = (System.nanoTime() - import0) / 1e9;
		Shell gridShell = new Shell(display);
		gridShell.setSize(1280, 800);
		gridShell.setLayout(new FillLayout());
		try (ExcerptaProject survey = ExcerptaProject.open(surveyFolder)) {
			IEclipseContext context = PartHarness.windowContext("grid", display);
			long show0 = System.nanoTime();
			context.set(ExcerptaProject.class, survey);
			SurveyGridPart grid = PartHarness.make(SurveyGridPart.class, context, gridShell);
			gridShell.open();
			grid.table().update();
			PartHarness.pump(display);
			double showMs = (System.nanoTime() - show0) / 1e6;
			Table table = grid.table();
			// The table holds a page of respondents (see SurveyGridPart); the pager counts them all.
			assertEquals(String.format(Locale.ROOT, "Rows 1\u2013%,d of %,d", table.getItemCount(), RESPONDENTS), grid.pageText(),
					"every respondent is in the grid, a page at a time");
			double[] rows = scrollTable(display, table, STEPS);
			double[] sorts = sortByFirstAttribute(display, grid, 3);
			long f0 = System.nanoTime();
			grid.filter(SurveyShape.FILTER_ATTRIBUTE + "=" + SurveyShape.ATTRIBUTES.stream()
					.filter(a -> a.name().equals(SurveyShape.FILTER_ATTRIBUTE)).findFirst().orElseThrow().values().get(0));
			table.update();
			PartHarness.pump(display);
			double filterMs = (System.nanoTime() - f0) / 1e6;
			assertTrue(table.getItemCount() > 0 && table.getItemCount() < RESPONDENTS, "the filter keeps some respondents");
			String status = grid.statusText();
			int kept = Integer.parseInt(status.substring(0, status.indexOf(" of ")).replace(",", ""));
			assertTrue(kept > 0 && kept < RESPONDENTS, "the filter keeps some respondents of all pages: " + status);
			// A coding while the grid is shown (the grid need not read the respondents again), against an
			// attribute edited (it must): what every coding cost before the grid told the two apart.
			org.excerpta.core.coding.Coder gridCoder = new org.excerpta.core.coding.Coder(survey);
			org.excerpta.model.Code code = new org.excerpta.core.coding.CodebookEditor(survey).add("Grid bench", null, null);
			org.excerpta.model.User benchCoder = gridCoder.coder("Grid bench");
			PartHarness.pump(display);
			double[] codings = new double[10];
			for (int i = 0; i < codings.length; i++) {
				long t0 = System.nanoTime();
				gridCoder.code((org.excerpta.model.TextSource) survey.model().getSources().get(i), 0, 3, code, benchCoder);
				PartHarness.pump(display);
				table.update();
				codings[i] = (System.nanoTime() - t0) / 1e6;
			}
			double[] edits = new double[3];
			org.excerpta.model.VariableValue edited = survey.model().getCases().get(0).getValues().get(0);
			for (int i = 0; i < edits.length; i++) {
				long t0 = System.nanoTime();
				survey.execute(org.eclipse.emf.edit.command.SetCommand.create(survey.editingDomain(), edited,
						org.excerpta.model.ExcerptaPackage.Literals.VARIABLE_VALUE__VALUE, edited.getValue() + "x"));
				PartHarness.pump(display);
				table.update();
				edits[i] = (System.nanoTime() - t0) / 1e6;
			}
			lines.add(row("grid: first paint of 100,000 rows", new double[] { showMs }));
			lines.add(row("grid: scroll one step (of " + STEPS + ")", rows));
			lines.add(row("grid: sort 100,000 rows", sorts));
			lines.add(row("grid: filter by an attribute", new double[] { filterMs }));
			lines.add(row("grid: one coding while shown (of 10)", codings));
			lines.add(row("grid: one attribute edited while shown (reads all again)", edits));
		} finally {
			gridShell.dispose();
		}
		lines.add(row("coding by key, the Coding perspective's views open (of 20)", codingWithViewsOpen(display, surveyFolder)));
		System.out.println();
		System.out.println("Workbench at scale (" + System.getProperty("os.name") + ", " + Runtime.getRuntime().availableProcessors()
				+ " cores, Xvfb): 3,000 codings recorded in " + Math.round(codingMs) + " ms; 100,000 respondents imported in "
				+ String.format(Locale.ROOT, "%.1f", importS) + " s");
		lines.forEach(System.out::println);
	}

	/**
	 * What a researcher waits for after pressing a quick-code key on a survey answer, with the views
	 * of the Coding perspective open as they are at start (Project Explorer, Codebook, Document,
	 * Coded Excerpts listing a code; Search, Survey Grid, Memos and Counts in hidden tabs): from the
	 * key to the window idle again, every view having followed the change.
	 */
	private static double[] codingWithViewsOpen(Display display, Path surveyFolder) {
		Shell shell = new Shell(display);
		shell.setSize(1400, 900);
		shell.setLayout(new FillLayout());
		IEclipseContext window = PartHarness.windowContext("coding", display);
		window.set(org.eclipse.e4.ui.workbench.modeling.ESelectionService.class, new RecordingSelectionService(new ArrayList<>()));
		ProjectSession session = new ProjectSession(window);
		window.set(ProjectSession.class, session);
		try {
			org.eclipse.swt.custom.SashForm main = new org.eclipse.swt.custom.SashForm(shell, org.eclipse.swt.SWT.HORIZONTAL);
			org.eclipse.swt.custom.SashForm left = new org.eclipse.swt.custom.SashForm(main, org.eclipse.swt.SWT.VERTICAL);
			org.eclipse.swt.custom.SashForm right = new org.eclipse.swt.custom.SashForm(main, org.eclipse.swt.SWT.VERTICAL);
			ExcerptaProject project = session.open(surveyFolder);
			PartHarness.make(org.excerpta.ui.parts.ProjectExplorerPart.class, window, new org.eclipse.swt.widgets.Composite(left, 0));
			org.excerpta.ui.parts.CodebookPart codebook = PartHarness.make(org.excerpta.ui.parts.CodebookPart.class, window,
					new org.eclipse.swt.widgets.Composite(left, 0));
			DocumentPart document = PartHarness.make(DocumentPart.class, window, new org.eclipse.swt.widgets.Composite(right, 0));
			org.eclipse.swt.widgets.TabFolder tabs = new org.eclipse.swt.widgets.TabFolder(right, 0);
			org.excerpta.ui.parts.CodedExcerptsPart excerpts = PartHarness.make(org.excerpta.ui.parts.CodedExcerptsPart.class, window,
					tab(tabs, "Coded Excerpts"));
			PartHarness.make(org.excerpta.ui.parts.SearchPart.class, window, tab(tabs, "Search"));
			PartHarness.make(SurveyGridPart.class, window, tab(tabs, "Survey Grid"));
			PartHarness.make(org.excerpta.ui.parts.MemosPart.class, window, tab(tabs, "Memos"));
			PartHarness.make(org.excerpta.ui.parts.CountsPart.class, window, tab(tabs, "Counts"));
			tabs.setSelection(0);
			shell.open();
			Code code = new CodebookEditor(project).add("Key bench", null, null);
			new org.excerpta.ui.QuickCodes(project).assign(1, code);
			codebook.viewer().refresh();
			excerpts.showCode(code);
			PartHarness.pump(display);
			List<TextSource> answers = new ArrayList<>();
			for (int i = 0; answers.size() < 20; i += 997) {
				answers.add((TextSource) project.model().getSources().get(i));
			}
			double[] ms = new double[answers.size()];
			for (int i = 0; i < ms.length; i++) {
				document.show(answers.get(i));
				PartHarness.pump(display);
				document.textWidget().setSelection(0, Math.min(8, document.textWidget().getCharCount()));
				long t0 = System.nanoTime();
				assertTrue(document.codeWithQuickKey(1));
				PartHarness.pump(display);
				ms[i] = (System.nanoTime() - t0) / 1e6;
			}
			assertEquals(answers.size(), excerpts.table().getItemCount(), "Coded Excerpts followed every coding");
			return ms;
		} finally {
			session.close();
			shell.dispose();
		}
	}

	private static org.eclipse.swt.widgets.Composite tab(org.eclipse.swt.widgets.TabFolder tabs, String name) {
		org.eclipse.swt.widgets.TabItem item = new org.eclipse.swt.widgets.TabItem(tabs, 0);
		item.setText(name);
		org.eclipse.swt.widgets.Composite c = new org.eclipse.swt.widgets.Composite(tabs, 0);
		c.setLayout(new FillLayout());
		item.setControl(c);
		return c;
	}

	/** Scrolls the text from top to bottom in {@link #STEPS} steps, painting each: the time of each step. */
	private static double[] scroll(Display display, StyledText widget) {
		int height = widget.getLinePixel(widget.getLineCount()) - widget.getLinePixel(0);
		double[] steps = new double[STEPS];
		for (int i = 0; i < STEPS; i++) {
			long t0 = System.nanoTime();
			widget.setTopPixel((int) ((long) height * i / STEPS));
			widget.update();
			PartHarness.pump(display);
			steps[i] = (System.nanoTime() - t0) / 1e6;
		}
		return steps;
	}

	/** Scrolls a table top to bottom in even steps, each painted: the milliseconds of each. */
	static double[] scrollTable(Display display, Table table, int count) {
		double[] steps = new double[count];
		for (int i = 0; i < count; i++) {
			long t0 = System.nanoTime();
			table.setTopIndex((int) ((long) (table.getItemCount() - 50) * i / count));
			table.update();
			PartHarness.pump(display);
			steps[i] = (System.nanoTime() - t0) / 1e6;
		}
		return steps;
	}

	/** Sorts the Survey Grid by its first attribute, again and again, each painted: the milliseconds of each. */
	static double[] sortByFirstAttribute(Display display, SurveyGridPart grid, int times) {
		double[] sorts = new double[times];
		for (int i = 0; i < times; i++) {
			long t0 = System.nanoTime();
			grid.sortBy(1);
			grid.table().update();
			PartHarness.pump(display);
			sorts[i] = (System.nanoTime() - t0) / 1e6;
		}
		return sorts;
	}

	/** A row of the printed table: median, p99 and maximum, as the benchmark harness computes them. */
	private static String row(String name, double[] ms) {
		Stats s = Stats.of(ms);
		return String.format(Locale.ROOT, "%-34s %12.1f %12.1f %12.1f", name, s.median(), s.p99(), s.max());
	}}
