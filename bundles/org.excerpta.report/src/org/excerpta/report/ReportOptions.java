package org.excerpta.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.excerpta.model.Case;
import org.excerpta.model.Project;
import org.excerpta.model.VariableValue;
import org.excerpta.report.CodeByAttributeTable.Percentages;
import org.excerpta.report.CooccurrenceTable.Unit;

/**
 * What a report holds, beyond its scope.
 *
 * @param title           the report's title; null: the project's name
 * @param scope           the codes and cases reported
 * @param attributes      the case attributes to cross the codes with; null: each attribute with 2 to
 *                        {@value #MOST_VALUES_CHARTED} values among the cases reported (role, site, a
 *                        Likert item), skipping those whose values are nearly all different (IDs, ages)
 * @param percentages     the base of the code x attribute percentages
 * @param cooccurrence    where two codes count as meeting
 * @param population      the population the cases were drawn from, for a finite population
 *                        correction of the shares of cases; null: none
 * @param excerptsPerCode the most excerpts the HTML report quotes for a code
 */
public record ReportOptions(String title, ReportScope scope, List<String> attributes, Percentages percentages, Unit cooccurrence,
		Long population, int excerptsPerCode) {

	/** The most values an attribute may have to be crossed with the codes when none are chosen. */
	public static final int MOST_VALUES_CHARTED = 8;

	public ReportOptions {
		scope = scope == null ? ReportScope.all() : scope;
		attributes = attributes == null ? null : List.copyOf(attributes);
		percentages = percentages == null ? Percentages.COLUMN : percentages;
		cooccurrence = cooccurrence == null ? Unit.SOURCE : cooccurrence;
		if (excerptsPerCode < 0) {
			throw new IllegalArgumentException("the number of excerpts per code cannot be negative: " + excerptsPerCode);
		}
	}

	/** Every code, all cases, attributes chosen from the data, column percentages, codes in the same source, 10 excerpts a code. */
	public static ReportOptions defaults() {
		return new ReportOptions(null, ReportScope.all(), null, Percentages.COLUMN, Unit.SOURCE, null, 10);
	}

	public ReportOptions withTitle(String t) {
		return new ReportOptions(t, scope, attributes, percentages, cooccurrence, population, excerptsPerCode);
	}

	public ReportOptions withScope(ReportScope s) {
		return new ReportOptions(title, s, attributes, percentages, cooccurrence, population, excerptsPerCode);
	}

	public ReportOptions withAttributes(List<String> a) {
		return new ReportOptions(title, scope, a, percentages, cooccurrence, population, excerptsPerCode);
	}

	public ReportOptions withPercentages(Percentages p) {
		return new ReportOptions(title, scope, attributes, p, cooccurrence, population, excerptsPerCode);
	}

	public ReportOptions withCooccurrence(Unit u) {
		return new ReportOptions(title, scope, attributes, percentages, u, population, excerptsPerCode);
	}

	public ReportOptions withPopulation(Long n) {
		return new ReportOptions(title, scope, attributes, percentages, cooccurrence, n, excerptsPerCode);
	}

	public ReportOptions withExcerptsPerCode(int n) {
		return new ReportOptions(title, scope, attributes, percentages, cooccurrence, population, n);
	}

	/** The attributes to cross the codes with: those chosen, or those that suit a table (see {@link #attributes}). */
	public List<String> attributesFor(Project project) {
		if (attributes != null) {
			return attributes;
		}
		Map<String, Set<String>> values = new LinkedHashMap<>();
		Map<String, Integer> holders = new LinkedHashMap<>();
		project.getVariables().forEach(v -> values.put(v.getName(), new LinkedHashSet<>()));
		for (Case c : scope.casesIn(project)) {
			for (VariableValue v : c.getValues()) {
				if (v.getVariable() != null && v.getValue() != null && values.containsKey(v.getVariable().getName())) {
					values.get(v.getVariable().getName()).add(v.getValue());
					holders.merge(v.getVariable().getName(), 1, Integer::sum);
				}
			}
		}
		Map<String, org.excerpta.index.ProjectIndex.AttributeSpread> spread = new LinkedHashMap<>();
		values.forEach((name, distinct) -> spread.put(name, new org.excerpta.index.ProjectIndex.AttributeSpread(distinct,
				holders.getOrDefault(name, 0))));
		return suited(spread);
	}

	/** The same choice read from the cases' documents in the index, for a report made without the model. */
	public List<String> attributesFor(org.excerpta.index.ProjectIndex index) {
		return attributes != null ? attributes : suited(index.attributeSpread(scope.where()));
	}

	private static List<String> suited(Map<String, org.excerpta.index.ProjectIndex.AttributeSpread> spread) {
		List<String> out = new ArrayList<>();
		spread.forEach((name, s) -> {
			int distinct = s.distinct().size();
			// Two cases with two values tell nothing: a value should be shared by a few cases on average.
			if (distinct >= 2 && distinct <= MOST_VALUES_CHARTED && s.holders() >= 2 * distinct) {
				out.add(name);
			}
		});
		return out;
	}
}
