package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.index.Autocoder;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableValue;
import org.excerpta.api.table.Cell;
import org.excerpta.report.CountedProject;
import org.excerpta.report.CsvReportWriter;
import org.excerpta.report.ExcerptTable;
import org.excerpta.report.ReportScope;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;
import org.excerpta.report.XlsxReportWriter;
import org.excerpta.report.tests.CodedSample.Walked;
import org.excerpta.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coded excerpts as a table: one row per coding, with everything a colleague filters on. */
class ExcerptTableTest {

	@TempDir
	static Path tmp;
	static Path dir;

	@BeforeAll
	static void codeTheSample() {
		dir = tmp.resolve("sample");
		try (ExcerptaProject p = CodedSample.create(dir)) {
			CodedSample.addHostileSource(p);
		}
	}

	@Test
	void oneRowPerCodingWithItsPlaceCoderDateCaseAndText() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			ReportTable t = ExcerptTable.of(p, index, ReportScope.all());
			List<Walked> codings = CodedSample.walk(p);
			assertEquals(codings.size(), t.rows().size());
			Map<Coding, Walked> byCoding = new HashMap<>();
			codings.forEach(w -> byCoding.put(w.coding(), w));
			int code = t.columnIndex(ExcerptTable.CODE);
			int source = t.columnIndex(ExcerptTable.SOURCE);
			int caseName = t.columnIndex(ExcerptTable.CASE);
			int role = t.columnIndex("Role");
			int coder = t.columnIndex(ExcerptTable.CODER);
			int created = t.columnIndex(ExcerptTable.CREATED);
			int start = t.columnIndex(ExcerptTable.START);
			int end = t.columnIndex(ExcerptTable.END);
			int text = t.columnIndex(ExcerptTable.TEXT);
			Set<Coding> seen = new HashSet<>();
			for (Row r : t.rows()) {
				Coding c = (Coding) p.store().find(r.key());
				assertTrue(seen.add(c), "each coding once");
				Walked w = byCoding.get(c);
				assertEquals(CodePaths.pathOf(c.getCode()), r.cell(code).display());
				assertEquals(w.source().getName(), r.cell(source).display());
				assertEquals(w.cases().stream().map(Case::getName).reduce((a, b) -> a + "; " + b).orElse(""), r.cell(caseName).display());
				String roles = w.cases().stream().map(x -> CodedSample.value(x, "Role")).filter(v -> v != null).findFirst().orElse("");
				assertEquals(roles, r.cell(role).display(), "the case's role");
				assertEquals(c.getCoder().getName(), r.cell(coder).display());
				assertEquals(c.getCreated().toInstant(), ((Cell.DateTime) r.cell(created)).at());
				assertEquals(w.start(), ((Cell.Count) r.cell(start)).value());
				assertEquals(w.end(), ((Cell.Count) r.cell(end)).value());
				String all = p.text(w.source());
				assertEquals(all.substring(all.offsetByCodePoints(0, w.start()), all.offsetByCodePoints(0, w.end())), r.cell(text).display());
			}
			assertTrue(seen.stream().map(Coding::getCoder).distinct().count() >= 2, "both coders appear");
		}
	}

	@Test
	void rowsFollowTheCodebookAndEachCaseAttributeHasAColumn() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			ReportTable t = ExcerptTable.of(p, index, ReportScope.all());
			List<String> headings = t.columns().stream().map(c -> c.name()).toList();
			assertEquals(List.of("code", "source", "case", "Site", "Role", "Organisation", "Years in post",
					"Partners in the system trust each other (1-5)", "coder", "coded on", "start", "end", "text"), headings,
					"the survey's Question is a variable of answers, not of cases");
			List<Code> order = CodedSample.allCodes(p);
			int last = -1;
			String lastSource = "";
			int lastStart = -1;
			for (Row r : t.rows()) {
				int at = order.indexOf(((Coding) p.store().find(r.key())).getCode());
				assertTrue(at >= last, "codebook order");
				String source = r.cell(1).display();
				int start = (int) ((Cell.Count) r.cell(10)).value();
				if (at == last) {
					assertTrue(source.compareTo(lastSource) > 0 || source.equals(lastSource) && start >= lastStart, "then by source and place");
				}
				last = at;
				lastSource = source;
				lastStart = start;
			}
			ReportTable managers = ExcerptTable.of(p, index,
					new ReportScope(List.of(CodedSample.code(p, "Transactional")), Map.of("Role", "Manager")));
			assertTrue(managers.rows().size() > 0);
			for (Row r : managers.rows()) {
				assertEquals("Manager", r.cell(4).display());
				assertTrue(r.cell(0).display().endsWith("/ Transactional"));
			}
		}
	}

	/**
	 * A real survey (FiveThirtyEight's Thanksgiving poll, 1,058 respondents, 65 columns): the
	 * excerpts of its open answers carry each respondent's closed answers, and survive CSV and XLSX.
	 */
	@Test
	void aRealSurveysExcerptsCarryEveryRespondentsAnswersThroughCsvAndXlsx() throws IOException {
		Path file = SharedData.file("surveys/fivethirtyeight/thanksgiving-2015/thanksgiving-2015-poll-data.csv");
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("thanksgiving"), "Thanksgiving")) {
			new SurveyImporter().importSurvey(p, file, SurveyOptions.defaults().withIdColumn("RespondentID"), null);
			Code dishes = new CodebookEditor(p).add("Food / Traditional dishes", null, "Turkey, ham and pie & co.");
			ReportTable t;
			try (ProjectIndex index = ProjectIndex.open(p)) {
				Autocoder auto = new Autocoder(p, index);
				int made = auto.apply(auto.byRegex("turkey|ham\\b|pie", Autocoder.Unit.ANSWER), dishes, new Coder(p).coder("Researcher"));
				assertTrue(made > 50, "open answers mention the classics: " + made);
				t = ExcerptTable.of(p, index, ReportScope.all());
				assertEquals(made, t.rows().size());
			}
			List<Variable> caseVariables = p.model().getVariables().stream()
					.filter(v -> p.model().getCases().stream().anyMatch(c -> c.getValues().stream().anyMatch(x -> x.getVariable() == v))).toList();
			assertTrue(caseVariables.size() > 40, "the closed questions: " + caseVariables.size());
			assertEquals(8 + caseVariables.size(), t.columns().size());
			int region = t.columnIndex("US Region");
			int text = t.columnIndex(ExcerptTable.TEXT);
			for (Row r : t.rows()) {
				Coding c = (Coding) p.store().find(r.key());
				TextSource answer = (TextSource) c.eContainer().eContainer();
				Case respondent = p.model().getCases().stream().filter(x -> x.getSources().contains(answer)).findFirst().orElseThrow();
				assertEquals(String.valueOf(CodedSample.value(respondent, "US Region")).replace("null", ""), r.cell(region).display());
				assertEquals(p.text(answer), r.cell(text).display(), "the whole answer");
			}

			Path xlsx = tmp.resolve("thanksgiving.xlsx");
			new XlsxReportWriter().write(List.of(t), xlsx);
			Path csv = tmp.resolve("thanksgiving.csv");
			CsvReportWriter.forExcel().write(t, csv);
			List<CSVRecord> records;
			String content = Files.readString(csv, StandardCharsets.UTF_8);
			assertTrue(content.startsWith("\uFEFF"), "Excel needs the byte order mark to read UTF-8");
			records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(content.substring(1)))
					.getRecords();
			try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
				Sheet sheet = wb.getSheet("Coded excerpts");
				assertEquals(t.rows().size(), sheet.getLastRowNum(), "a row per coding below the header");
				assertEquals(t.rows().size(), records.size());
				for (int i = 0; i < t.rows().size(); i++) {
					Row r = t.rows().get(i);
					assertEquals(r.cell(region).display(), records.get(i).get("US Region"));
					assertEquals(r.cell(text).display(), records.get(i).get("text"));
					// The data layout keeps one column per cell here: no figures with intervals in this table.
					org.apache.poi.ss.usermodel.Row row = sheet.getRow(i + 1);
					String shownRegion = row.getCell(region) == null ? "" : row.getCell(region).getStringCellValue();
					assertEquals(r.cell(region).display(), shownRegion);
					assertEquals(r.cell(text).display(), row.getCell(text).getStringCellValue());
					assertEquals(((Cell.Count) r.cell(t.columnIndex(ExcerptTable.END))).value(),
							(long) row.getCell(t.columnIndex(ExcerptTable.END)).getNumericCellValue());
				}
			}
			List<String> values = new ArrayList<>();
			for (Case c : p.model().getCases()) {
				for (VariableValue v : c.getValues()) {
					values.add(v.getValue());
				}
			}
			assertTrue(values.size() > 10_000, "the respondents' answers were all there to carry: " + values.size());
		}
	}

	/**
	 * From the index alone (the export when the index is current, the workbench's while a project
	 * loads) the table is the model's row for row, also for group interviews, whose excerpts belong
	 * to several cases: names and values joined in the project's order of the cases, which the
	 * index's order of their GUIDs is made to contradict here. Its rows are made as they are read,
	 * and made the same each time.
	 */
	@Test
	void theIndexAloneMakesTheModelsRowsAlsoForGroupInterviews() {
		Path groups = tmp.resolve("groups");
		try (ExcerptaProject p = CodedSample.create(groups)) {
			Case gp = groupMember(p, "f0000000-0000-4000-8000-000000000001", "Dr Amin", "GP", "North");
			Case manager = groupMember(p, "00000000-0000-4000-8000-000000000002", "Ms Berg", "Manager", null);
			Code conflict = CodedSample.code(p, "Conflict and tension between partners");
			Coder coder = new Coder(p);
			for (List<Case> members : List.of(List.of(gp, manager), List.of(manager, gp))) {
				String text = "Moderator: what divides the partners? Both: the budget, and who decides.";
				TextSource group = ModelElements.textSource("Focus group " + members.get(0).getName(), SourceKind.DOCUMENT,
						p.model().getUsers().get(0));
				group.setPlainTextContent(text);
				group.setLength(text.codePointCount(0, text.length()));
				CompoundCommand add = new CompoundCommand("add a group interview");
				add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, group));
				p.execute(add);
				p.execute(AddCommand.create(p.editingDomain(), members.get(0), Literals.CASE__SOURCES, group));
				p.execute(AddCommand.create(p.editingDomain(), members.get(1), Literals.CASE__SOURCES, group));
				coder.code(group, text.indexOf("the budget"), text.length(), conflict, coder.coder("Ben"));
			}
		}
		List<ReportScope> scopes = List.of(ReportScope.all(), ReportScope.all().where(Map.of("Role", "GP")));
		List<List<List<String>>> withModel = new ArrayList<>();
		List<List<String>> keys = new ArrayList<>();
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(groups); ProjectIndex index = ProjectIndex.open(p)) {
			for (ReportScope scope : scopes) {
				ReportTable t = ExcerptTable.of(p, index, scope);
				withModel.add(t.displayed());
				keys.add(t.rows().stream().map(Row::key).toList());
			}
		}
		try (ProjectIndex alone = ProjectIndex.openForReading(groups)) {
			assertNotNull(alone, "the index reflects every saved change");
			for (int i = 0; i < scopes.size(); i++) {
				ReportTable t = ExcerptTable.of(CountedProject.of(alone), alone, scopes.get(i));
				assertEquals(withModel.get(i), t.displayed(), "scope " + i);
				assertEquals(keys.get(i), t.rows().stream().map(Row::key).toList(), "each row keyed by its coding");
				assertEquals(t.displayed(), t.displayed(), "made again, the same");
			}
		}
		List<String> joined = withModel.get(0).stream().filter(r -> r.get(1).startsWith("Focus group")).map(r -> r.get(1) + " | " + r.get(2) + " | "
				+ r.get(withModel.get(0).get(0).indexOf("Role"))).sorted().toList();
		assertEquals(List.of("Focus group Dr Amin | Dr Amin; Ms Berg | GP; Manager", "Focus group Ms Berg | Dr Amin; Ms Berg | GP; Manager"), joined,
				"each group's members and their roles, in the project's order");
	}

	/** A case with this GUID, a role and (when given) a site, from the sample's own attributes. */
	private static Case groupMember(ExcerptaProject p, String guid, String name, String role, String site) {
		Case c = ModelElements.aCase(name);
		c.setGuid(guid);
		for (Variable v : p.model().getVariables()) {
			if (v.getName().equals("Role") || v.getName().equals("Site") && site != null) {
				c.getValues().add(ModelElements.value(v, v.getName().equals("Role") ? role : site));
			}
		}
		p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, c));
		return c;
	}
}
