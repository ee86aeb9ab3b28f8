package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * Window > Coding / Analysis: the same views arranged for reading and coding (the document large)
 * or for retrieving and counting (counts, charts and excerpts large). Views are shared, so a
 * filter set in one perspective is still set in the other.
 */
public final class SwitchPerspectiveHandler {

	public static final String PERSPECTIVE_PARAMETER = "org.excerpta.ui.command.perspective.id";
	public static final String CODING = "org.excerpta.ui.perspective.coding";
	public static final String ANALYSIS = "org.excerpta.ui.perspective.analysis";

	@Execute
	public void execute(@Named(PERSPECTIVE_PARAMETER) String id, EModelService models, EPartService parts, MWindow window) {
		if (models.find(id, window) instanceof MPerspective perspective) {
			parts.switchPerspective(perspective);
		}
	}
}
