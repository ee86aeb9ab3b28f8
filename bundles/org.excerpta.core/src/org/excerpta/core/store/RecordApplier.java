package org.excerpta.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.excerpta.core.SharedStrings;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;
import org.excerpta.model.VariableValue;

/**
 * Rebuilds the model from records. References are resolved when a group is complete, because a
 * record may refer to an object that a later record of the same group creates.
 */
final class RecordApplier {

	private final ExcerptaPackage pkg = ExcerptaPackage.eINSTANCE;
	private static final EReference VARIABLE = ExcerptaPackage.Literals.VARIABLE_VALUE__VARIABLE;
	private final GuidIndex index;
	private final List<PendingReference> pending = new ArrayList<>();
	private final List<String> warnings;
	private Path file;
	private Project root;
	/**
	 * While a snapshot is read, each object appears once and what it refers to usually appears
	 * before it (codes, variables and users sit nearer the root), so references are set at once when
	 * their targets exist: holding millions of them until the end of the group cost memory and time.
	 */
	private boolean resolveEarly;
	/** Variables, codes and users by GUID while a snapshot is read (see {@link #lookUp}). */
	private final Map<String, EObject> shared = new HashMap<>();
	private final Map<String, EClass> classes = new HashMap<>();
	private final Map<EClass, List<EStructuralFeature>> recorded = new HashMap<>();
	private final Map<EClass, List<EReference>> embeddedFeatures = new HashMap<>();
	private final Map<EClass, Map<String, EStructuralFeature>> namedFeatures = new HashMap<>();
	/**
	 * Dates by their text. Objects made in one action carry the same instant (an import's batch, an
	 * autocode) and share one {@code Date}: three million of them were 4% of a large project's heap.
	 * Excerpta never changes a {@code Date} in place; setters replace it.
	 */
	private final Map<String, Date> dates = new HashMap<>();
	private static final int DATES_KEPT = 10_000;
	private String lastContainerGuid;
	private EObject lastContainer;
	private final SharedStrings lexical = new SharedStrings();

	private record PendingReference(EObject owner, EReference reference, Object guids) {
	}

	RecordApplier(GuidIndex index, List<String> warnings) {
		this.index = index;
		this.warnings = warnings;
	}

	void readingFrom(Path file, boolean snapshot) {
		this.file = file;
		this.resolveEarly = snapshot;
		shared.clear();
		lastContainer = null;
		lastContainerGuid = null;
	}

	Project root() {
		return root;
	}

	void apply(Record record) {
		switch (record) {
		case Record.Put p -> put(p);
		case Record.Delete d -> delete(d);
		case Record.Commit c -> throw new IllegalStateException("commits are handled by the reader");
		}
	}

	private void put(Record.Put p) {
		EClass eClass = eClass(p.eClass());
		if (resolveEarly) {
			// A snapshot holds each object once: create and register it with one look-up in the
			// (large) GUID index instead of two; hash look-ups were the top of the open profile.
			EObject fresh = EcoreUtil.create(eClass);
			((Identified) fresh).setGuid(p.guid());
			EObject previous = index.putAndGetPrevious(p.guid(), fresh);
			if (previous == null) {
				fill(fresh, eClass, p, false);
				return;
			}
			index.put(p.guid(), previous); // a damaged snapshot naming an object twice: treat it as a journal would
		}
		EObject o = index.get(p.guid());
		boolean existing = o != null && o.eClass() == eClass;
		if (!existing) {
			if (o != null) {
				index.unregisterTree(o);
				EcoreUtil.remove(o);
			}
			o = EcoreUtil.create(eClass);
			((Identified) o).setGuid(p.guid());
			index.put(p.guid(), o);
		}
		fill(o, eClass, p, existing);
	}

