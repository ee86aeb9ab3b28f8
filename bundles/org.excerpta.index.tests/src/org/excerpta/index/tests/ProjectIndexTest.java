package org.excerpta.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.index.CodeCount;
import org.excerpta.index.CodeMatrix;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.SearchResults;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.VariableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of the sample project: searches, retrievals and counts, checked against the model itself. */
class ProjectIndexTest {

	@TempDir
	Path tmp;

	private static Code code(ExcerptaProject p, String name) {
		for (var it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.getName().equals(name)) {
				return c;
			}
		}
		throw new AssertionError(name);
	}

	/** Codes every survey answer containing a word with a code, as a researcher would by hand. */
	private static int codeAnswersContaining(ExcerptaProject p, String word, Code code) {
		CompoundCommand all = new CompoundCommand("code " + word);
		int n = 0;
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t && t.getKind() == SourceKind.SURVEY_ANSWER && p.text(t).toLowerCase().contains(word)) {
				TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
				sel.setStart(0);
				sel.setEnd(t.getLength());
				Coding c = ExcerptaFactory.eINSTANCE.createCoding();
				c.setCode(code);
				c.setCoder(p.model().getUsers().get(0));
				sel.getCodings().add(c);
				all.append(AddCommand.create(p.editingDomain(), t, Literals.TEXT_SOURCE__SELECTIONS, sel));
				n++;
			}
		}
		p.execute(all);
		return n;
	}

	private static org.excerpta.model.VariableValue valueOf(Case c, String variable) {
		return c.getValues().stream().filter(v -> variable.equals(v.getVariable().getName())).findFirst().orElseThrow();
	}

	private static String value(Case c, String variable) {
		for (VariableValue v : c.getValues()) {
			if (v.getVariable().getName().equals(variable)) {
				return v.getValue();
			}
		}
		return null;
	}

	@Test
	void everyPassageAndCaseIsIndexed() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			int turns = 0;
			for (Source s : p.model().getSources()) {
				turns += s.getKind() == SourceKind.TRANSCRIPT ? ((TextSource) s).getTurns().size() : 1;
			}
			assertEquals(turns, index.count("passage"), "one passage per speaker turn and per survey answer");
			assertEquals(44, index.count("case"));
			assertEquals(0, index.count("coding"));
			assertTrue(index.notes().get(0).contains("there was none"), index.notes().toString());
		}
	}

	@Test
	void theListOfPassagesAQueryFindsMatchesTheSearchWithSourcesPlacesAndSpeakers() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			// A change first, so that the index has more than one segment to read hits from.
			codeAnswersContaining(p, "trust", code(p, "Relational"));
			for (String query : List.of("trust", "contract OR money", "nonexistentword")) {
				SearchResults listed = index.passages(query, Map.of(), Integer.MAX_VALUE / 2);
				SearchResults searched = index.search(query, List.of(), Map.of(), Integer.MAX_VALUE / 2);
				assertEquals(searched.total(), listed.total(), query);
				Set<String> places = new HashSet<>();
				for (SearchResults.Hit h : searched.hits()) {
					places.add(h.sourceGuid() + " " + h.start() + "-" + h.end());
				}
				Set<String> listedPlaces = new HashSet<>();
				for (SearchResults.Hit h : listed.hits()) {
					listedPlaces.add(h.sourceGuid() + " " + h.start() + "-" + h.end());
					TextSource source = (TextSource) p.store().find(h.sourceGuid());
					assertEquals(source.getName(), h.sourceName());
					String speaker = source.getTurns().stream().filter(t -> t.getStart() == h.start() && t.getEnd() == h.end())
							.map(t -> t.getSpeaker()).findFirst().orElse(null);
					assertEquals(speaker, h.speaker(), "the speaker of the turn at " + h.start());
					if (source.getKind() == SourceKind.SURVEY_ANSWER) {
						assertEquals(List.of(0, source.getLength()), List.of(h.start(), h.end()), "a whole answer");
					}
				}
				assertEquals(places, listedPlaces, query);
				assertEquals(listed.hits().size(), listedPlaces.size(), "each passage once");
			}
			assertTrue(index.passages("trust", Map.of(), Integer.MAX_VALUE / 2).hits().stream().anyMatch(h -> h.speaker() != null),
					"the sample's interviews have speakers");
			assertEquals(3, index.passages("trust", Map.of(), 3).hits().size(), "no more than asked for");
		}
	}

	@Test
	void countsOfPassagesLeaveOutTheCodedExcerptsOfTheSameWords() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			long trust = index.countPassages("trust", Map.of());
			long gps = index.countPassages("trust", Map.of("Role", "GP"));
			long everything = index.countPassages("*:*", Map.of());
			assertEquals(index.count("passage"), everything, "*:* counts passages, not cases");
			Code relational = code(p, "Relational");
			int coded = codeAnswersContaining(p, "trust", relational);
			assertTrue(coded > 5, "answers coded: " + coded);

			assertEquals(trust, index.countPassages("trust", Map.of()), "coding answers adds no passages");
			assertEquals(gps, index.countPassages("trust", Map.of("Role", "GP")));
			assertEquals(everything, index.countPassages("*:*", Map.of()));
			assertEquals(trust, index.search("trust", List.of(), Map.of(), 10).total());
			long answers = p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER).count();
			assertEquals(answers, index.countPassages("question:[* TO *]", Map.of()),
					"a query naming another field than the text (coded excerpts have the question too) still counts passages");

			SearchResults inCode = index.search("trust", List.of(relational.getGuid()), Map.of(), 1000);
			assertTrue(inCode.total() > 0 && inCode.total() <= coded, inCode.total() + " excerpts of " + coded);
			for (SearchResults.Hit h : inCode.hits()) {
				assertFalse(h.lines().isEmpty(), "a coded excerpt's hit has its keyword in context");
				TextSource source = (TextSource) p.store().find(h.sourceGuid());
				String text = p.text(source);
				for (SearchResults.Kwic k : h.lines()) {
					assertEquals(k.match(), text.substring(text.offsetByCodePoints(0, k.start()), text.offsetByCodePoints(0, k.end())));
				}
			}
			assertEquals(0, index.search("trust", List.of(code(p, "Transactional").getGuid()), Map.of(), 10).total(),
					"another code's excerpts do not have these words");
		}
	}

	@Test
	void searchSupportsStemmingPhrasesProximityFuzzyWildcardsAndBooleans() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			SearchResults stemmed = index.search("contracts", List.of(), Map.of(), 500);
			assertTrue(stemmed.total() > 5, "contract, contracts, contracting all match: " + stemmed.total());
			SearchResults phrase = index.search("\"block contract\"", List.of(), Map.of(), 500);
			assertTrue(phrase.total() >= 1);
			for (SearchResults.Hit h : phrase.hits()) {
				for (SearchResults.Kwic k : h.lines()) {
					assertEquals(k.match().toLowerCase(), k.match().toLowerCase());
					TextSource source = (TextSource) p.store().find(h.sourceGuid());
					String text = p.text(source);
					String atOffsets = text.substring(text.offsetByCodePoints(0, k.start()), text.offsetByCodePoints(0, k.end()));
					assertEquals(k.match(), atOffsets, "a KWIC line points at its place in the source");
				}
			}
			assertTrue(index.search("\"contract block\"~3", List.of(), Map.of(), 10).total() >= 1, "proximity, in any order");
			assertTrue(index.search("contrakt~", List.of(), Map.of(), 10).total() >= 1, "fuzzy");
			assertTrue(index.search("commiss*", List.of(), Map.of(), 10).total() >= 1, "wildcard");
			long both = index.search("trust AND finance", List.of(), Map.of(), 10).total();
			long trust = index.search("trust", List.of(), Map.of(), 10).total();
			long trustNotFinance = index.search("trust NOT finance", List.of(), Map.of(), 10).total();
			assertEquals(trust, both + trustNotFinance);
			long gps = index.search("trust", List.of(), Map.of("Role", "GP"), 100).total();
			assertTrue(gps > 0 && gps < trust, "limited to the answers of GPs");
			assertEquals(trust, index.countPassages("trust", Map.of()), "a count without the hits");
			assertEquals(gps, index.countPassages("trust", Map.of("Role", "GP")));
			IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
					() -> index.search("\"unclosed phrase", List.of(), Map.of(), 10));
			assertTrue(bad.getMessage().contains("cannot read the query"), bad.getMessage());
		}
	}

	/**
	 * Words alone are found again in each hit by analysing its text, the faster way; a phrase needs
	 * a small index of the hit's text. Both must mark the same words: a query and the same query with
	 * a phrase that matches nothing added find the same hits with the same keyword-in-context lines,
	 * stemmed forms included, in interviews and survey answers, with coded excerpts searched too.
	 */
	@Test
	void wordsAloneAreMarkedInTheirHitsAsAQueryWithAPhraseMarksThem() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			String nothing = " OR \"zebra quokka\"";
			for (String words : List.of("trust OR relationship", "contracts", "staff AND NOT trust", "(trust OR finance) AND commissioners")) {
				SearchResults alone = index.search(words, List.of(), Map.of(), 500);
				SearchResults withPhrase = index.search("(" + words + ")" + nothing, List.of(), Map.of(), 500);
				assertTrue(alone.total() > 0, words);
				assertEquals(describe(withPhrase), describe(alone), words);
			}
			codeAnswersContaining(p, "trust", code(p, "Tacit"));
			List<String> tacit = List.of(code(p, "Tacit").getGuid());
			SearchResults excerpts = index.search("trusted", tacit, Map.of(), 500);
			assertTrue(excerpts.total() > 0);
			assertEquals(describe(index.search("trusted" + nothing, tacit, Map.of(), 500)), describe(excerpts), "in coded excerpts");
		}
	}

	private static List<String> describe(SearchResults results) {
		return results.hits().stream().map(h -> h.sourceGuid() + " " + h.start() + " " + h.lines().stream()
				.map(k -> k.left() + "[" + k.match() + "]" + k.right() + " " + k.start() + "-" + k.end()).toList()).sorted().toList();
	}

	@Test
	void countsAndMatrixAgreeWithTheModel() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code relational = code(p, "Relational");
			Code transactional = code(p, "Transactional");
			int relationalAnswers = codeAnswersContaining(p, "trust", relational);
			int transactionalAnswers = codeAnswersContaining(p, "contract", transactional);
			index.ensureCurrent();
			assertEquals(1, index.incrementalUpdates(), "codings reach the index without a rebuild: " + index.notes());

			Map<String, CodeCount> counts = index.codeCounts(Map.of());
			assertEquals(relationalAnswers, counts.get(relational.getGuid()).codings());
			assertEquals(relationalAnswers, counts.get(relational.getGuid()).sources());
			assertEquals(casesCodedWith(p, relational, null, null).size(), counts.get(relational.getGuid()).cases());
			assertEquals(transactionalAnswers, counts.get(transactional.getGuid()).codings());
			// The Codebook's lighter count: the same codings and sources, the cases left uncounted.
			Map<String, CodeCount> light = index.codingsAndSources();
			assertEquals(counts.keySet(), light.keySet());
			for (CodeCount full : counts.values()) {
				assertEquals(new CodeCount(full.codeGuid(), full.codings(), full.sources(), -1), light.get(full.codeGuid()));
			}

			CodeMatrix byRole = index.matrix("Role", Map.of());
			for (String role : List.of("GP", "Manager", "Clinician", "Finance lead")) {
				long withRole = p.model().getCases().stream().filter(c -> role.equals(value(c, "Role"))).count();
				assertEquals(withRole, (long) byRole.casesWithValue().get(role), "base of " + role);
				int coded = casesCodedWith(p, relational, "Role", role).size();
				assertEquals(coded, byRole.cell(relational.getGuid(), role), "Relational x " + role);
				assertEquals((double) coded / withRole, byRole.columnShare(relational.getGuid(), role), 1e-9);
			}

			List<Excerpt> gpExcerpts = index.excerpts(List.of(relational.getGuid()), Map.of("Role", "GP"), null, 1000);
			assertEquals(casesCodedWith(p, relational, "Role", "GP").size(), gpExcerpts.size());
			for (Excerpt e : gpExcerpts) {
				assertTrue(e.text().toLowerCase().contains("trust"), e.text());
			}

			Map<String, Map<String, Integer>> co = index.cooccurrence(Map.of());
			Set<String> both = new HashSet<>(sourcesCodedWith(p, relational));
			both.retainAll(sourcesCodedWith(p, transactional));
			assertEquals(both.size(), co.get(relational.getGuid()).get(transactional.getGuid()));
		}
	}

	/**
	 * Counts of distinct sources and cases after each of many codings, counted in between: the
	 * ordinals of sources and cases are carried over from reader to reader (a coding's segment looked
	 * up in the segments before it), through Lucene's merges of those segments, and must always give
	 * the model's figures.
	 */
	/**
	 * A retrieval of thousands of coded excerpts (an export's table) reads their stored fields in the
	 * index's order and gives them back in retrieval order: every excerpt with its own text, extent
	 * and date, from the index the project keeps and from the index opened alone.
	 */
	@Test
	void thousandsOfExcerptsAreRetrievedEachWithItsOwnTextPlaceAndDate() {
		Path dir = tmp.resolve("s");
		List<String> withModel;
		try (ExcerptaProject p = SampleProject.createIn(dir); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			Code relational = code(p, "Relational");
			List<TextSource> sources = p.model().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
					.filter(t -> t.getLength() > 20).toList();
			CompoundCommand many = new CompoundCommand("Code many passages");
			for (int i = 0; i < 1_500; i++) {
				TextSource t = sources.get(i % sources.size());
				int start = (i * 13) % (t.getLength() - 10);
				TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
				sel.setStart(start);
				sel.setEnd(start + 1 + i % 9);
				Coding c = ExcerptaFactory.eINSTANCE.createCoding();
				c.setCode(i % 2 == 0 ? tacit : relational);
				c.setCoder(p.model().getUsers().get(0));
				c.setCreated(new java.util.Date(1_700_000_000_000L + 60_000L * i));
				sel.getCodings().add(c);
				many.append(AddCommand.create(p.editingDomain(), t, Literals.TEXT_SOURCE__SELECTIONS, sel));
			}
			p.execute(many);
			List<Excerpt> all = index.excerpts(List.of(), Map.of(), null, Integer.MAX_VALUE);
			assertTrue(all.size() >= 1_500, "all retrieved: " + all.size());
			for (Excerpt e : all) {
				Coding c = (Coding) p.store().find(e.codingGuid());
				TextSelection sel = (TextSelection) c.eContainer();
				TextSource t = (TextSource) sel.eContainer();
				String text = p.text(t);
				assertEquals(List.of(t.getGuid(), c.getCode().getGuid(), sel.getStart(), sel.getEnd(),
						text.substring(text.offsetByCodePoints(0, sel.getStart()), text.offsetByCodePoints(0, sel.getEnd())), String.valueOf(c.getCreated())),
						List.of(e.sourceGuid(), e.codeGuid(), e.start(), e.end(), e.text(), String.valueOf(e.created())), e.codingGuid());
			}
			for (int i = 1; i < all.size(); i++) {
				Excerpt a = all.get(i - 1);
				Excerpt b = all.get(i);
				assertTrue(a.sourceName().compareTo(b.sourceName()) < 0 || a.sourceName().equals(b.sourceName()) && a.start() <= b.start(),
						"in order of source and place at " + i);
			}
			withModel = all.stream().map(Excerpt::toString).toList();
		}
		try (ProjectIndex alone = ProjectIndex.openForReading(dir)) {
			assertEquals(withModel, alone.excerpts(List.of(), Map.of(), null, Integer.MAX_VALUE).stream().map(Excerpt::toString).toList());
		}
	}

	@Test
	void countsFollowManyCodingsAsTheSegmentsChangeAndMerge() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			Code relational = code(p, "Relational");
			List<TextSource> answers = p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER)
					.map(TextSource.class::cast).toList();
			index.codeCounts(Map.of()); // the ordinals are made for the first reader
			for (int i = 0; i < 45; i++) {
				TextSource t = answers.get((i * 7) % answers.size());
				codeRange(p, t, i % 3, Math.min(t.getLength(), 4 + i % 5), i % 2 == 0 ? tacit : relational);
				if (i % 9 == 8) {
					p.commandStack().undo(); // a segment's codings deleted again
				}
				Map<String, CodeCount> counts = index.codeCounts(Map.of());
				for (Code c : List.of(tacit, relational)) {
					CodeCount n = counts.getOrDefault(c.getGuid(), new CodeCount(c.getGuid(), 0, 0, 0)); // none yet: not listed
					assertEquals(sourcesCodedWith(p, c).size(), n.sources(), "sources of " + c.getName() + " after coding " + i);
					assertEquals(casesCodedWith(p, c, null, null).size(), n.cases(), "cases of " + c.getName() + " after coding " + i);
				}
				Set<String> both = new HashSet<>(sourcesCodedWith(p, relational));
				both.retainAll(sourcesCodedWith(p, tacit));
				Integer co = index.cooccurrence(Map.of()).getOrDefault(relational.getGuid(), Map.of()).get(tacit.getGuid());
				assertEquals(both.size(), co == null ? 0 : co, "co-occurrence after coding " + i);
				int withRole = casesCodedWith(p, tacit, "Role", "GP").size();
				assertEquals(withRole, index.matrix("Role", Map.of()).cell(tacit.getGuid(), "GP"), "Tacit x GP after coding " + i);
			}
		}
	}

	@Test
	void codeExpressionsCombineOverlappingNearAndExcludedExcerpts() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			Code explicit = code(p, "Explicit");
			Code innovation = code(p, "Innovation");
			TextSource t = (TextSource) p.model().getSources().get(0);
			codeRange(p, t, 100, 200, tacit);
			codeRange(p, t, 150, 250, explicit); // overlaps the first
			codeRange(p, t, 300, 320, tacit);
			codeRange(p, t, 330, 340, innovation); // 10 characters after the second
			codeRange(p, t, 1000, 1100, tacit); // far from everything
			var none = List.<String>of();
			assertEquals(3, index.excerpts(List.of(tacit.getGuid()), Map.of(), null, 100).size());
			assertEquals(List.of(100), starts(index.excerpts(new org.excerpta.index.ExcerptQuery(List.of(tacit.getGuid()),
					List.of(explicit.getGuid()), none, none, 0, Map.of(), null, null), 100)), "Tacit AND Explicit (overlapping)");
			assertEquals(List.of(300, 1000), starts(index.excerpts(new org.excerpta.index.ExcerptQuery(List.of(tacit.getGuid()),
					none, List.of(explicit.getGuid()), none, 0, Map.of(), null, null), 100)), "Tacit NOT Explicit");
			assertEquals(List.of(300), starts(index.excerpts(new org.excerpta.index.ExcerptQuery(List.of(tacit.getGuid()),
					none, none, List.of(innovation.getGuid()), 10, Map.of(), null, null), 100)), "Tacit NEAR/10 Innovation");
			assertEquals(List.of(), starts(index.excerpts(new org.excerpta.index.ExcerptQuery(List.of(tacit.getGuid()),
					none, none, List.of(innovation.getGuid()), 9, Map.of(), null, null), 100)), "not within 9");
			assertEquals(100 + 20 + 100, index.codedLength(Map.of()).get(tacit.getGuid()), "share of text: coded characters");
			Map<String, Map<String, Integer>> overlaps = index.overlaps(Map.of());
			assertEquals(1, overlaps.get(tacit.getGuid()).get(explicit.getGuid()), "one Tacit excerpt overlaps one Explicit one");
			assertEquals(1, overlaps.get(explicit.getGuid()).get(tacit.getGuid()));
			assertEquals(null, overlaps.get(tacit.getGuid()).get(innovation.getGuid()), "near is not overlapping");
			assertEquals(3, overlaps.get(tacit.getGuid()).get(tacit.getGuid()));
			codeRange(p, t, 120, 180, tacit); // inside the first: counted once
			assertEquals(220, index.codedLength(Map.of()).get(tacit.getGuid()));
		}
	}

	private static List<Integer> starts(List<Excerpt> excerpts) {
		return excerpts.stream().map(Excerpt::start).sorted().toList();
	}

	private static void codeRange(ExcerptaProject p, TextSource t, int start, int end, Code code) {
		TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
		sel.setStart(start);
		sel.setEnd(end);
		Coding c = ExcerptaFactory.eINSTANCE.createCoding();
		c.setCode(code);
		c.setCoder(p.model().getUsers().get(0));
		sel.getCodings().add(c);
		p.execute(AddCommand.create(p.editingDomain(), t, Literals.TEXT_SOURCE__SELECTIONS, sel));
	}

	@Test
	void theLengthOfTextCodedCountsOverlappingExcerptsOnce() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			TextSource a = (TextSource) p.model().getSources().get(0);
			TextSource b = (TextSource) p.model().getSources().get(1);
			Code tacit = code(p, "Tacit");
			Code explicit = code(p, "Explicit");
			codeRange(p, a, 10, 50, tacit);
			codeRange(p, a, 40, 60, tacit); // overlaps: 10-60
			codeRange(p, a, 60, 70, tacit); // touches: 10-70
			codeRange(p, a, 100, 105, tacit);
			codeRange(p, b, 10, 50, tacit); // the same place in another source counts again
			codeRange(p, a, 20, 30, explicit);
			Map<String, Long> coded = index.codedLength(Map.of());
			assertEquals(60 + 5 + 40, coded.get(tacit.getGuid()));
			assertEquals(10, coded.get(explicit.getGuid()));
			assertEquals(2, coded.size(), "codes without excerpts are not listed");
		}
	}

	@Test
	void aReaderOfTheProjectBuildsItsOwnIndexInMemoryWhileTheOpenProjectHoldsTheFolder() {
		Path dir = tmp.resolve("s");
		try (ExcerptaProject p = SampleProject.createIn(dir); ProjectIndex index = ProjectIndex.open(p)) {
			TextSource t = (TextSource) p.model().getSources().get(0);
			codeRange(p, t, 10, 50, code(p, "Tacit")); // followed by the open index, not yet committed
			try (ExcerptaProject reader = ExcerptaProject.openReadOnly(dir); ProjectIndex own = ProjectIndex.open(reader)) {
				assertTrue(own.notes().contains("index built in memory: another program is writing the index folder"),
						own.notes()::toString);
				assertEquals(1, own.count("coding"), "the reader sees the coding on disk");
			}
			assertEquals(1, index.count("coding"));
			assertEquals(1, index.incrementalUpdates(), "the open project's index was not disturbed");
		}
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			assertEquals(List.of(), index.notes(), "closing the project committed what its index had followed");
			assertEquals(1, index.count("coding"));
		}
	}

	/**
	 * A coder new to the project is added by their first coding, in the same step; its undo takes
	 * both back. At a million answers a rebuild of the index is a minute: the index follows the
	 * coding, its undo and its redo source by source.
	 */
	@Test
	void aNewCodersFirstCodingAndItsUndoAreFollowedWithoutARebuild() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			List<String> atOpen = List.copyOf(index.notes());
			org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(p);
			TextSource t = (TextSource) p.model().getSources().get(0);
			coder.code(t, 10, 50, code(p, "Tacit"), coder.coderFor("Cy"));
			assertEquals(1, index.count("coding"));
			p.commandStack().undo();
			assertEquals(0, index.count("coding"), "the undo reaches the index");
			p.commandStack().redo();
			assertEquals(1, index.count("coding"));
			assertEquals(3, index.incrementalUpdates(), "each followed by itself");
			assertEquals(atOpen, index.notes(), "no rebuild");
		}
	}

	/**
	 * The coders an agreement study offers are those with at least one coding: the index finds them
	 * (Cy, who coded nothing, is not one), and follows a coder's last coding undone and redone.
	 */
	@Test
	void theCodersWithCodingsAreFoundInTheIndexAsInTheModel() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(p);
			TextSource t = (TextSource) p.model().getSources().get(0);
			org.excerpta.model.User ana = coder.coder("Ana");
			org.excerpta.model.User ben = coder.coder("Ben");
			coder.coder("Cy"); // a coder who codes nothing
			coder.code(t, 10, 50, code(p, "Tacit"), ana);
			coder.code(t, 60, 90, code(p, "Tacit"), ben);
			assertEquals(List.of(ana.getGuid(), ben.getGuid()), index.codersWithCodings());
			p.commandStack().undo();
			assertEquals(List.of(ana.getGuid()), index.codersWithCodings(), "Ben's only coding undone: Ben has none");
			p.commandStack().redo();
			assertEquals(List.of(ana.getGuid(), ben.getGuid()), index.codersWithCodings());
		}
	}

	@Test
	void codingIsBroughtIntoTheIndexSourceBySourceAndOtherChangesRebuildIt() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			TextSource t = (TextSource) p.model().getSources().get(0);
			codeRange(p, t, 10, 50, tacit);
			codeRange(p, t, 60, 90, tacit);
			assertEquals(2, index.count("coding"));
			assertEquals(1, index.incrementalUpdates(), "two codings, one update of one source, no rebuild");
			p.commandStack().undo();
			assertEquals(1, index.count("coding"), "an undo reaches the index too");
			assertEquals(2, index.incrementalUpdates());
			p.execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), tacit, Literals.CODE__NAME, "Tacit knowledge"));
			assertEquals(1, index.count("coding"));
			assertEquals(3, index.incrementalUpdates(), "renaming a code changes no document");
			long rebuilds = index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count();
			Case r001 = p.model().getCases().stream().filter(c -> c.getName().equals("R001")).findFirst().orElseThrow();
			String before = value(r001, "Role");
			String after = "GP".equals(before) ? "Manager" : "GP";
			int basesBefore = index.matrix("Role", Map.of()).casesWithValue().get(after);
			p.execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), valueOf(r001, "Role"),
					Literals.VARIABLE_VALUE__VALUE, after));
			assertEquals(1, index.count("coding"));
			assertEquals(basesBefore + 1, index.matrix("Role", Map.of()).casesWithValue().get(after),
					"the respondent now counts among the " + after + "s");
			assertTrue(index.search("*:*", List.of(), Map.of("Role", after), 100_000).hits().stream()
					.anyMatch(h -> h.sourceName().startsWith("R001 ")), "R001's answers are found by the new role");
			assertEquals(rebuilds, index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count(),
					"a changed attribute value reaches the index case by case, without a rebuild");
			assertEquals(4, index.incrementalUpdates());
			p.execute(org.eclipse.emf.edit.command.RemoveCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, r001));
			assertEquals(basesBefore, index.matrix("Role", Map.of()).casesWithValue().get(after));
			assertEquals(rebuilds + 1, index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count(),
					"a removed case is not followed piece by piece: the index is rebuilt");
		}
	}

	/**
	 * The workbench brings the index up to a change on a thread of its own before its views read it
	 * ({@code catchUpFollowed}): they then count without a catch-up on the window's thread. A change
	 * the index does not follow piece by piece (a removed case) needs a rebuild, which reads the
	 * model: that is left to the next read, on the model's thread.
	 */
	@Test
	void theIndexCatchesUpWithFollowedChangesOnAnotherThreadAndLeavesRebuildsToTheNextRead() throws Exception {
		java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("c")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			TextSource t = (TextSource) p.model().getSources().get(0);
			assertEquals(0, index.count("coding"));
			int updates = index.incrementalUpdates();
			codeRange(p, t, 10, 50, tacit);
			codeRange(p, t, 60, 90, tacit);
			assertTrue(other.submit(index::catchUpFollowed).get(), "two codings followed: caught up on another thread");
			assertEquals(updates + 1, index.incrementalUpdates());
			assertEquals(2, index.count("coding"));
			assertEquals(updates + 1, index.incrementalUpdates(), "the read found the index current");
			assertTrue(other.submit(index::catchUpFollowed).get(), "and nothing is left to do");
			long rebuilds = index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count();
			Case r001 = p.model().getCases().stream().filter(c -> c.getName().equals("R001")).findFirst().orElseThrow();
			p.execute(org.eclipse.emf.edit.command.RemoveCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, r001));
			assertFalse(other.submit(index::catchUpFollowed).get(), "a removed case needs a rebuild");
			assertEquals(rebuilds, index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count(), "not made on another thread");
			assertEquals(2, index.count("coding"));
			assertEquals(rebuilds + 1, index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count(), "but by the next read");
		} finally {
			other.shutdown();
		}
	}

	/**
	 * Deleting a top-level code, or merging one into another, changes only the documents of the
	 * sources whose codings went or moved: the index follows them as it follows coding, instead of
	 * being rebuilt (a minute in the workbench at a million answers), and counts as a rebuilt index.
	 */
	@Test
	void deletingAndMergingTopLevelCodesIsFollowedWithoutARebuild() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			org.excerpta.core.coding.CodebookEditor editor = new org.excerpta.core.coding.CodebookEditor(p);
			Code trust = editor.add("Trust", null, null);
			codeAnswersContaining(p, "trust", trust);
			index.count("coding"); // followed so far
			long rebuilds = index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count();

			Code relational = code(p, "Relational");
			editor.merge(trust, relational);
			editor.delete(editor.find("Network management framework"));

			Map<String, Integer> followed = codingsPerCode(index);
			assertEquals(rebuilds, index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count(),
					"followed source by source: " + index.notes());
			assertFalse(followed.containsKey(trust.getGuid()), "the merged code has no excerpts left");
			// A reader of the saved project builds its own index, in memory, from the model.
			try (ExcerptaProject reader = ExcerptaProject.openReadOnly(p.folder()); ProjectIndex rebuilt = ProjectIndex.open(reader)) {
				assertEquals(codingsPerCode(rebuilt), followed, "the same counts as an index rebuilt from the project");
			}
		}
	}

	private static Map<String, Integer> codingsPerCode(ProjectIndex index) {
		Map<String, Integer> out = new java.util.TreeMap<>();
		index.codeCounts(Map.of()).forEach((code, count) -> out.put(code, count.codings()));
		return out;
	}

	/**
	 * A change the index cannot follow (a removed respondent) right after coding that is still being
	 * indexed on the feed's threads: the rebuild must wait for that work, not close the writer under
	 * it. It did not, and about one rebuild in three then failed with "this IndexWriter is closed".
	 */
	@Test
	void aRebuildRightAfterCodingWaitsForTheCodingStillBeingIndexed() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			int coded = 0;
			for (int round = 0; round < 20; round++) {
				coded += codeAnswersContaining(p, "the", tacit);
				Case gone = p.model().getCases().get(p.model().getCases().size() - 1);
				p.execute(org.eclipse.emf.edit.command.RemoveCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__CASES, gone));
				assertTrue(index.count("coding") > 0, "round " + round + ": the index answers after its rebuild");
				p.commandStack().undo();
			}
			assertTrue(coded > 20, "enough coding to keep the feed busy: " + coded);
			assertTrue(index.notes().stream().filter(n -> n.startsWith("index rebuilt")).count() >= 20, index.notes().toString());
		}
	}

	@Test
	void codingsAPassageGainsAreAddedBesideItsOtherExcerptsAndUndoneLikeAnyChange() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			Code relational = code(p, "Relational");
			TextSource answer = p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER)
					.map(TextSource.class::cast).findFirst().orElseThrow();
			codeRange(p, answer, 0, 20, tacit);
			TextSelection first = answer.getSelections().get(0);
			Coding second = ExcerptaFactory.eINSTANCE.createCoding();
			second.setCode(relational);
			second.setCoder(p.model().getUsers().get(0));
			p.execute(AddCommand.create(p.editingDomain(), first, Literals.TEXT_SELECTION__CODINGS, second));
			codeRange(p, answer, 5, 30, relational);
			assertEquals(3, index.count("coding"), "each gained coding added once, the earlier ones kept");
			List<Excerpt> relationalExcerpts = index.excerpts(List.of(relational.getGuid()), Map.of(), null, 100);
			assertEquals(List.of(0, 5), starts(relationalExcerpts));
			assertTrue(relationalExcerpts.stream().anyMatch(e -> e.start() == 0 && e.text().equals(p.text(answer).substring(0, 20))),
					"the gained coding's excerpt has its text");
			p.commandStack().undo();
			p.commandStack().undo();
			assertEquals(1, index.count("coding"), "undone codings leave the index");
			assertEquals(List.of(0), starts(index.excerpts(List.of(tacit.getGuid()), Map.of(), null, 100)));
			p.commandStack().redo();
			p.commandStack().redo();
			assertEquals(3, index.count("coding"), "redone, they are added again, once each");
			// Gaining one coding and losing another in one command: the source's excerpts are all made again.
			TextSelection gained = ExcerptaFactory.eINSTANCE.createTextSelection();
			gained.setStart(30);
			gained.setEnd(40);
			Coding c = ExcerptaFactory.eINSTANCE.createCoding();
			c.setCode(tacit);
			c.setCoder(p.model().getUsers().get(0));
			gained.getCodings().add(c);
			CompoundCommand both = new CompoundCommand("recode");
			both.append(AddCommand.create(p.editingDomain(), answer, Literals.TEXT_SOURCE__SELECTIONS, gained));
			both.append(org.eclipse.emf.edit.command.RemoveCommand.create(p.editingDomain(), answer, Literals.TEXT_SOURCE__SELECTIONS,
					answer.getSelections().get(0)));
			p.execute(both);
			assertEquals(2, index.count("coding"), "the removed selection's two codings gone, the new one in");
			assertEquals(List.of(30), starts(index.excerpts(List.of(tacit.getGuid()), Map.of(), null, 100)));
			assertEquals(List.of(5), starts(index.excerpts(List.of(relational.getGuid()), Map.of(), null, 100)));
		}
	}

	@Test
	void anAnswerMovedToAnotherRespondentIsCountedWithThatRespondentsAttributes() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			// A respondent with one answer, and another respondent of a different role.
			Case from = p.model().getCases().stream().filter(c -> value(c, "Role") != null && c.getSources().size() == 1)
					.findFirst().orElseThrow();
			Case to = p.model().getCases().stream().filter(c -> value(c, "Role") != null && !value(c, "Role").equals(value(from, "Role")))
					.findFirst().orElseThrow();
			TextSource answer = (TextSource) from.getSources().get(0);
			codeRange(p, answer, 0, 10, tacit);
			Map<String, String> fromRole = Map.of("Role", value(from, "Role"));
			Map<String, String> toRole = Map.of("Role", value(to, "Role"));
			assertTrue(codedIn(index, tacit, fromRole).contains(answer.getGuid()));
			assertFalse(codedIn(index, tacit, toRole).contains(answer.getGuid()));

			// The answer was filed under the wrong respondent: moved, in one step.
			CompoundCommand move = new CompoundCommand("move answer");
			move.append(org.eclipse.emf.edit.command.RemoveCommand.create(p.editingDomain(), from, Literals.CASE__SOURCES, answer));
			move.append(AddCommand.create(p.editingDomain(), to, Literals.CASE__SOURCES, answer));
			p.execute(move);
			assertFalse(codedIn(index, tacit, fromRole).contains(answer.getGuid()), "the old respondent's role no longer counts it");
			assertTrue(codedIn(index, tacit, toRole).contains(answer.getGuid()), "the new respondent's role does");
			assertEquals(List.of(to.getGuid()), index.excerpts(List.of(tacit.getGuid()), toRole, null, 100_000).stream()
					.filter(e -> e.sourceGuid().equals(answer.getGuid())).findFirst().orElseThrow().caseGuids());
			assertTrue(index.search("*:*", List.of(), toRole, 100_000).hits().stream().anyMatch(h -> h.sourceGuid().equals(answer.getGuid())),
					"its passage moves too");

			p.commandStack().undo();
			assertTrue(codedIn(index, tacit, fromRole).contains(answer.getGuid()), "undone: back with the first respondent");
			assertFalse(codedIn(index, tacit, toRole).contains(answer.getGuid()));
		}
	}

	/** The sources with an excerpt of the code among cases with these attribute values. */
	private static Set<String> codedIn(ProjectIndex index, Code code, Map<String, String> where) {
		return Set.copyOf(index.excerpts(List.of(code.getGuid()), where, null, 100_000).stream().map(Excerpt::sourceGuid).toList());
	}

	@Test
	void aBurstOfChangesToTheSameAnswersEndsInTheIndexAsInTheProject() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			Code tacit = code(p, "Tacit");
			List<TextSource> answers = p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER)
					.map(TextSource.class::cast).toList();
			// Coding, undoing and redoing in quick succession, with no query in between: the index is
			// fed on two threads, and each answer's later versions must not be overtaken by earlier ones.
			for (int round = 0; round < 60; round++) {
				TextSource t = answers.get(round % 3);
				codeRange(p, t, 0, Math.min(5 + round, t.getLength()), tacit);
				codeRange(p, answers.get(3 + round % (answers.size() - 3)), 0, 1, tacit);
				if (round % 4 == 0) {
					p.commandStack().undo();
					p.commandStack().undo();
					p.commandStack().redo();
				}
			}
			int codings = 0;
			for (TextSource t : answers) {
				codings += (int) t.getSelections().stream().mapToLong(sel -> sel.getCodings().size()).sum();
			}
			assertEquals(codings, index.count("coding"), "one coded excerpt in the index per coding in the project");
			for (TextSource t : answers.subList(0, 3)) {
				long inProject = t.getSelections().size();
				assertEquals(inProject, index.excerpts(List.of(tacit.getGuid()), Map.of(), null, 100_000).stream()
						.filter(e -> e.sourceGuid().equals(t.getGuid())).count(), t.getName());
			}
		}
	}

	@Test
	void anIndexLeftBehindByAnotherProgramIsRebuiltAsStale() {
		Path dir = tmp.resolve("s");
		SampleProject.createIn(dir).close();
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			ProjectIndex.open(p).close();
			codeAnswersContaining(p, "trust", code(p, "Relational")); // no index open: it does not see this
		}
		try (ExcerptaProject p = ExcerptaProject.openReadOnly(dir); ProjectIndex index = ProjectIndex.open(p)) {
			assertTrue(index.notes().get(0).contains("stale"), index.notes().toString());
			assertTrue(index.count("coding") > 0);
		}
	}

	@Test
	void aMissingOrDamagedIndexIsRebuiltNotFatal() throws IOException {
		Path dir = tmp.resolve("s");
		SampleProject.createIn(dir).close();
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			long passages;
			try (ProjectIndex index = ProjectIndex.open(p)) {
				passages = index.count("passage");
			}
			try (Stream<Path> files = Files.list(dir.resolve("index"))) {
				for (Path f : files.toList()) {
					Files.write(f, new byte[] { 1, 2, 3 });
				}
			}
			try (ProjectIndex index = ProjectIndex.open(p)) {
				assertTrue(index.notes().get(0).contains("unreadable"), index.notes().toString());
				assertEquals(passages, index.count("passage"));
			}
		}
	}

	private static Set<String> casesCodedWith(ExcerptaProject p, Code code, String variable, String value) {
		Set<String> out = new HashSet<>();
		Map<Source, Case> caseOf = new HashMap<>();
		p.model().getCases().forEach(c -> c.getSources().forEach(s -> caseOf.put(s, c)));
		for (Source s : sourcesOf(p, code)) {
			Case c = caseOf.get(s);
			if (c != null && (variable == null || value.equals(value(c, variable)))) {
				out.add(c.getGuid());
			}
		}
		return out;
	}

	private static Set<String> sourcesCodedWith(ExcerptaProject p, Code code) {
		Set<String> out = new HashSet<>();
		sourcesOf(p, code).forEach(s -> out.add(s.getGuid()));
		return out;
	}

	private static List<Source> sourcesOf(ExcerptaProject p, Code code) {
		return p.model().getSources().stream().filter(s -> {
			for (var it = s.eAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (o instanceof Coding c && c.getCode() == code) {
					return true;
				}
			}
			return false;
		}).toList();
	}

	/**
	 * Code all hits at a million answers finds passages for seconds, and a Cancel must be heard while
	 * it finds, not when it has found. Every unit looks whether to stop as it goes (Lucene while it
	 * matches, the finding between every thousand or so hits it highlights or reads): stopped at its
	 * second look, it gives up with nothing found. Not stopped, the 2,500 answers (three rounds of
	 * highlighting) are the passages the Autocoder finds with the model, in the same order.
	 */
	@Test
	void findingThePassagesToCodeGivesUpWhenCancelledAndFindsThemAllOtherwise() {
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("many"), "Many answers")) {
			CompoundCommand add = new CompoundCommand("Add answers");
			for (int i = 0; i < 2_500; i++) {
				TextSource t = org.excerpta.core.ModelElements.textSource("Answer " + i, SourceKind.SURVEY_ANSWER, null);
				String text = "Week " + i + " went by. The workload of the ward was heavy, " + (i % 7) + " nurses short.\n\nWe coped with it.";
				t.setPlainTextContent(text);
				t.setLength(text.codePointCount(0, text.length()));
				add.append(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, t));
			}
			p.execute(add);
			try (ProjectIndex index = ProjectIndex.open(p)) {
				org.excerpta.index.Autocoder autocoder = new org.excerpta.index.Autocoder(p, index);
				for (org.excerpta.index.Autocoder.Unit unit : org.excerpta.index.Autocoder.Unit.values()) {
					java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
					java.util.concurrent.CancellationException stopped = assertThrows(java.util.concurrent.CancellationException.class,
							() -> index.passagesToCode("workload", unit, () -> looks.incrementAndGet() > 1), unit.toString());
					assertTrue(stopped.getMessage().contains("cancelled"), stopped.getMessage());
					assertTrue(looks.get() >= 2, "stopped when a look said so: " + unit);

					java.util.concurrent.atomic.AtomicInteger unstopped = new java.util.concurrent.atomic.AtomicInteger();
					List<String> found = index.passagesToCode("workload", unit, () -> unstopped.incrementAndGet() < 0).stream()
							.map(t -> t.sourceGuid() + " " + t.start() + "-" + t.end()).toList();
					assertTrue(unstopped.get() >= 3, "looked at while finding, not only at its start: " + unit + " " + unstopped.get());
					assertEquals(2_500, found.size(), unit.toString());
					assertEquals(autocoder.byQuery("workload", unit).stream().map(t -> t.source().getGuid() + " " + t.start() + "-" + t.end()).toList(),
							found, "as the Autocoder finds them with the model: " + unit);
				}
				// What each unit is, on the last answer: the hit, its sentence, its paragraph, the whole answer.
				TextSource last = (TextSource) p.model().getSources().get(2_499);
				String text = p.text(last);
				Map<org.excerpta.index.Autocoder.Unit, String> coded = new HashMap<>();
				for (org.excerpta.index.Autocoder.Unit unit : org.excerpta.index.Autocoder.Unit.values()) {
					org.excerpta.index.PassageToCode t = index.passagesToCode("workload", unit, () -> false).stream()
							.filter(x -> x.sourceGuid().equals(last.getGuid())).findFirst().orElseThrow();
					coded.put(unit, text.substring(t.start(), t.end()));
				}
				assertEquals("workload", coded.get(org.excerpta.index.Autocoder.Unit.HIT));
				assertEquals("The workload of the ward was heavy, " + 2_499 % 7 + " nurses short.", coded.get(org.excerpta.index.Autocoder.Unit.SENTENCE));
				assertEquals("Week 2499 went by. The workload of the ward was heavy, " + 2_499 % 7 + " nurses short.", coded.get(org.excerpta.index.Autocoder.Unit.PARAGRAPH));
				assertEquals(text, coded.get(org.excerpta.index.Autocoder.Unit.ANSWER));
			}
		}
	}

	@Test
	void aGermanProjectIsSearchedWithGermanStemming() throws IOException {
		Path dir = tmp.resolve("de");
		try (ExcerptaProject p = ExcerptaProject.create(dir, "Studie")) {
			p.execute(org.eclipse.emf.edit.command.SetCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__LANGUAGE, "de"));
			TextSource t = org.excerpta.core.ModelElements.textSource("Antwort 1", SourceKind.SURVEY_ANSWER, null);
			t.setPlainTextContent("Die Verträge mit den Krankenhäusern werden jährlich verhandelt.");
			t.setLength(t.getPlainTextContent().codePointCount(0, t.getPlainTextContent().length()));
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, t));
			try (ProjectIndex index = ProjectIndex.open(p)) {
				assertEquals(1, index.search("Vertrag", List.of(), Map.of(), 10).total(), "Verträge is a form of Vertrag");
				assertEquals(1, index.search("Krankenhaus", List.of(), Map.of(), 10).total());
			}
		}
	}

	@Test
	void placesCountCodePointsWhereATextHasCharactersOutsideTheBasicPlane() throws IOException {
		// U+1F600 and U+1D11E are two chars each in Java, one code point each in a selection (REFI-QDA).
		String answer = "Morale \uD83D\uDE00 is fine, but trust between partners is low.";
		String paragraphs = "First \uD834\uDD1E paragraph.\n\nSecond paragraph about trust.";
		try (ExcerptaProject p = ExcerptaProject.create(tmp.resolve("bmp"), "Outside the plane")) {
			TextSource a = org.excerpta.core.ModelElements.textSource("Answer", SourceKind.SURVEY_ANSWER, null);
			a.setPlainTextContent(answer);
			a.setLength(answer.codePointCount(0, answer.length()));
			TextSource d = org.excerpta.core.ModelElements.textSource("Document", SourceKind.DOCUMENT, null);
			d.setPlainTextContent(paragraphs);
			d.setLength(paragraphs.codePointCount(0, paragraphs.length()));
			p.execute(AddCommand.create(p.editingDomain(), p.model(), Literals.PROJECT__SOURCES, List.of(a, d)));
			Code code = org.excerpta.core.ModelElements.code("Trust", "#FF0000", "Trust between partners", true);
			p.execute(AddCommand.create(p.editingDomain(), p.model().getCodebook(), Literals.CODEBOOK__CODES, code));
			int start = answer.codePointCount(0, answer.indexOf("trust"));
			TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
			sel.setStart(start);
			sel.setEnd(start + "trust between partners".length());
			Coding c = ExcerptaFactory.eINSTANCE.createCoding();
			c.setCode(code);
			sel.getCodings().add(c);
			p.execute(AddCommand.create(p.editingDomain(), a, Literals.TEXT_SOURCE__SELECTIONS, sel));
			try (ProjectIndex index = ProjectIndex.open(p)) {
				List<Excerpt> excerpts = index.excerpts(List.of(code.getGuid()), Map.of(), null, 10);
				assertEquals(1, excerpts.size());
				assertEquals("trust between partners", excerpts.get(0).text(), "the excerpt's text, cut at code points");
				assertEquals(start, excerpts.get(0).start());
				SearchResults found = index.search("trust", List.of(), Map.of(), 10);
				assertEquals(2, found.total(), "the answer and the second paragraph");
				for (SearchResults.Hit h : found.hits()) {
					String text = h.sourceGuid().equals(a.getGuid()) ? answer : paragraphs;
					for (SearchResults.Kwic k : h.lines()) {
						assertEquals("trust", text.substring(text.offsetByCodePoints(0, k.start()), text.offsetByCodePoints(0, k.end())));
					}
					if (h.sourceGuid().equals(d.getGuid())) {
						int second = paragraphs.codePointCount(0, paragraphs.indexOf("Second"));
						assertEquals(List.of(second, d.getLength()), List.of(h.start(), h.end()), "the second paragraph, in code points");
					} else {
						assertEquals(List.of(0, a.getLength()), List.of(h.start(), h.end()), "the whole answer");
					}
				}
			}
		}
	}

	@Test
	void queriesDoNotTouchTheProject() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("s")); ProjectIndex index = ProjectIndex.open(p)) {
			long before = p.store().changeCount();
			index.search("trust", List.of(), Map.of(), 10);
			index.codeCounts(Map.of());
			assertEquals(before, p.store().changeCount());
			assertFalse(p.commandStack().canUndo());
		}
	}
}
