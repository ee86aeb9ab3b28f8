package org.excerpta.report;

import java.util.ArrayList;
import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.network.CodeNetwork;
import org.excerpta.report.network.NetworkTable;

/**
 * The tables of a report, in the order a reader meets them: code frequencies, the codes by each
 * attribute, co-occurrence, the code network's measures, and the coded excerpts.
 */
public final class StandardTables {

	public static final String CODE_NETWORK = "code-network";

	private StandardTables() {
	}

	public static List<ReportTable> of(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		List<ReportTable> tables = new ArrayList<>();
		ReportScope scope = options.scope();
		tables.add(CodeFrequencyTable.of(project, index, scope, options.population()));
		for (String attribute : options.attributesFor(project.model())) {
			tables.add(CodeByAttributeTable.of(project, index, scope, attribute, options.percentages()));
		}
		tables.add(CooccurrenceTable.of(project, index, scope, options.cooccurrence()));
		tables.add(codeNetwork(project, index, options));
		tables.add(ExcerptTable.of(project, index, scope));
		return tables;
	}

	static ReportTable codeNetwork(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		return NetworkTable.of(CodeNetwork.of(project, index, options.scope(), options.cooccurrence()), CODE_NETWORK,
				"the code's codings");
	}
}
