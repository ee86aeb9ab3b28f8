package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.Memos;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.core.store.JournalCodings;
import org.excerpta.core.store.JournalCodings.CodePut;
import org.excerpta.core.store.JournalCodings.CoderPut;
import org.excerpta.core.store.JournalCodings.CodingPut;
import org.excerpta.core.store.JournalCodings.MemoPut;
import org.excerpta.core.store.JournalCodings.Removal;
import org.excerpta.core.store.JournalCodings.SelectionPut;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.Memo;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what a stretch of the journal did, when all it did was code and shape the codebook or write memos (what a pull's index catch-up follows). */
class JournalCodingsTest {

	@TempDir
	Path tmp;

	@Test
	void codingAndUncodingAfterAPointAreReadAsTheirStepsAndATornEndIsLeftOut() throws Exception {
		Path dir = tmp.resolve("p");
		SampleProject.createIn(dir).close();
		ProjectStore.DurableEnd before = ProjectStore.durableEnd(dir);
		String sourceGuid;
		String codeGuid;
		java.util.Date created;
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			Coder coder = new Coder(p);
			TextSource source = (TextSource) p.model().getSources().get(0);
			sourceGuid = source.getGuid();
			Code code = new CodebookEditor(p).find("Commissioner-provider relationships framework / Innovation");
			codeGuid = code.getGuid();
			Coding c = coder.code(source, 0, 30, code, coder.coder("Ana"));
			created = c.getCreated();
			coder.code(source, 40, 70, code, coder.coder("Ana"));
			coder.uncode(c);
		}
		ProjectStore.DurableEnd after = ProjectStore.durableEnd(dir);
		Files.writeString(after.journal(), "0000abcd {\"put\":\"torn", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

		JournalCodings read = JournalCodings.after(after.journal(), before.journalValidLength()).orElseThrow();

		assertEquals(after.changeCount(), read.changeCount());
		assertEquals(after.changeCount() - before.changeCount(), read.groups(), "coder added, two codings, one removal");
		List<JournalCodings.Step> steps = read.steps();
		assertTrue(steps.get(0) instanceof CoderPut u && u.name().equals("Ana"), steps.toString());
		SelectionPut first = (SelectionPut) steps.get(1);
		assertEquals(List.of(sourceGuid, 0, 30), List.of(first.sourceGuid(), first.start(), first.end()), "a start of 0 is not written");
		CodingPut coding = (CodingPut) steps.get(2);
		assertEquals(List.of(first.guid(), codeGuid, ((CoderPut) steps.get(0)).guid()),
				List.of(coding.selectionGuid(), coding.codeGuid(), coding.coderGuid()));
		assertNotNull(created);
		assertEquals(created, coding.created(), "when it was coded, to the millisecond: the excerpts table's \"coded on\"");
		assertTrue(steps.get(steps.size() - 1) instanceof Removal, steps.toString());
	}

	@Test
	void codebookWorkIsReadAsCodePutsWithTheirPlaceAndState() throws Exception {
		Path dir = tmp.resolve("p");
		SampleProject.createIn(dir).close();
		ProjectStore.DurableEnd before = ProjectStore.durableEnd(dir);
		String codebookGuid;
		String innovationGuid;
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			codebookGuid = p.model().getCodebook().getGuid();
			CodebookEditor codes = new CodebookEditor(p);
			Code innovation = codes.find("Commissioner-provider relationships framework / Innovation");
			innovationGuid = innovation.getGuid();
			Code night = codes.add("Night shift", "#336699", "Work after 22:00");
			codes.move(night, innovation, 0);
			codes.rename(night, "Night work");
		}

		List<JournalCodings.Step> steps = JournalCodings.after(ProjectStore.durableEnd(dir).journal(), before.journalValidLength())
				.orElseThrow().steps();

		assertEquals(3, steps.size(), steps.toString());
		CodePut added = (CodePut) steps.get(0);
		assertEquals(List.of(codebookGuid, "Night shift", "#336699", "Work after 22:00", true),
				List.of(added.parentGuid(), added.name(), added.color(), added.description(), added.codable()));
		CodePut moved = (CodePut) steps.get(1);
		assertEquals(List.of(added.guid(), innovationGuid, 0), List.of(moved.guid(), moved.parentGuid(), moved.index()));
		assertEquals("Night work", ((CodePut) steps.get(2)).name());
	}

	@Test
	void memosOnCodingsAreReadAndAMemoOnASourceIsNot() throws Exception {
		Path dir = tmp.resolve("p");
		SampleProject.createIn(dir).close();
		ProjectStore.DurableEnd before = ProjectStore.durableEnd(dir);
		String memoGuid;
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			Coder coder = new Coder(p);
			Coding c = coder.code((TextSource) p.model().getSources().get(0), 0, 30,
					new CodebookEditor(p).find("Commissioner-provider relationships framework / Innovation"), coder.coder("Ana"));
			Memos memos = new Memos(p);
			Memo memo = memos.attach(c, "Why", "Ana's reason", coder.coder("Ana"));
			memoGuid = memo.getGuid();
			memos.edit(memo, "Ana's reason, rewritten");
		}
		ProjectStore.DurableEnd coded = ProjectStore.durableEnd(dir);

		List<JournalCodings.Step> steps = JournalCodings.after(coded.journal(), before.journalValidLength()).orElseThrow().steps();
		assertEquals(2, steps.stream().filter(s -> s instanceof MemoPut m && m.guid().equals(memoGuid)).count(), "written, then edited: " + steps);

		String sourceGuid;
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			sourceGuid = p.model().getSources().get(0).getGuid();
			new Memos(p).attach(p.model().getSources().get(0), "About", "The whole interview", null);
		}
		List<JournalCodings.Step> read = JournalCodings.after(ProjectStore.durableEnd(dir).journal(), coded.journalValidLength())
				.orElseThrow().steps();
		assertTrue(read.stream().anyMatch(s -> s instanceof JournalCodings.SourcePut put && put.guid().equals(sourceGuid)),
				"a memo on a source writes the source's record again: read as the source put again, which the index does not follow "
						+ "(SharedIndexTest): " + read);
	}

	@Test
	void aDocumentAddedIsReadAsItsSourceAndTurnsAndASurveyAnswerIsNot() throws Exception {
		Path dir = tmp.resolve("p");
		SampleProject.createIn(dir).close();
		ProjectStore.DurableEnd before = ProjectStore.durableEnd(dir);
		String guid;
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			String text = "[Ann] We met the commissioners.\n\n[Bo] And then?";
			TextSource added = org.excerpta.core.ModelElements.textSource("Follow-up", org.excerpta.model.SourceKind.TRANSCRIPT, null);
			added.setPlainTextPath(p.store().storeText(added.getGuid(), text));
			added.setLength(text.length());
			added.getTurns().add(org.excerpta.core.ModelElements.turn("Ann", 0, 31, null));
			added.getTurns().add(org.excerpta.core.ModelElements.turn("Bo", 33, 47, null));
			p.execute(org.eclipse.emf.edit.command.AddCommand.create(p.editingDomain(), p.model(),
					org.excerpta.model.ExcerptaPackage.Literals.PROJECT__SOURCES, added));
			guid = added.getGuid();
		}
		List<JournalCodings.Step> steps = JournalCodings.after(ProjectStore.durableEnd(dir).journal(), before.journalValidLength())
				.orElseThrow().steps();
		JournalCodings.SourcePut put = (JournalCodings.SourcePut) steps.get(0);
		assertEquals(List.of(guid, "Follow-up", "transcript", "sources/" + guid + ".txt", 47),
				List.of(put.guid(), put.name(), put.kind(), put.textPath(), put.length()));
		JournalCodings.TurnPut second = (JournalCodings.TurnPut) steps.get(2);
		assertEquals(List.of(guid, 1, "Bo", 33, 47), List.of(second.sourceGuid(), second.index(), second.speaker(), second.start(), second.end()));
		assertEquals(3, steps.size(), "the source and its two turns: " + steps);

		ProjectStore.DurableEnd added = ProjectStore.durableEnd(dir);
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			TextSource answer = org.excerpta.core.ModelElements.textSource("R99 \u00b7 Comment", org.excerpta.model.SourceKind.SURVEY_ANSWER, null);
			answer.setPlainTextContent("Too few staff at night.");
			answer.getValues().add(org.excerpta.core.ModelElements.value(p.model().getVariables().get(0), "x"));
			p.execute(org.eclipse.emf.edit.command.AddCommand.create(p.editingDomain(), p.model(),
					org.excerpta.model.ExcerptaPackage.Literals.PROJECT__SOURCES, answer));
		}
		assertTrue(JournalCodings.after(ProjectStore.durableEnd(dir).journal(), added.journalValidLength()).isEmpty(),
				"a source with attribute values (a survey answer's question) is not followed: its cases and values are the model's");
	}
}
