package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ProjectSummary;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample project a new user meets on first start. */
class SampleProjectTest {

	@TempDir
	Path tmp;

	@Test
	void holdsTheInterviewsTheSurveyAndTheFrameworkCodebook() {
		Path dir = tmp.resolve("sample");
		SampleProject.createIn(dir).close();
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			ProjectSummary s = p.summary();
			assertEquals(18, s.codes(), "two framework groups and their 16 themes");
			List<String> top = p.model().getCodebook().getCodes().stream().map(Code::getName).toList();
			assertEquals(List.of("Commissioner-provider relationships framework", "Network management framework"), top);
			assertFalse(p.model().getCodebook().getCodes().get(0).isCodable(), "a framework group is not codable");
			assertTrue(codeNames(p).containsAll(List.of("Tenure of leaders", "Leadership", "Clinician-manager tensions",
					"Innovation", "Complex organisations and adaptation", "Conflict and tension between partners",
					"Transactional", "Transformational", "Relational", "Restrictive performance management frameworks",
					"Knowledge management", "Explicit", "Tacit", "Managing knowledge flows",
					"Managing network coherence", "Managing network stability")));
			long transcripts = p.model().getSources().stream().filter(x -> x.getKind() == SourceKind.TRANSCRIPT).count();
			long answers = p.model().getSources().stream().filter(x -> x.getKind() == SourceKind.SURVEY_ANSWER).count();
			assertEquals(4, transcripts);
			assertEquals(78, answers, "40 respondents x 2 open questions, less the 2 blank answers");
			assertEquals(44, s.cases(), "4 interviewees and 40 respondents");
			assertEquals(1, s.memos());
		}
	}

	@Test
	void transcriptsHaveSpeakerTurnsWhoseOffsetsPointAtTheSpeaker() throws Exception {
		Path dir = tmp.resolve("sample");
		try (ExcerptaProject p = SampleProject.createIn(dir)) {
			for (Source source : p.model().getSources()) {
				if (source.getKind() != SourceKind.TRANSCRIPT) {
					continue;
				}
				TextSource t = (TextSource) source;
				String text = p.text(t);
				assertFalse(text.contains("\r"), "stored text uses LF line ends");
				assertTrue(text.startsWith("[Synthetic interview"), "labelled as synthetic: " + t.getName());
				assertEquals(text.codePointCount(0, text.length()), t.getLength());
				assertTrue(t.getTurns().size() > 10, t.getName() + " has " + t.getTurns().size() + " turns");
				for (SpeakerTurn turn : t.getTurns()) {
					String turnText = substringByCodePoints(text, turn.getStart(), turn.getEnd());
					assertTrue(turnText.contains(turn.getSpeaker() + ":"), turnText);
				}
				assertTrue(Files.isRegularFile(p.folder().resolve(t.getOriginalPath())), "original kept");
			}
			TextSource provider = (TextSource) p.model().getSources().get(1);
			assertEquals("Site A provider interview", provider.getName());
			SpeakerTurn first = provider.getTurns().get(0);
			assertEquals(4000L, first.getTimestampMillis(), "[00:00:04]");
		}
	}

	@Test
	void respondentsAreCasesWithTypedAttributesAndTheirAnswers() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("sample"))) {
			Case r001 = p.model().getCases().stream().filter(c -> "R001".equals(c.getName())).findFirst().orElseThrow();
			List<String> values = new ArrayList<>();
			r001.getValues().forEach(v -> values.add(v.getVariable().getName() + "=" + v.getValue()));
			assertEquals(List.of("Role=GP", "Organisation=Provider", "Years in post=18",
					"Partners in the system trust each other (1-5)=3"), values);
			assertEquals(2, r001.getSources().size());
			TextSource answer = (TextSource) r001.getSources().get(0);
			assertTrue(p.text(answer).startsWith("Better with the community trust"), p.text(answer));
			assertNotNull(answer.getValues().get(0).getVariable());
			assertEquals("q_relationship", answer.getValues().get(0).getValue());
		}
	}

	private static List<String> codeNames(ExcerptaProject p) {
		List<String> names = new ArrayList<>();
		for (Iterator<EObject> it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			names.add(((Code) it.next()).getName());
		}
		return names;
	}

	private static String substringByCodePoints(String s, int start, int end) {
		return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
	}
}
