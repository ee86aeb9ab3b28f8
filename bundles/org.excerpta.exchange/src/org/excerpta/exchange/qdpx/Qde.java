package org.excerpta.exchange.qdpx;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project file as read, before anything joins a project: the elements Excerpta can hold, with
 * GUIDs in Excerpta's form (lower case, no braces) and the line each element starts on. Elements
 * Excerpta cannot hold are not here: the reader lists them in the report instead.
 */
final class Qde {

	record Project(String name, String origin, Date created, String creatingUser, String basePath, String description,
			List<String> noteRefs, int line) {
	}

	record User(String guid, String name, String id, int line) {
	}

	/** What the project file says about a code beyond what the codebook reader gives: its memos. */
	record CodeExtras(String guid, String name, List<String> noteRefs, int line) {
	}

	record Variable(String guid, String name, String type, String description, int line) {
	}

	/** A value: the variable's GUID, the value element (TextValue, IntegerValue...) and its text. */
	record Value(String variable, String element, String value, int line) {
	}

	record Case(String guid, String name, String description, List<String> codes, List<Value> values,
			List<String> sources, List<String> selections, int line) {
	}

	record Coding(String guid, String code, String coder, Date created, List<String> noteRefs, int line) {
	}

	record Selection(String guid, String name, String description, long start, long end, String creatingUser,
			Date created, List<Coding> codings, List<String> noteRefs, int line) {
	}

	/**
	 * A text source: a TextSource, or a PDFSource read through its plain text Representation (then
	 * {@code element} is "PDFSource" and the selections are those of the representation).
	 * {@code originalPath} is the rich text or PDF file the text was taken from, if any;
	 * {@code representation} the GUID of a PDF's representation element, if it differs.
	 */
	record TextSource(String guid, String element, String name, String description, String plainTextPath,
			String inlineText, String originalPath, String representation, String creatingUser, Date created, Date modified,
			List<Selection> selections, List<Coding> codings, List<String> noteRefs, List<Value> values, int line) {
	}

	record Note(String guid, String name, String description, String text, String plainTextPath, String creatingUser,
			Date created, Date modified, int line) {
	}

	record Link(String guid, String name, String direction, String color, String origin, String target,
			List<String> noteRefs, int line) {
	}

	record Set(String guid, String name, String description, List<String> codes, List<String> sources,
			List<String> notes, int line) {
	}

	/** The whole file. */
	static final class Document {
		String namespace;
		Project project;
		/** The code tree as the codebook reader gives it; null when the file has no CodeBook. */
		List<org.excerpta.core.coding.CodebookQdc.ImportedCode> codeTree;
		final List<User> users = new ArrayList<>();
		final Map<String, CodeExtras> codes = new LinkedHashMap<>();
		final List<Variable> variables = new ArrayList<>();
		final List<Case> cases = new ArrayList<>();
		final List<TextSource> sources = new ArrayList<>();
		final List<Note> notes = new ArrayList<>();
		final List<Link> links = new ArrayList<>();
		final List<Set> sets = new ArrayList<>();
	}

	private Qde() {
	}
}
