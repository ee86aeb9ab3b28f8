package org.excerpta.exchange.qdpx;

import java.io.InputStream;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.excerpta.core.coding.CodebookQdc;

/**
 * A forward-only walk over an XML entry of an archive, for recursive-descent readers: safe
 * parsing (no DTD, no external entity, ever), and errors that name the archive, the entry, the
 * line and the column.
 */
final class XmlCursor implements AutoCloseable {

	private static final Pattern GUID = Pattern.compile(
			"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
					+ "|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})");

	private final XMLStreamReader r;
	private final String where;

	XmlCursor(InputStream in, String where) {
		this.where = where;
		try {
			this.r = secureFactory().createXMLStreamReader(in);
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
	}

	static XMLInputFactory secureFactory() {
		XMLInputFactory f = XMLInputFactory.newDefaultFactory();
		f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
		f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return f;
	}

	/** Moves to the root element, refusing a document type declaration on the way. */
	void root() {
		try {
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.DTD) {
					throw bad("the file has a DOCTYPE declaration; REFI-QDA files have none, and it is refused for safety "
							+ "(no DTD or external entity is ever read)");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					return;
				}
			}
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
		throw bad("the file holds no element");
	}

	/**
	 * Moves to the next child element of the current element: true on its start, false on the end
	 * of the current element. Stray text between elements is ignored.
	 */
	boolean nextChild() {
		try {
			while (true) {
				switch (r.next()) {
				case XMLStreamConstants.START_ELEMENT:
					return true;
				case XMLStreamConstants.END_ELEMENT:
					return false;
				case XMLStreamConstants.DTD:
					throw bad("a DOCTYPE declaration is refused for safety");
				case XMLStreamConstants.ENTITY_REFERENCE:
					throw bad("the entity reference &" + r.getLocalName() + "; is not defined; entities are not read");
				case XMLStreamConstants.END_DOCUMENT:
					throw bad("the file ends early");
				default:
					break; // text, comments, processing instructions
				}
			}
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
	}

	/** Skips the current element and everything in it. */
	void skip() {
		int depth = 1;
		try {
			while (depth > 0) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
	}

	/** Reads to the end of the document, so that damage after the last element is still found. */
	void finish() {
		try {
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.DTD) {
					throw bad("a DOCTYPE declaration is refused for safety");
				}
			}
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
	}

	/** Told of each element {@link #copy} copies, while the cursor is on its start or end. */
	interface CopyListener {
		void start(String local);

		void end(String local);
	}

	/**
	 * Copies the current element and everything in it (in its own namespace; elements of other
	 * namespaces are left out) to {@code w}, in the namespace {@code namespace}, telling
	 * {@code listener} of each element. Ends on the element's end tag.
	 */
	void copy(XMLStreamWriter w, String namespace, CopyListener listener) {
		String own = namespace();
		try {
			int depth = 0;
			int event = XMLStreamConstants.START_ELEMENT;
			while (true) {
				switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					if (!namespace().equals(own)) {
						skip();
						break;
					}
					depth++;
					w.writeStartElement(namespace, local());
					if (depth == 1) {
						w.writeDefaultNamespace(namespace);
					}
					for (int i = 0; i < r.getAttributeCount(); i++) {
						String ns = r.getAttributeNamespace(i);
						if (ns == null || ns.isEmpty()) {
							w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
						}
					}
					listener.start(local());
				}
				case XMLStreamConstants.END_ELEMENT -> {
					depth--;
					listener.end(local());
					w.writeEndElement();
					if (depth == 0) {
						return;
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					w.writeCharacters(r.getText());
				case XMLStreamConstants.DTD -> throw bad("a DOCTYPE declaration is refused for safety");
				case XMLStreamConstants.ENTITY_REFERENCE ->
					throw bad("the entity reference &" + r.getLocalName() + "; is not defined; entities are not read");
				case XMLStreamConstants.END_DOCUMENT -> throw bad("the file ends early");
				default -> {
					// comments and processing instructions are not copied
				}
				}
				event = r.next();
			}
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
	}

	/** The text content of the current (text-only) element; ends on its end tag. */
	String text() {
		try {
			return r.getElementText();
		} catch (XMLStreamException e) {
			throw malformed(e);
		}
	}

	String local() {
		return r.getLocalName();
	}

	String namespace() {
		String ns = r.getNamespaceURI();
		return ns == null ? "" : ns;
	}

	String attr(String local) {
		for (int i = 0; i < r.getAttributeCount(); i++) {
			String ns = r.getAttributeNamespace(i);
			if ((ns == null || ns.isEmpty()) && r.getAttributeLocalName(i).equals(local)) {
				return r.getAttributeValue(i);
			}
		}
		return null;
	}

	/** A GUID attribute in Excerpta's form; null when absent and not required. */
	String guid(String local, boolean required) {
		String g = attr(local);
		if (g == null || g.isBlank()) {
			if (required) {
				throw bad("<" + local() + "> has no " + local + " attribute");
			}
			return null;
		}
		g = g.strip();
		if (!GUID.matcher(g).matches()) {
			throw bad("<" + local() + "> has " + local + "=\"" + ArchiveEntries.printable(g) + "\", which is not a GUID");
		}
		return CodebookQdc.normalizeGuid(g);
	}

	int line() {
		Location l = r.getLocation();
		return l == null ? -1 : l.getLineNumber();
	}

	/** Where the current element is, for the report: "project.qde line 12". */
	String where(int line) {
		return where + (line > 0 ? " line " + line : "");
	}

	QdpxImportException badAt(int line, String message) {
		return new QdpxImportException(where + ", line " + line + ": " + message);
	}

	QdpxImportException bad(String message) {
		return new QdpxImportException(at(r.getLocation()) + message);
	}

	private QdpxImportException malformed(XMLStreamException e) {
		String m = String.valueOf(e.getMessage());
		int i = m.indexOf("Message: ");
		String parser = i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
		return new QdpxImportException(at(e.getLocation()) + "not well-formed XML: " + parser, e);
	}

	private String at(Location l) {
		if (l == null || l.getLineNumber() < 0) {
			return where + ": ";
		}
		return where + ", line " + l.getLineNumber() + ", column " + l.getColumnNumber() + ": ";
	}

	@Override
	public void close() {
		try {
			r.close();
		} catch (XMLStreamException e) {
			// nothing more to read
		}
	}
}
