package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.report.HtmlReport;
import org.excerpta.report.ReportOptions;
import org.excerpta.report.ReportScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: one file that needs nothing else, shows project text only as text, and quotes excerpts per code. */
class HtmlReportTest {

	/** Every element the report may contain: anything else would be markup smuggled in by project data. */
	private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
			"h3", "p", "nav", "ol", "li", "a", "section", "dl", "div", "dt", "dd", "ul", "span", "strong", "figure", "figcaption", "svg",
			"desc", "g", "text", "rect", "line", "path", "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "article",
			"blockquote", "footer");
	private static final Set<String> VOID = Set.of("meta", "rect", "line", "path");
	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>");

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
	void theReportIsOneFileThatFetchesAndRunsNothing() throws Exception {
		Path file = tmp.resolve("report.html");
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			HtmlReport.write(p, index, ReportOptions.defaults(), file);
		}
		String html = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertFalse(html.contains("http:") || html.contains("https:"), "no address anywhere");
		String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
		assertFalse(css.contains("url(") || css.contains("@import"), "the style sheet fetches nothing");
		Matcher tags = TAG.matcher(html.replace(css, ""));
		int links = 0;
		while (tags.find()) {
			String attributes = tags.group(3);
			assertFalse(attributes.matches("(?s).*\\s(src|srcset|action|formaction|xlink:href)=.*"), tags.group());
			assertFalse(attributes.matches("(?s).*\\son[a-z]+=.*"), "no event handler: " + tags.group());
			assertFalse(attributes.contains("url("), tags.group());
			if (attributes.contains("href=")) {
				assertTrue(attributes.matches(" href=\"#[a-z0-9-]+\""), "links only within the page: " + tags.group());
				links++;
			}
		}
		assertTrue(links >= 8, "the contents link to the sections");
		wellFormed(html);
		assertTrue(count(html, "<svg") >= 6, "bars, grouped bars per attribute, heat map");
		assertTrue(html.contains("<h2>Codebook</h2>") && html.contains("<h2>Code frequencies</h2>") && html.contains("<h2>Excerpts</h2>"));
	}

	@Test
	void projectTextShowsAsTextNeverAsMarkup() throws Exception {
		String html;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			html = HtmlReport.render(p, index, ReportOptions.defaults());
		}
		assertFalse(html.contains("<script>"), "the excerpt's script is not a script");
		assertFalse(html.contains("<b>bold"), "the code's name is not markup");
		assertFalse(html.contains("<img src=x"), "the case's name is not an image");
		assertTrue(html.contains("Before &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; after &quot;quoted&quot; text."), "the excerpt as text");
		assertTrue(html.contains("R&amp;D &lt;b&gt;bold&lt;/b&gt;"), "the code in the codebook, the chart and the tables");
		assertTrue(html.contains("Definition with &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
		assertTrue(html.contains("Notes &lt;i&gt;&amp;amp;&lt;/i&gt;"), "an entity typed in a name stays as typed");
		assertTrue(html.contains("case Case &lt;img src=x onerror=alert(1)&gt;"));
		wellFormed(html);
	}

	@Test
	void chartsDrawEachCodeInItsColourAndTheHeatMapHasACellPerPair() {
		String html;
		int used;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			html = HtmlReport.render(p, index, ReportOptions.defaults());
			Map<String, int[]> byHand = CodedSample.countsByHand(p);
			used = byHand.size();
			String bars = html.substring(html.indexOf("<section id=\"frequencies\">"), html.indexOf("<table", html.indexOf("<section id=\"frequencies\">")));
			for (Code c : CodedSample.allCodes(p)) {
				int[] n = byHand.get(CodePaths.pathOf(c));
				if (n != null) {
					String bar = "<title>" + esc(CodePaths.pathOf(c)) + "</title>";
					int at = bars.indexOf(bar);
					assertTrue(at > 0, "a bar for " + c.getName());
					String drawn = bars.substring(at, bars.indexOf("</g>", at));
					assertTrue(drawn.contains("fill=\"" + c.getColor().toUpperCase() + "\""), "in the code's colour: " + drawn);
					assertTrue(drawn.contains(">" + n[0] + " (" + n[2] + (n[2] == 1 ? " case)" : " cases)") + "<"), "labelled: " + drawn);
				}
			}
		}
		String heat = html.substring(html.indexOf("<section id=\"cooccurrence\">"), html.indexOf("<details>", html.indexOf("<section id=\"cooccurrence\">")));
		assertEquals(used * used + 11, count(heat, "<rect"), "a cell for every pair of codes in use, and the 11 steps of the scale");
		String role = html.substring(html.indexOf("<h2>Codes by Role</h2>"));
		role = role.substring(0, role.indexOf("</figure>"));
		for (String value : List.of("Clinician (n=10)", "Finance lead (n=7)", "GP (n=9)", "Manager (n=14)")) {
			assertTrue(role.contains(">" + value + "<"), "a legend entry for " + value);
		}
	}

	@Test
	void excerptsAreQuotedPerCodeUpToTheLimit() {
		String html;
		int relational;
		int innovation;
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			html = HtmlReport.render(p, index, ReportOptions.defaults().withExcerptsPerCode(3));
			relational = CodedSample.countsByHand(p).get(CodePaths.pathOf(CodedSample.code(p, "Relational")))[0];
			innovation = CodedSample.countsByHand(p).get(CodePaths.pathOf(CodedSample.code(p, "Innovation")))[0];
		}
		String article = article(html, "Relational");
		assertEquals(3, count(article, "<blockquote"));
		assertTrue(article.contains(">" + (relational - 3) + " more excerpts not shown.<"), article);
		assertTrue(article.contains("coded by Alice") && article.contains(" \u00b7 characters "), "source, case, coder and place");
		assertTrue(innovation <= 3);
		assertFalse(article(html, "Innovation").contains("not shown"), "nothing hidden when all fit");
		assertEquals(innovation, count(article(html, "Innovation"), "<blockquote"));
	}

	@Test
	void aReportOfSomeCodesLeavesTheOthersOut() {
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			Code conflict = CodedSample.code(p, "Conflict and tension between partners");
			ReportOptions options = ReportOptions.defaults().withTitle("Conflict <between> partners").withExcerptsPerCode(100)
					.withScope(new ReportScope(ReportScope.branches(List.of(conflict)), Map.of("Organisation", "Provider")));
			String html = HtmlReport.render(p, index, options);
			assertTrue(html.contains("<h1>Conflict &lt;between&gt; partners</h1>"));
			assertTrue(html.contains("4 codes, cases with Organisation = Provider"));
			assertTrue(html.contains("<strong>Relational</strong>") && html.contains("<strong>Transactional</strong>"));
			assertFalse(html.contains("Leadership</strong>") || html.contains(">Leadership<"), "codes outside the choice are left out");
			assertTrue(html.contains("class=\"outside\"><span class=\"sw\" style=\"background:#4E79A7\"></span><strong>Commissioner-provider"),
					"the parent shows where the branch sits, muted");
			Matcher metas = Pattern.compile("<div class=\"meta\">([^<]*)</div>").matcher(article(html, "Relational"));
			int quoted = 0;
			while (metas.find()) {
				String meta = metas.group(1).replace("&#39;", "'");
				var source = p.model().getSources().stream().filter(x -> meta.startsWith(x.getName() + " \u00b7 "))
						.max(java.util.Comparator.comparingInt(x -> x.getName().length())).orElseThrow(() -> new AssertionError(meta));
				String sourceName = source.getName();
				var holder = p.model().getCases().stream().filter(c -> c.getSources().contains(source)).findFirst().orElseThrow();
				assertEquals("Provider", CodedSample.value(holder, "Organisation"), "only providers' excerpts: " + sourceName);
				quoted++;
			}
			assertTrue(quoted > 0);
		}
	}

	@Test
	void aProjectWithNothingCodedYetStillGetsAReport() {
		for (boolean sample : new boolean[] { true, false }) {
			Path folder = tmp.resolve(sample ? "uncoded" : "empty");
			try (ExcerptaProject p = sample ? SampleProject.createIn(folder) : ExcerptaProject.create(folder, "Nothing yet");
					ProjectIndex index = ProjectIndex.open(p)) {
				String html = HtmlReport.render(p, index, ReportOptions.defaults());
				wellFormed(html);
				assertTrue(html.contains("No coded excerpts in this report."));
				assertTrue(html.contains("No codings yet."));
				assertEquals(sample ? 4 : 0, count(html, "No case with a value of this attribute is coded with these codes."),
						"Site, Role, Organisation and the 1-5 trust item have few enough values to chart; years in post has too many");
			}
		}
	}

	private static String article(String html, String codeName) {
		Matcher m = Pattern.compile("<article class=\"code\"><h3>[^<]*<span[^>]*></span>[^<]*/ " + codeName + " <span").matcher(html);
		assertTrue(m.find(), "an article for " + codeName);
		return html.substring(m.start(), html.indexOf("</article>", m.start()));
	}

	/** Tags nest and close properly, and are all ones the report means to write. */
	private static void wellFormed(String html) {
		Deque<String> open = new ArrayDeque<>();
		String body = html.replaceAll("(?s)<style>.*?</style>", "<style></style>").replace("<!DOCTYPE html>", "");
		Matcher m = TAG.matcher(body);
		while (m.find()) {
			String name = m.group(2).toLowerCase();
			assertTrue(ELEMENTS.contains(name), "unexpected element <" + name + "> near " + body.substring(Math.max(0, m.start() - 60), m.end()));
			if (m.group(1).isEmpty()) {
				if (!VOID.contains(name) && m.group(4).isEmpty()) {
					open.push(name);
				}
			} else {
				assertEquals(open.isEmpty() ? null : open.peek(), name, "closing </" + name + "> near " + body.substring(Math.max(0, m.start() - 80), m.end()));
				open.pop();
			}
		}
		assertTrue(open.isEmpty(), "unclosed: " + open);
		assertFalse(body.replaceAll("<[^>]*>", "").contains("<") || body.replaceAll("<[^>]*>", "").contains(">"), "no stray angle bracket in text");
	}

	private static int count(String s, String part) {
		int n = 0;
		for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}
}
