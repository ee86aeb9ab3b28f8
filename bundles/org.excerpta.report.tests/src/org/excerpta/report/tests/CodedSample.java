package org.excerpta.report.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.Autocoder;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.VariableValue;

/**
 * The sample project coded as two researchers might code it: sentences matching the framework's
 * key words, by two coders, so that codes overlap, share sources and differ between groups of
 * respondents. Also the counts a researcher would make by walking the project by hand, which the
 * report's tables must agree with.
 */
final class CodedSample {

	/** Code name, regular expression of its sentences, coder. */
	private static final String[][] RULES = { { "Relational", "\\btrust\\w*", "Alice" },
			{ "Transactional", "contract\\w*|payment|CQUIN|clawback", "Alice" },
			{ "Restrictive performance management frameworks", "dashboard|target|KPI|indicator|oversight", "Ben" },
			{ "Leadership", "\\bleader\\w*|chief executive", "Ben" }, { "Tenure of leaders", "\\bleft\\b|turnover|interim", "Alice" },
			{ "Innovation", "\\bpilot\\w*|new model", "Alice" },
			{ "Managing knowledge flows", "WhatsApp|\\bMDTs?\\b|forum|bulletin|data.sharing", "Ben" },
			{ "Tacit", "who to ring|unwritten|off sick", "Alice" }, { "Explicit", "register|shared drive|handbook|dataset", "Ben" },
			{ "Clinician-manager tensions", "\\bclinicians?\\b", "Ben" } };

	private CodedSample() {
	}

	/** Creates the coded sample in {@code dir} and returns it open. */
	static ExcerptaProject create(Path dir) {
		ExcerptaProject p = SampleProject.createIn(dir);
		try (ProjectIndex index = ProjectIndex.open(p)) {
			Autocoder auto = new Autocoder(p, index);
			Coder coder = new Coder(p);
			for (String[] rule : RULES) {
				auto.apply(auto.byRegex(rule[1], Autocoder.Unit.SENTENCE), code(p, rule[0]), coder.coder(rule[2]));
			}
			// One passage coded by both coders with the same code: two codings, one source, one case.
			auto.apply(auto.byRegex("\\btrust\\w*", Autocoder.Unit.SENTENCE).subList(0, 3), code(p, "Relational"), coder.coder("Ben"));
		}
		return p;
	}

	/**
	 * Adds a source whose text and names hold markup and ampersands, in a case of its own, coded
	 * with a new code whose name and definition hold markup too: what a report must show as text.
	 */
	static Coding addHostileSource(ExcerptaProject p) {
		Code code = new CodebookEditor(p).add("R&D <b>bold</b>", "#123456", "Definition with <script>alert(1)</script> & \"quotes\"");
		String text = "Before <script>alert('x')</script> & after \"quoted\" text.";
		TextSource source = ModelElements.textSource("Notes <i>&amp;</i>", SourceKind.DOCUMENT, p.model().getUsers().get(0));
		source.setPlainTextContent(text);
		source.setLength(text.codePointCount(0, text.length()));
		Case c = ModelElements.aCase("Case <img src=x onerror=alert(1)>");
		c.getSources().add(source);
		CompoundCommand add = new CompoundCommand("add a hostile source");
		add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, source));
		add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, c));
		p.execute(add);
		Coder coder = new Coder(p);
		return coder.code(source, 0, source.getLength(), code, coder.coder("Alice"));
	}

	static Code code(ExcerptaProject p, String name) {
		for (var it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.getName().equals(name)) {
				return c;
			}
		}
		throw new AssertionError("no code " + name);
	}

	static List<Code> allCodes(ExcerptaProject p) {
		List<Code> out = new ArrayList<>();
		for (var it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c) {
				out.add(c);
			}
		}
		return out;
	}

	/** A coding as found by walking the model. */
	record Walked(Coding coding, TextSource source, int start, int end, List<Case> cases) {
		Code code() {
			return coding.getCode();
		}
	}

	static List<Walked> walk(ExcerptaProject p) {
		Map<Source, List<Case>> casesOf = new HashMap<>();
		for (Case c : p.model().getCases()) {
			for (Source s : c.getSources()) {
				casesOf.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
			}
		}
		List<Walked> out = new ArrayList<>();
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t) {
				for (TextSelection sel : t.getSelections()) {
					for (Coding c : sel.getCodings()) {
						out.add(new Walked(c, t, sel.getStart(), sel.getEnd(), casesOf.getOrDefault(t, List.of())));
					}
				}
			}
		}
		return out;
	}

	/** codings, distinct sources, distinct cases per code path. */
	static Map<String, int[]> countsByHand(ExcerptaProject p) {
		Map<String, Integer> codings = new TreeMap<>();
		Map<String, Set<TextSource>> sources = new HashMap<>();
		Map<String, Set<Case>> cases = new HashMap<>();
		for (Walked w : walk(p)) {
			String path = CodePaths.pathOf(w.code());
			codings.merge(path, 1, Integer::sum);
			sources.computeIfAbsent(path, k -> new HashSet<>()).add(w.source());
			cases.computeIfAbsent(path, k -> new HashSet<>()).addAll(w.cases());
		}
		Map<String, int[]> out = new LinkedHashMap<>();
		codings.forEach((path, n) -> out.put(path, new int[] { n, sources.get(path).size(), cases.get(path).size() }));
		return out;
	}

	static String value(Case c, String variable) {
		for (VariableValue v : c.getValues()) {
			if (v.getVariable() != null && v.getVariable().getName().equals(variable)) {
				return v.getValue();
			}
		}
		return null;
	}

	static User user(ExcerptaProject p, String name) {
		return p.model().getUsers().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
	}

	static EObject find(ExcerptaProject p, String guid) {
		return p.store().find(guid);
	}
}
