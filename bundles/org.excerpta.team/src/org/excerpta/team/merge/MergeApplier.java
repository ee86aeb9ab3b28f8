package org.excerpta.team.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Coding;
import org.excerpta.model.Identified;
import org.excerpta.model.TextSource;

/**
 * Carries out a {@link MergePlan} as one {@link ChangeCommand}: undo restores the project as it
 * was, and the store writes the whole merge as one durable group.
 */
final class MergeApplier {

	private final ExcerptaProject project;
	private final MergePlan plan;
	private final Function<TextSource, String> theirsText;
	private final Map<String, Resolution> resolutions;

	private final Set<String> additions = new LinkedHashSet<>();
	private final List<MergePlan.Update> updates = new ArrayList<>();
	private final List<String> deletions = new ArrayList<>();
	private final Map<String, EObject> copies = new LinkedHashMap<>();
	private final List<String> notMerged = new ArrayList<>();
	private Set<EObject> removed = Set.of();

	MergeApplier(ExcerptaProject project, MergePlan plan, Function<TextSource, String> theirsText,
			Map<String, Resolution> resolutions) {
		this.project = project;
		this.plan = plan;
		this.theirsText = theirsText;
		this.resolutions = resolutions;
	}

	MergeResult run() {
		decide();
		Set<String> gone = plan.ours.within(new HashSet<>(deletions));
		dropOrphans(gone);
		// Texts are files written once under the source's GUID: write them before the command so the
		// model never points at a missing file; an abandoned merge leaves only an unused file.
		for (String key : additions) {
			if (plan.theirs.element(key) instanceof TextSource s && s.getPlainTextContent() == null
					&& s.getPlainTextPath() != null) {
				project.store().storeText(s.getGuid(), theirsText.apply(s));
			}
		}
		ChangeCommand command = new ChangeCommand(project.model()) {
			@Override
			protected void doExecute() {
				addCopies();
				applyUpdates();
				removeDeleted();
			}
		};
		command.setLabel("Merge " + additions.size() + " new element(s) from another copy");
		project.execute(command);
		Map<String, Integer> added = new LinkedHashMap<>();
		for (String key : additions) {
			added.merge(plan.theirs.element(key).eClass().getName(), 1, Integer::sum);
		}
		return new MergeResult(added, updates.size(), removed.size(), List.copyOf(notMerged));
	}

	/** Turns the plan and the user's resolutions into the changes to make. */
	private void decide() {
		additions.addAll(plan.additions);
		updates.addAll(plan.updates);
		deletions.addAll(plan.deletions);
		Set<String> restored = new HashSet<>();
		for (MergeConflict c : plan.conflicts.values()) {
			if (resolutions.get(c.id()) != Resolution.THEIRS) {
				continue;
			}
			switch (c.kind()) {
			case CHANGED_BOTH -> updates.add(plan.conflictUpdates.get(c.id()));
			case DELETED_THERE_CHANGED_HERE -> deletions.addAll(plan.conflictDeletions.get(c.id()));
			case DELETED_HERE_CHANGED_THERE -> restored.add(c.id());
			}
		}
		// Subtrees deleted here and kept there are restored as the other copy has them: found in one
		// pass over it, not one pass per conflict (thousands, when a coder uncoded a whole code).
		for (String key : plan.theirs.within(restored)) {
			if (!plan.ours.has(key)) {
				additions.add(key);
			}
		}
		// Keep the other copy's containment order, so containers come before their contents.
		Set<String> ordered = new LinkedHashSet<>();
		for (EObject e : plan.theirs.elements()) {
			String key = ElementState.keyOf(e);
			if (additions.contains(key)) {
				ordered.add(key);
			}
		}
		additions.clear();
		additions.addAll(ordered);
	}

	/**
	 * Leaves out additions whose container or required reference will not exist after the merge
	 * (the user kept a deletion they depend on), and says so.
	 */
	private void dropOrphans(Set<String> gone) {
		for (Iterator<String> it = additions.iterator(); it.hasNext();) {
			String key = it.next();
			ElementState s = plan.theirs.get(key);
			String missing = null;
			if (!exists(s.containerKey(), gone)) {
				missing = "its container " + describeTheirs(s.containerKey());
			} else if (s.element() instanceof Coding c && !exists(ElementState.keyOf(c.getCode()), gone)) {
				missing = "its code " + describeTheirs(ElementState.keyOf(c.getCode()));
			}
			if (missing != null) {
				it.remove();
				gone.add(key); // its contents cannot come either
				notMerged.add(s.describe() + " (" + key + "): " + missing + " is deleted in this copy");
			}
		}
	}

