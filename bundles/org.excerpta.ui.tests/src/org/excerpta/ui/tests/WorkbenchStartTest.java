package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.ui.ProjectSessionAddon;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Starts the whole e4 workbench from Excerpta's own Application.e4xmi, as the product does, and
 * checks that a first start opens the sample project in the three parts.
 */
class WorkbenchStartTest {

	@Test
	void firstStartOpensTheSampleProjectInTheWorkbench() throws Exception {
		// A first start: no project opened before (other tests in this runtime open some).
		org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.excerpta.ui").remove("recentProjects");
		Path sample = Files.createTempDirectory("excerpta-first-start").resolve("Sample project");
		System.setProperty(ProjectSessionAddon.SAMPLE_FOLDER_PROPERTY, sample.toString());
		Display display = Display.getDefault();
		E4Application app = new E4Application();
		E4Workbench workbench = app.createE4Workbench(new ApplicationContext(), display);
		List<String> seen = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		display.asyncExec(() -> {
			try {
				MApplication application = workbench.getApplication();
				EModelService models = application.getContext().get(EModelService.class);
				for (String id : List.of("org.excerpta.ui.part.projectExplorer", "org.excerpta.ui.part.codebook",
						"org.excerpta.ui.part.document")) {
					MPart part = (MPart) models.find(id, application);
					assertNotNull(part, id);
					assertNotNull(part.getWidget(), id + " is rendered");
					seen.add(id);
				}
				MPart codebook = (MPart) models.find("org.excerpta.ui.part.codebook", application);
				Tree tree = findTree((org.eclipse.swt.widgets.Composite) codebook.getWidget());
				assertEquals(2, tree.getItemCount(), "the framework's two groups");
				MWindow window = application.getChildren().get(0);
				assertTrue(window.getLabel().startsWith(SampleProject.NAME), window.getLabel());
				ExcerptaProject open = application.getContext().get(ExcerptaProject.class);
				assertEquals(sample.toAbsolutePath(), open.folder());
				for (String id : List.of("org.excerpta.ui.part.agreement", "org.excerpta.ui.part.excerpts", "org.excerpta.ui.part.search",
						"org.excerpta.ui.part.surveyGrid", "org.excerpta.ui.part.memos", "org.excerpta.ui.part.counts",
						"org.excerpta.ui.part.properties")) {
					assertNotNull(models.find(id, application), id + " is in the window");
				}
				var commands = application.getContext().get(org.eclipse.e4.core.commands.ECommandService.class);
				var handlers = window.getContext().get(org.eclipse.e4.core.commands.EHandlerService.class);
				for (String id : List.of("org.excerpta.ui.command.quickAccess", "org.excerpta.ui.command.export",
						"org.excerpta.ui.command.preferences", "org.excerpta.ui.command.share", "org.excerpta.ui.command.importQdpx")) {
					assertTrue(handlers.canExecute(commands.createCommand(id, null)), id + " can run on the open sample project");
				}
				// A view a plugin contributes through an e4 model fragment (this test bundle's fragment.e4xmi):
				// the real model assembler adds its descriptor, Window > Show View lists it and opens it.
				String contributedId = "org.excerpta.ui.tests.contributedView";
				assertTrue(application.getDescriptors().stream().anyMatch(d -> d.getElementId().equals(contributedId)),
						"the fragment's part descriptor is in the application");
				Map<String, String> views = org.excerpta.ui.handlers.ShowViewMenu.views(models, application, window);
				assertEquals("Contributed Test View", views.get(contributedId));
				assertEquals("Counts", views.get("org.excerpta.ui.part.counts"), "the window's own views are offered too");
				handlers.executeHandler(commands.createCommand("org.excerpta.ui.command.showView",
						Map.of(org.excerpta.ui.handlers.ShowViewHandler.VIEW_PARAMETER, contributedId)));
				MPart contributed = (MPart) models.find(contributedId, application);
				assertNotNull(contributed, "the contributed view was opened");
				assertEquals("org.excerpta.ui.partstack.analysis", contributed.getParent().getElementId(), "beside the Counts view");
				assertNotNull(contributed.getWidget(), "and rendered");
				assertEquals("Project: " + SampleProject.NAME, ((ContributedTestView) contributed.getObject()).label.getText(),
						"with the open project injected");

				// The Analysis perspective: the same (shared) views, counts and excerpts large; and back.
				var perspectiveHandler = org.excerpta.ui.handlers.SwitchPerspectiveHandler.class;
				handlers.executeHandler(commands.createCommand("org.excerpta.ui.command.perspective", Map.of(
						org.excerpta.ui.handlers.SwitchPerspectiveHandler.PERSPECTIVE_PARAMETER, org.excerpta.ui.handlers.SwitchPerspectiveHandler.ANALYSIS)));
				assertEquals(org.excerpta.ui.handlers.SwitchPerspectiveHandler.ANALYSIS, models.getActivePerspective(window).getElementId(),
						perspectiveHandler.getSimpleName());
				MPart counts = (MPart) models.find("org.excerpta.ui.part.counts", application);
				assertEquals("org.excerpta.ui.partstack.analysis.counts", counts.getCurSharedRef().getParent().getElementId(),
						"Counts sits in the large upper stack");
				assertNotNull(counts.getWidget(), "and is shown");
				PartHarness.pump(display); // let the new layout paint before the picture
				WorkbenchPartsTest.saveScreenshot((org.eclipse.swt.widgets.Shell) window.getWidget(), "analysis-perspective.png");
				handlers.executeHandler(commands.createCommand("org.excerpta.ui.command.perspective", Map.of(
						org.excerpta.ui.handlers.SwitchPerspectiveHandler.PERSPECTIVE_PARAMETER, org.excerpta.ui.handlers.SwitchPerspectiveHandler.CODING)));
				assertEquals(org.excerpta.ui.handlers.SwitchPerspectiveHandler.CODING, models.getActivePerspective(window).getElementId());
				MPart document = (MPart) models.find("org.excerpta.ui.part.document", application);
				assertEquals("org.excerpta.ui.partstack.document", document.getCurSharedRef().getParent().getElementId(),
						"back in the Coding perspective, the document is large again");
				assertNotNull(document.getWidget());
			} catch (Throwable t) {
				failures.add(t);
			} finally {
				workbench.close();
			}
		});
		workbench.createAndRunUI(workbench.getApplication());
		if (!failures.isEmpty()) {
			throw new AssertionError(failures.get(0));
		}
		assertEquals(3, seen.size(), "the test body ran inside the running workbench");
		assertTrue(Files.isRegularFile(sample.resolve("excerpta.project")), "the sample project was created on disk");
	}

	private static Tree findTree(org.eclipse.swt.widgets.Composite c) {
		for (var child : c.getChildren()) {
			if (child instanceof Tree t) {
				return t;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				Tree t = findTree(inner);
				if (t != null) {
					return t;
				}
			}
		}
		return null;
	}

	/** What the product's launcher would hand the E4Application. */
	private static final class ApplicationContext implements IApplicationContext {
		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, new String[] { "-applicationXMI",
					"org.excerpta.ui/Application.e4xmi", "-clearPersistedState", "-persistState", "false" });
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return "org.eclipse.e4.ui.workbench.swt.E4Application";
		}

		@Override
		public String getBrandingName() {
			return "Excerpta";
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return "org.excerpta.ui.product";
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
		}
	}
}
