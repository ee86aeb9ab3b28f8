package org.excerpta.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The small file that marks a folder as an Excerpta project and says which storage format it
 * uses, so that an older Excerpta refuses a newer project instead of misreading it.
 */
record ProjectHeader(int format, String guid, String name) {

	static final String FILE_NAME = "excerpta.project";

	/**
	 * The storage format this version writes and the newest it reads. 2: variable values are
	 * stored inside their case's or source's record ({@link EmbeddedValues}); format 1 projects
	 * are read as they are and marked 2 when first opened for writing.
	 */
	static final int CURRENT_FORMAT = 2;

	private static final JsonFactory JSON = new JsonFactory();

	static ProjectHeader read(Path folder) {
		Path file = folder.resolve(FILE_NAME);
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			if (!Files.isDirectory(folder)) {
				throw new ProjectStoreException(folder, "no such project folder", e);
			}
			throw new ProjectStoreException(folder, "not an Excerpta project (there is no " + FILE_NAME + " file)", e);
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot read: " + e.getMessage(), e);
		}
		int format = -1;
		String guid = null;
		String name = null;
		try (JsonParser p = JSON.createParser(bytes)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new ProjectStoreException(file, "unreadable: it is not a JSON object. Nothing has been changed.");
			}
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String field = p.currentName();
				p.nextToken();
				switch (field) {
				case "format" -> format = p.getIntValue();
				case "guid" -> guid = p.getText();
				case "name" -> name = p.getText();
				default -> p.skipChildren(); // fields added by later versions that do not change the format
				}
			}
		} catch (JsonProcessingException e) {
			throw new ProjectStoreException(file, "unreadable (" + e.getOriginalMessage() + "). Nothing has been changed.", e);
		} catch (IOException e) {
			throw new ProjectStoreException(file, "cannot read: " + e.getMessage(), e);
		}
		if (format < 1) {
			throw new ProjectStoreException(file, "unreadable: it gives no storage format. Nothing has been changed.");
		}
		if (format > CURRENT_FORMAT) {
			throw new ProjectStoreException(file, "the project was written by a newer Excerpta (storage format " + format
					+ "; this version reads up to " + CURRENT_FORMAT + "). Update Excerpta to open it; nothing has been changed.");
		}
		return new ProjectHeader(format, guid, name);
	}

	void write(Path folder) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
			g.writeStartObject();
			g.writeStringField("application", "Excerpta");
			g.writeNumberField("format", format);
			g.writeStringField("guid", guid);
			g.writeStringField("name", name);
			g.writeEndObject();
		}
		out.write('\n');
		AtomicFiles.write(folder.resolve(FILE_NAME), out.toByteArray());
	}
}
