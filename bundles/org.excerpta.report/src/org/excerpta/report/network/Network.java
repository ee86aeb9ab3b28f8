package org.excerpta.report.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * An undirected weighted network of codes or cases, with the measures a researcher reads off it:
 * degree, weighted degree, betweenness centrality and the network's density, computed with JGraphT.
 */
public final class Network {

	private final String title;
	private final List<NetworkNode> nodes;
	private final List<NetworkEdge> edges;
	private final Map<String, NodeMeasures> measures;
	private final double density;

	private Network(String title, List<NetworkNode> nodes, List<NetworkEdge> edges) {
		this.title = title;
		this.nodes = List.copyOf(nodes);
		this.edges = List.copyOf(edges);
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		nodes.forEach(n -> graph.addVertex(n.id()));
		for (NetworkEdge e : edges) {
			graph.setEdgeWeight(graph.addEdge(e.source(), e.target()), e.weight());
		}
		// Weights say how strongly two codes go together, not how far apart they are: shortest paths count steps.
		Map<String, Double> raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores();
		int n = nodes.size();
		// JGraphT's own normalisation divides by (n-1)(n-2), the count of ordered pairs; in an undirected
		// network a path serves an unordered pair, so the usual (Freeman's) divisor is half that: a star's
		// centre then scores 1, as in Gephi and networkx.
		double pairs = (n - 1) * (n - 2) / 2.0;
		Map<String, NodeMeasures> m = new LinkedHashMap<>();
		for (NetworkNode node : nodes) {
			double weighted = 0;
			for (DefaultWeightedEdge e : graph.edgesOf(node.id())) {
				weighted += graph.getEdgeWeight(e);
			}
			double b = raw.getOrDefault(node.id(), 0.0);
			m.put(node.id(), new NodeMeasures(graph.degreeOf(node.id()), weighted, pairs > 0 ? b / pairs : 0, b));
		}
		this.measures = Collections.unmodifiableMap(m);
		this.density = n < 2 ? 0 : 2.0 * graph.edgeSet().size() / ((double) n * (n - 1));
	}

	public static Builder builder(String title) {
		return new Builder(title);
	}

	public String title() {
		return title;
	}

	public List<NetworkNode> nodes() {
		return nodes;
	}

	public List<NetworkEdge> edges() {
		return edges;
	}

	/** The measures of a node, by its id. */
	public NodeMeasures measures(String id) {
		NodeMeasures m = measures.get(id);
		if (m == null) {
			throw new IllegalArgumentException("no node \"" + id + "\" in the network " + title);
		}
		return m;
	}

	/** Links present of links possible: 2m / (n(n-1)); 0 for fewer than two nodes. */
	public double density() {
		return density;
	}

	/** Collects nodes and links; a link between the same two nodes twice, or to an unknown node, is refused. */
	public static final class Builder {
		private final String title;
		private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
		private final Map<String, NetworkEdge> edges = new LinkedHashMap<>();

		private Builder(String title) {
			this.title = title;
		}

		public Builder node(NetworkNode node) {
			if (nodes.putIfAbsent(node.id(), node) != null) {
				throw new IllegalArgumentException("the node \"" + node.id() + "\" is in the network twice");
			}
			return this;
		}

		/** Adds a node with no colour or attributes (for small hand-made networks). */
		public Builder node(String id, long frequency) {
			return node(new NetworkNode(id, id, null, frequency, Map.of()));
		}

		public Builder edge(String a, String b, double weight) {
			for (String id : List.of(a, b)) {
				if (!nodes.containsKey(id)) {
					throw new IllegalArgumentException("a link to \"" + id + "\", which is not a node of the network " + title);
				}
			}
			if (a.equals(b)) {
				throw new IllegalArgumentException("a link from \"" + a + "\" to itself");
			}
			if (!(weight > 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("the link " + a + " - " + b + " needs a positive weight, not " + weight);
			}
			String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
			if (edges.putIfAbsent(key, new NetworkEdge(a, b, weight)) != null) {
				throw new IllegalArgumentException("the link " + a + " - " + b + " is in the network twice");
			}
			return this;
		}

		public Network build() {
			return new Network(title, new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
		}
	}
}
