package org.excerpta.report.contrib;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.AnalysisOption;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.api.table.ReportTable;
import org.excerpta.report.CountedProject;
import org.excerpta.model.Variable;
import org.excerpta.report.CodeByAttributeTable;

/** Excerpta's own analysis: each code's cases in each group of a case attribute, with percentages and intervals. */
public final class CodesByAttribute implements Analysis, CountsFromIndex {

	public static final String ID = "codes-by-attribute";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Codes by attribute";
	}

	@Override
	public String description() {
		return "The cases coded with each code in each group of a case attribute (role, site), as counts and percentages of the group with 95% Wilson intervals.";
	}

	@Override
	public List<AnalysisOption> options(ProjectAccess project) {
		CountedProject counted = project.adapt(CountedProject.class);
		List<String> attributes = counted != null ? counted.attributes()
				: project.model().getVariables().stream().map(Variable::getName).toList();
		return List.of(
				new AnalysisOption("attribute", "Cross with", "the case attribute whose groups are compared", attributes,
						attributes.isEmpty() ? null : attributes.get(0)),
				new AnalysisOption("percent", "Percent of", "the base of the percentages: the column's group or the code's row",
						List.of("column", "row"), "column"));
	}

	@Override
	public boolean inReports() {
		return false;
	}

	@Override
	public ReportTable run(ProjectAccess access, Settings settings, IProgressMonitor monitor) {
		CountedProject project = OpenedProject.countedOf(access);
		List<AnalysisOption> options = options(access);
		if (options.get(0).choices().isEmpty()) {
			throw new IllegalArgumentException("the project " + project.name() + " has no case attributes to cross the codes with");
		}
		String attribute = options.get(0).valueIn(settings);
		CodeByAttributeTable.Percentages percent = CodeByAttributeTable.Percentages.parse(options.get(1).valueIn(settings));
		return CodeByAttributeTable.of(project, OpenedProject.indexOf(access), SettingsConversion.scope(project, settings), attribute,
				percent);
	}
}
