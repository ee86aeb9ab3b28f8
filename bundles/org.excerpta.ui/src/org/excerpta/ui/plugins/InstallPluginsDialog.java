package org.excerpta.ui.plugins;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.excerpta.plugins.InstalledPlugin;
import org.excerpta.plugins.PluginBundle;
import org.excerpta.plugins.PluginChange;
import org.excerpta.plugins.PluginException;
import org.excerpta.plugins.PluginFeature;
import org.excerpta.plugins.PluginInstaller;
import org.excerpta.plugins.RepositoryLocation;

/**
 * Help > Install Plugins: load a p2 repository (a folder or a URL), tick features to install;
 * the installed plugins below, ticked ones can be uninstalled. p2 runs in a {@link PluginJob};
 * while it runs the dialog shows its progress and accepts nothing else. After a change the user is
 * offered a restart, which is when the change takes effect.
 */
public final class InstallPluginsDialog extends Dialog {

	private static final int CANCEL_WORK_ID = IDialogConstants.CLIENT_ID + 1;

	private final PluginInstaller installer;
	private final List<Control> inputs = new ArrayList<>();
	private Text repository;
	private Table available;
	private Table installed;
	private Button install;
	private Button uninstall;
	private Label status;
	private ProgressBar bar;
	private PluginJob<?> running;
	private int totalWork;
	private double worked;
	private boolean restart;

	public InstallPluginsDialog(Shell parent, PluginInstaller installer) {
		super(parent);
		this.installer = installer;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Whether the user asked for a restart after a change. */
	public boolean restartRequested() {
		return restart;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Install Plugins");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Plugins come as features in a p2 repository: a folder (for example the target/repository of a plugin's build) "
				+ "or a web address. Installing changes this Excerpta installation; changes take effect after a restart.");
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);

