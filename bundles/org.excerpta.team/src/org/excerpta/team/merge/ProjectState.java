package org.excerpta.team.merge;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;
import org.excerpta.model.VariableValue;

/**
 * Every element of one copy of a project by key, in containment order (containers first).
 * <p>
 * It holds the elements, not their {@link ElementState}s: a state is made when asked for and
 * dropped after. Holding the states of three copies of a million-answer project (ten million
 * elements each, a map of features per element) took more than 18 GB, and the merge ran out of
 * memory. Variable values, six per respondent, are not in the map either: their key names their
 * case or source and variable, which finds them ({@link ElementState#keyOf}). The map's keys are
 * the model's own GUID strings, so it costs its entries only.
 */
final class ProjectState {

	private final Project project;
	/** Every identified element but the variable values matched by case and variable, by key. */
	private final Map<String, EObject> elements;

	private ProjectState(Project project) {
		this.project = project;
		this.elements = new HashMap<>(1 << 16);
		for (EObject o : elements()) {
			if (isKeyedByPlace(o)) {
				checkUniqueValue((VariableValue) o);
			} else {
				EObject clash = elements.put(ElementState.keyOf(o), o);
				if (clash != null) {
					throw duplicate(clash, o);
				}
			}
		}
	}

	static ProjectState of(Project project) {
		return project == null ? null : new ProjectState(project);
	}

	/** A value keyed by its case (or source) and variable rather than by its GUID. */
	private static boolean isKeyedByPlace(EObject o) {
		return o instanceof VariableValue v && v.eContainer() != null && v.getVariable() != null;
	}

	/** A case has one value per variable: a second would share its key. */
	private static void checkUniqueValue(VariableValue v) {
		for (EObject sibling : v.eContainer().eContents()) {
			if (sibling == v) {
				return;
			}
			if (sibling instanceof VariableValue other && other.getVariable() == v.getVariable()) {
				throw duplicate(other, v);
			}
		}
	}

	private static IllegalArgumentException duplicate(EObject first, EObject second) {
		return new IllegalArgumentException("two elements share the GUID " + ElementState.keyOf(second) + " ("
				+ ElementState.of(first).describe() + " and " + ElementState.of(second).describe()
				+ "); the project cannot be merged until one of them is given a new GUID");
	}

	Project project() {
		return project;
	}

	/** The element with this key, or null. */
	EObject element(String key) {
		EObject o = elements.get(key);
		if (o != null) {
			return o;
		}
		int hash = key.lastIndexOf('#');
		if (hash <= 0) {
			return null;
		}
		EObject container = element(key.substring(0, hash));
		return container == null ? null : valueOf(container, key.substring(hash + 1));
	}

	/** A case's (or source's) value of the variable with this key, or null. */
	private static EObject valueOf(EObject container, String variableKey) {
		for (EObject child : container.eContents()) {
			if (child instanceof VariableValue v && v.getVariable() != null && variableKey.equals(ElementState.keyOf(v.getVariable()))) {
				return v;
			}
		}
		return null;
	}

	/**
	 * This copy's element with the key of another copy's element, or null: {@link #element} without
	 * making a value's key and taking it apart again, which was a third of a large merge's plan.
	 */
	EObject counterpart(EObject other) {
		if (isKeyedByPlace(other)) {
			EObject container = element(ElementState.keyOf(other.eContainer()));
			return container == null ? null : valueOf(container, ElementState.keyOf(((VariableValue) other).getVariable()));
		}
		return element(ElementState.keyOf(other));
	}

	/** What the element with this key says, made now; null when there is none. */
	ElementState get(String key) {
		EObject o = element(key);
		return o == null ? null : ElementState.of(o);
	}

	boolean has(String key) {
		return element(key) != null;
	}

	/** The elements, in containment order. */
	Iterable<EObject> elements() {
		return this::allElements;
	}

	/** The project, then every identified element below it, depth first. */
	private Iterator<EObject> allElements() {
		TreeIterator<EObject> below = project.eAllContents();
		return new Iterator<>() {
			private EObject next = project;

			@Override
			public boolean hasNext() {
				while (next == null && below.hasNext()) {
					EObject o = below.next();
					if (o instanceof Identified) {
						next = o;
					}
				}
				return next != null;
			}

			@Override
			public EObject next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				EObject o = next;
				next = null;
				return o;
			}
		};
	}

	/**
	 * The keys of the elements at or below any of these roots, in one pass over the copy (a loop
	 * over the roots, each walking the copy, took a pass per deleted passage).
	 */
	java.util.Set<String> within(java.util.Set<String> roots) {
		java.util.Set<String> found = new java.util.HashSet<>();
		if (roots.isEmpty()) {
			return found;
		}
		for (EObject e : elements()) {
			for (EObject o = e; o != null; o = o.eContainer()) {
				if (roots.contains(ElementState.keyOf(o))) {
					found.add(ElementState.keyOf(e));
					break;
				}
			}
		}
		return found;
	}

	/**
	 * Whether two elements say the same, as their {@link ElementState}s would (equal attributes,
	 * references to elements with equal keys, the same place), without making the states: most
	 * elements of two copies are alike, and making states for ten million of them was most of a
	 * large merge's time and garbage. Equal values have equal lexical forms, so "alike" here
	 * implies equal states; a difference is then looked at through the states.
	 */
	static boolean alike(EObject a, EObject b) {
		if (a.eClass() != b.eClass()) {
			return false;
		}
		for (EStructuralFeature f : a.eClass().getEAllStructuralFeatures()) {
			if (!ElementState.isCompared(f)) {
				continue;
			}
			if (f instanceof EAttribute) {
				if (!Objects.equals(a.eGet(f), b.eGet(f))) {
					return false;
				}
			} else if (f instanceof EReference r && !r.isContainment() && !r.isContainer()) {
				if (r.isMany()) {
					List<?> as = (List<?>) a.eGet(r);
					List<?> bs = (List<?>) b.eGet(r);
					if (as.size() != bs.size()) {
						return false;
					}
					for (int i = 0; i < as.size(); i++) {
						if (!ElementState.keyOf((EObject) as.get(i)).equals(ElementState.keyOf((EObject) bs.get(i)))) {
							return false;
						}
					}
				} else {
					EObject at = (EObject) a.eGet(r);
					EObject bt = (EObject) b.eGet(r);
					if (at == null ? bt != null : bt == null || !ElementState.keyOf(at).equals(ElementState.keyOf(bt))) {
						return false;
					}
				}
			}
		}
		EObject ac = a.eContainer();
		EObject bc = b.eContainer();
		if (ac == null || bc == null) {
			return ac == bc;
		}
		return a.eContainingFeature() == b.eContainingFeature() && ElementState.keyOf(ac).equals(ElementState.keyOf(bc));
	}
}
