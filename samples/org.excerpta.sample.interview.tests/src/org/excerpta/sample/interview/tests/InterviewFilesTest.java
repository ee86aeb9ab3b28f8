package org.excerpta.sample.interview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.excerpta.api.ImportProblem;
import org.excerpta.api.ImportedText;
import org.excerpta.api.SpeakerTurn;
import org.excerpta.sample.interview.InterviewFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewFilesTest {

	@TempDir
	Path tmp;

	private final InterviewFiles format = new InterviewFiles();

	@Test
	void readsTurnsWithTheirTimestampsAndLeavesTheHeaderOut() {
		ImportedText read = format.read(Examples.file("commissioner-interview.interview"));
		assertTrue(read.turnsKnown());
		assertEquals(6, read.turns().size());
		assertEquals(List.of("INTERVIEWER", "RESPONDENT"), read.turns().stream().map(SpeakerTurn::speaker).distinct().toList());
		assertEquals(67_000L, read.turns().get(3).timestampMillis(), "[00:01:07]");
		assertFalse(read.text().contains("Title:"), "the header is not part of the text");
		SpeakerTurn second = read.turns().get(1);
		String turn = read.text().substring(second.start(), second.end());
		assertTrue(turn.startsWith("RESPONDENT: It started with a shared budget") && turn.endsWith("trust between the partners."), turn);
		assertTrue(turn.contains("priorities, and the leaders"), "continuation lines join the turn: " + turn);
	}

	@Test
	void turnOffsetsCountCodePointsAsExcerptaDoes() throws Exception {
		Path file = tmp.resolve("emoji.interview");
		Files.writeString(file, "#interview 1\n[00:00:01] A: caf\u00e9 \uD83D\uDE00 ok\n[00:00:02] B: next\n");
		ImportedText read = format.read(file);
		SpeakerTurn b = read.turns().get(1);
		int[] cps = read.text().codePoints().toArray();
		assertEquals("B: next", new String(cps, b.start(), b.end() - b.start()));
	}

	@Test
	void aBrokenLineIsReportedWithItsNumber() throws Exception {
		Path file = tmp.resolve("broken.interview");
		Files.writeString(file, "#interview 1\n[00:00:01] A: hello\nthis line has no speaker\n");
		ImportProblem p = assertThrows(ImportProblem.class, () -> format.read(file));
		assertTrue(p.getMessage().startsWith("line 3:"), p.getMessage());
	}

	@Test
	void onlyFilesThatSayTheFormatAreTaken() throws Exception {
		Path other = tmp.resolve("notes.interview");
		Files.writeString(other, "Some notes that merely share the extension\n");
		assertFalse(format.accepts(other));
		assertTrue(format.accepts(Examples.file("commissioner-interview.interview")));
		assertTrue(assertThrows(ImportProblem.class, () -> format.read(other)).getMessage().startsWith("line 1:"));
	}
}
