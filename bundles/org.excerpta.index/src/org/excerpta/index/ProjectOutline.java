package org.excerpta.index;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The little of a project that reading its index needs besides the index: the codebook (names,
 * paths, colours), the coders, the number of cases and the length of all its text. The index keeps
 * it in each commit, beside the change count it reflects, so that a program that only reads
 * (counts, retrievals from the command line) can answer from the index alone without loading a
 * model of a million answers. Read back, the codebook and coders are detached model objects with
 * the project's GUIDs, so code paths are found and printed exactly as with the project open. It also
 * keeps the project's name, the codebook's GUID, its attribute names and its numbers of sources and
 * memos, for {@code excerpta info}, the counts and new codes. An index is read alone only when it
 * has this version's layout ({@code ProjectIndex.openForReading}), so its outline holds them all.
 */
public final class ProjectOutline {

	private static final JsonFactory JSON = new JsonFactory();

	private final Codebook codebook;
	private final List<User> coders;
	private final int cases;
	private final long textLength;
	private final String name;
	private final int sources;
	private final int memos;
	private final List<String> attributes;
	/**
	 * The memos' GUIDs, so that a pull bringing memos can be followed without the model (a memo
	 * put again is an edit, not one more); null when the project has more than {@link
	 * #MEMO_GUIDS_KEPT} or the index was committed before they were kept.
	 */
	private final List<String> memoGuids;
	/**
	 * Whether the codes here hold the memos written about them (as stand-ins with their GUIDs): a
	 * code's record names its memos, so the codebook can be changed from the outline (a rename, a
	 * move) only when they are known. An index committed before they were kept does not know them.
	 */
	private final boolean codeMemosKnown;
	private Map<String, Code> codesByGuid;

	/** Above this many memos the outline keeps their number only: its JSON is written at every commit. */
	static final int MEMO_GUIDS_KEPT = 10_000;

	private ProjectOutline(Codebook codebook, List<User> coders, int cases, long textLength, String name, int sources, int memos,
			List<String> attributes, List<String> memoGuids, boolean codeMemosKnown) {
		this.codebook = codebook;
		this.coders = coders;
		this.cases = cases;
		this.textLength = textLength;
		this.name = name;
		this.sources = sources;
		this.memos = memos;
		this.attributes = attributes;
		this.memoGuids = memoGuids;
		this.codeMemosKnown = codeMemosKnown;
	}

	/** The outline of an open project, as it is now (its codebook and coders themselves, not copies). */
	static ProjectOutline of(Project project, long textLength) {
		return new ProjectOutline(project.getCodebook(), List.copyOf(project.getUsers()), project.getCases().size(), textLength,
				project.getName(), project.getSources().size(), project.getNotes().size(),
				project.getVariables().stream().map(org.excerpta.model.Variable::getName).toList(),
				memoGuids(project), true);
	}

	/** The project's memos' GUIDs, or null when there are too many to keep or one has none yet (not yet saved). */
	private static List<String> memoGuids(Project project) {
		if (project.getNotes().size() > MEMO_GUIDS_KEPT) {
			return null;
		}
		List<String> guids = new ArrayList<>(project.getNotes().size());
		for (org.excerpta.model.Memo m : project.getNotes()) {
			if (m.getGuid() == null) {
				return null;
			}
			guids.add(m.getGuid());
		}
		return guids;
	}

	/** The length in code points of all the project's text sources (what "share of text" divides by). */
	static long textLength(Project project) {
		long sum = 0;
		List<Source> sources = project.getSources();
		for (int i = 0; i < sources.size(); i++) { // indexed: no iterator to allocate over a million answers
			if (sources.get(i) instanceof TextSource t) {
				sum += t.getLength();
			}
		}
		return sum;
	}

	/** The codebook: the project's own, or (read from the index) a detached copy with the same GUIDs. */
	public Codebook codebook() {
		return codebook;
	}

	/** This outline with one more coder (one added while coding without the project, see {@code ProjectIndex.codeAlone}). */
	ProjectOutline withCoder(User added) {
		List<User> more = new ArrayList<>(coders);
		more.add(added);
		return new ProjectOutline(codebook, List.copyOf(more), cases, textLength, name, sources, memos, attributes, memoGuids, codeMemosKnown);
	}

	/**
	 * This outline with a new code (one added while the project loads, see {@code
	 * ProjectIndex.addCodeAlone}) at the end of the codebook or of its parent's sub-codes. The
	 * codebook is this outline's own copy, so the code joins it in place.
	 */
	ProjectOutline withCode(Code parent, Code added) {
		(parent == null ? codebook.getCodes() : parent.getChildren()).add(added);
		return new ProjectOutline(codebook, coders, cases, textLength, name, sources, memos, attributes, memoGuids, codeMemosKnown);
	}

