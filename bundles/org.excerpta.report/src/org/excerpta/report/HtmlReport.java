package org.excerpta.report;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Row;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import static org.excerpta.report.Html.esc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ProjectSummary;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * A report of a project, or of some of its codes, as one self-contained HTML file a colleague
 * opens in any browser: no scripts, no fonts or images fetched, the charts drawn in inline SVG.
 * It holds the project summary, the codebook with colours and definitions, the counts tables
 * with their charts (code frequencies as bars, codes by attribute as grouped bars, co-occurrence
 * as a heat map), the code network's measures, and excerpts quoted per code.
 */
public final class HtmlReport {

	private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

	private final ExcerptaProject project;
	private final ProjectIndex index;
	private final ReportOptions options;
	private final StringBuilder out = new StringBuilder(1 << 16);
	private final Set<Code> inScope;

	private HtmlReport(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		this.project = project;
		this.index = index;
		this.options = options;
		this.inScope = new HashSet<>(options.scope().codesIn(project.model()));
	}

	/** The report as HTML text. */
	public static String render(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		return new HtmlReport(project, index, options).build();
	}

	/** Writes the report to a file (UTF-8), whole or not at all. */
	public static void write(ExcerptaProject project, ProjectIndex index, ReportOptions options, Path file) {
		String html = render(project, index, options);
		AtomicOutput.write(file, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
	}

	private String build() {
		ReportScope scope = options.scope();
		ReportTable frequencies = CodeFrequencyTable.of(project, index, scope, options.population());
		List<ReportTable> byAttribute = new ArrayList<>();
		for (String a : options.attributesFor(project.model())) {
			byAttribute.add(CodeByAttributeTable.of(project, index, scope, a, options.percentages()));
		}
		ReportTable cooccurrence = CooccurrenceTable.of(project, index, scope, options.cooccurrence());
		ReportTable network = StandardTables.codeNetwork(project, index, options);
		ReportTable excerpts = ExcerptTable.of(project, index, scope);
		List<ReportTable> contributed = StandardTables.contributed(project, index, options);
		String title = options.title() == null || options.title().isBlank() ? project.name() : options.title();

		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"Excerpta\">\n<title>").append(esc(title)).append("</title>\n<style>")
				.append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
		out.append("<header><h1>").append(esc(title)).append("</h1><p class=\"sub\">Project \u201c").append(esc(project.name()))
				.append("\u201d \u00b7 ").append(esc(scopeLine())).append(" \u00b7 made with Excerpta on ")
				.append(esc(MADE.format(LocalDateTime.now()))).append("</p></header>\n");
		nav(byAttribute);
		summary();
		codebook(frequencies);
		frequencies(frequencies);
		for (int i = 0; i < byAttribute.size(); i++) {
			byAttribute(byAttribute.get(i), "by-" + (i + 1));
		}
		cooccurrence(cooccurrence);
		section("network", "Code network");
		out.append("<p>Codes as a network: two codes are linked when they meet (")
				.append(options.cooccurrence() == CooccurrenceTable.Unit.SOURCE ? "in the same source" : "on overlapping excerpts")
				.append("), the more often the stronger. A code with high betweenness links codes that otherwise seldom meet.</p>\n");
		table(network);
		out.append("</section>\n");
		for (int i = 0; i < contributed.size(); i++) {
			ReportTable t = contributed.get(i);
			section("analysis-" + (i + 1), t.title());
			if (!t.note().isEmpty()) {
				out.append("<p>").append(esc(t.note())).append("</p>\n");
			}
			table(t);
			out.append("</section>\n");
		}
		excerpts(excerpts);
		out.append("<footer>Made with Excerpta. Figures are counted from the project\u2019s codings; shares of cases carry 95% Wilson "
				+ "score intervals.</footer>\n</main>\n</body>\n</html>\n");
		return out.toString();
	}

	private String scopeLine() {
		ReportScope scope = options.scope();
		String codes = scope.codes().isEmpty() ? "all codes" : scope.codes().size() == 1 ? "1 code" : scope.codes().size() + " codes";
		return codes + ", " + scope.describeCases();
	}

