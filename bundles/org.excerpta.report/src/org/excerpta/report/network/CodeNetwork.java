package org.excerpta.report.network;

import java.util.List;
import java.util.Map;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.CodeCount;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.CountedProject;
import org.excerpta.report.ReportScope;

/**
 * The codes as a network: a node per code in use (its colour, its codings as its size), a link
 * between two codes that meet, weighted by how often (sources coded with both, or pairs of
 * overlapping excerpts), the same counts as {@link CooccurrenceTable}.
 */
public final class CodeNetwork {

	public static final String PATH = "path";

	private CodeNetwork() {
	}

	public static Network of(ExcerptaProject project, ProjectIndex index, ReportScope scope, CooccurrenceTable.Unit unit) {
		return of(CountedProject.of(project), index, scope, unit);
	}

	/** The same network for a project read from the model or from its index alone. */
	public static Network of(CountedProject project, ProjectIndex index, ReportScope scope, CooccurrenceTable.Unit unit) {
		Map<String, Map<String, Integer>> co = CooccurrenceTable.counts(index, scope, unit);
		Map<String, CodeCount> counts = index.codeCounts(scope.where());
		List<Code> used = scope.codesIn(project.codebook()).stream().filter(c -> co.containsKey(c.getGuid())).toList();
		Network.Builder b = Network.builder(unit == CooccurrenceTable.Unit.SOURCE ? "Codes linked by the sources they share"
				: "Codes linked by overlapping excerpts");
		for (Code c : used) {
			CodeCount n = counts.get(c.getGuid());
			b.node(new NetworkNode(c.getGuid(), c.getName(), c.getColor(), n == null ? 0 : n.codings(), Map.of(PATH, CodePaths.pathOf(c))));
		}
		for (int i = 0; i < used.size(); i++) {
			for (int j = i + 1; j < used.size(); j++) {
				int w = co.get(used.get(i).getGuid()).getOrDefault(used.get(j).getGuid(), 0);
				if (w > 0) {
					b.edge(used.get(i).getGuid(), used.get(j).getGuid(), w);
				}
			}
		}
		return b.build();
	}
}
