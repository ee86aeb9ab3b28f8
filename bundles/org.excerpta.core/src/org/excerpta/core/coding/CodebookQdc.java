package org.excerpta.core.coding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.excerpta.core.store.AtomicFiles;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;

/**
 * The codebook as a REFI-QDA codebook exchange file (.qdc, namespace {@value #NAMESPACE}, schema
 * Codebook.xsd of March 2019), which ATLAS.ti, MAXQDA, NVivo, QualCoder and others read and write.
 * GUIDs travel with the codes, so a codebook exported and imported again keeps its identities.
 */
public final class CodebookQdc {

	public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
	/** Written by NVivo for Mac and older QualCoder; read as {@link #NAMESPACE}. */
	static final String NAMESPACE_QUIRK = "urn:QDA-XML:codebook:1:0";
	public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
	static final String PROJECT_NAMESPACE_QUIRK = "urn:QDA-XML:project:1:0";
	public static final String ORIGIN = "Excerpta 0.1";

	private static final Pattern GUID = Pattern.compile(
			"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
					+ "|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})");
	private static final Pattern RGB6 = Pattern.compile("#[0-9A-Fa-f]{6}");
	private static final Pattern RGB3 = Pattern.compile("#[0-9A-Fa-f]{3}");

	/**
	 * A code as read from a file. The guid is in Excerpta's form (lower case, no braces); color is
	 * #RRGGBB or null; description null when absent or empty.
	 */
	public record ImportedCode(String guid, String name, boolean codable, String color, String description,
			List<ImportedCode> children) {
	}

	private CodebookQdc() {
	}

	// ---------------------------------------------------------------- writing

