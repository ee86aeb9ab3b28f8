package org.excerpta.report.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;

/** A network's nodes and their measures as a report table, most central first. */
public final class NetworkTable {

	public static final String NODE = "node";
	public static final String FREQUENCY = "frequency";
	public static final String DEGREE = "degree";
	public static final String WEIGHTED_DEGREE = "weighted degree";
	public static final String BETWEENNESS = "betweenness";

	private NetworkTable() {
	}

	public static ReportTable of(Network network, String id, String frequencyMeans) {
		List<Row> rows = new ArrayList<>();
		List<NetworkNode> nodes = new ArrayList<>(network.nodes());
		nodes.sort(java.util.Comparator.comparingDouble((NetworkNode n) -> network.measures(n.id()).betweenness())
				.thenComparingDouble(n -> network.measures(n.id()).weightedDegree()).thenComparingLong(NetworkNode::frequency).reversed());
		for (NetworkNode n : nodes) {
			NodeMeasures m = network.measures(n.id());
			rows.add(new Row(n.id(), List.of(new Cell.Text(n.label()), new Cell.Count(n.frequency()), new Cell.Count(m.degree()),
					new Cell.Number(m.weightedDegree(), 0), new Cell.Number(m.betweenness(), 3))));
		}
		String note = String.format(Locale.ROOT, "%d nodes, %d links, density %.3f (links present of links possible). ",
				network.nodes().size(), network.edges().size(), network.density()) + "Frequency: " + frequencyMeans
				+ ". Degree: the nodes linked to; weighted degree: the sum of the links' weights. Betweenness: the share of "
				+ "shortest paths between two other nodes that pass through the node (0 to 1; each link one step).";
		return new ReportTable(id, network.title(), note, List.of(Column.of(NODE, ColumnType.TEXT), Column.of(FREQUENCY, ColumnType.COUNT),
				Column.of(DEGREE, ColumnType.COUNT), Column.of(WEIGHTED_DEGREE, ColumnType.NUMBER), Column.of(BETWEENNESS, ColumnType.NUMBER)),
				rows);
	}
}