		Composite row = new Composite(area, SWT.NONE);
		row.setLayout(new GridLayout(4, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText("&Repository:");
		repository = new Text(row, SWT.BORDER | SWT.SINGLE);
		repository.setMessage("a folder, or https://...");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(repository);
		// Return in the field loads the repository; it must not also press the dialog's default button (Close).
		repository.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				load();
			}
		});
		Button browse = button(row, "&Browse...", e -> browse());
		Button load = button(row, "&Load", e -> load());
		inputs.addAll(List.of(repository, browse, load));

		Group offered = group(area, "Features in the repository (tick to install)");
		available = table(offered, new String[][] { { "Name", "220" }, { "Version", "130" }, { "Provider", "130" }, { "Description", "260" } });
		available.addListener(SWT.Selection, e -> enableButtons());
		install = button(offered, "&Install", e -> install());

		Group present = group(area, "Installed plugins (tick to uninstall)");
		installed = table(present, new String[][] { { "Name", "220" }, { "Version", "130" }, { "Provider", "130" }, { "Bundles", "260" } });
		installed.addListener(SWT.Selection, e -> enableButtons());
		uninstall = button(present, "&Uninstall", e -> uninstall());
		inputs.addAll(List.of(available, install, installed, uninstall));

		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(status);
		bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		bar.setVisible(false);

		showInstalled();
		enableButtons();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, CANCEL_WORK_ID, "&Stop", false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == CANCEL_WORK_ID && running != null) {
			running.cancel();
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	@Override
	public boolean close() {
		if (running != null) {
			// p2 must not be left half way: the user stops it first (Stop), or waits.
			status.setText("Wait for the running work to finish, or press Stop.");
			return false;
		}
		return super.close();
	}

	private void browse() {
		DirectoryDialog chooser = new DirectoryDialog(getShell());
		chooser.setText("p2 repository folder");
		chooser.setMessage("The folder holding content.jar (or content.xml), for example a plugin build's target/repository.");
		String folder = chooser.open();
		if (folder != null) {
			repository.setText(folder);
			load();
		}
	}

	private void load() {
		URI location = location();
		if (location == null) {
			return;
		}
		available.removeAll();
		start("Loading " + repository.getText().strip(), monitor -> installer.available(location, monitor), features -> {
			for (PluginFeature f : features) {
				TableItem item = new TableItem(available, SWT.NONE);
				item.setText(new String[] { f.name(), f.version(), f.provider(), f.description().replace('\n', ' ') });
				item.setData(f);
			}
			status.setText(features.isEmpty() ? "The repository offers no features." : features.size() + " feature(s) in the repository.");
		});
	}

	private void install() {
		URI location = location();
		List<String> ids = checked(available).stream().map(item -> ((PluginFeature) item.getData()).id()).toList();
		if (location == null || ids.isEmpty()) {
			return;
		}
		start("Installing plugins", monitor -> installer.install(location, ids, monitor), this::changed);
	}

	private void uninstall() {
		List<String> ids = checked(installed).stream().map(item -> ((InstalledPlugin) item.getData()).feature().id()).toList();
		if (ids.isEmpty()) {
			return;
		}
		start("Uninstalling plugins", monitor -> installer.uninstall(ids, monitor), this::changed);
	}

	private void changed(PluginChange change) {
		status.setText(change.describe());
		showInstalled();
		for (TableItem item : available.getItems()) {
			item.setChecked(false);
		}
		enableButtons();
		if (change.restartNeeded()) {
			restart = MessageDialog.openQuestion(getShell(), "Install Plugins", change.describe() + "\n\nRestart Excerpta now?");
			if (restart) {
				super.close();
			}
		}
	}

	/** The installed plugins; a development or test launch has none and says why instead. */
	private void showInstalled() {
		installed.removeAll();
		try {
			for (InstalledPlugin plugin : installer.installed()) {
				PluginFeature f = plugin.feature();
				TableItem item = new TableItem(installed, SWT.NONE);
				item.setText(new String[] { f.name(), f.version(), f.provider(),
						plugin.bundles().stream().map(b -> b.symbolicName() + " (" + b.state() + ")").collect(Collectors.joining(", ")) });
				item.setData(plugin);
				if (plugin.bundles().stream().map(PluginBundle::state).anyMatch("installed"::equals)) {
					item.setForeground(getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				}
			}
		} catch (PluginException e) {
			status.setText(e.getMessage());
		}
	}

	private <T> void start(String name, Function<IProgressMonitor, T> work, Consumer<T> done) {
		working(true);
		status.setText(name + "...");
		PluginJob<T> job = new PluginJob<>(name, getShell().getDisplay(), work, progress(), result -> {
			finished();
			if (!getShell().isDisposed()) {
				done.accept(result);
			}
		}, failure -> {
			finished();
			if (!getShell().isDisposed()) {
				failed(name, failure);
			}
		});
		running = job;
		job.schedule();
	}

	private void failed(String what, RuntimeException failure) {
		if (failure instanceof OperationCanceledException) {
			status.setText(what + ": stopped. Nothing was changed.");
			return;
		}
		status.setText(what + " failed.");
		if (failure instanceof PluginException) {
			MessageDialog.openError(getShell(), "Install Plugins", failure.getMessage());
		} else {
			ILog.of(InstallPluginsDialog.class).error(what + " failed", failure);
			MessageDialog.openError(getShell(), "Install Plugins", what + " failed: " + failure
					+ "\n\nThe details are in the log (workspace/.metadata/.log). Nothing was changed unless the list of installed plugins says so.");
		}
		showInstalled();
	}

	private PluginJob.Progress progress() {
		return new PluginJob.Progress() {
			@Override
			public void task(String name, int total) {
				if (bar.isDisposed()) {
					return;
				}
				totalWork = total;
				worked = 0;
				bar.setMaximum(Math.max(total, 1));
				bar.setSelection(0);
			}

			@Override
			public void worked(double work) {
				if (bar.isDisposed()) {
					return;
				}
				worked += work;
				bar.setSelection((int) Math.min(worked, totalWork));
			}

			@Override
			public void subTask(String name) {
				if (!status.isDisposed() && name != null && !name.isBlank()) {
					status.setText(name);
				}
			}
		};
	}

	private void finished() {
		running = null;
		if (!getShell().isDisposed()) {
			working(false);
		}
	}

	private void working(boolean busy) {
		for (Control input : inputs) {
			input.setEnabled(!busy);
		}
		bar.setVisible(busy);
		getButton(CANCEL_WORK_ID).setEnabled(busy);
		getButton(IDialogConstants.CLOSE_ID).setEnabled(!busy);
		if (!busy) {
			enableButtons();
		}
	}

	private void enableButtons() {
		install.setEnabled(!checked(available).isEmpty());
		uninstall.setEnabled(!checked(installed).isEmpty());
	}

	private URI location() {
		try {
			return RepositoryLocation.parse(repository.getText());
		} catch (PluginException e) {
			MessageDialog.openError(getShell(), "Install Plugins", e.getMessage());
			return null;
		}
	}

	private static List<TableItem> checked(Table table) {
		List<TableItem> items = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				items.add(item);
			}
		}
		return items;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		return group;
	}

	private static Table table(Composite parent, String[][] columns) {
		Table table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] c : columns) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(c[0]);
			column.setWidth(Integer.parseInt(c[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 120).applyTo(table);
		return table;
	}

	private static Button button(Composite parent, String text, org.eclipse.swt.widgets.Listener listener) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, listener);
		return button;
	}
}
