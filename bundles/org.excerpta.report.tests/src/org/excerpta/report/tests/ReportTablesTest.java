package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.excerpta.analysis.stats.Proportion;
import org.excerpta.analysis.stats.ProportionComparison;
import org.excerpta.analysis.stats.Proportions;
import org.excerpta.cli.ExcerptaCli;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Source;
import org.excerpta.model.TextSource;
import org.excerpta.api.table.Cell;
import org.excerpta.report.CodeByAttributeTable;
import org.excerpta.report.CodeByAttributeTable.Percentages;
import org.excerpta.report.CodeFrequencyTable;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.CooccurrenceTable.Unit;
import org.excerpta.report.GroupComparisonTable;
import org.excerpta.report.CountedProject;
import org.excerpta.report.ReportScope;
import org.excerpta.report.contrib.CodesByAttribute;
import org.excerpta.report.contrib.IndexedProject;
import org.excerpta.report.contrib.OpenedProject;
import org.excerpta.api.Settings;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;
import org.excerpta.report.tests.CodedSample.Walked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts tables of the coded sample, checked figure by figure against counts made here by
 * walking the project, and against what {@code excerpta counts} prints today.
 */
class ReportTablesTest {

	@TempDir
	static Path tmp;
	static Path dir;

	@BeforeAll
	static void codeTheSample() {
		dir = tmp.resolve("sample");
		try (ExcerptaProject p = CodedSample.create(dir)) {
			assertTrue(CodedSample.walk(p).size() > 100, "the fixture codes the sample richly");
		}
	}

