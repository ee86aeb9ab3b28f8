package org.excerpta.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Opens a project when the workbench starts (the last one, or the sample on first start) and
 * closes it when the workbench ends. There is nothing to save: every change was written when made.
 */
public final class ProjectSessionAddon {

	/** Where the sample project lives; the launcher sets it, the default is in the user's home. */
	public static final String SAMPLE_FOLDER_PROPERTY = "excerpta.sample";

	private ProjectSession session;

	@PostConstruct
	void start(MApplication application) {
		IEclipseContext context = application.getContext();
		session = new ProjectSession(context);
		context.set(ProjectSession.class, session);
		String sample = System.getProperty(SAMPLE_FOLDER_PROPERTY,
				Path.of(System.getProperty("user.home"), ".excerpta", "Sample project").toString());
		try {
			session.openAtStart(Path.of(sample));
		} catch (RuntimeException e) {
			// The window still opens; File > Open lets the user pick a project, and the log says why.
			ILog.of(getClass()).error("Excerpta could not open a project at start", e);
		}
	}

	@PreDestroy
	void stop() {
		if (session != null) {
			session.close();
		}
	}
}
