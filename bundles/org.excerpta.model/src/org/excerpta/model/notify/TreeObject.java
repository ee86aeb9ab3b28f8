package org.excerpta.model.notify;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * The base class of every generated model class (the genmodel's root extends class): passes each
 * notification to the {@link TreeListener} on the root of the object's containment tree.
 * <p>
 * Why not an {@code EContentAdapter}: it puts itself in the adapter list of every object. A
 * survey of a million respondents holds about five million objects, so the project store's change
 * tracker cost an adapter array per object (about 120 MB), 12% of the time to open the project
 * and two to three seconds to detach at close. Here the objects carry nothing; the price is a
 * walk up the containment tree (a few steps) when an object changes or asks whether anyone
 * listens.
 */
public abstract class TreeObject extends MinimalEObjectImpl.Container {

	@Override
	public boolean eNotificationRequired() {
		return super.eNotificationRequired() || treeListener() != null;
	}

	@Override
	public void eNotify(Notification notification) {
		super.eNotify(notification);
		TreeListener listener = treeListener();
		if (listener != null) {
			listener.notifyChanged(notification);
		}
	}

	/** The listener on this object's root, or null; the root itself has none here (it delivers to its adapters). */
	private TreeListener treeListener() {
		InternalEObject top = eInternalContainer();
		if (top == null || !eDeliver()) {
			return null;
		}
		for (InternalEObject up = top.eInternalContainer(); up != null; up = up.eInternalContainer()) {
			top = up;
		}
		if (!(top instanceof TreeObject root) || !root.eDeliver()) {
			return null;
		}
		Adapter[] adapters = root.eBasicAdapterArray();
		if (adapters != null) {
			for (Adapter a : adapters) {
				if (a instanceof TreeListener listener) {
					return listener;
				}
			}
		}
		return null;
	}
}