	private boolean exists(String key, Set<String> gone) {
		return (plan.ours.has(key) && !gone.contains(key)) || additions.contains(key);
	}

	private String describeTheirs(String key) {
		ElementState s = plan.theirs.get(key);
		return s == null ? key : s.describe();
	}

	private void addCopies() {
		for (String key : additions) {
			EObject original = plan.theirs.element(key);
			EObject copy = EcoreUtil.create(original.eClass());
			for (EAttribute a : original.eClass().getEAllAttributes()) {
				if (a.isChangeable() && !a.isDerived() && !a.isTransient() && original.eIsSet(a)) {
					Object value = original.eGet(a);
					copy.eSet(a, a.isMany() ? new ArrayList<>((List<?>) value) : value);
				}
			}
			copies.put(key, copy);
		}
		// References first, then containment, attaching whole new subtrees to the live model last.
		for (String key : additions) {
			setReferences(copies.get(key), plan.theirs.get(key));
		}
		List<Runnable> attachToModel = new ArrayList<>();
		for (String key : additions) {
			ElementState s = plan.theirs.get(key);
			EObject copy = copies.get(key);
			EObject container = copies.get(s.containerKey());
			EStructuralFeature feature = s.element().eContainingFeature();
			if (container != null) {
				containment(container, feature).add(copy);
			} else {
				EObject live = plan.ours.element(s.containerKey());
				attachToModel.add(() -> containment(live, feature).add(copy));
			}
		}
		attachToModel.forEach(Runnable::run);
	}

	private void setReferences(EObject target, ElementState state) {
		for (EReference r : target.eClass().getEAllReferences()) {
			if (r.isContainment() || r.isContainer() || !r.isChangeable() || r.isDerived() || r.isTransient()) {
				continue;
			}
			Object value = state.features().get(r.getName());
			target.eSet(r, resolve(r, value));
		}
	}

	private Object resolve(EReference r, Object value) {
		if (r.isMany()) {
			List<EObject> objects = new ArrayList<>();
			for (Object k : value == null ? List.of() : (List<?>) value) {
				EObject o = lookup((String) k);
				if (o != null) {
					objects.add(o);
				}
			}
			return objects;
		}
		return value == null ? null : lookup((String) value);
	}

	private EObject lookup(String key) {
		EObject copy = copies.get(key);
		if (copy != null) {
			return copy;
		}
		ElementState s = plan.ours.get(key);
		return s == null ? null : s.element();
	}

	private void applyUpdates() {
		for (MergePlan.Update u : updates) {
			EObject element = lookup(u.key());
			if (element == null) {
				continue;
			}
			if (u.feature().equals(ElementState.PLACE)) {
				String place = (String) u.value();
				int slash = place.lastIndexOf('/');
				EObject container = lookup(place.substring(0, slash));
				if (container != null) {
					containment(container, container.eClass().getEStructuralFeature(place.substring(slash + 1))).add(element);
				}
				continue;
			}
			EStructuralFeature f = element.eClass().getEStructuralFeature(u.feature());
			if (f instanceof EAttribute a) {
				element.eSet(a, u.value() == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), (String) u.value()));
			} else if (f instanceof EReference r) {
				element.eSet(r, resolve(r, u.value()));
			}
		}
	}

	/** Removes deleted subtrees, then every reference still pointing into them. */
	private void removeDeleted() {
		Set<EObject> doomed = new HashSet<>();
		for (String key : deletions) {
			EObject root = plan.ours.element(key);
			doomed.add(root);
			root.eAllContents().forEachRemaining(doomed::add);
		}
		for (String key : deletions) {
			EcoreUtil.remove(plan.ours.element(key));
		}
		List<EObject> dangling = new ArrayList<>();
		for (Iterator<EObject> it = project.model().eAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EReference r : o.eClass().getEAllReferences()) {
				if (r.isContainment() || r.isContainer() || !r.isChangeable()) {
					continue;
				}
				if (r.isMany()) {
					@SuppressWarnings("unchecked")
					EList<EObject> list = (EList<EObject>) o.eGet(r);
					list.removeIf(doomed::contains);
				} else if (doomed.contains(o.eGet(r))) {
					if (r.getLowerBound() > 0) {
						dangling.add(o); // a coding whose code went: it cannot stand
					} else {
						o.eSet(r, null);
					}
				}
			}
		}
		for (EObject o : dangling) {
			notMerged.add(o.eClass().getName() + " " + ((Identified) o).getGuid()
					+ " was removed: the other copy deleted what it requires");
			EcoreUtil.remove(o);
			doomed.add(o);
		}
		removed = doomed;
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> containment(EObject container, EStructuralFeature feature) {
		return (EList<EObject>) container.eGet(feature);
	}
}
