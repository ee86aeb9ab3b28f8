package org.excerpta.exchange.qdpx;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an indented XML document in one namespace with StAX, keeping every string readable back
 * as it was written: a carriage return in text goes out as {@code &#13;} (a parser would turn a
 * raw one into a line feed); line breaks and tabs in attributes become spaces (a parser would do
 * the same, silently); characters XML 1.0 cannot carry at all become U+FFFD, one for one, so text
 * positions stay true. Each such change is noted in the warnings.
 */
final class XmlOut {

	private final XMLStreamWriter w;
	private final String ns;
	private final List<String> warnings;
	private int depth;
	private boolean hasChildren;

	XmlOut(OutputStream out, String namespace, List<String> warnings) throws XMLStreamException {
		this.w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
		this.ns = namespace;
		this.warnings = warnings;
		w.writeStartDocument("UTF-8", "1.0");
		w.setDefaultNamespace(namespace);
	}

	/** The root element, declaring the namespace. */
	void root(String name) throws XMLStreamException {
		w.writeCharacters("\n");
		w.writeStartElement(ns, name);
		w.writeDefaultNamespace(ns);
		depth = 1;
		hasChildren = false;
	}

	void start(String name) throws XMLStreamException {
		indent();
		w.writeStartElement(ns, name);
		depth++;
		hasChildren = false;
	}

	/** An element without content; its attributes follow. */
	void empty(String name) throws XMLStreamException {
		indent();
		w.writeEmptyElement(ns, name);
	}

	void end() throws XMLStreamException {
		depth--;
		if (hasChildren) {
			indent();
		}
		w.writeEndElement();
		hasChildren = true;
	}

	void attr(String name, String value) throws XMLStreamException {
		if (value != null) {
			w.writeAttribute(name, attributeSafe(value, name));
		}
	}

	/** An element holding only text. */
	void textElement(String name, String text) throws XMLStreamException {
		indent();
		w.writeStartElement(ns, name);
		text(text, name);
		w.writeEndElement();
		hasChildren = true;
	}

	private void text(String s, String where) throws XMLStreamException {
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == '\r') {
				w.writeCharacters(contentSafe(s.substring(from, i), where));
				w.writeEntityRef("#13");
				from = i + 1;
			}
		}
		w.writeCharacters(contentSafe(s.substring(from), where));
	}

	void finish() throws XMLStreamException {
		indentAt(0);
		w.writeEndElement();
		w.writeEndDocument();
		w.writeCharacters("\n");
		w.flush();
		w.close();
	}

	private void indent() throws XMLStreamException {
		indentAt(depth);
		hasChildren = true;
	}

	private void indentAt(int level) throws XMLStreamException {
		w.writeCharacters("\n" + "\t".repeat(level));
	}

	private String attributeSafe(String s, String where) {
		String safe = contentSafe(s, where);
		if (safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0 || safe.indexOf('\t') >= 0) {
			warnings.add("a line break or tab in " + where + " \"" + abbreviate(safe) + "\" was written as a space "
					+ "(XML attributes cannot keep them)");
			safe = safe.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
		}
		return safe;
	}

	private String contentSafe(String s, String where) {
		StringBuilder b = null;
		for (int i = 0; i < s.length();) {
			int c = s.codePointAt(i);
			int n = Character.charCount(c);
			boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
					|| c >= 0x10000 && c <= 0x10FFFF;
			if (!ok) {
				if (b == null) {
					b = new StringBuilder(s.length()).append(s, 0, i);
					warnings.add(String.format("a character XML cannot hold (U+%04X) in %s \"%s\" was written as U+FFFD", c,
							where, abbreviate(s)));
				}
				b.append('\uFFFD');
			} else if (b != null) {
				b.appendCodePoint(c);
			}
			i += n;
		}
		return b == null ? s : b.toString();
	}

	private static String abbreviate(String s) {
		String t = s.replaceAll("\\p{Cntrl}", " ");
		return t.length() <= 40 ? t : t.substring(0, 40) + "...";
	}
}
