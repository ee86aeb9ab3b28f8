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

/** Excerpta's own analysis: how often each pair of codes meets, in the same source or on overlapping excerpts. */
public final class Cooccurrence implements Analysis, CountsFromIndex {

	static final AnalysisOption UNIT = new AnalysisOption("unit", "Codes meet", "where two codes count as meeting: in the same source, or on overlapping excerpts",
			List.of("source", "overlap"), "source");

	@Override
	public String id() {
		return CooccurrenceTable.ID;
	}

	@Override
	public String name() {
		return "Co-occurrence";
	}

	@Override
	public String description() {
		return "A code x code table: the sources both codes are in, or the pairs of their excerpts that overlap.";
	}

	@Override
	public List<AnalysisOption> options(ProjectAccess project) {
		return List.of(UNIT);
	}

	@Override
	public boolean inReports() {
		return false;
	}

	@Override
	public ReportTable run(ProjectAccess access, Settings settings, IProgressMonitor monitor) {
		CountedProject project = OpenedProject.countedOf(access);
		return CooccurrenceTable.of(project, OpenedProject.indexOf(access), SettingsConversion.scope(project, settings),
				CooccurrenceTable.Unit.parse(UNIT.valueIn(settings)));
	}
}
