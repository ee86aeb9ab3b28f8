package org.excerpta.report.contrib;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.AnalysisOption;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.api.table.ReportTable;
import org.excerpta.report.CountedProject;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.StandardTables;
import org.excerpta.report.network.CodeNetwork;
import org.excerpta.report.network.NetworkTable;

/** Excerpta's own analysis: the codes as a network (linked when they meet), with degree and betweenness. */
public final class CodeNetworkMeasures implements Analysis, CountsFromIndex {

	@Override
	public String id() {
		return StandardTables.CODE_NETWORK;
	}

	@Override
	public String name() {
		return "Code network";
	}

	@Override
	public String description() {
		return "Codes as a network, linked when they meet: each code's degree, weighted degree and betweenness (JGraphT).";
	}

	@Override
	public List<AnalysisOption> options(ProjectAccess project) {
		return List.of(Cooccurrence.UNIT);
	}

	@Override
	public boolean inReports() {
		return false;
	}

	@Override
	public ReportTable run(ProjectAccess access, Settings settings, IProgressMonitor monitor) {
		CountedProject project = OpenedProject.countedOf(access);
		CooccurrenceTable.Unit unit = CooccurrenceTable.Unit.parse(Cooccurrence.UNIT.valueIn(settings));
		return NetworkTable.of(CodeNetwork.of(project, OpenedProject.indexOf(access), SettingsConversion.scope(project, settings), unit),
				StandardTables.CODE_NETWORK, "the code's codings");
	}
}
