package org.excerpta.team.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.model.Codebook;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;
import org.excerpta.model.VariableValue;

/**
 * What one element of a project says, as plain values a merge can compare across copies: its
 * attributes in their lexical form, its references as keys of the elements they point to, and
 * its place (container and containment feature). Contained children are elements of their own.
 */
record ElementState(String key, EObject element, String place, Map<String, Object> features) {

	/** The pseudo-feature under which a merge compares where an element lives (a move changes it). */
	static final String PLACE = "(place)";

	/**
	 * An element's key: its GUID, except for the project and its codebook, which are matched by
	 * role, and variable values, matched by case and variable, because a copy of a project that went
	 * through another tool may carry new GUIDs for them.
	 */
	static String keyOf(EObject element) {
		if (element instanceof Project) {
			return "(project)";
		}
		if (element instanceof Codebook) {
			return "(codebook)";
		}
		if (element instanceof VariableValue v && v.eContainer() != null && v.getVariable() != null) {
			// A case (or source) has one value per variable; REFI-QDA has no GUID for values, so an
			// imported copy's values carry new ones: match them by what they are the value of.
			return keyOf(v.eContainer()) + "#" + keyOf(v.getVariable());
		}
		return ((Identified) element).getGuid();
	}

	static ElementState of(EObject element) {
		Map<String, Object> features = new LinkedHashMap<>();
		for (EStructuralFeature f : element.eClass().getEAllStructuralFeatures()) {
			if (!isCompared(f)) {
				continue;
			}
			if (f instanceof EAttribute a) {
				Object v = element.eGet(a);
				features.put(a.getName(), v == null ? null : EcoreUtil.convertToString(a.getEAttributeType(), v));
			} else if (f instanceof EReference r && !r.isContainment() && !r.isContainer()) {
				if (r.isMany()) {
					List<String> keys = new ArrayList<>();
					for (Object o : (List<?>) element.eGet(r)) {
						keys.add(keyOf((EObject) o));
					}
					features.put(r.getName(), List.copyOf(keys));
				} else {
					EObject target = (EObject) element.eGet(r);
					features.put(r.getName(), target == null ? null : keyOf(target));
				}
			}
		}
		EObject container = element.eContainer();
		String place = container == null ? null : keyOf(container) + "/" + element.eContainingFeature().getName();
		features.put(PLACE, place);
		return new ElementState(keyOf(element), element, place, features);
	}

	/** Whether a merge compares this feature: what a user changes, except the GUID (the key itself). */
	static boolean isCompared(EStructuralFeature f) {
		return !f.isTransient() && !f.isDerived() && f.isChangeable() && !f.getName().equals("guid");
	}

	/** The key of the container, or null for the project itself. */
	String containerKey() {
		return place == null ? null : place.substring(0, place.lastIndexOf('/'));
	}

	/** Keys this element depends on: its container and every element it references. */
	List<String> dependencies() {
		List<String> keys = new ArrayList<>();
		if (place != null) {
			keys.add(containerKey());
		}
		for (Map.Entry<String, Object> e : features.entrySet()) {
			if (e.getKey().equals(PLACE)) {
				continue;
			}
			EStructuralFeature f = element.eClass().getEStructuralFeature(e.getKey());
			if (f instanceof EReference) {
				if (e.getValue() instanceof List<?> list) {
					list.forEach(o -> keys.add((String) o));
				} else if (e.getValue() != null) {
					keys.add((String) e.getValue());
				}
			}
		}
		return keys;
	}

	/** A short description a researcher can recognise: kind and name or text. */
	String describe() {
		String kind = element.eClass().getName();
		Object name = features.get("name");
		if (name == null) {
			name = features.get("speaker");
		}
		if (name == null && features.containsKey("start")) {
			name = features.get("start") + "-" + features.get("end");
		}
		return name == null ? kind + " " + key : kind + " \"" + name + "\"";
	}
}
