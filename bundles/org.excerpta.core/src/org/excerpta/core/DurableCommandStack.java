package org.excerpta.core;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.core.store.ProjectStoreException;

/**
 * The project's one command stack: every command, undo and redo is written to the journal before
 * the call returns, so there is no "save" and nothing to lose. If writing fails, the change is
 * taken back in memory too and the error is raised: what the user sees is always what is on disk.
 */
final class DurableCommandStack extends BasicCommandStack {

	private final ProjectStore store;

	DurableCommandStack(ProjectStore store) {
		this.store = store;
	}

	private RuntimeException failure;
	/** Listeners hear of a change once it is on disk, when every new object has its GUID (the index needs them). */
	private boolean holdNotifications;
	private boolean notificationHeld;

	@Override
	public void execute(Command command) {
		failure = null;
		holdingNotifications(() -> {
			super.execute(command);
			if (failure != null) {
				// What the failed command did change is in memory: keep disk equal to it, then report.
				store.flush();
				RuntimeException e = failure;
				failure = null;
				throw e;
			}
			persist(() -> super.undo());
		});
	}

	@Override
	public void undo() {
		holdingNotifications(() -> {
			super.undo();
			persist(() -> super.redo());
		});
	}

	@Override
	public void redo() {
		holdingNotifications(() -> {
			super.redo();
			persist(() -> super.undo());
		});
	}

	/** Runs a change with listeners held back until it is on disk (or has failed and been taken back). */
	private void holdingNotifications(Runnable change) {
		holdNotifications = true;
		try {
			change.run();
		} finally {
			releaseNotifications();
		}
	}

	@Override
	protected void notifyListeners() {
		if (holdNotifications) {
			notificationHeld = true;
		} else {
			super.notifyListeners();
		}
	}

	private void releaseNotifications() {
		holdNotifications = false;
		if (notificationHeld) {
			notificationHeld = false;
			super.notifyListeners();
		}
	}

	private void persist(Runnable revert) {
		try {
			store.flush();
		} catch (ProjectStoreException e) {
			store.discardPendingChanges(revert);
			// The history no longer matches the journal; start it afresh rather than offer a wrong undo.
			flush();
			throw e;
		}
	}

	/** BasicCommandStack only logs a command's exception; keep it so that it reaches the caller. */
	@Override
	protected void handleError(Exception exception) {
		failure = exception instanceof RuntimeException re ? re : new IllegalStateException(exception);
	}
}
