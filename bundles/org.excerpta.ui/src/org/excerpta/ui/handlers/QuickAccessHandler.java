package org.excerpta.ui.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Quick Access (Ctrl+3): type a few letters of any command ("exp" for Export, "pull" for Team >
 * Pull) and press Enter to run it; each command is listed with its key, so the keys are learnt
 * along the way.
 */
public final class QuickAccessHandler {

	/** A command the user can run now, with its key binding if it has one. */
	record Entry(String name, String key, ParameterizedCommand command) {
		String label() {
			return key == null ? name : name + "    " + key;
		}
	}

	@Execute
	void execute(Shell shell, MApplication application, ECommandService commands, EHandlerService handlers,
			org.eclipse.e4.core.contexts.IEclipseContext context) {
		EBindingService bindings = context.get(EBindingService.class);
		List<Entry> entries = new ArrayList<>();
		for (MCommand c : application.getCommands()) {
			if (!c.getParameters().isEmpty() || c.getElementId().equals("org.excerpta.ui.command.quickAccess")) {
				continue; // commands that need a parameter are reached through their menus
			}
			ParameterizedCommand pc = commands.createCommand(c.getElementId(), null);
			if (pc != null && handlers.canExecute(pc)) {
				var binding = bindings == null ? null : bindings.getBestSequenceFor(pc);
				entries.add(new Entry(c.getCommandName(), binding == null ? null : binding.format(), pc));
			}
		}
		entries.sort(Comparator.comparing(Entry::name));
		Picker picker = new Picker(shell, entries);
		if (picker.open() == Dialog.OK && picker.chosen != null) {
			handlers.executeHandler(picker.chosen.command());
		}
	}

	/** The dialog: a filter box over the list of commands. */
	static final class Picker extends Dialog {

		private final List<Entry> all;
		private List<Entry> shown;
		private org.eclipse.swt.widgets.List list;
		Entry chosen;

		Picker(Shell parent, List<Entry> all) {
			super(parent);
			this.all = all;
			this.shown = all;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Quick Access");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite c = (Composite) super.createDialogArea(parent);
			Text filter = new Text(c, SWT.BORDER | SWT.SEARCH);
			filter.setMessage("Type part of a command's name");
			GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(filter);
			list = new org.eclipse.swt.widgets.List(c, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(true, true).hint(380, 260).applyTo(list);
			fill("");
			filter.addListener(SWT.Modify, e -> fill(filter.getText()));
			filter.addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.ARROW_DOWN) {
					list.setFocus();
				}
			});
			filter.addListener(SWT.DefaultSelection, e -> okPressed());
			list.addListener(SWT.DefaultSelection, e -> okPressed());
			return c;
		}

		private void fill(String text) {
			String t = text.strip().toLowerCase();
			shown = all.stream().filter(e -> e.name().toLowerCase().contains(t)).toList();
			list.setItems(shown.stream().map(Entry::label).toArray(String[]::new));
			if (!shown.isEmpty()) {
				list.select(0);
			}
		}

		@Override
		protected void okPressed() {
			int i = list.getSelectionIndex();
			chosen = i < 0 || i >= shown.size() ? null : shown.get(i);
			super.okPressed();
		}
	}
}