	/** Sets an object's attributes and references from its record, and places it in its container. */
	private void fill(EObject o, EClass eClass, Record.Put p, boolean existing) {
		if (existing) {
			fillExisting(o, eClass, p);
		} else {
			fillFresh(o, eClass, p);
		}
		for (EReference r : embeddedFeatures(eClass)) {
			List<List<String>> pairs = p.embedded().get(r.getName());
			if (pairs != null) {
				setEmbeddedValues(o, r, pairs, existing);
			}
		}
		place(o, p);
	}

	/**
	 * A new object needs only what its record gives: walking the record's values instead of asking
	 * for every feature of the class spares tens of millions of map look-ups in a large snapshot.
	 * Values of features this version does not know are ignored, as {@link #fillExisting} does.
	 */
	private void fillFresh(EObject o, EClass eClass, Record.Put p) {
		Map<String, EStructuralFeature> byName = featuresByName(eClass);
		for (Map.Entry<String, Object> e : p.attributes().entrySet()) {
			if (byName.get(e.getKey()) instanceof EAttribute a) {
				setAttribute(o, a, e.getValue());
			}
		}
		for (Map.Entry<String, Object> e : p.references().entrySet()) {
			if (byName.get(e.getKey()) instanceof EReference r
					&& !(resolveEarly && resolvedNow(o, r, e.getValue()))) {
				pending.add(new PendingReference(o, r, e.getValue()));
			}
		}
	}

	/** An object already there takes its record's whole state: what the record leaves out is unset. */
	private void fillExisting(EObject o, EClass eClass, Record.Put p) {
		for (EStructuralFeature f : recordedFeatures(eClass)) {
			Map<String, Object> values = f instanceof EAttribute ? p.attributes() : p.references();
			if (!values.containsKey(f.getName())) {
				o.eUnset(f);
			} else if (f instanceof EAttribute a) {
				setAttribute(o, a, values.get(f.getName()));
			} else {
				pending.add(new PendingReference(o, (EReference) f, values.get(f.getName())));
			}
		}
	}

	/** Replaces a case's or source's values with those its record holds (see {@link EmbeddedValues}). */
	@SuppressWarnings("unchecked")
	private void setEmbeddedValues(EObject owner, EReference feature, List<List<String>> pairs, boolean existing) {
		EList<EObject> list = (EList<EObject>) owner.eGet(feature);
		if (existing && !list.isEmpty()) {
			for (EObject old : list) {
				index.unregisterTree(old); // values read from an older project had GUIDs of their own
			}
			list.clear();
		}
		if (pairs.isEmpty()) {
			return;
		}
		List<EObject> values = new ArrayList<>(pairs.size());
		for (List<String> pair : pairs) {
			if (pair.size() != 2) {
				throw new ProjectStoreException(file, "the values of " + RecordMaker.guid(owner)
						+ " must be pairs of variable and value; the file is damaged. Nothing has been changed.");
			}
			VariableValue value = ExcerptaFactory.eINSTANCE.createVariableValue();
			value.setValue(lexical.share(pair.get(1)));
			String variable = pair.get(0);
			if (variable != null && !(resolveEarly && resolvedNow(value, VARIABLE, variable))) {
				pending.add(new PendingReference(value, VARIABLE, variable));
			}
			values.add(value);
		}
		((InternalEList<EObject>) list).addAllUnique(values); // new objects: nothing to check for duplicates
	}

	/**
	 * Adds targets to a new object's empty list. EMF's {@code addAll} checks for duplicates with a new
	 * hash set per call, a tenth of opening a large project; a short list is checked by hand instead.
	 */
	private static void addAllFresh(EList<EObject> list, List<EObject> targets) {
		if (!list.isEmpty() || targets.size() > 16 || hasDuplicates(targets)) {
			list.addAll(targets);
		} else {
			((InternalEList<EObject>) list).addAllUnique(targets);
		}
	}

	private static boolean hasDuplicates(List<EObject> few) {
		for (int i = 1; i < few.size(); i++) {
			for (int j = 0; j < i; j++) {
				if (few.get(i) == few.get(j)) {
					return true;
				}
			}
		}
		return false;
	}

