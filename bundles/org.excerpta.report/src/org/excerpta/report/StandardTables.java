package org.excerpta.report;

import org.excerpta.api.table.ReportTable;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.Contributions;
import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.report.contrib.OpenedProject;
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
		tables.addAll(contributed(project, index, options));
		return tables;
	}

	/**
	 * The tables of the installed analyses that ask to be in reports (plugins' analyses; Excerpta's
	 * own are above, in their own order). An analysis that fails gives an empty table whose note
	 * says why, so that one faulty plugin does not cost the user the whole report.
	 */
	public static List<ReportTable> contributed(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		List<ReportTable> tables = new ArrayList<>();
		OpenedProject access = new OpenedProject(project, () -> index);
		Settings settings = Settings.all().withCodes(options.scope().codeGuids()).withWhere(options.scope().where());
		for (Analysis a : Contributions.analyses()) {
			if (!a.inReports()) {
				continue;
			}
			try {
				tables.add(a.run(access, settings, new NullProgressMonitor()));
			} catch (RuntimeException e) {
				tables.add(new ReportTable(a.id(), a.name(), "This analysis failed and has no figures: " + e.getMessage(), List.of(), List.of()));
			}
		}
		return tables;
	}

	static ReportTable codeNetwork(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		return NetworkTable.of(CodeNetwork.of(project, index, options.scope(), options.cooccurrence()), CODE_NETWORK,
				"the code's codings");
	}
}
