package org.excerpta.ui.handlers;

import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.excerpta.ui.ProjectSession;

/** File > Open Recent: the projects opened last, newest first. */
public final class RecentProjectsMenu {

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, ProjectSession session, EModelService models, MApplication app) {
		MCommand command = app.getCommands().stream()
				.filter(c -> "org.excerpta.ui.command.openRecent".equals(c.getElementId())).findFirst().orElseThrow();
		for (String folder : session.recentProjects()) {
			MHandledMenuItem item = models.createModelElement(MHandledMenuItem.class);
			item.setLabel(folder);
			item.setCommand(command);
			MParameter p = models.createModelElement(MParameter.class);
			p.setName(OpenRecentHandler.PATH_PARAMETER);
			p.setValue(folder);
			item.getParameters().add(p);
			items.add(item);
		}
	}
}
