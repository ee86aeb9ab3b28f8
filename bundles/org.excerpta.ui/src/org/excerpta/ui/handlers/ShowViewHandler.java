package org.excerpta.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * Window > Show View > a view: brings back a view that was closed, or opens one a plugin
 * contributes (a part descriptor from an e4 model fragment) beside the Counts view.
 */
public final class ShowViewHandler {

	public static final String VIEW_PARAMETER = "org.excerpta.ui.command.showView.view";

	/** Where views from plugins open: the stack tagged so in the current perspective (where Coded Excerpts and Search are). */
	public static final String VIEWS_STACK_TAG = "org.excerpta.ui.views";

	@Execute
	public void execute(@Named(VIEW_PARAMETER) String id, EPartService parts, EModelService models, MWindow window, Shell shell) {
		MPart part = parts.findPart(id);
		if (part == null) {
			part = parts.createPart(id);
			if (part == null) {
				MessageDialog.openError(shell, "Show View", "There is no view " + id + ". The plugin that contributed it may have been uninstalled.");
				return;
			}
			MPerspective perspective = models.getActivePerspective(window);
			List<MPartStack> stacks = models.findElements(perspective == null ? window : perspective, null, MPartStack.class,
					List.of(VIEWS_STACK_TAG));
			if (stacks.isEmpty()) {
				MessageDialog.openError(shell, "Show View", "This perspective has no place for further views. Switch to the Coding or the Analysis perspective.");
				return;
			}
			stacks.get(0).getChildren().add(part);
		}
		part.setToBeRendered(true);
		part.setVisible(true);
		parts.showPart(part, PartState.ACTIVATE);
	}
}
