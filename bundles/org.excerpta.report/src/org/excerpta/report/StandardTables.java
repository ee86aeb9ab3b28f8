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
		List<ReportTable> tables = counting(CountedProject.of(project), index, options, options.attributesFor(project.model()));
		tables.add(ExcerptTable.of(project, index, options.scope()));
		tables.addAll(contributed(project, index, options));
		return tables;
	}

	/**
	 * The same tables from the project's index alone, opened without its model ({@link
	 * ProjectIndex#openForReading}): seconds where reading a million answers' model takes half a
	 * minute. Only when {@link #canMakeAlone()}: a plugin's analysis that reads the model has no
	 * figures without it.
	 */
	public static List<ReportTable> alone(java.nio.file.Path folder, ProjectIndex index, ReportOptions options) {
		if (!canMakeAlone()) {
			throw new IllegalStateException("an installed analysis in reports reads the project itself: open the project");
		}
		CountedProject counted = CountedProject.of(index);
		List<ReportTable> tables = counting(counted, index, options, options.attributesFor(index));
		tables.add(ExcerptTable.of(counted, index, options.scope()));
		tables.addAll(contributed(new org.excerpta.report.contrib.IndexedProject(folder, index), options));
		return tables;
	}

	/** Whether every installed analysis that asks to be in reports counts from the index alone ({@link #alone}). */
	public static boolean canMakeAlone() {
		return inReports().stream().allMatch(org.excerpta.report.contrib.IndexedProject::canRun);
	}

	/** Code frequencies, the codes by each attribute, co-occurrence and the code network's measures. */
	private static List<ReportTable> counting(CountedProject counted, ProjectIndex index, ReportOptions options, List<String> attributes) {
		List<ReportTable> tables = new ArrayList<>();
		ReportScope scope = options.scope();
		tables.add(CodeFrequencyTable.of(counted, index, scope, options.population()));
		for (String attribute : attributes) {
			tables.add(CodeByAttributeTable.of(counted, index, scope, attribute, options.percentages()));
		}
		tables.add(CooccurrenceTable.of(counted, index, scope, options.cooccurrence()));
		tables.add(codeNetwork(counted, index, options));
		return tables;
	}

	/**
	 * The tables of the installed analyses that ask to be in reports (plugins' analyses; Excerpta's
	 * own are above, in their own order). An analysis that fails gives an empty table whose note
	 * says why, so that one faulty plugin does not cost the user the whole report.
	 */
	public static List<ReportTable> contributed(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		return contributed(new OpenedProject(project, () -> index), options);
	}

	/** The installed analyses that ask to be in reports, run on the project as read (model or index). */
	private static List<ReportTable> contributed(org.excerpta.api.ProjectAccess access, ReportOptions options) {
		List<ReportTable> tables = new ArrayList<>();
		Settings settings = settingsFor(options);
		for (Analysis a : inReports()) {
			tables.add(runOrSayWhy(a, access, settings));
		}
		return tables;
	}

	private static List<Analysis> inReports() {
		return Contributions.analyses().stream().filter(Analysis::inReports).toList();
	}

	private static Settings settingsFor(ReportOptions options) {
		return Settings.all().withCodes(options.scope().codeGuids()).withWhere(options.scope().where());
	}

	/** An analysis that fails gives an empty table whose note says why, so that one faulty plugin does not cost the user the whole report. */
	private static ReportTable runOrSayWhy(Analysis a, org.excerpta.api.ProjectAccess access, Settings settings) {
		try {
			return a.run(access, settings, new NullProgressMonitor());
		} catch (RuntimeException e) {
			return new ReportTable(a.id(), a.name(), "This analysis failed and has no figures: " + e.getMessage(), List.of(), List.of());
		}
	}

	static ReportTable codeNetwork(ExcerptaProject project, ProjectIndex index, ReportOptions options) {
		return codeNetwork(CountedProject.of(project), index, options);
	}

	private static ReportTable codeNetwork(CountedProject project, ProjectIndex index, ReportOptions options) {
		return NetworkTable.of(CodeNetwork.of(project, index, options.scope(), options.cooccurrence()), CODE_NETWORK,
				"the code's codings");
	}
}
