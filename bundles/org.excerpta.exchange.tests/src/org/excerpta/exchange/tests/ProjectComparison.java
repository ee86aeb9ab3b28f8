package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.Identified;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableValue;

/**
 * Compares two projects structurally: everything a researcher would miss, object by object with
 * GUIDs (users, the code tree with colours and descriptions, variables, cases and their values,
 * sources with texts, turns, originals, selections and codings by coder, memos and what they are
 * attached to, sets, links). Identities that REFI-QDA does not carry and nobody refers to (the
 * project's and codebook's own GUIDs, the GUIDs of variable values) are left out. A difference
 * fails with the first lines that differ.
 */
final class ProjectComparison {

	private final ExcerptaProject project;
	private final List<String> lines = new ArrayList<>();

	private ProjectComparison(ExcerptaProject project) {
		this.project = project;
	}

	static void assertSameProject(ExcerptaProject expected, ExcerptaProject actual) {
		List<String> a = describe(expected);
		List<String> b = describe(actual);
		if (a.equals(b)) {
			return;
		}
		List<String> diff = new ArrayList<>();
		int max = Math.max(a.size(), b.size());
		for (int i = 0; i < max && diff.size() < 12; i++) {
			String x = i < a.size() ? a.get(i) : "(nothing)";
			String y = i < b.size() ? b.get(i) : "(nothing)";
			if (!x.equals(y)) {
				diff.add("line " + i + "\n  expected: " + x + "\n  actual:   " + y);
			}
		}
		fail("the projects differ (" + a.size() + " and " + b.size() + " lines):\n" + String.join("\n", diff));
	}

	/** The project as lines of text, in the model's order. */
	static List<String> describe(ExcerptaProject project) {
		ProjectComparison c = new ProjectComparison(project);
		c.project(project.model());
		return c.lines;
	}

	private void add(String line) {
		lines.add(line);
	}

	private void project(Project p) {
		add("project name=" + p.getName() + " description=" + p.getDescription() + " origin=" + p.getOrigin() + " language="
				+ p.getLanguage() + " created=" + date(p.getCreated()) + " creator=" + guid(p.getCreatingUser()) + " memos="
				+ guids(p.getMemos()));
		for (User u : p.getUsers()) {
			add("user " + guid(u) + " name=" + u.getName() + " id=" + u.getId());
		}
		for (Code c : p.getCodebook().getCodes()) {
			code(c, "");
		}
		for (Variable v : p.getVariables()) {
			add("variable " + guid(v) + " name=" + v.getName() + " type=" + v.getType() + " description=" + v.getDescription());
		}
		for (Memo m : p.getNotes()) {
			add("memo " + guid(m) + " name=" + m.getName() + " author=" + guid(m.getCreatingUser()) + " created="
					+ date(m.getCreated()) + " modified=" + date(m.getModified()) + " text=" + m.getText());
		}
		for (Source s : p.getSources()) {
			source((TextSource) s);
		}
		for (Case c : p.getCases()) {
			add("case " + guid(c) + " name=" + c.getName() + " description=" + c.getDescription() + " values="
					+ values(c.getValues()) + " sources=" + guids(c.getSources()) + " selections=" + guids(c.getSelections())
					+ " codes=" + guids(c.getCodes()) + " memos=" + guids(c.getMemos()));
		}
		for (ItemSet s : p.getSets()) {
			add("set " + guid(s) + " name=" + s.getName() + " description=" + s.getDescription() + " codes="
					+ guids(s.getMemberCodes()) + " sources=" + guids(s.getMemberSources()) + " memos=" + guids(s.getMemberMemos())
					+ " own memos=" + guids(s.getMemos()));
		}
		for (Link l : p.getLinks()) {
			add("link " + guid(l) + " name=" + l.getName() + " direction=" + l.getDirection() + " color=" + l.getColor()
					+ " origin=" + guid(l.getOrigin()) + " target=" + guid(l.getTarget()) + " memos=" + guids(l.getMemos()));
		}
	}

	private void code(Code c, String indent) {
		add(indent + "code " + guid(c) + " name=" + c.getName() + " color=" + c.getColor() + " codable=" + c.isCodable()
				+ " description=" + c.getDescription() + " memos=" + guids(c.getMemos()));
		for (Code child : c.getChildren()) {
			code(child, indent + "  ");
		}
	}

	private void source(TextSource s) {
		String text = project.text(s);
		add("source " + guid(s) + " name=" + s.getName() + " kind=" + s.getKind() + " description=" + s.getDescription()
				+ " created=" + date(s.getCreated()) + " modified=" + date(s.getModified()) + " creator="
				+ guid(s.getCreatingUser()) + " inline=" + (s.getPlainTextContent() != null) + " length=" + s.getLength()
				+ " hash=" + s.getContentHash() + " memos=" + guids(s.getMemos()) + " values=" + values(s.getValues()));
		add("  text " + sha(text) + " (" + text.codePointCount(0, text.length()) + " code points)");
		add("  original " + (s.getOriginalPath() == null ? "none" : s.getOriginalPath() + " " + originalSha(s)));
		for (SpeakerTurn t : s.getTurns()) {
			add("  turn " + guid(t) + " " + t.getSpeaker() + " [" + t.getStart() + "," + t.getEnd() + ") at " + t.getTimestampMillis());
		}
		for (TextSelection sel : s.getSelections()) {
			add("  selection " + guid(sel) + " name=" + sel.getName() + " [" + sel.getStart() + "," + sel.getEnd() + ") by "
					+ guid(sel.getCreatingUser()) + " created=" + date(sel.getCreated()) + " memos=" + guids(sel.getMemos()));
			for (Coding c : sel.getCodings()) {
				add("    coding " + guid(c) + " code=" + guid(c.getCode()) + " coder=" + guid(c.getCoder()) + " created="
						+ date(c.getCreated()) + " memos=" + guids(c.getMemos()));
			}
		}
	}

	private String originalSha(TextSource s) {
		try {
			return sha(Files.readAllBytes(project.folder().resolve(s.getOriginalPath())));
		} catch (IOException e) {
			return "MISSING";
		}
	}

	private static String values(List<VariableValue> values) {
		return values.stream().map(v -> guid(v.getVariable()) + "=" + v.getValue()).collect(Collectors.joining(", ", "[", "]"));
	}

	private static String guids(List<? extends Identified> objects) {
		return objects.stream().map(ProjectComparison::guid).collect(Collectors.joining(", ", "[", "]"));
	}

	static String guid(Identified o) {
		return o == null ? "null" : o.getGuid().toLowerCase(Locale.ROOT);
	}

	private static String date(Date d) {
		return d == null ? "null" : d.toInstant().toString();
	}

	static String sha(String text) {
		return sha(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static String sha(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
