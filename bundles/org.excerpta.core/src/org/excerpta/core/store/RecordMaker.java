package org.excerpta.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Identified;

/**
 * Describes an object's whole state as a {@link Record.Put}, reflectively from the Ecore model, so
 * that every class and feature added to the model later is stored without touching the store.
 */
final class RecordMaker {

	private static final EAttribute GUID = ExcerptaPackage.Literals.IDENTIFIED__GUID;

	Record.Put put(EObject o, int index) {
		EObject container = o.eContainer();
		Map<String, Object> attrs = new LinkedHashMap<>();
		Map<String, Object> refs = new LinkedHashMap<>();
		Map<String, List<List<String>>> embedded = Map.of();
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			if (!isStored(f) || f == GUID) {
				continue;
			}
			if (f instanceof EReference r && EmbeddedValues.isEmbedded(r)) {
				// Written even when empty: a record without it would leave stale values in place.
				if (embedded.isEmpty()) {
					embedded = new LinkedHashMap<>(2);
				}
				embedded.put(r.getName(), EmbeddedValues.pairs((List<?>) o.eGet(r)));
				continue;
			}
			if (!o.eIsSet(f)) {
				continue;
			}
			if (f instanceof EAttribute a) {
				attrs.put(a.getName(), attributeValue(o, a));
			} else if (f instanceof EReference r && !r.isContainment() && !r.isContainer()) {
				refs.put(r.getName(), referenceValue(o, r));
			}
		}
		return new Record.Put(guid(o), o.eClass().getName(), container == null ? null : guid(container),
				container == null ? null : o.eContainmentFeature().getName(), index, attrs, refs, embedded);
	}

	static boolean isStored(EStructuralFeature f) {
		return !f.isTransient() && !f.isDerived() && !f.isVolatile();
	}

	static String guid(EObject o) {
		return ((Identified) o).getGuid();
	}

	private static Object attributeValue(EObject o, EAttribute a) {
		if (a.isMany()) {
			List<String> values = new ArrayList<>();
			for (Object v : (List<?>) o.eGet(a)) {
				values.add(EcoreUtil.convertToString(a.getEAttributeType(), v));
			}
			return values;
		}
		Object value = o.eGet(a);
		if (value instanceof java.util.Date date) {
			return Dates.format(date);
		}
		return EcoreUtil.convertToString(a.getEAttributeType(), value);
	}

	private static Object referenceValue(EObject o, EReference r) {
		if (r.isMany()) {
			List<String> guids = new ArrayList<>();
			for (Object target : (List<?>) o.eGet(r, false)) {
				guids.add(guid((EObject) target));
			}
			return guids;
		}
		Object target = o.eGet(r, false);
		return target == null ? null : guid((EObject) target);
	}
}
