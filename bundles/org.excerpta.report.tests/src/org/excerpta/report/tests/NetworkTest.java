package org.excerpta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Source;
import org.excerpta.report.CooccurrenceTable.Unit;
import org.excerpta.report.ReportScope;
import org.excerpta.report.network.CaseNetwork;
import org.excerpta.report.network.CodeNetwork;
import org.excerpta.report.network.GexfWriter;
import org.excerpta.report.network.Network;
import org.excerpta.report.network.NetworkEdge;
import org.excerpta.report.network.NetworkNode;
import org.excerpta.report.network.NodeMeasures;
import org.excerpta.report.tests.CodedSample.Walked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network measures on graphs small enough to work out by hand, GEXF read back, and the sample's networks. */
class NetworkTest {

	@TempDir
	Path tmp;

	@Test
	void aPathOfThreeHasItsMiddleOnEveryShortestPath() {
		Network path = Network.builder("a-b-c").node("a", 1).node("b", 2).node("c", 3).edge("a", "b", 2).edge("b", "c", 3).build();
		NodeMeasures b = path.measures("b");
		assertEquals(1.0, b.rawBetweenness(), 1e-12, "the one pair a, c goes through b");
		assertEquals(1.0, b.betweenness(), 1e-12, "one pair of others, and b is on its path");
		assertEquals(2, b.degree());
		assertEquals(5.0, b.weightedDegree(), 1e-12);
		assertEquals(0.0, path.measures("a").betweenness(), 1e-12);
		assertEquals(1, path.measures("a").degree());
		assertEquals(2.0 / 3, path.density(), 1e-12, "two links of three possible");
	}

	@Test
	void aStarsCentreScoresOneAndWeightsDoNotLengthenPaths() {
		Network.Builder star = Network.builder("star").node("hub", 1);
		for (String leaf : List.of("p", "q", "r", "s")) {
			star.node(leaf, 1).edge("hub", leaf, 1);
		}
		Network s = star.build();
		assertEquals(6.0, s.measures("hub").rawBetweenness(), 1e-12, "the six pairs of leaves");
		assertEquals(1.0, s.measures("hub").betweenness(), 1e-12, "normalised by the (n-1)(n-2)/2 = 6 pairs, as Gephi and networkx do");
		assertEquals(0.4, s.density(), 1e-12, "4 of 10 links");

		// A square with one strong link: weight is how often codes meet, not a distance, so all four corners are alike.
		Network square = Network.builder("square").node("a", 1).node("b", 1).node("c", 1).node("d", 1).edge("a", "b", 1)
				.edge("b", "c", 1).edge("c", "d", 1).edge("d", "a", 10).build();
		for (String n : List.of("a", "b", "c", "d")) {
			assertEquals(0.5, square.measures(n).rawBetweenness(), 1e-12, "half of the opposite pair's two paths: " + n);
			assertEquals(0.5 / 3, square.measures(n).betweenness(), 1e-12);
		}
		assertEquals(11.0, square.measures("a").weightedDegree(), 1e-12);

		Network lonely = Network.builder("one").node("x", 1).build();
		assertEquals(0.0, lonely.density());
		assertEquals(0.0, lonely.measures("x").betweenness());
	}

