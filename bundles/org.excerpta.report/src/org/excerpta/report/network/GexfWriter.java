package org.excerpta.report.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.excerpta.report.AtomicOutput;

/**
 * Writes a {@link Network} as GEXF 1.3 for Gephi: nodes with their label, colour and size (viz
 * extension) and their measures and attributes as node attributes; undirected weighted edges.
 * The network's density goes in the description, GEXF having no graph attributes.
 */
public final class GexfWriter {

	public static final String NAMESPACE = "http://gexf.net/1.3";
	public static final String VIZ_NAMESPACE = "http://gexf.net/1.3/viz";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");

	/** The node attributes every network has: GEXF id, title, type. */
	public static final List<String[]> MEASURES = List.of(new String[] { "frequency", "frequency", "long" },
			new String[] { "degree", "degree", "integer" }, new String[] { "weighted-degree", "weighted degree", "double" },
			new String[] { "betweenness", "betweenness", "double" });

	public void write(Network network, Path file) {
		AtomicOutput.write(file, out -> write(network, out));
	}

	public void write(Network network, OutputStream out) throws IOException {
		try {
			XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			x.writeStartDocument("UTF-8", "1.0");
			x.setDefaultNamespace(NAMESPACE);
			x.setPrefix("viz", VIZ_NAMESPACE);
			x.setPrefix("xsi", XSI);
			nl(x, 0);
			x.writeStartElement(NAMESPACE, "gexf");
			x.writeDefaultNamespace(NAMESPACE);
			x.writeNamespace("viz", VIZ_NAMESPACE);
			x.writeNamespace("xsi", XSI);
			x.writeAttribute(XSI, "schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
			x.writeAttribute("version", "1.3");
			meta(x, network);
			nl(x, 1);
			x.writeStartElement(NAMESPACE, "graph");
			x.writeAttribute("defaultedgetype", "undirected");
			x.writeAttribute("mode", "static");
			Map<String, String> extra = attributeIds(network);
			declareAttributes(x, extra);
			nodes(x, network, extra);
			edges(x, network);
			nl(x, 1);
			x.writeEndElement();
			nl(x, 0);
			x.writeEndElement();
			x.writeCharacters("\n");
			x.writeEndDocument();
			x.flush();
			x.close();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the network \"" + network.title() + "\" as GEXF: " + e.getMessage(), e);
		}
	}

	private static void meta(XMLStreamWriter x, Network network) throws XMLStreamException {
		nl(x, 1);
		x.writeStartElement(NAMESPACE, "meta");
		x.writeAttribute("lastmodifieddate", LocalDate.now().toString());
		nl(x, 2);
		x.writeStartElement(NAMESPACE, "creator");
		x.writeCharacters("Excerpta");
		x.writeEndElement();
		nl(x, 2);
		x.writeStartElement(NAMESPACE, "description");
		x.writeCharacters(xml(network.title() + String.format(Locale.ROOT, " (%d nodes, %d links, density %.4f)", network.nodes().size(),
				network.edges().size(), network.density())));
		x.writeEndElement();
		nl(x, 1);
		x.writeEndElement();
	}

	/** GEXF ids for the attributes nodes carry besides the measures, in first-seen order. */
	private static Map<String, String> attributeIds(Network network) {
		Map<String, String> ids = new LinkedHashMap<>();
		for (NetworkNode n : network.nodes()) {
			for (String key : n.attributes().keySet()) {
				ids.computeIfAbsent(key, k -> "a" + ids.size());
			}
		}
		return ids;
	}

	private static void declareAttributes(XMLStreamWriter x, Map<String, String> extra) throws XMLStreamException {
		nl(x, 2);
		x.writeStartElement(NAMESPACE, "attributes");
		x.writeAttribute("class", "node");
		x.writeAttribute("mode", "static");
		for (String[] m : MEASURES) {
			attribute(x, m[0], m[1], m[2]);
		}
		for (Map.Entry<String, String> e : extra.entrySet()) {
			attribute(x, e.getValue(), e.getKey(), "string");
		}
		nl(x, 2);
		x.writeEndElement();
	}

