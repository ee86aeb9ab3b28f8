package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.Memos;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.Memo;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memos on a code and on a coding: written, edited, undone, and still there after reopening. */
class MemosTest {

	@TempDir
	Path tmp;

	@Test
	void memosOnACodeAndACodingAreDurableAndUndoable() {
		Path dir = tmp.resolve("s");
		String codingGuid;
		try (ExcerptaProject p = SampleProject.createIn(dir)) {
			Code tacit = new CodebookEditor(p).find("Commissioner-provider relationships framework / Knowledge management / Tacit");
			Coder coder = new Coder(p);
			var ann = coder.coder("Ann");
			Coding coding = coder.code((TextSource) p.model().getSources().get(0), 10, 40, tacit, ann);
			codingGuid = coding.getGuid();
			Memos memos = new Memos(p);
			Memo onCode = memos.attach(tacit, "Boundary", "Only knowledge held by people, not documents.", ann);
			Memo onCoding = memos.attach(coding, null, "Borderline: could be Explicit.", ann);
			memos.edit(onCoding, "Borderline: could be Explicit; discussed with Ben, kept Tacit.");
			assertEquals(1, tacit.getMemos().size());
			assertEquals("Memo", onCoding.getName());
			p.commandStack().undo();
			assertEquals("Borderline: could be Explicit.", onCoding.getText(), "editing a memo is undoable");
			p.commandStack().redo();
			assertTrue(p.model().getNotes().contains(onCode));
			assertThrows(IllegalArgumentException.class,
					() -> memos.attach(ExcerptaFactory.eINSTANCE.createCode(), "x", "y", ann));
		}
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			Coding coding = (Coding) p.store().find(codingGuid);
			assertEquals("Borderline: could be Explicit; discussed with Ben, kept Tacit.", coding.getMemos().get(0).getText());
			assertEquals(3, p.summary().memos(), "the sample's own memo and the two written here");
		}
	}

	/** Someone's first memo adds them to the project in the same change: one Undo takes both back, one Redo brings both. */
	@Test
	void aNewAuthorJoinsTheProjectWithTheirFirstMemo() {
		try (ExcerptaProject p = SampleProject.createIn(tmp.resolve("author"))) {
			Code tacit = new CodebookEditor(p).find("Commissioner-provider relationships framework / Knowledge management / Tacit");
			int users = p.model().getUsers().size();
			var zoe = new Coder(p).coderFor("Zoe");
			Memo memo = new Memos(p).attach(tacit, "First thoughts", "Tacit is the hardest to code.", zoe);
			assertEquals(users + 1, p.model().getUsers().size(), "Zoe joined the project");
			assertEquals(zoe, memo.getCreatingUser());
			p.commandStack().undo();
			assertEquals(users, p.model().getUsers().size(), "one Undo takes Zoe back with her memo");
			assertTrue(tacit.getMemos().isEmpty());
			p.commandStack().redo();
			assertEquals(users + 1, p.model().getUsers().size());
			assertEquals(1, tacit.getMemos().size());
			assertEquals(zoe, new Coder(p).coderFor("Zoe"), "the project knows her now");
			new Memos(p).attach(tacit, "Second", "", zoe);
			assertEquals(users + 1, p.model().getUsers().size(), "added once");
		}
	}
}
