package org.excerpta.ui.plugins;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.excerpta.plugins.PluginException;
import org.excerpta.plugins.PluginInstaller;

/** Help > Install Plugins: the dialog over this installation's plugins; a restart when they changed. */
public final class InstallPluginsHandler {

	@Execute
	void execute(Shell shell, IWorkbench workbench) {
		PluginInstaller installer;
		try {
			installer = PluginInstaller.running();
		} catch (PluginException e) {
			MessageDialog.openError(shell, "Install Plugins", e.getMessage());
			return;
		}
		InstallPluginsDialog dialog = new InstallPluginsDialog(shell, installer);
		dialog.open();
		if (dialog.restartRequested()) {
			workbench.restart();
		}
	}
}
