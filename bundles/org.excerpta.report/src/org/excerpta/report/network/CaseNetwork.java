package org.excerpta.report.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.Excerpt;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.VariableValue;
import org.excerpta.report.ReportScope;

/**
 * The cases as a network: a node per case with at least one code (its distinct codes as its
 * size, its attribute values carried along for Gephi), a link between two cases weighted by the
 * number of codes both have.
 */
public final class CaseNetwork {

	/**
	 * Pairs of cases counted at most: every pair sharing a code is a link, and a code given to most
	 * of a hundred thousand respondents would make billions of them. Past this, narrow the report.
	 */
	public static final long MAX_PAIRS = 20_000_000L;

	private CaseNetwork() {
	}

	/** @param minShared the fewest codes two cases must share to be linked (at least 1) */
	public static Network of(ExcerptaProject project, ProjectIndex index, ReportScope scope, int minShared) {
		if (minShared < 1) {
			throw new IllegalArgumentException("cases are linked by at least one shared code, not " + minShared);
		}
		Map<String, Case> cases = new LinkedHashMap<>();
		scope.casesIn(project.model()).forEach(c -> cases.put(c.getGuid(), c));
		Map<String, Set<String>> codesOfCase = new LinkedHashMap<>();
		for (Excerpt e : index.excerpts(scope.codeGuids(), scope.where(), null, Integer.MAX_VALUE)) {
			for (String c : e.caseGuids()) {
				if (cases.containsKey(c)) {
					codesOfCase.computeIfAbsent(c, k -> new HashSet<>()).add(e.codeGuid());
				}
			}
		}
		List<String> ids = cases.keySet().stream().filter(codesOfCase::containsKey).toList();
		Map<String, Integer> position = new HashMap<>();
		ids.forEach(id -> position.put(id, position.size()));
		Map<String, List<Integer>> casesOfCode = new HashMap<>();
		for (String id : ids) {
			for (String code : codesOfCase.get(id)) {
				casesOfCode.computeIfAbsent(code, k -> new ArrayList<>()).add(position.get(id));
			}
		}
		long pairs = casesOfCode.values().stream().mapToLong(l -> (long) l.size() * (l.size() - 1) / 2).sum();
		if (pairs > MAX_PAIRS) {
			throw new IllegalArgumentException("too many cases share codes for a case network (" + ids.size() + " cases, " + pairs
					+ " shared codes between pairs, at most " + MAX_PAIRS + "): choose fewer codes or fewer cases");
		}
		Map<Long, Integer> shared = new HashMap<>();
		for (List<Integer> holders : casesOfCode.values()) {
			for (int i = 0; i < holders.size(); i++) {
				for (int j = i + 1; j < holders.size(); j++) {
					int a = Math.min(holders.get(i), holders.get(j));
					int b = Math.max(holders.get(i), holders.get(j));
					shared.merge((long) a * ids.size() + b, 1, Integer::sum);
				}
			}
		}
		Network.Builder b = Network.builder("Cases linked by the codes they share");
		for (String id : ids) {
			Case c = cases.get(id);
			Map<String, String> attributes = new LinkedHashMap<>();
			for (VariableValue v : c.getValues()) {
				if (v.getVariable() != null && v.getValue() != null) {
					attributes.merge(v.getVariable().getName(), v.getValue(), (x, y) -> x + "; " + y);
				}
			}
			b.node(new NetworkNode(id, c.getName(), null, codesOfCase.get(id).size(), attributes));
		}
		shared.entrySet().stream().filter(e -> e.getValue() >= minShared).sorted(Map.Entry.comparingByKey()).forEach(e -> b.edge(
				ids.get((int) (e.getKey() / ids.size())), ids.get((int) (e.getKey() % ids.size())), e.getValue()));
		return b.build();
	}
}
