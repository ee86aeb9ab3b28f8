package org.excerpta.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;
import org.excerpta.model.Source;
import org.excerpta.model.TextSource;
import org.excerpta.model.Variable;

/**
 * What the counting tables read besides the index's counts: the codebook, the attributes, and how
 * many cases and how much text a scope covers. Read from the open project, or from its index alone
 * (the command line, or the workbench while a million answers load), with the same figures: the
 * index's outline keeps the codebook and totals, and the index counts the cases and text a filter
 * keeps.
 */
public interface CountedProject {

	/** The project's name, for messages. */
	String name();

	/** The codebook: the project's own, or the outline's detached copy with the same GUIDs. */
	Codebook codebook();

	/** The code with this GUID, or null. */
	Code code(String guid);

	/** The names of the project's attributes, in the project's order. */
	List<String> attributes();

	/**
	 * What the shares of a scope are shares of: the cases it covers (all cases without a filter)
	 * and the length in code points of the text of their sources.
	 */
	record Bases(int cases, long textLength) {
	}

	/** The bases of the shares for a scope, counted once for both. */
	Bases bases(ReportScope scope);

	/** An open project. */
	static CountedProject of(ExcerptaProject project) {
		return new CountedProject() {
			@Override
			public String name() {
				return project.name();
			}

			@Override
			public Codebook codebook() {
				return project.model().getCodebook();
			}

			@Override
			public Code code(String guid) {
				return project.store().find(guid) instanceof Code c ? c : null;
			}

			@Override
			public List<String> attributes() {
				return project.model().getVariables().stream().map(Variable::getName).toList();
			}

			@Override
			public Bases bases(ReportScope scope) {
				List<Case> cases = scope.casesIn(project.model());
				Set<Source> sources = new LinkedHashSet<>();
				if (scope.where().isEmpty()) {
					sources.addAll(project.model().getSources());
				} else {
					cases.forEach(c -> sources.addAll(c.getSources()));
				}
				return new Bases(cases.size(), sources.stream().mapToLong(s -> s instanceof TextSource t ? t.getLength() : 0).sum());
			}
		};
	}

	/** A project read from its index alone: {@link ProjectIndex#openForReading} or {@link ProjectIndex#openForCoding}. */
	static CountedProject of(ProjectIndex index) {
		return new CountedProject() {
			@Override
			public String name() {
				return index.outline().name();
			}

			@Override
			public Codebook codebook() {
				return index.outline().codebook();
			}

			@Override
			public Code code(String guid) {
				return index.outline().code(guid);
			}

			@Override
			public List<String> attributes() {
				return index.attributes();
			}

			@Override
			public Bases bases(ReportScope scope) {
				return new Bases(index.cases(scope.where()), index.textLength(scope.where()));
			}
		};
	}
}
