package org.excerpta.ui.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Window > Show View: every view of the window (to bring back one that was closed) and every view
 * a plugin contributes as a part descriptor through an e4 model fragment.
 */
public final class ShowViewMenu {

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, EModelService models, MApplication app, MWindow window) {
		MCommand command = app.getCommands().stream().filter(c -> "org.excerpta.ui.command.showView".equals(c.getElementId()))
				.findFirst().orElseThrow();
		for (Map.Entry<String, String> view : views(models, app, window).entrySet()) {
			MHandledMenuItem item = models.createModelElement(MHandledMenuItem.class);
			item.setLabel(view.getValue());
			item.setCommand(command);
			MParameter p = models.createModelElement(MParameter.class);
			p.setName(ShowViewHandler.VIEW_PARAMETER);
			p.setValue(view.getKey());
			item.getParameters().add(p);
			items.add(item);
		}
	}

	/** The views offered, id to label: the window's own in layout order, then the contributed ones by label. */
	public static Map<String, String> views(EModelService models, MApplication app, MWindow window) {
		Map<String, String> views = new LinkedHashMap<>();
		for (MPart part : models.findElements(window, null, MPart.class)) {
			if (part.getLabel() != null) {
				views.put(part.getElementId(), part.getLabel());
			}
		}
		app.getDescriptors().stream().filter(d -> d.getLabel() != null && !views.containsKey(d.getElementId()))
				.sorted(java.util.Comparator.comparing(MPartDescriptor::getLabel, String.CASE_INSENSITIVE_ORDER))
				.forEach(d -> views.put(d.getElementId(), d.getLabel()));
		return views;
	}
}