	private void nav(List<ReportTable> byAttribute) {
		out.append("<nav><h2 class=\"toc\">Contents</h2><ol>");
		link("summary", "Project summary");
		link("codebook", "Codebook");
		link("frequencies", "Code frequencies");
		for (int i = 0; i < byAttribute.size(); i++) {
			link("by-" + (i + 1), byAttribute.get(i).title());
		}
		link("cooccurrence", "Co-occurrence");
		link("network", "Code network");
		link("excerpts", "Excerpts");
		out.append("</ol></nav>\n");
	}

	private void link(String id, String text) {
		out.append("<li><a href=\"#").append(id).append("\">").append(esc(text)).append("</a></li>");
	}

	private void section(String id, String heading) {
		out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
	}

	private void summary() {
		ProjectSummary s = project.summary();
		Map<SourceKind, Integer> kinds = new TreeMap<>();
		long characters = 0;
		for (Source src : project.model().getSources()) {
			kinds.merge(src.getKind(), 1, Integer::sum);
			if (src instanceof TextSource t) {
				characters += t.getLength();
			}
		}
		int groups = 0;
		for (Iterator<EObject> it = project.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && !c.isCodable()) {
				groups++;
			}
		}
		section("summary", "Project summary");
		if (project.model().getDescription() != null && !project.model().getDescription().isBlank()) {
			out.append("<p class=\"description\">").append(esc(project.model().getDescription())).append("</p>\n");
		}
		out.append("<dl class=\"facts\">");
		fact("Sources", s.sources(), kinds.entrySet().stream().map(e -> e.getValue() + " " + kindName(e.getKey(), e.getValue())).toList());
		fact("Cases", s.cases(), List.of(options.scope().casesIn(project.model()).size() + " in this report"));
		fact("Codes", s.codes(), groups == 0 ? List.of() : List.of(groups + " of them groups"));
		fact("Codings", s.codings(), List.of());
		fact("Coders", s.users(), project.model().getUsers().stream().map(User::getName).limit(4).toList());
		fact("Characters of text", characters, List.of());
		out.append("</dl>\n</section>\n");
	}

	private void fact(String name, long value, List<String> details) {
		out.append("<div><dt>").append(esc(name)).append("</dt><dd>").append(String.format(Locale.ENGLISH, "%,d", value)).append("</dd>");
		if (!details.isEmpty()) {
			out.append("<dd class=\"detail\">").append(esc(String.join(", ", details))).append("</dd>");
		}
		out.append("</div>");
	}

	private static String kindName(SourceKind kind, int n) {
		String one = switch (kind) {
		case TRANSCRIPT -> "transcript";
		case SURVEY_ANSWER -> "survey answer";
		default -> "document";
		};
		return n == 1 ? one : one + "s";
	}

	private void codebook(ReportTable frequencies) {
		section("codebook", "Codebook");
		int codings = frequencies.columnIndex(CodeFrequencyTable.CODINGS);
		Map<String, Long> used = new LinkedHashMap<>();
		for (Row r : frequencies.rows()) {
			used.put(r.key(), ((Cell.Count) r.cell(codings)).value());
		}
		out.append("<ul class=\"codebook\">\n");
		for (Code c : project.model().getCodebook().getCodes()) {
			codeItem(c, used);
		}
		out.append("</ul>\n</section>\n");
	}

	private void codeItem(Code code, Map<String, Long> used) {
		if (!inScope.contains(code) && ReportScope.branches(List.of(code)).stream().noneMatch(inScope::contains)) {
			return;
		}
		boolean shown = inScope.contains(code);
		out.append("<li").append(shown ? "" : " class=\"outside\"").append("><span class=\"sw\" style=\"background:")
				.append(Html.colour(code.getColor())).append("\"></span><strong>").append(esc(code.getName())).append("</strong>");
		if (!code.isCodable()) {
			out.append(" <span class=\"tag\">group</span>");
		}
		long n = used.getOrDefault(code.getGuid(), 0L);
		if (shown && (code.isCodable() || n > 0)) {
			out.append(" <span class=\"count\">").append(n).append(n == 1 ? " coding" : " codings").append("</span>");
		}
		if (code.getDescription() != null && !code.getDescription().isBlank()) {
			out.append("<div class=\"def\">").append(esc(code.getDescription().strip())).append("</div>");
		}
		if (!code.getChildren().isEmpty()) {
			out.append("<ul>");
			for (Code child : code.getChildren()) {
				codeItem(child, used);
			}
			out.append("</ul>");
		}
		out.append("</li>\n");
	}

	private void frequencies(ReportTable t) {
		section("frequencies", "Code frequencies");
		int codings = t.columnIndex(CodeFrequencyTable.CODINGS);
		int cases = t.columnIndex(CodeFrequencyTable.CASES);
		List<Charts.Bar> bars = new ArrayList<>();
		for (Row r : t.rows()) {
			Code c = code(r.key());
			long n = ((Cell.Count) r.cell(codings)).value();
			if (c == null || !c.isCodable() && n == 0) {
				continue; // a group nobody codes with would only be an empty bar
			}
			long k = ((Cell.Count) r.cell(cases)).value();
			bars.add(new Charts.Bar(c.getName(), CodePaths.pathOf(c), n, c.getColor(), n + " (" + k + (k == 1 ? " case)" : " cases)")));
		}
		figure(Charts.bars(bars, "codings (cases in brackets)", "Codings per code, as horizontal bars in the codes' colours"),
				"Codings per code; the figure in brackets is the number of cases coded.");
		table(t);
		out.append("</section>\n");
	}

	private void byAttribute(ReportTable t, String id) {
		section(id, t.title());
		List<Integer> valueColumns = new ArrayList<>();
		List<String> series = new ArrayList<>();
		for (int i = 1; i < t.columns().size(); i++) {
			Column c = t.columns().get(i);
			if (c.key() != null && c.type() == ColumnType.PROPORTION) {
				valueColumns.add(i);
				series.add(c.name());
			}
		}
		List<Charts.Group> groups = new ArrayList<>();
		for (Row r : t.rows()) {
			Code c = code(r.key());
			List<double[]> values = new ArrayList<>();
			boolean any = false;
			for (int i : valueColumns) {
				Cell.Proportion p = (Cell.Proportion) r.cell(i);
				values.add(p.base() == 0 ? null : new double[] { p.share(), p.lower(), p.upper() });
				any |= p.count() > 0;
			}
			if (c != null && any) {
				groups.add(new Charts.Group(c.getName(), CodePaths.pathOf(c), values));
			}
		}
		if (groups.isEmpty()) {
			out.append("<p class=\"note\">No case with a value of this attribute is coded with these codes.</p>\n");
		} else {
			boolean row = options.percentages() == CodeByAttributeTable.Percentages.ROW;
			figure(Charts.groupedBars(series, groups, row ? "share of the code's cases" : "share of the cases with each value",
					t.title() + " as grouped bars: for each code, the share of cases with each value, with 95% intervals"),
					"For each code, the share of " + (row ? "its cases that have each value" : "the cases with each value that are coded with it")
							+ "; the whiskers are 95% Wilson score intervals. Codes used by none of these cases are left out.");
		}
		table(t);
		out.append("</section>\n");
	}

	private void cooccurrence(ReportTable t) {
		section("cooccurrence", t.title());
		int n = t.rows().size();
		if (n == 0) {
			out.append("<p class=\"note\">No codings yet.</p>\n</section>\n");
			return;
		}
		List<String> labels = new ArrayList<>();
		List<String> tooltips = new ArrayList<>();
		long[][] counts = new long[n][n];
		for (int i = 0; i < n; i++) {
			Row r = t.rows().get(i);
			Code c = code(r.key());
			labels.add(c == null ? ((Cell.Text) r.cell(0)).value() : c.getName());
			tooltips.add(((Cell.Text) r.cell(0)).value());
			for (int j = 0; j < n; j++) {
				counts[i][j] = ((Cell.Count) r.cell(j + 1)).value();
			}
		}
		figure(Charts.heatMap(labels, tooltips, counts, "Heat map of " + t.title().toLowerCase(Locale.ROOT)),
				"The darker the cell, the more often the two codes meet. " + t.note());
		out.append("<details><summary>The figures as a table</summary>\n");
		table(t);
		out.append("</details>\n</section>\n");
	}

	private void excerpts(ReportTable t) {
		section("excerpts", "Excerpts");
		int limit = options.excerptsPerCode();
		int source = t.columnIndex(ExcerptTable.SOURCE);
		int caseColumn = t.columnIndex(ExcerptTable.CASE);
		int coder = t.columnIndex(ExcerptTable.CODER);
		int start = t.columnIndex(ExcerptTable.START);
		int end = t.columnIndex(ExcerptTable.END);
		int text = t.columnIndex(ExcerptTable.TEXT);
		Map<Code, List<Row>> byCode = new LinkedHashMap<>();
		for (Row r : t.rows()) {
			if (project.store().find(r.key()) instanceof Coding coding && coding.getCode() != null) {
				byCode.computeIfAbsent(coding.getCode(), k -> new ArrayList<>()).add(r);
			}
		}
		if (byCode.isEmpty()) {
			out.append("<p class=\"note\">No coded excerpts in this report.</p>\n");
		} else {
			out.append("<p class=\"note\">At most ").append(limit).append(limit == 1 ? " excerpt" : " excerpts")
					.append(" per code, in the order of the sources. ").append(esc(t.note())).append("</p>\n");
		}
		for (Map.Entry<Code, List<Row>> e : byCode.entrySet()) {
			Code c = e.getKey();
			String colour = Html.colour(c.getColor());
			List<Row> rows = e.getValue();
			out.append("<article class=\"code\"><h3><span class=\"sw\" style=\"background:").append(colour).append("\"></span>")
					.append(esc(CodePaths.pathOf(c))).append(" <span class=\"count\">").append(rows.size())
					.append(rows.size() == 1 ? " excerpt" : " excerpts").append("</span></h3>\n");
			for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
				out.append("<blockquote class=\"ex\" style=\"border-left-color:").append(colour).append("\">")
						.append(esc(((Cell.Text) r.cell(text)).value().strip())).append("<div class=\"meta\">");
				List<String> meta = new ArrayList<>();
				meta.add(((Cell.Text) r.cell(source)).value());
				String cases = ((Cell.Text) r.cell(caseColumn)).value();
				// A respondent's answer is named after the respondent: saying the case again adds nothing.
				if (!cases.isEmpty() && !cases.equals(meta.get(0)) && !meta.get(0).startsWith(cases + " ")) {
					meta.add("case " + cases);
				}
				String who = ((Cell.Text) r.cell(coder)).value();
				if (!who.isEmpty()) {
					meta.add("coded by " + who);
				}
				meta.add("characters " + r.cell(start).display() + "\u2013" + r.cell(end).display());
				out.append(esc(String.join(" \u00b7 ", meta))).append("</div></blockquote>\n");
			}
			if (rows.size() > limit) {
				int more = rows.size() - limit;
				out.append("<p class=\"more\">").append(more).append(more == 1 ? " more excerpt" : " more excerpts")
						.append(" not shown.</p>\n");
			}
			out.append("</article>\n");
		}
		out.append("</section>\n");
	}

	private void figure(String svg, String caption) {
		out.append("<figure><div class=\"scroll\">").append(svg).append("</div><figcaption>").append(esc(caption))
				.append("</figcaption></figure>\n");
	}

	/** A report table as an HTML table: figures right-aligned, intervals muted, the note below. */
	private void table(ReportTable t) {
		out.append("<div class=\"scroll\"><table>\n<thead><tr>");
		for (Column c : t.columns()) {
			out.append("<th").append(c.type() == ColumnType.TEXT ? "" : " class=\"n\"").append(" scope=\"col\">").append(esc(c.name()))
					.append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (Row r : t.rows()) {
			out.append("<tr>");
			for (int i = 0; i < t.columns().size(); i++) {
				Cell cell = r.cell(i);
				if (i == 0 && cell instanceof Cell.Text) {
					Code c = code(r.key());
					if (c == null) {
						out.append("<th scope=\"row\">").append(esc(cell.display())).append("</th>");
					} else {
						// The code's name, indented by its depth, reads better than a path repeated row after row.
						out.append("<th scope=\"row\" title=\"").append(esc(cell.display())).append("\" style=\"padding-left:")
								.append(10 + 16 * depth(c)).append("px\">").append(esc(c.getName())).append("</th>");
					}
					continue;
				}
				out.append(t.columns().get(i).type() == ColumnType.TEXT ? "<td>" : "<td class=\"n\">");
				String shown = cell.display();
				int bracket = shown.indexOf(" [");
				if ((cell instanceof Cell.Share || cell instanceof Cell.Proportion || cell instanceof Cell.Difference) && bracket > 0) {
					out.append(esc(shown.substring(0, bracket))).append(" <span class=\"ci\">").append(esc(shown.substring(bracket + 1)))
							.append("</span>");
				} else {
					out.append(esc(shown));
				}
				out.append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table></div>\n");
		if (!t.note().isEmpty()) {
			out.append("<p class=\"note\">").append(esc(t.note())).append("</p>\n");
		}
	}

	private static int depth(Code c) {
		int d = 0;
		for (EObject o = c.eContainer(); o instanceof Code; o = o.eContainer()) {
			d++;
		}
		return d;
	}

	private Code code(String guid) {
		return guid != null && project.store().find(guid) instanceof Code c ? c : null;
	}

	private static final String CSS = """
			:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa}
			*{box-sizing:border-box}
			body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","DejaVu Sans",sans-serif}
			main{max-width:1120px;margin:0 auto;padding:28px 36px 64px}
			header h1{font-size:30px;line-height:1.2;margin:0 0 6px}
			.sub{color:var(--muted);margin:0}
			nav{margin:22px 0 8px;padding:12px 18px;background:var(--soft);border:1px solid var(--line);border-radius:8px}
			nav h2.toc{font-size:14px;margin:0 0 4px;border:0;padding:0;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
			nav ol{margin:0;padding-left:20px;columns:2;column-gap:40px}
			a{color:#0b5cad;text-decoration:none} a:hover{text-decoration:underline}
			h2{font-size:22px;margin:44px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
			h3{font-size:16px;margin:26px 0 8px}
			.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;margin:0}
			.facts div{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
			.facts dt{color:var(--muted);font-size:13px}
			.facts dd{margin:0;font-size:24px;font-weight:600}
			.facts dd.detail{font-size:12.5px;font-weight:400;color:var(--muted)}
			.sw{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:7px;vertical-align:-1px;border:1px solid rgba(0,0,0,.18)}
			ul.codebook,ul.codebook ul{list-style:none;margin:0;padding-left:24px}
			ul.codebook{padding-left:0}
			ul.codebook li{margin:6px 0}
			li.outside>strong{color:var(--muted);font-weight:500}
			.tag{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border:1px solid var(--line);border-radius:10px;padding:0 7px}
			.count{font-size:12.5px;color:var(--muted);font-weight:400}
			.def{color:var(--muted);font-size:13.5px;margin:2px 0 6px 21px;max-width:88ch;white-space:pre-line}
			.scroll{overflow-x:auto}
			table{border-collapse:collapse;font-size:13px;margin:10px 0 4px}
			th,td{padding:5px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
			thead th{background:var(--soft);font-weight:600;border-bottom:2px solid var(--line)}
			tbody th{font-weight:500;max-width:420px}
			.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
			.ci{color:var(--muted)}
			.note,figcaption{color:var(--muted);font-size:13px;max-width:95ch}
			figure{margin:14px 0 8px}
			details{margin:8px 0}
			summary{cursor:pointer;color:#0b5cad}
			article.code{margin-bottom:18px}
			blockquote.ex{margin:8px 0;padding:8px 14px;border-left:4px solid #9aa3ad;background:var(--soft);border-radius:0 6px 6px 0;white-space:pre-wrap;max-width:95ch}
			.meta{white-space:normal;color:var(--muted);font-size:12.5px;margin-top:5px}
			.more{color:var(--muted);font-style:italic;margin:4px 0 0}
			footer{margin-top:48px;padding-top:10px;border-top:1px solid var(--line);color:var(--muted);font-size:12.5px}
			@media print{nav{display:none}main{padding:0}h2{break-after:avoid}blockquote.ex,figure{break-inside:avoid}}
			""";
}
