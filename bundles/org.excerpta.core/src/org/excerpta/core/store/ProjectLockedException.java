package org.excerpta.core.store;

import java.nio.file.Path;

/** Another program (or another window of this one) has the project open for writing. */
public final class ProjectLockedException extends ProjectStoreException {

	private static final long serialVersionUID = 1L;

	public ProjectLockedException(Path lockFile, String holder) {
		super(lockFile.getParent(), "the project is already open in another Excerpta (" + holder
				+ "). Close it there first; nothing has been changed.");
	}
}
