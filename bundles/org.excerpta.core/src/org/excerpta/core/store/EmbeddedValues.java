package org.excerpta.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.VariableValue;

/**
 * Variable values are stored inside the record of the case or source they belong to, as pairs of
 * variable GUID and lexical value, not as objects of their own.
 *
 * <p>Why: a value has no identity a user or another project refers to (REFI-QDA gives it no GUID;
 * a merge matches values by case and variable), yet a survey of a million respondents with five
 * attributes and one question holds six million of them: stored as objects they were 60% of the
 * project's records and of the GUIDs held in memory. A value's GUID, if it has one (projects written
 * before storage format 2), is therefore not kept: a changed value writes its case or source again.
 */
final class EmbeddedValues {

	private static final EClass VALUE = ExcerptaPackage.Literals.VARIABLE_VALUE;

	private EmbeddedValues() {
	}

	/** Whether objects of this class live inside their container's record. */
	static boolean isEmbedded(EClass eClass) {
		return eClass == VALUE;
	}

	/** Whether what this containment holds lives inside its container's record. */
	static boolean isEmbedded(EReference containment) {
		return containment.isContainment() && containment.getEReferenceType() == VALUE;
	}

	/** The object whose record holds this one: itself, or for a value its case or source. */
	static EObject recordOwner(EObject o) {
		return isEmbedded(o.eClass()) && o.eContainer() != null ? o.eContainer() : o;
	}

	/** The values of one containment, as [variable GUID, lexical value] pairs; either may be null. */
	static List<List<String>> pairs(List<?> values) {
		List<List<String>> pairs = new ArrayList<>(values.size());
		for (Object o : values) {
			VariableValue v = (VariableValue) o;
			pairs.add(Arrays.asList(v.getVariable() == null ? null : v.getVariable().getGuid(), v.getValue()));
		}
		return pairs;
	}
}
