package org.excerpta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.Project;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.notify.TreeListener;
import org.junit.jupiter.api.Test;

/** The project store's change tracker hears the whole project through one listener on its root. */
class TreeListenerTest {

	private static final ExcerptaFactory F = ExcerptaFactory.eINSTANCE;

	/** Remembers what it heard, as "notifier class: feature". */
	private static final class Heard extends AdapterImpl implements TreeListener {
		final List<String> heard = new ArrayList<>();

		@Override
		public void notifyChanged(Notification n) {
			if (n.getEventType() == Notification.REMOVING_ADAPTER) {
				return; // EMF tells an adapter that it is being removed
			}
			String feature = n.getFeature() == null ? "?" : ((EStructuralFeature) n.getFeature()).getName();
			heard.add(n.getNotifier().getClass().getSimpleName().replace("Impl", "") + ": " + feature);
		}
	}

	@Test
	void aChangeDeepInTheTreeReachesTheListenerOnTheRootOnce() {
		Project project = F.createProject();
		TextSource source = F.createTextSource();
		TextSelection selection = F.createTextSelection();
		Coding coding = F.createCoding();
		source.getSelections().add(selection);
		project.getSources().add(source);
		Heard listener = new Heard();
		project.eAdapters().add(listener);

		selection.getCodings().add(coding);
		coding.setCreated(new java.util.Date());
		project.setName("Tenure study");

		assertEquals(List.of("TextSelection: codings", "Coding: created", "Project: name"), listener.heard,
				"each change heard once, from the object that changed, the root's own included");
		assertTrue(coding.eAdapters().isEmpty(), "the objects carry no adapter");
		assertTrue(((InternalEObject) selection).eNotificationRequired(), "an object in a listened tree says it is listened to");
	}

	@Test
	void objectsOutsideTheTreeAreNotHeard() {
		Project project = F.createProject();
		Heard listener = new Heard();
		project.eAdapters().add(listener);
		TextSource source = F.createTextSource();
		source.setName("before it joins");
		assertFalse(((InternalEObject) source).eNotificationRequired());

		project.getSources().add(source);
		source.setName("while in the project");
		project.getSources().remove(source);
		source.setName("after it left");

		assertEquals(List.of("Project: sources", "TextSource: name", "Project: sources"), listener.heard);
	}

	@Test
	void aRemovedListenerHearsNothingMore() {
		Project project = F.createProject();
		TextSource source = F.createTextSource();
		project.getSources().add(source);
		Heard listener = new Heard();
		project.eAdapters().add(listener);
		project.eAdapters().remove(listener);
		source.setName("unheard");
		assertTrue(listener.heard.isEmpty());
		assertFalse(((InternalEObject) source).eNotificationRequired());
	}
}
