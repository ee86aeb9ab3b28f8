package org.excerpta.report.contrib;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.AnalysisOption;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.api.table.ReportTable;
import org.excerpta.report.CountedProject;
import org.excerpta.report.CodeFrequencyTable;

/** Excerpta's own analysis: codings, sources and cases per code, with shares of cases and their intervals. */
public final class CodeFrequencies implements Analysis, CountsFromIndex {

	@Override
	public String id() {
		return CodeFrequencyTable.ID;
	}

	@Override
	public String name() {
		return "Code frequencies";
	}

	@Override
	public String description() {
		return "For each code: its codings, the sources and cases it is in, the share of cases (95% Wilson interval) and the share of text coded.";
	}

	@Override
	public List<AnalysisOption> options(ProjectAccess project) {
		return List.of(new AnalysisOption("population", "Population", "the population the cases were drawn from (finite population correction)",
				List.of(), ""));
	}

	@Override
	public boolean inReports() {
		return false; // the reports hold it first, in their own way
	}

	@Override
	public ReportTable run(ProjectAccess access, Settings settings, IProgressMonitor monitor) {
		CountedProject project = OpenedProject.countedOf(access);
		String population = settings.option("population", "");
		return CodeFrequencyTable.of(project, OpenedProject.indexOf(access), SettingsConversion.scope(project, settings),
				population.isBlank() ? null : SettingsConversion.number("population", population));
	}
}
