package org.excerpta.exchange.tests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.Memos;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.LinkDirection;
import org.excerpta.model.Memo;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * Codes, memos, sets, links and descriptions added to the sample project (which ships with none),
 * through the same services a researcher's clicks go through, so that a round trip has all of
 * the model to carry: two coders, overlapping codings, memos on every kind of object, a text
 * with characters outside the Basic Multilingual Plane, names with XML's special characters.
 */
final class SampleEnrichment {

	private SampleEnrichment() {
	}

	static void enrich(ExcerptaProject p) {
		EditingDomain d = p.editingDomain();
		Coder coder = new Coder(p);
		Memos memos = new Memos(p);
		User alice = coder.coder("Alice Example");
		User ben = coder.coder("Ben <b> & \"Co\"");
		List<Code> codable = codableCodes(p);
		List<TextSource> transcripts = p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.TRANSCRIPT)
				.map(TextSource.class::cast).toList();
		Coding firstCoding = null;
		for (int t = 0; t < transcripts.size(); t++) {
			TextSource s = transcripts.get(t);
			List<SpeakerTurn> turns = s.getTurns();
			for (int i = 0; i < Math.min(8, turns.size()); i++) {
				SpeakerTurn turn = turns.get(i);
				Code code = codable.get((t * 8 + i) % codable.size());
				Coding c = coder.code(s, turn.getStart(), turn.getEnd(), code, i % 2 == 0 ? alice : ben);
				if (firstCoding == null) {
					firstCoding = c;
				}
				if (i == 3) {
					// the same passage by the other coder, and a nested passage
					coder.code(s, turn.getStart(), turn.getEnd(), code, ben);
					coder.code(s, turn.getStart() + 2, turn.getEnd() - 1, codable.get(0), alice);
				}
			}
		}
		List<TextSource> answers = p.model().getSources().stream().filter(s -> s.getKind() == SourceKind.SURVEY_ANSWER)
				.map(TextSource.class::cast).toList();
		for (int i = 0; i < 12; i++) {
			TextSource a = answers.get(i);
			coder.code(a, 0, a.getLength(), codable.get(i % codable.size()), alice);
		}
		// A text with code points outside the BMP before the coded words, held inline.
		String emoji = "Smile \uD83D\uDE00\uD83D\uDE00 then trust grows \uD834\uDD1E slowly.";
		TextSource inline = ModelElements.textSource("Emoji answer", SourceKind.SURVEY_ANSWER, alice);
		inline.setPlainTextContent(emoji);
		inline.setLength(emoji.codePointCount(0, emoji.length()));
		p.execute(AddCommand.create(d, p.model(), Literals.PROJECT__SOURCES, inline));
		coder.code(inline, 14, 26, codable.get(1), ben); // "trust grows " after two emoji

		Code firstCode = codable.get(0);
		TextSource firstTranscript = transcripts.get(0);
		Case firstCase = p.model().getCases().get(0);
		var selection = firstTranscript.getSelections().get(0);
		memos.attach(firstCode, "Boundary of the code", "Include joint posts;\r\nexclude\tcontracts.", alice);
		memos.attach(firstTranscript, "Interview context", "Recorded on site \u2013 noisy.", ben);
		memos.attach(selection, "Striking", "A strong quote.", alice);
		memos.attach(firstCoding, "Why this code", "Leadership over tenure here.", ben);
		memos.attach(firstCase, "About the interviewee", "Long in post.", alice);
		memos.attach(p.model(), "Project journal", "Started coding the interviews.", alice);

		ItemSet set = ExcerptaFactory.eINSTANCE.createItemSet();
		set.setGuid(ProjectStore.newGuid());
		set.setName("Site A & leadership");
		set.setDescription("Sources of site A, with the leadership codes.");
		set.getMemberCodes().add(firstCode);
		set.getMemberCodes().add(codable.get(1));
		set.getMemberSources().addAll(transcripts.subList(0, 2));
		Memo journal = p.model().getMemos().get(0);
		set.getMemberMemos().add(journal);
		p.execute(AddCommand.create(d, p.model(), Literals.PROJECT__SETS, set));
		memos.attach(set, "Why this set", "For the site A write-up.", ben);

		Link link = ExcerptaFactory.eINSTANCE.createLink();
		link.setGuid(ProjectStore.newGuid());
		link.setName("illustrates");
		link.setDirection(LinkDirection.ONE_WAY);
		link.setColor("#112233");
		link.setOrigin(selection);
		link.setTarget(firstCode);
		Link caseLink = ExcerptaFactory.eINSTANCE.createLink();
		caseLink.setGuid(ProjectStore.newGuid());
		caseLink.setName("same site");
		caseLink.setDirection(LinkDirection.BIDIRECTIONAL);
		caseLink.setOrigin(firstCase);
		caseLink.setTarget(p.model().getCases().get(1));
		CompoundCommand links = new CompoundCommand("links");
		links.append(AddCommand.create(d, p.model(), Literals.PROJECT__LINKS, List.of(link, caseLink)));
		links.append(SetCommand.create(d, p.model(), Literals.PROJECT__DESCRIPTION, "Synthetic NHS study, enriched for tests."));
		links.append(SetCommand.create(d, firstTranscript, Literals.SOURCE__DESCRIPTION, "First interview"));
		links.append(SetCommand.create(d, firstCase, Literals.CASE__DESCRIPTION, "Commissioner at site A"));
		links.append(SetCommand.create(d, p.model().getVariables().get(0), Literals.VARIABLE__DESCRIPTION, "Where they work"));
		links.append(SetCommand.create(d, codable.get(2), Literals.CODE__COLOR, null));
		links.append(SetCommand.create(d, codable.get(3), Literals.CODE__NAME, "Trust & \"risk\" <high>"));
		links.append(SetCommand.create(d, p.model(), Literals.PROJECT__CREATING_USER, alice));
		links.append(SetCommand.create(d, p.model(), Literals.PROJECT__LANGUAGE, "de"));
		links.append(SetCommand.create(d, p.model(), Literals.PROJECT__ORIGIN, "Excerpta test fixture"));
		p.execute(links);
		memos.attach(link, "On the link", "The quote shows the code.", alice);
		// A case that refers to a selection and a code too.
		p.execute(AddCommand.create(d, firstCase, Literals.CASE__SELECTIONS, selection));
		p.execute(AddCommand.create(d, firstCase, Literals.CASE__CODES, firstCode));
	}

	static List<Code> codableCodes(ExcerptaProject p) {
		List<Code> codes = new ArrayList<>();
		for (Iterator<EObject> it = p.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.isCodable()) {
				codes.add(c);
			}
		}
		return codes;
	}

	static int count(ExcerptaProject p, Class<?> type) {
		int n = 0;
		for (Source s : p.model().getSources()) {
			for (Iterator<EObject> it = s.eAllContents(); it.hasNext();) {
				if (type.isInstance(it.next())) {
					n++;
				}
			}
		}
		return n;
	}
}
