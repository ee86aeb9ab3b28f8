package org.excerpta.team.merge;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;

/** Every element of one copy of a project by key, in containment order (containers first). */
final class ProjectState {

	private final Project project;
	private final Map<String, ElementState> elements = new LinkedHashMap<>();

	private ProjectState(Project project) {
		this.project = project;
		add(project);
		for (Iterator<EObject> it = project.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Identified) {
				add(o);
			}
		}
	}

	static ProjectState of(Project project) {
		return project == null ? null : new ProjectState(project);
	}

	private void add(EObject o) {
		ElementState s = ElementState.of(o);
		ElementState clash = elements.put(s.key(), s);
		if (clash != null) {
			throw new IllegalArgumentException("two elements share the GUID " + s.key() + " (" + clash.describe() + " and "
					+ s.describe() + "); the project cannot be merged until one of them is given a new GUID");
		}
	}

	Project project() {
		return project;
	}

	ElementState get(String key) {
		return elements.get(key);
	}

	boolean has(String key) {
		return elements.containsKey(key);
	}

	Collection<ElementState> all() {
		return elements.values();
	}

	/** Whether {@code key} lies at or below {@code ancestor} in this copy's containment tree. */
	boolean isWithin(String key, String ancestor) {
		for (ElementState s = elements.get(key); s != null; s = s.containerKey() == null ? null : elements.get(s.containerKey())) {
			if (s.key().equals(ancestor)) {
				return true;
			}
		}
		return false;
	}
}