	@Test
	void codeFrequenciesAgreeWithTheModel() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			ReportTable t = CodeFrequencyTable.of(p, index, ReportScope.all(), null);
			Map<String, int[]> byHand = CodedSample.countsByHand(p);
			assertEquals(CodedSample.allCodes(p).size(), t.rows().size(), "every code, used or not");
			assertTrue(byHand.size() >= 10, "ten codes used: " + byHand.keySet());
			long allText = p.model().getSources().stream().mapToLong(s -> ((TextSource) s).getLength()).sum();
			Map<String, Long> codedByHand = codedLengthByHand(p);
			for (Row r : t.rows()) {
				String path = r.cell(0).display();
				int[] n = byHand.getOrDefault(path, new int[3]);
				assertEquals(n[0], ((Cell.Count) r.cell(1)).value(), "codings of " + path);
				assertEquals(n[1], ((Cell.Count) r.cell(2)).value(), "sources of " + path);
				assertEquals(n[2], ((Cell.Count) r.cell(3)).value(), "cases of " + path);
				Cell.Share share = (Cell.Share) r.cell(4);
				assertEquals(44, share.base(), "all 44 cases are the base");
				assertEquals(n[2], share.count());
				assertTrue(share.lower() <= share.share() && share.share() <= share.upper(), path);
				if (n[2] > 0) {
					assertTrue(share.lower() > 0 && share.upper() < 1, "a real interval around " + share.display());
				}
				Cell.Percent text = (Cell.Percent) r.cell(5);
				assertEquals((double) codedByHand.getOrDefault(path, 0L) / allText, text.share(), 1e-12, "share of text of " + path);
				assertEquals(CodePaths.pathOf((Code) p.store().find(r.key())), path, "rows are keyed by code");
			}
		}
	}

	@Test
	void figuresPrintExactlyAsTheCountsCommandPrintsThem() throws IOException {
		String d = dir.toString();
		Map<String, List<List<String>>> cli = new HashMap<>();
		for (String[] args : List.of(new String[] { "plain" }, new String[] { "role", "--by", "Role" },
				new String[] { "row", "--by", "Role", "--percent", "row" }, new String[] { "compare", "--by", "Role", "--compare", "GP,Manager" },
				new String[] { "co", "--cooccurrence" }, new String[] { "overlap", "--cooccurrence", "--overlap" },
				new String[] { "population", "--population", "60" }, new String[] { "gp", "--where", "Role=GP" },
				new String[] { "providersRole", "--where", "Organisation=Provider", "--by", "Role" })) {
			List<String> line = new ArrayList<>(List.of("counts", d, "--csv"));
			line.addAll(List.of(args).subList(1, args.length));
			cli.put(args[0], runCli(line.toArray(String[]::new)));
		}
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			ReportScope all = ReportScope.all();
			assertEquals(cli.get("plain"), CodeFrequencyTable.of(p, index, all, null).displayed());
			assertEquals(cli.get("population"), CodeFrequencyTable.of(p, index, all, 60L).displayed());
			// The code x attribute table adds a last column (all values): the rest is the command's.
			assertEquals(cli.get("role"), withoutLastColumn(CodeByAttributeTable.of(p, index, all, "Role", Percentages.COLUMN).displayed()));
			assertEquals(cli.get("row"), withoutLastColumn(CodeByAttributeTable.of(p, index, all, "Role", Percentages.ROW).displayed()));
			assertEquals(cli.get("compare"), GroupComparisonTable.of(p, index, all, "Role", "GP", "Manager").displayed());
			assertEquals(cli.get("co"), CooccurrenceTable.of(p, index, all, Unit.SOURCE).displayed());
			assertEquals(cli.get("overlap"), CooccurrenceTable.of(p, index, all, Unit.OVERLAP).displayed());
			// With a filter, the shares are of the cases it keeps (the command divided by all 44 before).
			assertEquals(cli.get("gp"), CodeFrequencyTable.of(p, index, all.where(Map.of("Role", "GP")), null).displayed());
			assertEquals(cli.get("providersRole"), withoutLastColumn(CodeByAttributeTable.of(p, index, all.where(Map.of("Organisation", "Provider")), "Role",
					Percentages.COLUMN).displayed()));
		}
	}

	/**
	 * The command line reads a current index without the model, and the workbench shows a loading
	 * project's counts from it: every table, every scope, the same as with the project open. The
	 * bases of a filtered share (the cases kept, their text) are counted in the index.
	 */
	@Test
	void theIndexAloneGivesTheTablesOfTheOpenProject() {
		Map<String, ReportTable> withModel = new LinkedHashMap<>();
		List<ReportScope> scopes;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			Code conflict = CodedSample.code(p, "Conflict and tension between partners");
			scopes = List.of(ReportScope.all(), ReportScope.all().where(Map.of("Role", "GP")),
					new ReportScope(ReportScope.branches(List.of(conflict)), Map.of("Organisation", "Provider")));
			tablesOf(CountedProject.of(p), index, scopes, withModel);
			OpenedProject opened = new OpenedProject(p, () -> index);
			withModel.put("analysis", new CodesByAttribute().run(opened, Settings.all().withOption("attribute", "Site"), null));
			withModel.put("attributes", attributeList(new CodesByAttribute().options(opened)));
		}
		try (ProjectIndex alone = ProjectIndex.openForReading(dir)) {
			assertNotNull(alone, "the index reflects every saved change");
			Map<String, ReportTable> fromIndex = new LinkedHashMap<>();
			tablesOf(CountedProject.of(alone), alone, scopes, fromIndex);
			IndexedProject indexed = new IndexedProject(dir, alone);
			fromIndex.put("analysis", new CodesByAttribute().run(indexed, Settings.all().withOption("attribute", "Site"), null));
			fromIndex.put("attributes", attributeList(new CodesByAttribute().options(indexed)));
			assertEquals(withModel.keySet(), fromIndex.keySet());
			for (String name : withModel.keySet()) {
				assertEquals(withModel.get(name).displayed(), fromIndex.get(name).displayed(), name);
				assertEquals(withModel.get(name).note(), fromIndex.get(name).note(), name);
			}
			ReportTable gps = fromIndex.get("frequencies 1");
			assertTrue(gps.note().contains("of the 9 cases counted"), gps.note());
			assertTrue(IndexedProject.canRun(new CodesByAttribute()), "Excerpta's counts run on the index alone");
			IllegalStateException model = assertThrows(IllegalStateException.class, indexed::model);
			assertTrue(model.getMessage().contains("has not loaded"), "what a plugin's analysis is told: " + model.getMessage());
		}
	}

	private static void tablesOf(CountedProject p, ProjectIndex index, List<ReportScope> scopes, Map<String, ReportTable> into) {
		for (int i = 0; i < scopes.size(); i++) {
			ReportScope scope = scopes.get(i);
			into.put("frequencies " + i, CodeFrequencyTable.of(p, index, scope, null));
			into.put("population " + i, CodeFrequencyTable.of(p, index, scope, 100L));
			into.put("by role " + i, CodeByAttributeTable.of(p, index, scope, "Role", Percentages.ROW));
			into.put("compare " + i, GroupComparisonTable.of(p, index, scope.where().containsKey("Role") ? ReportScope.all() : scope,
					"Role", "GP", "Manager"));
			into.put("cooccurrence " + i, CooccurrenceTable.of(p, index, scope, Unit.SOURCE));
			into.put("overlaps " + i, CooccurrenceTable.of(p, index, scope, Unit.OVERLAP));
		}
	}

	/** An analysis's options as a one-column table, to compare them as the tables are. */
	private static ReportTable attributeList(List<org.excerpta.api.AnalysisOption> options) {
		return new ReportTable("options", "Options", "", List.of(Column.of("attribute", ColumnType.TEXT)),
				options.get(0).choices().stream().map(c -> new Row(c, List.of(new Cell.Text(c)))).toList());
	}

	@Test
	void codesByAttributeAgreeWithTheModel() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			Map<String, Integer> casesWithRole = new HashMap<>();
			Map<String, Map<String, Set<Case>>> byHand = new HashMap<>();
			for (Case c : p.model().getCases()) {
				String role = CodedSample.value(c, "Role");
				if (role != null) {
					casesWithRole.merge(role, 1, Integer::sum);
				}
			}
			for (Walked w : CodedSample.walk(p)) {
				for (Case c : w.cases()) {
					String role = CodedSample.value(c, "Role");
					if (role != null) {
						byHand.computeIfAbsent(CodePaths.pathOf(w.code()), k -> new HashMap<>()).computeIfAbsent(role, k -> new HashSet<>()).add(c);
					}
				}
			}
			assertEquals(Set.of("Clinician", "Finance lead", "GP", "Manager"), casesWithRole.keySet());
			for (Percentages pct : Percentages.values()) {
				ReportTable t = CodeByAttributeTable.of(p, index, ReportScope.all(), "Role", pct);
				assertEquals(6, t.columns().size(), "code, four roles, all values");
				for (Row r : t.rows()) {
					String path = r.cell(0).display();
					Map<String, Set<Case>> cells = byHand.getOrDefault(path, Map.of());
					int total = cells.values().stream().mapToInt(Set::size).sum();
					for (int i = 1; i <= 4; i++) {
						Column column = t.columns().get(i);
						String role = column.key();
						assertEquals(role + " (n=" + casesWithRole.get(role) + ")", column.name(), "the base in the heading");
						Cell.Proportion cell = (Cell.Proportion) r.cell(i);
						assertEquals(cells.getOrDefault(role, Set.of()).size(), cell.count(), path + " / " + role);
						assertEquals(pct == Percentages.COLUMN ? casesWithRole.get(role) : total, cell.base(), "base of " + path + " / " + role);
					}
					if (pct == Percentages.COLUMN) {
						Cell.Proportion all = (Cell.Proportion) r.cell(5);
						assertEquals(total, all.count());
						assertEquals(40, all.base(), "the 40 respondents have a role; the 4 interviewees have none");
					} else {
						assertEquals(total, ((Cell.Count) r.cell(5)).value());
					}
				}
			}
		}
	}

	@Test
	void groupComparisonUsesTheAnalysisStatistics() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			ReportTable t = GroupComparisonTable.of(p, index, ReportScope.all(), "Role", "Finance lead", "Clinician");
			Code transactional = CodedSample.code(p, "Transactional");
			Row row = t.row(transactional.getGuid());
			Cell.Proportion a = (Cell.Proportion) row.cell(1);
			Cell.Proportion b = (Cell.Proportion) row.cell(2);
			assertEquals(7, a.base());
			assertEquals(10, b.base());
			assertTrue(a.share() > b.share(), "finance leads speak of contracts more than clinicians: " + row.cells());
			ProportionComparison expected = Proportions.comparison(Proportion.of(a.count(), 7), Proportion.of(b.count(), 10), 0.95);
			Cell.Difference d = (Cell.Difference) row.cell(3);
			assertEquals(a.share() - b.share(), d.estimate(), 1e-12);
			assertEquals(expected.difference().lower(), d.lower(), 1e-12);
			assertEquals(expected.pValue(), ((Cell.PValue) row.cell(4)).p(), 1e-12);
			assertEquals(expected.test().label(), row.cell(5).display(), "small groups: " + expected.test().label());
		}
	}

	@Test
	void cooccurrenceAgreesWithTheModel() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			List<Walked> codings = CodedSample.walk(p);
			Map<Code, Set<Source>> sources = new HashMap<>();
			codings.forEach(w -> sources.computeIfAbsent(w.code(), k -> new HashSet<>()).add(w.source()));
			ReportTable same = CooccurrenceTable.of(p, index, ReportScope.all(), Unit.SOURCE);
			ReportTable overlap = CooccurrenceTable.of(p, index, ReportScope.all(), Unit.OVERLAP);
			assertEquals(sources.size(), same.rows().size(), "the codes in use");
			int pairsSeen = 0;
			for (Row r : same.rows()) {
				Code a = (Code) p.store().find(r.key());
				for (int j = 1; j < same.columns().size(); j++) {
					Code b = (Code) p.store().find(same.columns().get(j).key());
					Set<Source> both = new HashSet<>(sources.get(a));
					both.retainAll(sources.get(b));
					assertEquals(both.size(), ((Cell.Count) r.cell(j)).value(), a.getName() + " x " + b.getName());
					long overlapping = a == b ? codings.stream().filter(w -> w.code() == a).count()
							: codings.stream().filter(x -> x.code() == a)
									.mapToLong(x -> codings.stream().filter(y -> y.code() == b && y.source() == x.source()
											&& x.start() < y.end() && y.start() < x.end()).count())
									.sum();
					assertEquals(overlapping, ((Cell.Count) overlap.row(a.getGuid()).cell(j)).value(), "overlaps " + a.getName() + " x " + b.getName());
					pairsSeen += a != b && overlapping > 0 ? 1 : 0;
				}
			}
			assertTrue(pairsSeen > 0, "some codes overlap in the fixture");
		}
	}

	@Test
	void aFilterAndAChoiceOfCodesNarrowTheTablesAndTheirBases() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			Code conflict = CodedSample.code(p, "Conflict and tension between partners");
			ReportScope gps = new ReportScope(ReportScope.branches(List.of(conflict)), Map.of("Role", "GP"));
			ReportTable t = CodeFrequencyTable.of(p, index, gps, null);
			assertEquals(List.of("Conflict and tension between partners", "Transactional", "Transformational", "Relational"),
					t.rows().stream().map(r -> ((Code) p.store().find(r.key())).getName()).toList(), "the branch, in codebook order");
			Row relational = t.row(CodedSample.code(p, "Relational").getGuid());
			Set<Case> gpCases = new HashSet<>();
			Set<Source> gpSources = new HashSet<>();
			int codings = 0;
			for (Walked w : CodedSample.walk(p)) {
				boolean gp = w.cases().stream().anyMatch(c -> "GP".equals(CodedSample.value(c, "Role")));
				if (gp && w.code().getName().equals("Relational")) {
					codings++;
					gpSources.add(w.source());
					w.cases().stream().filter(c -> "GP".equals(CodedSample.value(c, "Role"))).forEach(gpCases::add);
				}
			}
			assertEquals(codings, ((Cell.Count) relational.cell(1)).value());
			assertEquals(gpSources.size(), ((Cell.Count) relational.cell(2)).value());
			Cell.Share share = (Cell.Share) relational.cell(4);
			assertEquals(gpCases.size(), share.count());
			assertEquals(9, share.base(), "the base is the nine GPs, not every case in the project");
			assertTrue(t.note().contains("cases with Role = GP"), t.note());
		}
	}

	@Test
	void impossibleRequestsAreRefusedWithTheReason() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			IllegalArgumentException noSuch = assertThrows(IllegalArgumentException.class,
					() -> CodeByAttributeTable.of(p, index, ReportScope.all(), "Shoe size", Percentages.COLUMN));
			assertTrue(noSuch.getMessage().contains("Shoe size"), noSuch.getMessage());
			IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
					() -> CodeFrequencyTable.of(p, index, ReportScope.all(), 10L));
			assertTrue(small.getMessage().contains("44 cases"), small.getMessage());
			IllegalArgumentException astronaut = assertThrows(IllegalArgumentException.class,
					() -> GroupComparisonTable.of(p, index, ReportScope.all(), "Role", "GP", "Astronaut"));
			assertTrue(astronaut.getMessage().contains("Astronaut") && astronaut.getMessage().contains("Manager"), astronaut.getMessage());
			IllegalArgumentException badCell = assertThrows(IllegalArgumentException.class,
					() -> new ReportTable("t", "Mixed up", "", List.of(Column.of("n", ColumnType.COUNT)),
							List.of(new Row(null, List.of(new Cell.Text("twelve"))))));
			assertTrue(badCell.getMessage().contains("row 1") && badCell.getMessage().contains("\"n\""), badCell.getMessage());
			assertNotNull(new ReportTable("t", "Gaps are fine", "", List.of(Column.of("n", ColumnType.COUNT)), List.of(new Row(null, List.of(Cell.EMPTY)))));
			// Rows made as they are read are checked as they are made: the second row here is wrong.
			ReportTable made = ReportTable.made("t", "Made rows", "", List.of(Column.of("n", ColumnType.COUNT)), 3,
					i -> new Row(null, List.of(i == 1 ? new Cell.Text("twelve") : new Cell.Count(i))));
			assertEquals(3, made.rows().size());
			assertEquals("2", made.rows().get(2).cell(0).display());
			IllegalArgumentException badMade = assertThrows(IllegalArgumentException.class, () -> made.rows().forEach(r -> {
			}));
			assertTrue(badMade.getMessage().contains("\"Made rows\", row 2") && badMade.getMessage().contains("\"n\""), badMade.getMessage());
		}
	}

	/** Code points coded with each code, overlapping excerpts of a code in a source counted once. */
	private static Map<String, Long> codedLengthByHand(ExcerptaProject p) {
		Map<String, Map<Source, List<int[]>>> ranges = new HashMap<>();
		for (Walked w : CodedSample.walk(p)) {
			ranges.computeIfAbsent(CodePaths.pathOf(w.code()), k -> new HashMap<>()).computeIfAbsent(w.source(), k -> new ArrayList<>())
					.add(new int[] { w.start(), w.end() });
		}
		Map<String, Long> out = new HashMap<>();
		ranges.forEach((path, bySource) -> {
			long total = 0;
			for (List<int[]> list : bySource.values()) {
				Set<Integer> covered = new HashSet<>();
				list.forEach(r -> {
					for (int i = r[0]; i < r[1]; i++) {
						covered.add(i);
					}
				});
				total += covered.size();
			}
			out.put(path, total);
		});
		return out;
	}

	private static List<List<String>> withoutLastColumn(List<List<String>> rows) {
		return rows.stream().map(r -> r.subList(0, r.size() - 1)).toList();
	}

	private static List<List<String>> runCli(String... args) throws IOException {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ExcerptaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		assertEquals(0, code, String.join(" ", args) + ": " + err);
		List<List<String>> rows = new ArrayList<>();
		for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(out.toString()))) {
			rows.add(r.toList());
		}
		return rows;
	}
}