	private static void attribute(XMLStreamWriter x, String id, String title, String type) throws XMLStreamException {
		nl(x, 3);
		x.writeEmptyElement(NAMESPACE, "attribute");
		x.writeAttribute("id", id);
		x.writeAttribute("title", xml(title));
		x.writeAttribute("type", type);
	}

	private static void nodes(XMLStreamWriter x, Network network, Map<String, String> extra) throws XMLStreamException {
		long most = network.nodes().stream().mapToLong(NetworkNode::frequency).max().orElse(1);
		nl(x, 2);
		x.writeStartElement(NAMESPACE, "nodes");
		for (NetworkNode n : network.nodes()) {
			NodeMeasures m = network.measures(n.id());
			nl(x, 3);
			x.writeStartElement(NAMESPACE, "node");
			x.writeAttribute("id", xml(n.id()));
			x.writeAttribute("label", xml(n.label()));
			nl(x, 4);
			x.writeStartElement(NAMESPACE, "attvalues");
			attvalue(x, "frequency", String.valueOf(n.frequency()));
			attvalue(x, "degree", String.valueOf(m.degree()));
			attvalue(x, "weighted-degree", number(m.weightedDegree()));
			attvalue(x, "betweenness", number(m.betweenness()));
			for (Map.Entry<String, String> a : n.attributes().entrySet()) {
				attvalue(x, extra.get(a.getKey()), xml(a.getValue()));
			}
			nl(x, 4);
			x.writeEndElement();
			if (n.colour() != null && RGB.matcher(n.colour().strip()).matches()) {
				String c = n.colour().strip();
				nl(x, 4);
				x.writeEmptyElement(VIZ_NAMESPACE, "color");
				x.writeAttribute("r", String.valueOf(Integer.parseInt(c.substring(1, 3), 16)));
				x.writeAttribute("g", String.valueOf(Integer.parseInt(c.substring(3, 5), 16)));
				x.writeAttribute("b", String.valueOf(Integer.parseInt(c.substring(5, 7), 16)));
			}
			nl(x, 4);
			x.writeEmptyElement(VIZ_NAMESPACE, "size");
			// Area, not radius, in proportion to frequency, between 5 and 50.
			x.writeAttribute("value", number(5 + 45 * Math.sqrt(most <= 0 ? 0 : (double) n.frequency() / most)));
			nl(x, 3);
			x.writeEndElement();
		}
		nl(x, 2);
		x.writeEndElement();
	}

	private static void attvalue(XMLStreamWriter x, String id, String value) throws XMLStreamException {
		nl(x, 5);
		x.writeEmptyElement(NAMESPACE, "attvalue");
		x.writeAttribute("for", id);
		x.writeAttribute("value", value);
	}

	private static void edges(XMLStreamWriter x, Network network) throws XMLStreamException {
		nl(x, 2);
		x.writeStartElement(NAMESPACE, "edges");
		int id = 0;
		for (NetworkEdge e : network.edges()) {
			nl(x, 3);
			x.writeEmptyElement(NAMESPACE, "edge");
			x.writeAttribute("id", String.valueOf(id++));
			x.writeAttribute("source", xml(e.source()));
			x.writeAttribute("target", xml(e.target()));
			x.writeAttribute("weight", number(e.weight()));
		}
		nl(x, 2);
		x.writeEndElement();
	}

	private static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return String.valueOf((long) v);
		}
		return String.format(Locale.ROOT, "%.6f", v).replaceAll("\\.?0+$", "");
	}

	/** Characters XML 1.0 cannot hold at all (most control characters) become U+FFFD rather than breaking the file. */
	static String xml(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length());
		s.codePoints().forEach(c -> {
			boolean ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
			out.appendCodePoint(ok ? c : 0xFFFD);
		});
		return out.toString();
	}

	private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
		x.writeCharacters("\n" + "\t".repeat(depth));
	}
}
