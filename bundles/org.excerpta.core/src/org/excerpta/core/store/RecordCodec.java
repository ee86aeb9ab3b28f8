package org.excerpta.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Turns records into lines and back. A line is the CRC-32 of its JSON (8 hex digits), a space,
 * the JSON, and a line feed: a line torn by a crash or damaged on disk fails its checksum and is
 * recognised as such, instead of being read as a different change.
 */
final class RecordCodec {

	private final JsonFactory json = JsonFactory.builder().build();
	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	/** One generator for all the records this codec writes (a new one per record was a tenth of a large import). */
	private JsonGenerator generator;

	/** Encodes one record as a complete line (with its checksum and line feed). */
	byte[] encode(Record record) {
		buffer.reset();
		try {
			if (generator == null) {
				generator = json.createGenerator(buffer, JsonEncoding.UTF8);
				generator.setRootValueSeparator(null); // records are lines: nothing between them but what encode adds
			}
			JsonGenerator g = generator;
			g.writeStartObject();
			switch (record) {
			case Record.Put p -> {
				g.writeStringField("put", p.guid());
				g.writeStringField("class", p.eClass());
				if (p.container() != null) {
					g.writeStringField("in", p.container());
					g.writeStringField("feature", p.feature());
					g.writeNumberField("at", p.index());
				}
				writeValues(g, "attrs", p.attributes());
				writeValues(g, "refs", p.references());
				writeEmbedded(g, p.embedded());
			}
			case Record.Delete d -> g.writeStringField("delete", d.guid());
			case Record.Commit c -> {
				g.writeNumberField("commit", c.sequence());
				g.writeNumberField("records", c.records());
			}
			}
			g.writeEndObject();
			g.flush();
		} catch (IOException | RuntimeException e) {
			generator = null; // a half-written record must not leave the generator mid-object
			throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
		}
		byte[] body = buffer.toByteArray();
		CRC32 crc = new CRC32();
		crc.update(body);
		byte[] line = new byte[9 + body.length + 1];
		// Eight lower-case hex digits by hand: String.format cost 13% of a large import (profiled).
		long value = crc.getValue();
		for (int i = 7; i >= 0; i--) {
			line[i] = HEX[(int) (value & 0xf)];
			value >>>= 4;
		}
		line[8] = ' ';
		System.arraycopy(body, 0, line, 9, body.length);
		line[line.length - 1] = '\n';
		return line;
	}

	private static void writeValues(JsonGenerator g, String name, Map<String, Object> values) throws IOException {
		if (values.isEmpty()) {
			return;
		}
		g.writeObjectFieldStart(name);
		for (Map.Entry<String, Object> e : values.entrySet()) {
			if (e.getValue() instanceof List<?> list) {
				g.writeArrayFieldStart(e.getKey());
				for (Object o : list) {
					g.writeString((String) o);
				}
				g.writeEndArray();
			} else {
				g.writeStringField(e.getKey(), (String) e.getValue());
			}
		}
		g.writeEndObject();
	}

	/** {@code "embed":{"values":[["variable GUID","value"],...]}}: pairs, either of which may be null. */
	private static void writeEmbedded(JsonGenerator g, Map<String, List<List<String>>> embedded) throws IOException {
		if (embedded.isEmpty()) {
			return;
		}
		g.writeObjectFieldStart("embed");
		for (Map.Entry<String, List<List<String>>> e : embedded.entrySet()) {
			g.writeArrayFieldStart(e.getKey());
			for (List<String> tuple : e.getValue()) {
				g.writeStartArray();
				for (String s : tuple) {
					g.writeString(s);
				}
				g.writeEndArray();
			}
			g.writeEndArray();
		}
		g.writeEndObject();
	}

