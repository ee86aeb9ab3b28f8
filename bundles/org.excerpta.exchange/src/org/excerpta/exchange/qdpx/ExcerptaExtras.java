package org.excerpta.exchange.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.excerpta.core.coding.CodebookQdc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * What an Excerpta project holds that QDA-XML 1.0 has no place for, carried in the archive
 * beside project.qde as {@value #ENTRY}: the project's language, each source's kind, speaker
 * turns, content hash and original file, and the memos of cases and sets (the schema gives
 * Case and Set no NoteRef). Other programs ignore the entry; Excerpta restores all of it, so an
 * Excerpta project survives the round trip whole.
 */
final class ExcerptaExtras {

	static final String ENTRY = "excerpta/extras.json";
	static final String ORIGINALS = "excerpta/originals/";
	static final int FORMAT = 1;

	record Turn(String guid, String speaker, int start, int end, Long timestampMillis) {
	}

	record SourceExtras(String guid, String kind, String contentHash, String originalEntry, String originalName,
			List<Turn> turns) {
	}

	String origin;
	String language;
	final Map<String, SourceExtras> sources = new LinkedHashMap<>();
	final Map<String, List<String>> memos = new LinkedHashMap<>();

	private static final JsonFactory JSON = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build()).build();

	void write(OutputStream out) throws IOException {
		try (JsonGenerator g = JSON.createGenerator(out)) {
			g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
			g.writeStartObject();
			g.writeStringField("application", "Excerpta");
			g.writeNumberField("format", FORMAT);
			g.writeObjectFieldStart("project");
			g.writeStringField("origin", origin);
			g.writeStringField("language", language);
			g.writeEndObject();
			g.writeArrayFieldStart("sources");
			for (SourceExtras s : sources.values()) {
				g.writeStartObject();
				g.writeStringField("guid", s.guid());
				g.writeStringField("kind", s.kind());
				g.writeStringField("contentHash", s.contentHash());
				g.writeStringField("originalEntry", s.originalEntry());
				g.writeStringField("originalName", s.originalName());
				g.writeArrayFieldStart("turns");
				for (Turn t : s.turns()) {
					g.writeStartObject();
					g.writeStringField("guid", t.guid());
					g.writeStringField("speaker", t.speaker());
					g.writeNumberField("start", t.start());
					g.writeNumberField("end", t.end());
					if (t.timestampMillis() != null) {
						g.writeNumberField("timestampMillis", t.timestampMillis());
					}
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("memos");
			for (Map.Entry<String, List<String>> e : memos.entrySet()) {
				g.writeStartObject();
				g.writeStringField("owner", e.getKey());
				g.writeArrayFieldStart("memos");
				for (String m : e.getValue()) {
					g.writeString(m);
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/**
	 * Reads the entry. Anything unexpected in it raises IllegalArgumentException with the reason;
	 * the importer then reports that these additions were not restored and goes on.
	 */
	static ExcerptaExtras read(InputStream in) throws IOException {
		Object root;
		try (JsonParser p = JSON.createParser(in)) {
			p.nextToken();
			root = value(p);
		} catch (JsonProcessingException e) {
			throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage()
					+ (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
		}
		Map<String, Object> top = object(root, "the file");
		Object format = top.get("format");
		if (!(format instanceof Number n) || n.intValue() != FORMAT) {
			throw new IllegalArgumentException("written in format " + format + ", this version reads format " + FORMAT);
		}
		ExcerptaExtras x = new ExcerptaExtras();
		Map<String, Object> project = object(top.getOrDefault("project", Map.of()), "project");
		x.origin = string(project.get("origin"));
		x.language = string(project.get("language"));
		for (Object o : list(top.getOrDefault("sources", List.of()), "sources")) {
			Map<String, Object> s = object(o, "a source");
			String guid = string(s.get("guid"));
			if (guid == null) {
				throw new IllegalArgumentException("a source without a guid");
			}
			List<Turn> turns = new ArrayList<>();
			for (Object t : list(s.getOrDefault("turns", List.of()), "turns")) {
				Map<String, Object> turn = object(t, "a turn");
				Object ts = turn.get("timestampMillis");
				turns.add(new Turn(string(turn.get("guid")), string(turn.get("speaker")), integer(turn.get("start")),
						integer(turn.get("end")), ts instanceof Number millis ? millis.longValue() : null));
			}
			x.sources.put(CodebookQdc.normalizeGuid(guid), new SourceExtras(guid,
					string(s.get("kind")), string(s.get("contentHash")), string(s.get("originalEntry")),
					string(s.get("originalName")), turns));
		}
		for (Object o : list(top.getOrDefault("memos", List.of()), "memos")) {
			Map<String, Object> m = object(o, "a memo list");
			List<String> guids = new ArrayList<>();
			for (Object g : list(m.getOrDefault("memos", List.of()), "memos")) {
				if (g instanceof String s) {
					guids.add(CodebookQdc.normalizeGuid(s));
				}
			}
			String owner = string(m.get("owner"));
			if (owner != null) {
				x.memos.put(CodebookQdc.normalizeGuid(owner), guids);
			}
		}
		return x;
	}

	private static Object value(JsonParser p) throws IOException {
		JsonToken t = p.currentToken();
		if (t == null) {
			throw new IllegalArgumentException("empty");
		}
		switch (t) {
		case START_OBJECT -> {
			Map<String, Object> m = new HashMap<>();
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String name = p.currentName();
				p.nextToken();
				m.put(name, value(p));
			}
			return m;
		}
		case START_ARRAY -> {
			List<Object> l = new ArrayList<>();
			while (p.nextToken() != JsonToken.END_ARRAY) {
				l.add(value(p));
			}
			return l;
		}
		case VALUE_STRING -> {
			return p.getText();
		}
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
			return p.getNumberValue();
		}
		case VALUE_TRUE, VALUE_FALSE -> {
			return p.getBooleanValue();
		}
		case VALUE_NULL -> {
			return null;
		}
		default -> throw new IllegalArgumentException("unexpected " + t);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object o, String what) {
		if (o instanceof Map<?, ?> m) {
			return (Map<String, Object>) m;
		}
		throw new IllegalArgumentException(what + " is not a JSON object");
	}

	private static List<?> list(Object o, String what) {
		if (o instanceof List<?> l) {
			return l;
		}
		throw new IllegalArgumentException(what + " is not a JSON array");
	}

	private static String string(Object o) {
		return o instanceof String s ? s : null;
	}

	private static int integer(Object o) {
		if (o instanceof Number n && n.longValue() >= 0 && n.longValue() <= Integer.MAX_VALUE) {
			return n.intValue();
		}
		throw new IllegalArgumentException("a turn position is not a whole number: " + o);
	}
}
