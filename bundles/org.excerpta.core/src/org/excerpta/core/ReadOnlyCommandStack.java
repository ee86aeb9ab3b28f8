package org.excerpta.core;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/** The command stack of a project opened for reading only: it refuses every change. */
final class ReadOnlyCommandStack extends BasicCommandStack {

	@Override
	public void execute(Command command) {
		throw new IllegalStateException("the project is open read-only; the change was not made");
	}
}