	/** This outline with the coders a pull left (see {@code CodingsCatchUp}). */
	ProjectOutline withCoders(List<User> changed) {
		return new ProjectOutline(codebook, List.copyOf(changed), cases, textLength, name, sources, memos, attributes, memoGuids, codeMemosKnown);
	}

	/** This outline with another codebook: the same one as a pull changed it ({@code CodebookCatchUp}). */
	ProjectOutline withCodebook(Codebook changed) {
		return new ProjectOutline(changed, coders, cases, textLength, name, sources, memos, attributes, memoGuids, codeMemosKnown);
	}

	/** This outline without a coder added while coding alone (Edit > Undo while the project loads). */
	ProjectOutline withoutCoder(User added) {
		List<User> fewer = new ArrayList<>(coders);
		fewer.remove(added);
		return new ProjectOutline(codebook, List.copyOf(fewer), cases, textLength, name, sources, memos, attributes, memoGuids, codeMemosKnown);
	}

	/** This outline without a code added while the project loads (Edit > Undo): it leaves the codebook in place, with its sub-codes. */
	ProjectOutline withoutCode(Code added) {
		org.eclipse.emf.ecore.util.EcoreUtil.remove(added);
		return new ProjectOutline(codebook, coders, cases, textLength, name, sources, memos, attributes, memoGuids, codeMemosKnown);
	}

	/** The project's coders (users): names and IDs. */
	public List<User> coders() {
		return coders;
	}

	/** The coder with this name or ID, or null. */
	public User coder(String nameOrId) {
		return coders.stream().filter(u -> nameOrId.equals(u.getName()) || nameOrId.equals(u.getId())).findFirst().orElse(null);
	}

	/** The code with this GUID, or null. */
	public Code code(String guid) {
		if (codesByGuid == null) {
			Map<String, Code> map = new HashMap<>();
			allCodes().forEach(c -> map.put(c.getGuid(), c));
			codesByGuid = map;
		}
		return codesByGuid.get(guid);
	}

	/** The coder with this GUID, or null. */
	public User coderWithGuid(String guid) {
		return coders.stream().filter(u -> guid.equals(u.getGuid())).findFirst().orElse(null);
	}

