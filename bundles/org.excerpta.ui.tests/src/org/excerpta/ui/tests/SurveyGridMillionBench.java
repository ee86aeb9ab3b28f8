package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.excerpta.bench.Stats;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.ui.parts.SurveyGridPart;
import org.junit.jupiter.api.Test;

/**
 * The Survey Grid on a project the benchmark built, at its full size (a million respondents): what
 * a researcher waits for when they open the grid, scroll, sort and filter. A benchmark, not a test:
 * it runs only when {@code EXCERPTA_GRID_PROJECT} names a project folder (opened read-only: nothing
 * is changed), and it needs a larger heap than the tests' 2 GB. Run it with
 * {@code EXCERPTA_GRID_PROJECT=/path/to/project xvfb-run -a ./mvnw verify -pl bundles/org.excerpta.ui.tests -am -Dtest=SurveyGridMillionBench -Dexcerpta.failIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false}
 * after raising the tests' {@code -Xmx} in the root pom.
 */
class SurveyGridMillionBench {

	@Test
	void theGridOfTheBenchmarksProject() throws Exception {
		String folder = System.getenv("EXCERPTA_GRID_PROJECT");
		Display display = Display.getDefault();
		List<String> lines = new ArrayList<>();
		gtkAlone(display).forEach(System.out::println);
		if (folder == null || !Files.isDirectory(Path.of(folder))) {
			System.out.println("SurveyGridMillionBench: EXCERPTA_GRID_PROJECT names no project folder; the grid is not measured");
			return;
		}
		lines.add(String.format(Locale.ROOT, "%-44s %12s %12s %12s", "workload", "median ms", "p99 ms", "max ms"));
		long open0 = System.nanoTime();
		try (ExcerptaProject project = ExcerptaProject.openReadOnly(Path.of(folder))) {
			double openS = (System.nanoTime() - open0) / 1e9;
			Runtime rt = Runtime.getRuntime();
			System.gc();
			long heapBefore = rt.totalMemory() - rt.freeMemory();
			Shell shell = new Shell(display);
			shell.setSize(1280, 800);
			shell.setLayout(new FillLayout());
			try {
				IEclipseContext context = PartHarness.windowContext("grid", display);
				long show0 = System.nanoTime();
				context.set(ExcerptaProject.class, project);
				SurveyGridPart grid = PartHarness.make(SurveyGridPart.class, context, shell);
				shell.open();
				grid.table().update();
				PartHarness.pump(display);
				double showMs = (System.nanoTime() - show0) / 1e6;
				System.gc();
				long heapAfter = rt.totalMemory() - rt.freeMemory();
				Table table = grid.table();
				String shown = grid.pageText();
				assertTrue(table.getItemCount() > 0, "the grid shows respondents");
				double[] scrolls = WorkbenchScaleBench.scrollTable(display, table, 100);
				double[] sorts = WorkbenchScaleBench.sortByFirstAttribute(display, grid, 3);
				String attribute = table.getColumn(1).getText();
				String value = table.getItem(0).getText(1);
				long f0 = System.nanoTime();
				grid.filter(attribute + "=" + value);
				table.update();
				PartHarness.pump(display);
				double filterMs = (System.nanoTime() - f0) / 1e6;
				String kept = grid.pageText();
				long u0 = System.nanoTime();
				grid.filter("");
				table.update();
				PartHarness.pump(display);
				double unfilterMs = (System.nanoTime() - u0) / 1e6;
				lines.add(row("grid: first paint", new double[] { showMs }));
				lines.add(row("grid: scroll one step (of 100)", scrolls));
				lines.add(row("grid: sort by " + attribute, sorts));
				lines.add(row("grid: filter " + attribute + "=" + value, new double[] { filterMs }));
				lines.add(row("grid: filter removed", new double[] { unfilterMs }));
				System.out.println();
				System.out.printf(Locale.ROOT, "Survey Grid on %s: model opened in %.1f s; %s (%s after the filter); heap %,d MB before the grid, %,d MB with it%n",
						folder, openS, shown, kept, heapBefore >> 20, heapAfter >> 20);
				lines.forEach(System.out::println);
			} finally {
				shell.dispose();
			}
		}
	}

	/**
	 * What GTK alone spends on a virtual table of N rows with nothing behind them: the bound on any
	 * table that holds every respondent, and why the grid shows them a page at a time.
	 */
	private static List<String> gtkAlone(Display display) {
		List<String> lines = new ArrayList<>();
		Shell probe = new Shell(display);
		probe.setSize(1280, 800);
		probe.setLayout(new FillLayout());
		Table t = new Table(probe, org.eclipse.swt.SWT.VIRTUAL | org.eclipse.swt.SWT.MULTI);
		for (int c = 0; c < 8; c++) {
			new org.eclipse.swt.widgets.TableColumn(t, 0).setWidth(100);
		}
		t.addListener(org.eclipse.swt.SWT.SetData,
				e -> ((org.eclipse.swt.widgets.TableItem) e.item).setText(new String[] { "a", "b", "c", "d", "e", "f", "g", "h" }));
		probe.open();
		for (int n : new int[] { 10_000, 100_000, 1_000_000 }) {
			long t0 = System.nanoTime();
			t.setItemCount(n);
			t.update();
			PartHarness.pump(display);
			long t1 = System.nanoTime();
			t.clearAll();
			t.update();
			PartHarness.pump(display);
			long t2 = System.nanoTime();
			t.removeAll();
			PartHarness.pump(display);
			long t3 = System.nanoTime();
			lines.add(String.format(Locale.ROOT, "GTK alone, a virtual table of %,d rows: add and paint %.0f ms, clear and paint %.0f ms, remove %.0f ms", n,
					(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6));
		}
		probe.dispose();
		return lines;
	}

	private static String row(String name, double[] ms) {
		Stats s = Stats.of(ms);
		return String.format(Locale.ROOT, "%-44s %12.1f %12.1f %12.1f", name, s.median(), s.p99(), s.max());
	}
}
