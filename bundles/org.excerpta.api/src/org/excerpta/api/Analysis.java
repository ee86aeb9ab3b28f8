package org.excerpta.api;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.excerpta.api.table.ReportTable;

/**
 * An analysis that produces a table: code frequencies, codes by an attribute, co-occurrence, or a
 * plugin's own (word frequencies, a keyness table). The Counts view shows the table and charts its
 * first figures, {@code excerpta analyze} prints it or writes it as JSON or CSV, and the HTML, CSV
 * and XLSX reports include it. Register an implementation as a Declarative Services component
 * providing this interface.
 */
public interface Analysis {

	/** The name on the command line ({@code excerpta analyze ID}): lower case with dashes, e.g. "word-frequencies". */
	String id();

	/** What users see: "Word frequencies". */
	String name();

	/** One or two sentences: what the figures are and what they are shares of. */
	String description();

	/** The options this analysis takes for this project (their choices may come from the project, like its attributes). */
	default List<AnalysisOption> options(ProjectAccess project) {
		return List.of();
	}

	/**
	 * Whether the HTML, CSV and XLSX reports include this table. Excerpta's own analyses say no,
	 * because the reports already hold them in their own order.
	 */
	default boolean inReports() {
		return true;
	}

	/**
	 * Runs the analysis. Reads the project, never changes it; may run off the user interface thread.
	 *
	 * @throws IllegalArgumentException when an option's value is wrong, saying which and why
	 */
	ReportTable run(ProjectAccess project, Settings settings, IProgressMonitor monitor);
}