	/**
	 * Writes the codebook to a .qdc file, whole or not at all: made in memory first (so an empty
	 * codebook is refused before the file is touched), then put in place atomically.
	 */
	public static void write(Codebook codebook, Path file) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		write(codebook, bytes);
		AtomicFiles.write(file, bytes.toByteArray());
	}

	/**
	 * Writes the codebook as UTF-8 .qdc. The stream is flushed, not closed. The schema needs at
	 * least one code, so an empty codebook is refused with IllegalArgumentException.
	 */
	public static void write(Codebook codebook, OutputStream out) {
		if (codebook.getCodes().isEmpty()) {
			throw new IllegalArgumentException("the codebook is empty: a REFI-QDA codebook needs at least one code");
		}
		try {
			XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			w.writeCharacters("\n");
			w.setDefaultNamespace(NAMESPACE);
			w.writeStartElement(NAMESPACE, "CodeBook");
			w.writeDefaultNamespace(NAMESPACE);
			w.writeAttribute("origin", ORIGIN);
			indent(w, 1);
			w.writeStartElement(NAMESPACE, "Codes");
			for (Code c : codebook.getCodes()) {
				writeCode(w, c, 2);
			}
			indent(w, 1);
			w.writeEndElement(); // Codes
			// No <Sets>: the schema wants at least one Set inside it, and Excerpta's sets are not code sets.
			indent(w, 0);
			w.writeEndElement(); // CodeBook
			w.writeEndDocument();
			w.writeCharacters("\n");
			w.flush();
			w.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write the codebook: " + e.getMessage(), e);
		}
	}

	private static void writeCode(XMLStreamWriter w, Code c, int level) throws XMLStreamException {
		indent(w, level);
		boolean empty = isEmpty(c.getDescription()) && c.getChildren().isEmpty();
		if (empty) {
			w.writeEmptyElement(NAMESPACE, "Code");
		} else {
			w.writeStartElement(NAMESPACE, "Code");
		}
		w.writeAttribute("guid", c.getGuid());
		w.writeAttribute("name", c.getName());
		w.writeAttribute("isCodable", Boolean.toString(c.isCodable()));
		if (c.getColor() != null && RGB6.matcher(c.getColor()).matches()) {
			w.writeAttribute("color", c.getColor());
		}
		if (empty) {
			return;
		}
		if (!isEmpty(c.getDescription())) {
			indent(w, level + 1);
			w.writeStartElement(NAMESPACE, "Description");
			w.writeCharacters(c.getDescription());
			w.writeEndElement();
		}
		for (Code child : c.getChildren()) {
			writeCode(w, child, level + 1);
		}
		indent(w, level);
		w.writeEndElement();
	}

	private static void indent(XMLStreamWriter w, int level) throws XMLStreamException {
		w.writeCharacters("\n" + "\t".repeat(level));
	}

	private static boolean isEmpty(String s) {
		return s == null || s.isEmpty();
	}

	// ---------------------------------------------------------------- reading

	/**
	 * Reads the codes of a .qdc file, or of the CodeBook of a REFI-QDA project file (.qde). DTDs are
	 * refused and no external entity is ever resolved. Anything that is not a codebook gives an
	 * IllegalArgumentException naming the problem and its line.
	 */
	public static List<ImportedCode> read(InputStream in) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		XMLStreamReader r = null;
		try {
			r = factory.createXMLStreamReader(in);
			return new Reader(r).document();
		} catch (XMLStreamException e) {
			throw new IllegalArgumentException("not a well-formed codebook file: " + at(e.getLocation()) + parserMessage(e), e);
		} finally {
			if (r != null) {
				try {
					r.close();
				} catch (XMLStreamException e) {
					// nothing more to read
				}
			}
		}
	}

	private static String at(Location location) {
		return location == null || location.getLineNumber() < 0 ? "" : "line " + location.getLineNumber() + ": ";
	}

	/** The parser's own words, without the "ParseError at [row,col]" prefix the JDK adds. */
	private static String parserMessage(XMLStreamException e) {
		String m = String.valueOf(e.getMessage());
		int i = m.indexOf("Message: ");
		return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
	}

	/** Recursive descent over the stream; always positioned on the event it has just consumed. */
	private static final class Reader {
		private final XMLStreamReader r;
		private final Set<String> guids = new HashSet<>();

		Reader(XMLStreamReader r) {
			this.r = r;
		}

		private IllegalArgumentException bad(String message) {
			return new IllegalArgumentException(at(r.getLocation()) + message);
		}

		List<ImportedCode> document() throws XMLStreamException {
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.DTD) {
					throw bad("the file has a DOCTYPE declaration; REFI-QDA files have none, and it is refused for safety");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					return root();
				}
			}
			throw bad("the file is empty: no CodeBook element");
		}

		private List<ImportedCode> root() throws XMLStreamException {
			String ns = String.valueOf(r.getNamespaceURI());
			String name = r.getLocalName();
			List<ImportedCode> codes;
			if (name.equals("CodeBook") && isCodebookNamespace(ns)) {
				codes = codebook(false);
			} else if (name.equals("Project") && isProjectNamespace(ns)) {
				codes = project(ns);
			} else {
				throw bad("expected a REFI-QDA CodeBook element in the namespace " + NAMESPACE + ", found <" + name + ">"
						+ (ns.equals("null") || ns.isEmpty() ? " without a namespace" : " in the namespace " + ns));
			}
			// Read to the end, so that anything malformed after the codebook is still reported.
			while (r.hasNext()) {
				r.next();
			}
			return codes;
		}

		/** A project file: the codes of its CodeBook, skipping everything else. */
		private List<ImportedCode> project(String ns) throws XMLStreamException {
			List<ImportedCode> codes = null;
			while (nextChild()) {
				if (r.getLocalName().equals("CodeBook") && ns.equals(r.getNamespaceURI()) && codes == null) {
					codes = codebook(true);
				} else {
					skip();
				}
			}
			if (codes == null) {
				throw bad("the project file has no CodeBook");
			}
			return codes;
		}

		/** Positioned on the start of CodeBook; returns at its end. */
		private List<ImportedCode> codebook(boolean inProject) throws XMLStreamException {
			String ns = r.getNamespaceURI();
			List<ImportedCode> codes = null;
			while (nextChild()) {
				if (r.getLocalName().equals("Codes") && ns.equals(r.getNamespaceURI()) && codes == null) {
					codes = new ArrayList<>();
					while (nextChild()) {
						codes.add(code(ns));
					}
				} else {
					skip(); // Sets, and anything a newer version adds
				}
			}
			if (codes == null) {
				throw bad("the CodeBook has no Codes element");
			}
			return List.copyOf(codes);
		}

		/** Positioned on the start of a Code; returns at its end. */
		private ImportedCode code(String ns) throws XMLStreamException {
			if (!r.getLocalName().equals("Code") || !ns.equals(r.getNamespaceURI())) {
				throw bad("expected a <Code> element, found <" + r.getLocalName() + ">");
			}
			String name = attribute("name");
			if (name == null || name.isBlank()) {
				throw bad("a <Code> has no name");
			}
			String guid = attribute("guid");
			if (guid != null) {
				guid = guid.strip();
				if (!GUID.matcher(guid).matches()) {
					throw bad("the code \"" + name + "\" has a guid that is not a GUID: \"" + guid + "\"");
				}
				guid = normalizeGuid(guid);
				if (!guids.add(guid)) {
					throw bad("the guid " + guid + " of the code \"" + name + "\" is used twice in the file");
				}
			}
			String codable = attribute("isCodable");
			boolean isCodable = true;
			if (codable != null) {
				switch (codable.strip()) {
				case "true", "1" -> isCodable = true;
				case "false", "0" -> isCodable = false;
				default -> throw bad("the code \"" + name + "\" has isCodable=\"" + codable + "\"; expected true or false");
				}
			}
			String color = attribute("color");
			if (color != null) {
				color = color.strip();
				if (RGB3.matcher(color).matches()) {
					color = "#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3)
							+ color.charAt(3);
				}
				if (color.isEmpty()) {
					color = null;
				} else if (!RGB6.matcher(color).matches()) {
					throw bad("the code \"" + name + "\" has the colour \"" + color + "\"; expected #RRGGBB");
				}
			}
			String description = null;
			List<ImportedCode> children = new ArrayList<>();
			while (nextChild()) {
				String local = r.getLocalName();
				if (local.equals("Description") && ns.equals(r.getNamespaceURI())) {
					String text = r.getElementText();
					description = text.isEmpty() ? null : text;
				} else if (local.equals("Code") && ns.equals(r.getNamespaceURI())) {
					children.add(code(ns));
				} else {
					skip();
				}
			}
			return new ImportedCode(guid, name, isCodable, color, description, List.copyOf(children));
		}

		private String attribute(String local) {
			for (int i = 0; i < r.getAttributeCount(); i++) {
				String ns = r.getAttributeNamespace(i);
				if ((ns == null || ns.isEmpty()) && r.getAttributeLocalName(i).equals(local)) {
					return r.getAttributeValue(i);
				}
			}
			return null;
		}

		/**
		 * Moves to the next child element of the current element: true on its start, false on the
		 * end of the current element. Text between elements must be white space.
		 */
		private boolean nextChild() throws XMLStreamException {
			while (true) {
				int event = r.next();
				switch (event) {
				case XMLStreamConstants.START_ELEMENT:
					return true;
				case XMLStreamConstants.END_ELEMENT:
					return false;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
					if (!r.isWhiteSpace() && !r.getText().isBlank()) {
						throw bad("unexpected text \"" + abbreviate(r.getText().strip()) + "\"");
					}
					break;
				case XMLStreamConstants.ENTITY_REFERENCE:
					throw bad("unexpected entity reference &" + r.getLocalName() + ";");
				case XMLStreamConstants.END_DOCUMENT:
					throw bad("the file ends early");
				default:
					break; // comments, processing instructions, ignorable white space
				}
			}
		}

		/** Skips the current element and everything in it. */
		private void skip() throws XMLStreamException {
			int depth = 1;
			while (depth > 0) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
	}

	private static String abbreviate(String s) {
		return s.length() <= 40 ? s : s.substring(0, 40) + "...";
	}

	/** True for the codebook namespace and the variant some tools write ({@value #NAMESPACE_QUIRK}). */
	public static boolean isCodebookNamespace(String ns) {
		return NAMESPACE.equals(ns) || NAMESPACE_QUIRK.equals(ns);
	}

	/** True for the project namespace and the variant some tools write ({@value #PROJECT_NAMESPACE_QUIRK}). */
	public static boolean isProjectNamespace(String ns) {
		return PROJECT_NAMESPACE.equals(ns) || PROJECT_NAMESPACE_QUIRK.equals(ns);
	}

	/** Excerpta's form of a GUID: lower case, without braces. */
	public static String normalizeGuid(String guid) {
		String g = guid.strip();
		if (g.startsWith("{") && g.endsWith("}")) {
			g = g.substring(1, g.length() - 1);
		}
		return g.toLowerCase(Locale.ROOT);
	}
}
