package org.excerpta.model.notify;

import org.eclipse.emf.common.notify.Adapter;

/**
 * An adapter that, once added to the root of a containment tree of {@link TreeObject}s, hears
 * every notification of every object in that tree: what an {@code EContentAdapter} does, without
 * an adapter on each object.
 * <p>
 * Objects find it by walking up to their root when they change, so an object hears nothing
 * before it joins the tree or after it leaves it. The root's own notifications reach it the
 * ordinary way, as the root's adapter.
 */
public interface TreeListener extends Adapter {
	// a marker: the root's adapters are searched for it
}
