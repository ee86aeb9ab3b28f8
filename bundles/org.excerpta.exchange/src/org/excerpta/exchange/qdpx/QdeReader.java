package org.excerpta.exchange.qdpx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.excerpta.core.coding.CodebookQdc;

/**
 * Reads a REFI-QDA project file (QDA-XML 1.0) in one streaming pass into a {@link Qde.Document}.
 * Everything Excerpta can hold is kept; every element with a GUID that it cannot hold (pictures,
 * audio, video, PDF page regions, graphs, elements of later versions) goes to the report with the
 * reason and its line, so nothing is dropped silently.
 */
final class QdeReader {

	/**
	 * Deeper code trees than this are refused: no real codebook comes near, recursion must stay
	 * bounded, and the JDK's own parser stops at 100 nested elements anyway.
	 */
	static final int MAX_CODE_DEPTH = 64;

	private static final Pattern LINE = Pattern.compile("line (\\d+): (.*)", Pattern.DOTALL);

	private static final Set<String> VALUE_ELEMENTS = Set.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue",
			"DateValue", "DateTimeValue");

	private final XmlCursor x;
	private final QdpxImportReport report;
	private final Qde.Document doc = new Qde.Document();

	private QdeReader(XmlCursor x, QdpxImportReport report) {
		this.x = x;
		this.report = report;
	}

	static Qde.Document read(InputStream in, String where, QdpxImportReport report) {
		try (XmlCursor x = new XmlCursor(in, where)) {
			QdeReader reader = new QdeReader(x, report);
			x.root();
			reader.project();
			x.finish();
			return reader.doc;
		}
	}

	private void project() {
		if (!x.local().equals("Project") || !CodebookQdc.isProjectNamespace(x.namespace())) {
			throw x.bad("expected a REFI-QDA <Project> in the namespace " + CodebookQdc.PROJECT_NAMESPACE + ", found <"
					+ x.local() + ">" + (x.namespace().isEmpty() ? " without a namespace" : " in " + x.namespace()));
		}
		doc.namespace = x.namespace();
		int line = x.line();
		String name = x.attr("name");
		String origin = x.attr("origin");
		String creator = x.guid("creatingUserGUID", false);
		String basePath = x.attr("basePath");
		Date created = date("creationDateTime", "Project", null, line);
		String description = null;
		List<String> notes = new ArrayList<>();
		while (x.nextChild()) {
			if (x.local().equals("CodeBook") && CodebookQdc.isCodebookNamespace(x.namespace())) {
				codebook(); // NVivo for Mac and old QualCoder write it in the codebook's namespace
				continue;
			}
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "Users" -> each("User", this::user);
			case "CodeBook" -> codebook();
			case "Variables" -> each("Variable", this::variable);
			case "Cases" -> each("Case", this::aCase);
			case "Sources" -> sources();
			case "Notes" -> each("Note", this::note);
			case "Links" -> each("Link", this::link);
			case "Sets" -> each("Set", this::set);
			case "Graphs" -> each("Graph", () -> notHeld("graphs (network views) are not modelled in Excerpta"));
			case "Description" -> description = emptyToNull(x.text());
			case "NoteRef" -> notes.add(ref());
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
		doc.project = new Qde.Project(name, origin, created, creator, basePath, description, notes, line);
	}

	/** Elements of other namespaces (vendor extensions) are skipped; they carry nothing of the standard. */
	private boolean ours() {
		if (x.namespace().equals(doc.namespace)) {
			return true;
		}
		x.skip();
		return false;
	}

	/** Reads the children of a list element, each with {@code item}; anything else is reported. */
	private void each(String child, Runnable item) {
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			if (x.local().equals(child)) {
				item.run();
			} else {
				notHeld("an element this version of Excerpta does not know");
			}
		}
	}

	private void user() {
		int line = x.line();
		String guid = x.guid("guid", true);
		doc.users.add(new Qde.User(guid, x.attr("name"), x.attr("id"), line));
		x.skip();
	}

	/**
	 * The CodeBook, copied out as a codebook document of its own and read by {@link CodebookQdc},
	 * which knows the codebook's quirks (namespace variants, #RGB colours, isCodable 1/0, GUIDs in
	 * braces). The copy accepts a CodeBook in the project namespace (as the standard has it) or
	 * in either codebook namespace (as some tools write it). The codes' NoteRefs, which the
	 * codebook reader has no use for, are collected on the way.
	 */
	private void codebook() {
		if (doc.codeTree != null) {
			throw x.bad("the project has two CodeBook elements");
		}
		int line = x.line();
		ByteArrayOutputStream buf = new ByteArrayOutputStream();
		Deque<Qde.CodeExtras> open = new ArrayDeque<>();
		try {
			XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buf, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			w.setDefaultNamespace(CodebookQdc.NAMESPACE);
			x.copy(w, CodebookQdc.NAMESPACE, new XmlCursor.CopyListener() {
				@Override
				public void start(String local) {
					if (local.equals("Code")) {
						if (open.size() >= MAX_CODE_DEPTH) {
							throw x.bad("codes are nested more than " + MAX_CODE_DEPTH + " levels deep; the file is refused");
						}
						open.push(new Qde.CodeExtras(x.guid("guid", true), x.attr("name"), new ArrayList<>(), x.line()));
					} else if (local.equals("NoteRef") && !open.isEmpty()) {
						open.peek().noteRefs().add(x.guid("targetGUID", true));
					}
				}

				@Override
				public void end(String local) {
					if (local.equals("Code")) {
						Qde.CodeExtras c = open.pop();
						doc.codes.putIfAbsent(c.guid(), c);
					}
				}
			});
			w.writeEndDocument();
			w.close();
		} catch (XMLStreamException e) {
			throw x.bad("the CodeBook cannot be copied: " + e.getMessage());
		}
		try {
			doc.codeTree = CodebookQdc.read(new ByteArrayInputStream(buf.toByteArray()));
		} catch (IllegalArgumentException e) {
			// The copy keeps the line breaks, and starts on the CodeBook's line.
			Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
			if (m.matches()) {
				throw x.badAt(line + Integer.parseInt(m.group(1)) - 1, "in the CodeBook: " + m.group(2));
			}
			throw x.badAt(line, "in the CodeBook: " + e.getMessage());
		}
	}

	private void variable() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String type = x.attr("typeOfVariable");
		String description = null;
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			if (x.local().equals("Description")) {
				description = emptyToNull(x.text());
			} else {
				x.skip();
			}
		}
		doc.variables.add(new Qde.Variable(guid, name, type, description, line));
	}

	private void aCase() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String description = null;
		List<String> codes = new ArrayList<>();
		List<Qde.Value> values = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		List<String> selections = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "Description" -> description = emptyToNull(x.text());
			case "CodeRef" -> codes.add(ref());
			case "VariableValue" -> value(values, guid);
			case "SourceRef" -> sources.add(ref());
			case "SelectionRef" -> selections.add(ref());
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
		doc.cases.add(new Qde.Case(guid, name, description, codes, values, sources, selections, line));
	}

	private void value(List<Qde.Value> values, String ownerGuid) {
		int line = x.line();
		String variable = null;
		String element = null;
		String value = null;
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			String local = x.local();
			if (local.equals("VariableRef")) {
				variable = ref();
			} else if (VALUE_ELEMENTS.contains(local)) {
				element = local;
				value = x.text();
			} else {
				x.skip();
			}
		}
		if (variable == null) {
			report.notImported(QdpxImportReport.VALUE, ownerGuid, "VariableValue", x.where(line),
					"the value names no variable (no <VariableRef>)");
			return;
		}
		values.add(new Qde.Value(variable, element, value, line));
	}

	private void sources() {
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "TextSource" -> textSource();
			case "PDFSource" -> pdfSource();
			case "PictureSource" -> notHeld("pictures are not modelled in Excerpta (it holds texts)");
			case "AudioSource" -> notHeld("audio is not modelled in Excerpta (it holds texts)");
			case "VideoSource" -> notHeld("video is not modelled in Excerpta (it holds texts)");
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
	}

	/** The content of a TextSourceType element (a text source, a PDF's representation, a note). */
	private record TextBody(String description, String inlineText, List<Qde.Selection> selections,
			List<Qde.Coding> codings, List<String> noteRefs, List<Qde.Value> values) {
	}

	private void textSource() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String path = x.attr("plainTextPath");
		String rich = x.attr("richTextPath");
		String creator = x.guid("creatingUser", false);
		Date created = date("creationDateTime", "TextSource", guid, line);
		Date modified = date("modifiedDateTime", "TextSource", guid, line);
		TextBody body = textBody(guid, true);
		doc.sources.add(new Qde.TextSource(guid, "TextSource", name, body.description(), path, body.inlineText(), rich, null,
				creator, created, modified, body.selections(), body.codings(), body.noteRefs(), body.values(), line));
	}

	private TextBody textBody(String guid, boolean selectionsAllowed) {
		String description = null;
		String inline = null;
		List<Qde.Selection> selections = new ArrayList<>();
		List<Qde.Coding> codings = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<Qde.Value> values = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "Description" -> description = emptyToNull(x.text());
			case "PlainTextContent" -> inline = x.text();
			case "PlainTextSelection" -> {
				if (selectionsAllowed) {
					selection(selections);
				} else {
					notHeld("Excerpta's memos hold text, not coded selections");
				}
			}
			case "Coding" -> {
				if (selectionsAllowed) {
					codings.add(coding());
				} else {
					notHeld("Excerpta's memos hold text, not codings");
				}
			}
			case "NoteRef" -> notes.add(ref());
			case "VariableValue" -> value(values, guid);
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
		return new TextBody(description, inline, selections, codings, notes, values);
	}

	private void selection(List<Qde.Selection> into) {
		int line = x.line();
		String guid = x.guid("guid", true);
		String startText = x.attr("startPosition");
		String endText = x.attr("endPosition");
		long start;
		long end;
		try {
			start = Long.parseLong(startText.strip());
			end = Long.parseLong(endText.strip());
		} catch (RuntimeException e) {
			notHeld("its startPosition \"" + startText + "\" or endPosition \"" + endText + "\" is not a whole number");
			return;
		}
		String name = x.attr("name");
		String creator = x.guid("creatingUser", false);
		Date created = date("creationDateTime", "PlainTextSelection", guid, line);
		String description = null;
		List<Qde.Coding> codings = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "Description" -> description = emptyToNull(x.text());
			case "Coding" -> codings.add(coding());
			case "NoteRef" -> notes.add(ref());
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
		into.add(new Qde.Selection(guid, name, description, start, end, creator, created, codings, notes, line));
	}

	private Qde.Coding coding() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String coder = x.guid("creatingUser", false);
		Date created = date("creationDateTime", "Coding", guid, line);
		String code = null;
		List<String> notes = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "CodeRef" -> code = ref();
			case "NoteRef" -> notes.add(ref());
			default -> x.skip();
			}
		}
		return new Qde.Coding(guid, code, coder, created, notes, line);
	}

	/**
	 * A PDF: Excerpta holds its plain text representation, when the file has one, as a text source
	 * with the PDF's GUID (sets and cases refer to that one). Regions of pages are reported.
	 */
	private void pdfSource() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String path = x.attr("path");
		String creator = x.guid("creatingUser", false);
		Date created = date("creationDateTime", "PDFSource", guid, line);
		Date modified = date("modifiedDateTime", "PDFSource", guid, line);
		String description = null;
		TextBody representation = null;
		String representationPath = null;
		String representationGuid = null;
		List<Qde.Coding> codings = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<Qde.Value> values = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "Description" -> description = emptyToNull(x.text());
			case "PDFSelection" -> notHeld("a region of a PDF page; Excerpta holds the PDF's plain text, not its pages");
			case "Representation" -> {
				representationGuid = x.guid("guid", true);
				representationPath = x.attr("plainTextPath");
				representation = textBody(representationGuid, true);
			}
			case "Coding" -> codings.add(coding());
			case "NoteRef" -> notes.add(ref());
			case "VariableValue" -> value(values, guid);
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
		if (representation == null) {
			report.notImported(QdpxImportReport.SOURCE, guid, "PDFSource", x.where(line),
					"a PDF without a plain text representation; Excerpta holds texts only");
			for (Qde.Coding c : codings) {
				report.notImported(QdpxImportReport.CODING, c.guid(), "Coding", x.where(c.line()),
						"codes the PDF \"" + name + "\", which is not imported");
			}
			return;
		}
		codings.addAll(representation.codings());
		notes.addAll(representation.noteRefs());
		values.addAll(representation.values());
		doc.sources.add(new Qde.TextSource(guid, "PDFSource", name,
				description != null ? description : representation.description(), representationPath,
				representation.inlineText(), path, guid.equals(representationGuid) ? null : representationGuid, creator, created, modified, representation.selections(), codings, notes,
				values, line));
	}

	private void note() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String path = x.attr("plainTextPath");
		String creator = x.guid("creatingUser", false);
		Date created = date("creationDateTime", "Note", guid, line);
		Date modified = date("modifiedDateTime", "Note", guid, line);
		TextBody body = textBody(guid, false);
		for (String ref : body.noteRefs()) {
			report.notImported(QdpxImportReport.MEMO_REF, ref, "NoteRef", x.where(line),
					"a note on the note " + guid + "; Excerpta's memos are not annotated themselves");
		}
		for (Qde.Value v : body.values()) {
			report.notImported(QdpxImportReport.VALUE, guid, "VariableValue", x.where(v.line()),
					"a variable value of a note; Excerpta's memos have no variables");
		}
		doc.notes.add(new Qde.Note(guid, name, body.description(), body.inlineText(), path, creator, created, modified, line));
	}

	private void link() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String direction = x.attr("direction");
		String color = x.attr("color");
		String origin = x.guid("originGUID", false);
		String target = x.guid("targetGUID", false);
		List<String> notes = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			if (x.local().equals("NoteRef")) {
				notes.add(ref());
			} else {
				x.skip();
			}
		}
		doc.links.add(new Qde.Link(guid, name, direction, color, origin, target, notes, line));
	}

	private void set() {
		int line = x.line();
		String guid = x.guid("guid", true);
		String name = x.attr("name");
		String description = null;
		List<String> codes = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		while (x.nextChild()) {
			if (!ours()) {
				continue;
			}
			switch (x.local()) {
			case "Description" -> description = emptyToNull(x.text());
			case "MemberCode" -> codes.add(ref());
			case "MemberSource" -> sources.add(ref());
			case "MemberNote" -> notes.add(ref());
			default -> notHeld("an element this version of Excerpta does not know");
			}
		}
		doc.sets.add(new Qde.Set(guid, name, description, codes, sources, notes, line));
	}

	/** The targetGUID of a reference element (NoteRef, CodeRef, MemberSource...), which ends here. */
	private String ref() {
		String target = x.guid("targetGUID", true);
		x.skip();
		return target;
	}

	private Date date(String attribute, String element, String guid, int line) {
		String text = x.attr(attribute);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Dates.parse(text);
		} catch (DateTimeParseException e) {
			report.adjusted("date", guid, element, x.where(line), attribute + "=\"" + ArchiveEntries.printable(text)
					+ "\" is not a date and time; left empty");
			return null;
		}
	}

	/**
	 * Reports the current element and every element with a GUID inside it as not imported, for
	 * the reason given, and moves past it.
	 */
	private void notHeld(String reason) {
		String top = x.local();
		report.notImported(kindOf(top), guidOrNull(), top, x.where(x.line()), reason);
		int depth = 1;
		while (depth > 0) {
			if (x.nextChild()) {
				depth++;
				String g = guidOrNull();
				if (g != null) {
					report.notImported(kindOf(x.local()), g, x.local(), x.where(x.line()), "part of the <" + top
							+ "> above: " + reason);
				}
			} else {
				depth--;
			}
		}
	}

	private String guidOrNull() {
		String g = x.attr("guid");
		return g == null ? null : CodebookQdc.normalizeGuid(g);
	}

	static String kindOf(String element) {
		return switch (element) {
		case "Coding" -> QdpxImportReport.CODING;
		case "Note" -> QdpxImportReport.MEMO;
		case "Transcript" -> "transcript";
		case "SyncPoint" -> "sync point";
		case "Representation", "TextDescription" -> "text representation";
		case "Graph" -> "graph";
		case "Vertex" -> "graph vertex";
		case "Edge" -> "graph edge";
		default -> element.endsWith("Source") ? QdpxImportReport.SOURCE
				: element.endsWith("Selection") ? QdpxImportReport.SELECTION : element;
		};
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}
}