	/** Whether the line's checksum matches its JSON. The line excludes its line feed. */
	static boolean checksumMatches(byte[] data, int from, int to) {
		if (to - from < 10 || data[from + 8] != ' ') {
			return false;
		}
		long expected;
		try {
			expected = Long.parseLong(new String(data, from, 8, StandardCharsets.US_ASCII), 16);
		} catch (NumberFormatException e) {
			return false;
		}
		CRC32 crc = new CRC32();
		crc.update(data, from + 9, to - from - 9);
		return crc.getValue() == expected;
	}

	/**
	 * Decodes the JSON of a line whose checksum has been verified.
	 *
	 * @throws IllegalArgumentException if the JSON is not a record this version understands
	 */
	Record decode(byte[] data, int from, int to) throws IOException {
		try (JsonParser p = json.createParser(data, from + 9, to - from - 9)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("a record must be a JSON object");
			}
			String put = null, eClass = null, in = null, feature = null, delete = null;
			int at = 0;
			long commit = -1;
			int records = 0;
			Map<String, Object> attrs = Map.of(), refs = Map.of();
			Map<String, List<List<String>>> embedded = Map.of();
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				p.nextToken();
				switch (field) {
				case "put" -> put = p.getText();
				case "class" -> eClass = p.getText();
				case "in" -> in = p.getText();
				case "feature" -> feature = p.getText();
				case "at" -> at = p.getIntValue();
				case "attrs" -> attrs = readValues(p);
				case "refs" -> refs = readValues(p);
				case "embed" -> embedded = readEmbedded(p);
				case "delete" -> delete = p.getText();
				case "commit" -> commit = p.getLongValue();
				case "records" -> records = p.getIntValue();
				default -> throw new IllegalArgumentException("unknown field \"" + field + "\"");
				}
			}
			if (put != null) {
				if (eClass == null) {
					throw new IllegalArgumentException("a put record without a class");
				}
				return new Record.Put(put, eClass, in, feature, at, attrs, refs, embedded);
			}
			if (delete != null) {
				return new Record.Delete(delete);
			}
			if (commit >= 0) {
				return new Record.Commit(commit, records);
			}
			throw new IllegalArgumentException("neither put, delete nor commit");
		}
	}

	private static Map<String, List<List<String>>> readEmbedded(JsonParser p) throws IOException {
		if (p.currentToken() != JsonToken.START_OBJECT) {
			throw new IllegalArgumentException("embed must be an object");
		}
		Map<String, List<List<String>>> embedded = new LinkedHashMap<>(2);
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String name = p.currentName();
			if (p.nextToken() != JsonToken.START_ARRAY) {
				throw new IllegalArgumentException("embedded " + name + " must be an array");
			}
			List<List<String>> tuples = new ArrayList<>();
			while (p.nextToken() == JsonToken.START_ARRAY) {
				List<String> tuple = new ArrayList<>(2);
				for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
					if (t == null || t.isStructStart()) {
						throw new IllegalArgumentException("embedded " + name + " must hold arrays of strings");
					}
					tuple.add(t == JsonToken.VALUE_NULL ? null : p.getText());
				}
				tuples.add(tuple);
			}
			if (p.currentToken() != JsonToken.END_ARRAY) {
				throw new IllegalArgumentException("embedded " + name + " must hold arrays of strings");
			}
			embedded.put(name, tuples);
		}
		return embedded;
	}

	private static Map<String, Object> readValues(JsonParser p) throws IOException {
		if (p.currentToken() != JsonToken.START_OBJECT) {
			throw new IllegalArgumentException("attrs and refs must be objects");
		}
		Map<String, Object> values = new LinkedHashMap<>();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String name = p.currentName();
			JsonToken t = p.nextToken();
			if (t == JsonToken.START_ARRAY) {
				List<String> list = new ArrayList<>();
				while (p.nextToken() != JsonToken.END_ARRAY) {
					list.add(p.getText());
				}
				values.put(name, list);
			} else if (t == JsonToken.VALUE_NULL) {
				values.put(name, null);
			} else {
				values.put(name, p.getText());
			}
		}
		return values;
	}
}