	private Date date(String lexical) {
		Date known = dates.get(lexical);
		if (known == null) {
			if (dates.size() >= DATES_KEPT) {
				dates.clear(); // dates made one by one (codings by hand) repeat little: keep the map small
			}
			known = Dates.parse(lexical);
			dates.put(lexical, known);
		}
		return known;
	}

	private void setAttribute(EObject o, EAttribute a, Object value) {
		if (a.isMany()) {
			List<Object> converted = new ArrayList<>();
			for (String s : Record.many(value)) {
				converted.add(EcoreUtil.createFromString(a.getEAttributeType(), s));
			}
			o.eSet(a, converted);
		} else {
			o.eSet(a, value == null ? null
					: a.getEAttributeType() == EcorePackage.Literals.EDATE ? date((String) value)
							: EcoreUtil.createFromString(a.getEAttributeType(), (String) value));
		}
	}

	@SuppressWarnings("unchecked")
	private void place(EObject o, Record.Put p) {
		if (p.container() == null) {
			if (!(o instanceof Project project)) {
				throw new ProjectStoreException(file, "object " + p.guid() + " (" + p.eClass() + ") has no container");
			}
			root = project;
			return;
		}
		EObject container = containerOf(p);
		if (container == null) {
			throw new ProjectStoreException(file, "object " + p.guid() + " is placed in " + p.container()
					+ ", which does not exist (the file is damaged). Nothing has been changed.");
		}
		EStructuralFeature f = container.eClass().getEStructuralFeature(p.feature());
		if (!(f instanceof EReference r) || !r.isContainment()) {
			throw new ProjectStoreException(file, "object " + p.guid() + " is placed in an unknown feature \""
					+ p.feature() + "\" of " + container.eClass().getName() + "; written by a newer Excerpta?");
		}
		if (r.isMany()) {
			EList<EObject> list = (EList<EObject>) container.eGet(r);
			int at = Math.min(Math.max(p.index(), 0), list.size());
			int current = o.eContainer() == container && o.eContainmentFeature() == r ? indexOf(list, o) : -1;
			if (current >= 0) {
				list.move(Math.min(at, list.size() - 1), current);
			} else {
				list.add(at, o);
			}
		} else {
			container.eSet(r, o);
		}
	}

	/**
	 * The object's container. In a snapshot, runs of records share one (a million cases in the
	 * project, a source's selections): the last one found is kept rather than looked up again.
	 */
	private EObject containerOf(Record.Put p) {
		if (!resolveEarly) {
			return index.get(p.container());
		}
		if (!p.container().equals(lastContainerGuid)) {
			lastContainer = index.get(p.container());
			lastContainerGuid = lastContainer == null ? null : p.container();
		}
		return lastContainer;
	}

	/** Looks from the end: replayed objects are nearly always appended, so this is constant time in practice. */
	static int indexOf(List<?> list, Object o) {
		for (int i = list.size() - 1; i >= 0; i--) {
			if (list.get(i) == o) {
				return i;
			}
		}
		return -1;
	}

	private void delete(Record.Delete d) {
		EObject o = index.get(d.guid());
		if (o != null) {
			index.unregisterTree(o);
			EcoreUtil.remove(o);
		}
	}

	/** Sets a reference of a new object if every target already exists (with the right type); false leaves it for the end of the group. */
	@SuppressWarnings("unchecked")
	private boolean resolvedNow(EObject owner, EReference reference, Object guids) {
		if (reference.isMany()) {
			List<String> list = Record.many(guids);
			List<EObject> targets = new ArrayList<>(list.size());
			for (String guid : list) {
				EObject target = ofType(reference, lookUp(reference, guid));
				if (target == null) {
					return false;
				}
				targets.add(target);
			}
			addAllFresh((EList<EObject>) owner.eGet(reference), targets);
			return true;
		}
		if (guids == null) {
			owner.eSet(reference, null);
			return true;
		}
		EObject target = ofType(reference, lookUp(reference, (String) guids));
		if (target == null) {
			return false;
		}
		owner.eSet(reference, target);
		return true;
	}