	@Test
	void aNetworkRefusesWhatIsNotANetwork() {
		Network.Builder b = Network.builder("bad").node("a", 1).node("b", 1).edge("a", "b", 1);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> b.edge("b", "a", 2)).getMessage().contains("twice"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> b.edge("a", "a", 2)).getMessage().contains("itself"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> b.edge("a", "z", 2)).getMessage().contains("\"z\""));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> b.edge("a", "b", 0)).getMessage().contains("positive"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> b.node("a", 3)).getMessage().contains("twice"));
	}

	@Test
	void gexfReadsBackWithEveryNodeLinkWeightAndMeasure() throws Exception {
		Network n = Network.builder("Codes <&> co.").node(new NetworkNode("g1", "Trust & <respect>", "#E15759", 12, Map.of("path", "A / Trust")))
				.node(new NetworkNode("g2", "Money\u0001", "not a colour", 3, Map.of("path", "A / Money"))).node("g3", 0)
				.edge("g1", "g2", 4).edge("g2", "g3", 1.5).build();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new GexfWriter().write(n, out);
		Gexf g = Gexf.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals("1.3", g.version);
		assertEquals(List.of("g1", "g2", "g3"), new ArrayList<>(g.labels.keySet()));
		assertEquals("Trust & <respect>", g.labels.get("g1"));
		assertEquals("Money\uFFFD", g.labels.get("g2"), "a control character XML cannot hold is replaced, not fatal");
		assertEquals(List.of(new NetworkEdge("g1", "g2", 4), new NetworkEdge("g2", "g3", 1.5)), g.edges);
		assertEquals("12", g.values.get("g1").get("frequency"));
		assertEquals("2", g.values.get("g2").get("degree"));
		assertEquals("5.5", g.values.get("g2").get("weighted degree"));
		assertEquals("1", g.values.get("g2").get("betweenness"), "the middle of a path of three");
		assertEquals("A / Trust", g.values.get("g1").get("path"));
		assertEquals(List.of(225, 87, 89), g.colours.get("g1"), "#E15759");
		assertTrue(!g.colours.containsKey("g2"), "no colour rather than a wrong one");
		assertEquals(3, g.sizes.size());
		assertTrue(g.sizes.get("g1") > g.sizes.get("g2"), "the more frequent, the bigger");
		assertTrue(g.description.contains("density 0.6667"), g.description);
	}

	@Test
	void theSamplesNetworksCountWhatTheModelHolds() throws Exception {
		Path dir = tmp.resolve("sample");
		try (ExcerptaProject p = CodedSample.create(dir); ProjectIndex index = ProjectIndex.open(p)) {
			List<Walked> codings = CodedSample.walk(p);
			Map<Code, Set<Source>> sources = new HashMap<>();
			Map<Case, Set<Code>> codesOfCase = new HashMap<>();
			Map<Code, Integer> frequency = new HashMap<>();
			for (Walked w : codings) {
				sources.computeIfAbsent(w.code(), k -> new HashSet<>()).add(w.source());
				w.cases().forEach(c -> codesOfCase.computeIfAbsent(c, k -> new HashSet<>()).add(w.code()));
				frequency.merge(w.code(), 1, Integer::sum);
			}

			Network codes = CodeNetwork.of(p, index, ReportScope.all(), Unit.SOURCE);
			assertEquals(sources.size(), codes.nodes().size(), "a node per code in use");
			for (NetworkNode node : codes.nodes()) {
				assertEquals((long) frequency.get((Code) p.store().find(node.id())), node.frequency());
			}
			int pairs = 0;
			for (Code a : sources.keySet()) {
				for (Code b : sources.keySet()) {
					Set<Source> both = new HashSet<>(sources.get(a));
					both.retainAll(sources.get(b));
					if (a != b && !both.isEmpty()) {
						pairs++;
						assertEquals(both.size(), weight(codes, a.getGuid(), b.getGuid()), a.getName() + " - " + b.getName());
					}
				}
			}
			assertEquals(pairs / 2, codes.edges().size());

			Network overlaps = CodeNetwork.of(p, index, ReportScope.all(), Unit.OVERLAP);
			assertTrue(overlaps.density() < codes.density(), "overlapping excerpts are rarer than a shared interview");
			Path file = tmp.resolve("codes.gexf");
			new GexfWriter().write(overlaps, file);
			try (InputStream in = Files.newInputStream(file)) {
				Gexf g = Gexf.read(in);
				assertEquals(overlaps.nodes().size(), g.labels.size());
				assertEquals(overlaps.edges(), g.edges);
				assertEquals(CodedSample.code(p, "Relational").getName(), g.labels.get(CodedSample.code(p, "Relational").getGuid()));
			}

			Network cases = CaseNetwork.of(p, index, ReportScope.all(), 1);
			assertEquals(codesOfCase.size(), cases.nodes().size(), "a node per case with a code");
			int links = 0;
			for (Case a : codesOfCase.keySet()) {
				for (Case b : codesOfCase.keySet()) {
					Set<Code> shared = new HashSet<>(codesOfCase.get(a));
					shared.retainAll(codesOfCase.get(b));
					if (a != b && !shared.isEmpty()) {
						links++;
						assertEquals(shared.size(), weight(cases, a.getGuid(), b.getGuid()), a.getName() + " - " + b.getName());
					}
				}
			}
			assertEquals(links / 2, cases.edges().size());
			Case respondent = p.model().getCases().stream().filter(c -> c.getName().equals("R006")).findFirst().orElseThrow();
			NetworkNode r006 = cases.nodes().stream().filter(x -> x.id().equals(respondent.getGuid())).findFirst().orElseThrow();
			assertEquals("Clinician", r006.attributes().get("Role"), "attributes travel to Gephi");
			Network close = CaseNetwork.of(p, index, ReportScope.all(), 3);
			assertTrue(close.edges().stream().allMatch(e -> e.weight() >= 3) && close.edges().size() < cases.edges().size());
		}
	}

	private static double weight(Network n, String a, String b) {
		return n.edges().stream().filter(e -> e.source().equals(a) && e.target().equals(b) || e.source().equals(b) && e.target().equals(a))
				.mapToDouble(NetworkEdge::weight).findFirst().orElse(0);
	}

	/** What a GEXF reader sees, read with StAX. */
	static final class Gexf {
		String version;
		String description = "";
		final Map<String, String> labels = new LinkedHashMap<>();
		final List<NetworkEdge> edges = new ArrayList<>();
		final Map<String, Map<String, String>> values = new HashMap<>();
		final Map<String, List<Integer>> colours = new HashMap<>();
		final Map<String, Double> sizes = new HashMap<>();

		static Gexf read(InputStream in) throws XMLStreamException, IOException {
			Gexf g = new Gexf();
			XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
			Map<String, String> titles = new HashMap<>();
			String node = null;
			while (r.hasNext()) {
				if (r.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String ns = r.getNamespaceURI();
				String name = r.getLocalName();
				if (ns.equals(GexfWriter.NAMESPACE)) {
					switch (name) {
					case "gexf" -> g.version = r.getAttributeValue(null, "version");
					case "description" -> g.description = r.getElementText();
					case "attribute" -> titles.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "title"));
					case "node" -> {
						node = r.getAttributeValue(null, "id");
						g.labels.put(node, r.getAttributeValue(null, "label"));
					}
					case "attvalue" -> g.values.computeIfAbsent(node, k -> new HashMap<>()).put(titles.get(r.getAttributeValue(null, "for")),
							r.getAttributeValue(null, "value"));
					case "edge" -> g.edges.add(new NetworkEdge(r.getAttributeValue(null, "source"), r.getAttributeValue(null, "target"),
							Double.parseDouble(r.getAttributeValue(null, "weight"))));
					default -> {
					}
					}
				} else if (ns.equals(GexfWriter.VIZ_NAMESPACE)) {
					if (name.equals("color")) {
						g.colours.put(node, List.of(Integer.parseInt(r.getAttributeValue(null, "r")), Integer.parseInt(r.getAttributeValue(null, "g")),
								Integer.parseInt(r.getAttributeValue(null, "b"))));
					} else if (name.equals("size")) {
						g.sizes.put(node, Double.parseDouble(r.getAttributeValue(null, "value")));
					}
				} else {
					throw new AssertionError("an element outside GEXF 1.3: {" + ns + "}" + name);
				}
			}
			return g;
		}
	}
}
