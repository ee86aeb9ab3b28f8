package org.excerpta.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Quit: no "save changes?" question, because every change is already on disk. */
public final class QuitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