	/** The target if the reference may point to it, else null (a missing target, or one of another kind). */
	private static EObject ofType(EReference reference, EObject target) {
		return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
	}

	/**
	 * Millions of values, codings and selections refer to a few dozen variables, codes and users:
	 * those are found in a small map that stays in the processor's cache, not in the GUID index.
	 */
	private EObject lookUp(EReference reference, String guid) {
		EClass type = reference.getEReferenceType();
		if (type != ExcerptaPackage.Literals.VARIABLE && type != ExcerptaPackage.Literals.CODE
				&& type != ExcerptaPackage.Literals.USER) {
			return index.get(guid);
		}
		EObject target = shared.get(guid);
		if (target == null) {
			target = index.get(guid);
			if (target != null && shared.size() < 100_000) {
				shared.put(guid, target);
			}
		}
		return target;
	}

	/** Resolves the references collected since the last group; a target that no longer exists is reported. */
	@SuppressWarnings("unchecked")
	void endOfGroup() {
		for (PendingReference ref : pending) {
			if (ref.reference().isMany()) {
				List<EObject> targets = new ArrayList<>();
				for (String guid : Record.many(ref.guids())) {
					EObject target = resolve(ref, guid);
					if (target != null) {
						targets.add(target);
					}
				}
				EList<EObject> list = (EList<EObject>) ref.owner().eGet(ref.reference());
				list.clear();
				list.addAll(targets);
			} else {
				ref.owner().eSet(ref.reference(), ref.guids() == null ? null : resolve(ref, (String) ref.guids()));
			}
		}
		pending.clear();
	}

	private EObject resolve(PendingReference ref, String guid) {
		EObject target = ofType(ref.reference(), index.get(guid));
		if (target == null) {
			warnings.add(file.getFileName() + ": " + ref.reference().getName() + " of "
					+ RecordMaker.guid(ref.owner()) + " referred to " + guid + ", which no longer exists; the reference was dropped.");
			return null;
		}
		return target;
	}

	private List<EReference> embeddedFeatures(EClass eClass) {
		return embeddedFeatures.computeIfAbsent(eClass, c -> c.getEAllContainments().stream()
				.filter(r -> RecordMaker.isStored(r) && EmbeddedValues.isEmbedded(r)).toList());
	}

	private Map<String, EStructuralFeature> featuresByName(EClass eClass) {
		return namedFeatures.computeIfAbsent(eClass, c -> {
			Map<String, EStructuralFeature> m = new HashMap<>();
			recordedFeatures(c).forEach(f -> m.put(f.getName(), f));
			return m;
		});
	}

	/** The features a record gives values for: stored, not the GUID, not containment. Worked out once per class. */
	private List<EStructuralFeature> recordedFeatures(EClass eClass) {
		return recorded.computeIfAbsent(eClass, c -> c.getEAllStructuralFeatures().stream()
				.filter(f -> RecordMaker.isStored(f) && f != ExcerptaPackage.Literals.IDENTIFIED__GUID
						&& !(f instanceof EReference r && (r.isContainment() || r.isContainer())))
				.toList());
	}

	private EClass eClass(String name) {
		EClass known = classes.get(name);
		if (known != null) {
			return known; // EPackage looks classes up by walking its list: 7% of opening a large project
		}
		EClassifier c = pkg.getEClassifier(name);
		if (!(c instanceof EClass ec) || ec.isAbstract()) {
			throw new ProjectStoreException(file, "unknown kind of object \"" + name
					+ "\"; the project was probably written by a newer Excerpta. Nothing has been changed.");
		}
		classes.put(name, ec);
		return ec;
	}
}