	/** Every code, parents before their children, in codebook order. */
	public List<Code> allCodes() {
		List<Code> codes = new ArrayList<>();
		for (var it = codebook.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c) {
				codes.add(c);
			}
		}
		return codes;
	}

	/** How many cases (respondents) the project has. */
	public int cases() {
		return cases;
	}

	/** The length in code points of all the project's text. */
	public long textLength() {
		return textLength;
	}

	/** The project's name. */
	public String name() {
		return name;
	}

	/** How many sources (documents, survey answers) the project has. */
	public int sources() {
		return sources;
	}

	/** How many memos the project has. */
	public int memos() {
		return memoGuids != null ? memoGuids.size() : memos;
	}

	/** Whether the codes hold the memos written about them, so that the codebook can be changed from this outline. */
	boolean codeMemosKnown() {
		return codeMemosKnown;
	}

	/** Gives a code of an outline the memos with these GUIDs (stand-ins: the outline knows memos by GUID only). */
	static void setMemos(Code code, List<String> guids) {
		code.getMemos().clear();
		for (String guid : guids) {
			org.excerpta.model.Memo m = ExcerptaFactory.eINSTANCE.createMemo();
			m.setGuid(guid);
			code.getMemos().add(m);
		}
	}

	/** The memos' GUIDs, or null when the outline keeps only their number. */
	List<String> memoGuids() {
		return memoGuids;
	}

	/** This outline with the memos a pull left (see {@code CodingsCatchUp}). */
	ProjectOutline withMemos(List<String> guids) {
		return new ProjectOutline(codebook, coders, cases, textLength, name, sources, guids.size(), attributes,
				guids.size() > MEMO_GUIDS_KEPT ? null : List.copyOf(guids), codeMemosKnown);
	}

	/** This outline with more text sources, of this length in all: the documents a pull brought (see {@code CodingsCatchUp}). */
	ProjectOutline withMoreSources(int more, long moreLength) {
		return new ProjectOutline(codebook, coders, cases, textLength + moreLength, name, sources + more, memos, attributes, memoGuids,
				codeMemosKnown);
	}

	/** The names of the project's attributes (variables), in the project's order. */
	public List<String> attributes() {
		return attributes;
	}

	String toJson() {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = JSON.createGenerator(w)) {
			g.writeStartObject();
			g.writeNumberField("cases", cases);
			g.writeNumberField("textLength", textLength);
			g.writeStringField("name", name);
			g.writeNumberField("sources", sources);
			g.writeNumberField("memos", memos);
			if (codebook.getGuid() != null) {
				g.writeStringField("codebook", codebook.getGuid());
			}
			g.writeBooleanField("codeMemos", codeMemosKnown);
			if (memoGuids != null) {
				writeStrings(g, "memoGuids", memoGuids);
			}
			if (attributes != null) {
				writeStrings(g, "attributes", attributes);
			}
			g.writeArrayFieldStart("codes");
			for (Code c : codebook.getCodes()) {
				writeCode(g, c);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("coders");
			for (User u : coders) {
				g.writeStartObject();
				g.writeStringField("guid", u.getGuid());
				g.writeStringField("name", u.getName());
				g.writeStringField("id", u.getId());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return w.toString();
	}

	private static void writeCode(JsonGenerator g, Code c) throws IOException {
		g.writeStartObject();
		g.writeStringField("guid", c.getGuid());
		g.writeStringField("name", c.getName());
		g.writeStringField("color", c.getColor());
		g.writeStringField("description", c.getDescription());
		g.writeBooleanField("codable", c.isCodable());
		if (!c.getMemos().isEmpty()) {
			writeStrings(g, "memos", c.getMemos().stream().map(org.excerpta.model.Memo::getGuid).toList());
		}
		if (!c.getChildren().isEmpty()) {
			g.writeArrayFieldStart("children");
			for (Code child : c.getChildren()) {
				writeCode(g, child);
			}
			g.writeEndArray();
		}
		g.writeEndObject();
	}

	/** Reads what {@link #toJson()} wrote. */
	static ProjectOutline fromJson(String json) {
		Codebook codebook = ExcerptaFactory.eINSTANCE.createCodebook();
		List<User> coders = new ArrayList<>();
		int cases = 0;
		long textLength = 0;
		String projectName = null;
		int sources = -1;
		int memos = -1;
		List<String> attributes = null;
		List<String> memoGuids = null;
		boolean codeMemosKnown = false;
		try (JsonParser p = JSON.createParser(json)) {
			expect(p.nextToken(), JsonToken.START_OBJECT);
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				JsonToken value = p.nextToken();
				switch (field) {
				case "cases" -> cases = p.getIntValue();
				case "textLength" -> textLength = p.getLongValue();
				case "name" -> projectName = value == JsonToken.VALUE_NULL ? null : p.getText();
				case "sources" -> sources = p.getIntValue();
				case "memos" -> memos = p.getIntValue();
				case "codebook" -> codebook.setGuid(p.getText());
				case "attributes" -> attributes = readStrings(p);
				case "codeMemos" -> codeMemosKnown = p.getBooleanValue();
				case "memoGuids" -> memoGuids = readStrings(p);
				case "codes" -> readCodes(p, codebook.getCodes());
				case "coders" -> {
					expect(value, JsonToken.START_ARRAY);
					while (p.nextToken() == JsonToken.START_OBJECT) {
						User u = ExcerptaFactory.eINSTANCE.createUser();
						while (p.nextToken() == JsonToken.FIELD_NAME) {
							String name = p.currentName();
							p.nextToken();
							String text = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
							switch (name) {
							case "guid" -> u.setGuid(text);
							case "name" -> u.setName(text);
							case "id" -> u.setId(text);
							default -> p.skipChildren();
							}
						}
						coders.add(u);
					}
				}
				default -> p.skipChildren(); // written by a later version: not needed to read
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ProjectOutline(codebook, List.copyOf(coders), cases, textLength, projectName, sources, memos,
				attributes == null ? null : List.copyOf(attributes), memoGuids == null ? null : List.copyOf(memoGuids), codeMemosKnown);
	}

	private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
		g.writeArrayFieldStart(field);
		for (String v : values) {
			g.writeString(v);
		}
		g.writeEndArray();
	}

	/** An array of strings, the parser at its start. */
	private static List<String> readStrings(JsonParser p) throws IOException {
		expect(p.currentToken(), JsonToken.START_ARRAY);
		List<String> values = new ArrayList<>();
		while (p.nextToken() == JsonToken.VALUE_STRING) {
			values.add(p.getText());
		}
		return values;
	}

	private static void readCodes(JsonParser p, List<Code> into) throws IOException {
		expect(p.currentToken(), JsonToken.START_ARRAY);
		while (p.nextToken() == JsonToken.START_OBJECT) {
			Code c = ExcerptaFactory.eINSTANCE.createCode();
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String name = p.currentName();
				p.nextToken();
				String text = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
				switch (name) {
				case "guid" -> c.setGuid(text);
				case "name" -> c.setName(text);
				case "color" -> c.setColor(text);
				case "description" -> c.setDescription(text);
				case "codable" -> c.setCodable(p.getBooleanValue());
				case "children" -> readCodes(p, c.getChildren());
				case "memos" -> setMemos(c, readStrings(p));
				default -> p.skipChildren();
				}
			}
			into.add(c);
		}
	}

	private static void expect(JsonToken found, JsonToken wanted) throws IOException {
		if (found != wanted) {
			throw new IOException("the index's outline of the project is malformed: " + wanted + " expected, " + found + " found");
		}
	}
}
