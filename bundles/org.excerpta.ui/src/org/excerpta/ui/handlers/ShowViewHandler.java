package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
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

	/** Where views from plugins open: the stack of the analysis views (Coded Excerpts, Search, Counts). */
	public static final String CONTRIBUTED_VIEWS_STACK = "org.excerpta.ui.partstack.analysis";

	@Execute
	public void execute(@Named(VIEW_PARAMETER) String id, EPartService parts, EModelService models, MWindow window, Shell shell) {
		MPart part = parts.findPart(id);
		if (part == null) {
			part = parts.createPart(id);
			if (part == null) {
				MessageDialog.openError(shell, "Show View", "There is no view " + id + ". The plugin that contributed it may have been uninstalled.");
				return;
			}
			MPartStack stack = (MPartStack) models.find(CONTRIBUTED_VIEWS_STACK, window);
			stack.getChildren().add(part);
		}
		part.setToBeRendered(true);
		part.setVisible(true);
		parts.showPart(part, PartState.ACTIVATE);
	}
}
