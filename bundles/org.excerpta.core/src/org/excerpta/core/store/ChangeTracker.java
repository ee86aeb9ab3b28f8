package org.excerpta.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.excerpta.model.notify.TreeListener;

/**
 * Watches every object of the open project and remembers which ones changed since the last
 * flush: changed objects are written again whole, objects taken out of the tree are deleted.
 * It works on notifications, so every change is caught whether it came from a command, an undo
 * or a redo. It sits on the project alone: the model's objects pass their notifications up to
 * it ({@link TreeListener}), instead of each carrying it as an adapter.
 */
final class ChangeTracker extends AdapterImpl implements TreeListener {

	private final Set<EObject> changed = new LinkedHashSet<>();
	private final Set<EObject> removed = new LinkedHashSet<>();
	private boolean suspended;

	@Override
	public void notifyChanged(Notification n) {
		if (suspended || n.isTouch() || !(n.getNotifier() instanceof EObject notifier)) {
			return;
		}
		if (!(n.getFeature() instanceof EReference ref) || !ref.isContainment()) {
			changed.add(notifier);
			return;
		}
		if (EmbeddedValues.isEmbedded(ref)) {
			changed.add(notifier); // its values are written inside its record
		}
		// Otherwise the container's record does not list what it contains (each child names its
		// container and place), so it stays as written: coding an answer writes the selection and
		// the coding, not the answer's text again.
		switch (n.getEventType()) {
		case Notification.ADD -> addedTree((EObject) n.getNewValue());
		case Notification.ADD_MANY -> addedTrees((Collection<?>) n.getNewValue());
		case Notification.SET -> {
			if (n.getOldValue() instanceof EObject old) {
				removed.add(old);
			}
			if (n.getNewValue() instanceof EObject added) {
				addedTree(added);
			}
		}
		case Notification.UNSET, Notification.REMOVE -> {
			if (n.getOldValue() instanceof EObject old) {
				removed.add(old);
			}
		}
		case Notification.REMOVE_MANY -> {
			for (Object old : (Collection<?>) n.getOldValue()) {
				removed.add((EObject) old);
			}
		}
		case Notification.MOVE -> changed.add((EObject) n.getNewValue());
		default -> {
			// other events carry no containment change
		}
		}
	}

	private void addedTrees(Collection<?> added) {
		for (Object o : added) {
			addedTree((EObject) o);
		}
	}

	private void addedTree(EObject added) {
		changed.add(added);
		for (TreeIterator<EObject> it = added.eAllContents(); it.hasNext();) {
			changed.add(it.next());
		}
	}

	boolean hasChanges() {
		return !changed.isEmpty() || !removed.isEmpty();
	}

	List<EObject> changed() {
		return new ArrayList<>(changed);
	}

	List<EObject> removed() {
		return new ArrayList<>(removed);
	}

	void clear() {
		changed.clear();
		removed.clear();
	}

	/** Runs something whose changes must not be recorded (loading, or rolling back what never reached disk). */
	void withoutRecording(Runnable r) {
		boolean was = suspended;
		suspended = true;
		try {
			r.run();
		} finally {
			suspended = was;
		}
	}
}
