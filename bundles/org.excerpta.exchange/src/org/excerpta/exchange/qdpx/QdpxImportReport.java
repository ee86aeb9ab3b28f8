package org.excerpta.exchange.qdpx;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What a REFI-QDA import brought in: how many objects of each kind, every item of the file that is
 * not in the project (with the reason and where it is in the file), and every item that came in
 * changed (a code renamed, positions mapped, a description kept as a memo).
 */
public final class QdpxImportReport {

	public static final String USER = "user";
	public static final String CODE = "code";
	public static final String VARIABLE = "variable";
	public static final String CASE = "case";
	public static final String VALUE = "variable value";
	public static final String SOURCE = "source";
	public static final String SELECTION = "selection";
	public static final String CODING = "coding";
	public static final String MEMO = "memo";
	public static final String MEMO_REF = "memo reference";
	public static final String SET = "set";
	public static final String SET_MEMBER = "set member";
	public static final String CASE_REF = "case reference";
	public static final String LINK = "link";
	public static final String TURN = "speaker turn";
	public static final String ORIGINAL = "original file";

	/**
	 * One item of the file: its kind, GUID (as in the file), element, where it is (entry and line)
	 * and what happened to it.
	 */
	public record Item(String kind, String guid, String element, String where, String reason) {
		@Override
		public String toString() {
			return kind + (guid == null ? "" : " " + guid) + " (<" + element + ">, " + where + "): " + reason;
		}
	}

	private final String file;
	private Path projectFolder;
	private final Map<String, Integer> imported = new LinkedHashMap<>();
	private final List<Item> notImported = new ArrayList<>();
	private final List<Item> adjusted = new ArrayList<>();

	QdpxImportReport(String file) {
		this.file = file;
	}

	void imported(String kind) {
		imported(kind, 1);
	}

	void imported(String kind, int n) {
		imported.merge(kind, n, Integer::sum);
	}

	void notImported(String kind, String guid, String element, String where, String reason) {
		notImported.add(new Item(kind, guid, element, where, reason));
	}

	void adjusted(String kind, String guid, String element, String where, String what) {
		adjusted.add(new Item(kind, guid, element, where, what));
	}

	void projectFolder(Path folder) {
		this.projectFolder = folder;
	}

	/** The file imported. */
	public String file() {
		return file;
	}

	/** The new project's folder. */
	public Path projectFolder() {
		return projectFolder;
	}

	/** How many objects of each kind are in the new project. */
	public Map<String, Integer> imported() {
		return Collections.unmodifiableMap(imported);
	}

	/** How many objects of one kind are in the new project. */
	public int count(String kind) {
		return imported.getOrDefault(kind, 0);
	}

	/** Items of the file that are not in the project, each with the reason. */
	public List<Item> notImported() {
		return Collections.unmodifiableList(notImported);
	}

	public List<Item> notImported(String kind) {
		return notImported.stream().filter(i -> i.kind().equals(kind)).toList();
	}

	/** Items that are in the project, but changed on the way (and how). */
	public List<Item> adjusted() {
		return Collections.unmodifiableList(adjusted);
	}

	/** The report as JSON: {@code file}, {@code project}, {@code imported} (counts), {@code notImported}, {@code adjusted}. */
	public String toJson() {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
			g.writeStartObject();
			g.writeStringField("file", file);
			g.writeStringField("project", projectFolder == null ? null : projectFolder.toString());
			g.writeObjectFieldStart("imported");
			for (Map.Entry<String, Integer> e : imported.entrySet()) {
				g.writeNumberField(e.getKey(), e.getValue());
			}
			g.writeEndObject();
			writeItems(g, "notImported", notImported);
			writeItems(g, "adjusted", adjusted);
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static void writeItems(JsonGenerator g, String field, List<Item> items) throws IOException {
		g.writeArrayFieldStart(field);
		for (Item i : items) {
			g.writeStartObject();
			g.writeStringField("kind", i.kind());
			g.writeStringField("guid", i.guid());
			g.writeStringField("element", i.element());
			g.writeStringField("where", i.where());
			g.writeStringField("reason", i.reason());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	/** A few lines for a person: counts, then what was left out and what was changed, by kind. */
	public String summary() {
		StringBuilder b = new StringBuilder();
		b.append("Imported ").append(file);
		if (projectFolder != null) {
			b.append(" into ").append(projectFolder);
		}
		b.append('\n');
		List<String> counts = new ArrayList<>();
		imported.forEach((kind, n) -> counts.add(n + " " + plural(kind, n)));
		b.append("  ").append(counts.isEmpty() ? "nothing" : String.join(", ", counts)).append('\n');
		section(b, "Not imported", notImported);
		section(b, "Changed on import", adjusted);
		return b.toString();
	}

	private static void section(StringBuilder b, String title, List<Item> items) {
		if (items.isEmpty()) {
			return;
		}
		Map<String, Integer> byKind = new LinkedHashMap<>();
		items.forEach(i -> byKind.merge(i.kind(), 1, Integer::sum));
		List<String> kinds = new ArrayList<>();
		byKind.forEach((k, n) -> kinds.add(n + " " + plural(k, n)));
		b.append(title).append(": ").append(String.join(", ", kinds)).append('\n');
		for (Item i : items) {
			b.append("  - ").append(i).append('\n');
		}
	}

	private static String plural(String kind, int n) {
		if (n == 1) {
			return kind;
		}
		if (kind.endsWith("ex")) {
			return kind.substring(0, kind.length() - 2) + "ices";
		}
		return kind.endsWith("s") ? kind + "es" : kind.endsWith("y") && !kind.endsWith("ey") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
	}
}
