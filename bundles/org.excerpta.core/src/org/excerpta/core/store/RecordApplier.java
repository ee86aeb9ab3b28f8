package org.excerpta.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Identified;
import org.excerpta.model.Project;

/**
 * Rebuilds the model from records. References are resolved when a group is complete, because a
 * record may refer to an object that a later record of the same group creates.
 */
final class RecordApplier {

	private final ExcerptaPackage pkg = ExcerptaPackage.eINSTANCE;
	private final GuidIndex index;
	private final List<PendingReference> pending = new ArrayList<>();
	private final List<String> warnings;
	private Path file;
	private Project root;

	private record PendingReference(EObject owner, EReference reference, Object guids) {
	}

	RecordApplier(GuidIndex index, List<String> warnings) {
		this.index = index;
		this.warnings = warnings;
	}

	void readingFrom(Path file) {
		this.file = file;
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
		EObject o = index.get(p.guid());
		EClass eClass = eClass(p.eClass());
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
		for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
			if (!RecordMaker.isStored(f) || f == ExcerptaPackage.Literals.IDENTIFIED__GUID
					|| f instanceof EReference r && (r.isContainment() || r.isContainer())) {
				continue;
			}
			Map<String, Object> values = f instanceof EAttribute ? p.attributes() : p.references();
			if (!values.containsKey(f.getName())) {
				if (existing) {
					o.eUnset(f); // a put gives the whole state: what it leaves out is unset
				}
			} else if (f instanceof EAttribute a) {
				setAttribute(o, a, values.get(f.getName()));
			} else {
				pending.add(new PendingReference(o, (EReference) f, values.get(f.getName())));
			}
		}
		place(o, p);
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
					: a.getEAttributeType() == org.eclipse.emf.ecore.EcorePackage.Literals.EDATE ? Dates.parse((String) value)
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
		EObject container = index.get(p.container());
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
		EObject target = index.get(guid);
		if (target == null || !ref.reference().getEReferenceType().isInstance(target)) {
			warnings.add(file.getFileName() + ": " + ref.reference().getName() + " of "
					+ RecordMaker.guid(ref.owner()) + " referred to " + guid + ", which no longer exists; the reference was dropped.");
			return null;
		}
		return target;
	}

	private EClass eClass(String name) {
		EClassifier c = pkg.getEClassifier(name);
		if (!(c instanceof EClass ec) || ec.isAbstract()) {
			throw new ProjectStoreException(file, "unknown kind of object \"" + name
					+ "\"; the project was probably written by a newer Excerpta. Nothing has been changed.");
		}
		return ec;
	}
}
