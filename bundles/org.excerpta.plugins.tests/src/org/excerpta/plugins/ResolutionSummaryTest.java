package org.excerpta.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

/** p2's explanations (the messages of its director, Explanation_*) in plain words. */
class ResolutionSummaryTest {

	@Test
	void aMissingRequirementSaysWhoNeedsWhat() {
		assertEquals("org.excerpta.sample 1.0.0 needs bundle org.excerpta.api (any version), which is neither installed in Excerpta nor in the repository",
				ResolutionSummary.plain("Missing requirement: org.excerpta.sample 1.0.0 requires 'osgi.bundle; org.excerpta.api 0.0.0' but it could not be found"));
		assertEquals("feature org.excerpta.sample.feature 1.0.0 needs Java package org.excerpta.api.codes (version [1.0.0,2.0.0)), which is neither installed in Excerpta nor in the repository",
				ResolutionSummary.plain("Missing requirement: org.excerpta.sample.feature.feature.group 1.0.0 requires 'java.package; org.excerpta.api.codes [1.0.0,2.0.0)' but it could not be found"));
	}

	@Test
	void aChainOfDependenciesNamesTheFeature() {
		assertEquals("feature org.excerpta.sample.feature 1.0.0 needs unit org.excerpta.sample (version [1.0.0,1.0.0]), which cannot be installed (see the other lines)",
				ResolutionSummary.plain("Cannot satisfy dependency: org.excerpta.sample.feature.feature.group 1.0.0 depends on: org.eclipse.equinox.p2.iu; org.excerpta.sample [1.0.0,1.0.0]"));
	}

	@Test
	void unknownMessagesAreKept() {
		assertEquals("Something p2 says that we do not know", ResolutionSummary.plain("Something p2 says that we do not know"));
	}

	@Test
	void theTreeBecomesOneLinePerProblemWithoutHeadlinesOrRepeats() {
		MultiStatus root = new MultiStatus("p2", 1, "Cannot complete the install because one or more required items could not be found.", null);
		root.add(Status.error("Software being installed: org.excerpta.sample.feature.feature.group 1.0.0"));
		root.add(Status.error("Missing requirement: org.excerpta.sample 1.0.0 requires 'osgi.bundle; org.excerpta.api 0.0.0' but it could not be found"));
		MultiStatus nested = new MultiStatus("p2", 1, "Cannot satisfy dependency:", null);
		nested.add(Status.error("Missing requirement: org.excerpta.sample 1.0.0 requires 'osgi.bundle; org.excerpta.api 0.0.0' but it could not be found"));
		nested.add(Status.info("fine"));
		root.add(nested);
		assertEquals(List.of("org.excerpta.sample 1.0.0 needs bundle org.excerpta.api (any version), which is neither installed in Excerpta nor in the repository"),
				ResolutionSummary.lines(root));
	}

	@Test
	void aStatusWithoutDetailsKeepsItsMessage() {
		assertEquals(List.of("The solver timed out."), ResolutionSummary.lines(new Status(IStatus.ERROR, "p2", "The solver timed out.")));
	}
}
