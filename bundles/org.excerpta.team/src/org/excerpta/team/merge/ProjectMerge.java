package org.excerpta.team.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Project;
import org.excerpta.model.TextSource;

/**
 * Merges another copy of a project into this one, element by element and keyed by GUID.
 * <p>
 * With a common ancestor (the base: for git sharing, the merge base of the two commits) the
 * merge is three-way: a feature changed on one side only is taken from that side, deletions are
 * carried over, and only real clashes become conflicts. Without a base, the other copy's new
 * elements are added (so every coding on either side survives), nothing is deleted, and every
 * differing feature is a conflict. Conflicts are never decided here: the caller shows them and
 * passes the user's {@link Resolution}s to {@link #apply}.
 */
public final class ProjectMerge {

	private ProjectMerge() {
	}

	/** Works out what merging {@code theirs} into {@code ours} would do; changes nothing. */
	public static MergePlan plan(Project base, Project ours, Project theirs) {
		ProjectState b = ProjectState.of(base);
		ProjectState o = ProjectState.of(ours);
		ProjectState t = ProjectState.of(theirs);
		MergePlan plan = new MergePlan(o, t, b != null);
		compareShared(b, o, t, plan);
		if (b != null) {
			deletedThere(b, o, t, plan);
			deletedHere(b, o, t, plan);
		}
		for (EObject e : t.elements()) {
			if (o.counterpart(e) == null && (b == null || b.counterpart(e) == null)) {
				plan.additions.add(ElementState.keyOf(e));
			}
		}
		return plan;
	}

	/**
	 * Carries out a plan on the live project as one undoable, durable command.
	 *
	 * @param theirsText  reads a source text of the other copy (for sources it adds)
	 * @param resolutions the user's choice for every conflict, by conflict id
	 * @throws IllegalArgumentException when a conflict has no resolution; nothing is changed then
	 */
	public static MergeResult apply(ExcerptaProject ours, MergePlan plan, Function<TextSource, String> theirsText,
			Map<String, Resolution> resolutions) {
		List<String> unresolved = unsettled(plan.conflicts(), resolutions).stream().map(c -> c.id() + " (" + c.describe() + ")")
				.toList();
		if (!unresolved.isEmpty()) {
			throw new IllegalArgumentException(unresolved.size() + " conflict(s) need a decision (ours or theirs) before the merge: "
					+ String.join("; ", unresolved));
		}
		if (ours.model() != plan.ours.project()) {
			throw new IllegalArgumentException("the plan was made for another project than " + ours.folder());
		}
		return new MergeApplier(ours, plan, theirsText, resolutions).run();
	}

	/** The conflicts the resolutions leave without a decision (none: the merge can go ahead). */
	public static List<MergeConflict> unsettled(List<MergeConflict> conflicts, Map<String, Resolution> resolutions) {
		return conflicts.stream().filter(c -> !resolutions.containsKey(c.id())).toList();
	}

	/** Merges a whole copy in one call when it has no conflicts, or when every conflict is settled the same way. */
	public static MergeResult merge(ExcerptaProject ours, ExcerptaProject theirs, Project base, Resolution forAll) {
		MergePlan plan = plan(base, ours.model(), theirs.model());
		Map<String, Resolution> resolutions = new LinkedHashMap<>();
		if (forAll != null) {
			plan.conflicts.keySet().forEach(id -> resolutions.put(id, forAll));
		}
		return apply(ours, plan, theirs::text, resolutions);
	}

	private static void compareShared(ProjectState b, ProjectState o, ProjectState t, MergePlan plan) {
		for (EObject theirsElement : t.elements()) {
			EObject oursElement = o.counterpart(theirsElement);
			if (oursElement == null || ProjectState.alike(oursElement, theirsElement)) {
				continue; // most elements of two copies: nothing to compare feature by feature
			}
			ElementState theirs = ElementState.of(theirsElement);
			ElementState ours = ElementState.of(oursElement);
			ElementState base = b == null ? null : b.get(theirs.key());
			Set<String> features = new LinkedHashSet<>(ours.features().keySet());
			features.addAll(theirs.features().keySet());
			for (String f : features) {
				Object ov = ours.features().get(f);
				Object tv = theirs.features().get(f);
				if (Objects.equals(ov, tv)) {
					continue;
				}
				if (base != null && Objects.equals(ov, base.features().get(f))) {
					plan.updates.add(new MergePlan.Update(theirs.key(), f, tv));
				} else if (base == null || !Objects.equals(tv, base.features().get(f))) {
					String id = theirs.key() + ":" + f;
					plan.conflicts.put(id, new MergeConflict(id, MergeConflict.Kind.CHANGED_BOTH, ours.describe(), f,
							words(o, ov), words(t, tv)));
					plan.conflictUpdates.put(id, new MergePlan.Update(theirs.key(), f, tv));
				}
			}
		}
	}

	/** Elements the other copy deleted: carried over unless this copy changed them or started to use them. */
	private static void deletedThere(ProjectState b, ProjectState o, ProjectState t, MergePlan plan) {
		Set<String> deleted = deletedFrom(b, o, t);
		Map<String, List<String>> groups = groups(deleted, o);
		Map<String, Set<String>> newUsers = newUsers(deleted, b, o);
		// A conflict per group still alive here; the key of the conflict each blocked group belongs to.
		Map<String, String> conflictOf = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> group : groups.entrySet()) {
			String reason = liveUse(group.getValue(), b, o, newUsers);
			if (reason != null) {
				String id = group.getKey();
				conflictOf.put(id, id);
				plan.conflicts.put(id, new MergeConflict(id, MergeConflict.Kind.DELETED_THERE_CHANGED_HERE,
						o.get(id).describe(), null, reason, "deleted"));
			}
		}
		// Deletions that went with a kept element (the codings of a code the user may keep) wait for
		// the same decision: keeping the code keeps its codings.
		Map<String, String> groupOf = new LinkedHashMap<>();
		groups.forEach((root, members) -> members.forEach(m -> groupOf.put(m, root)));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<String, List<String>> group : groups.entrySet()) {
				if (conflictOf.containsKey(group.getKey())) {
					continue;
				}
				for (String member : group.getValue()) {
					String blocker = o.get(member).dependencies().stream().map(groupOf::get)
							.filter(g -> g != null && conflictOf.containsKey(g)).findFirst().orElse(null);
					if (blocker != null) {
						conflictOf.put(group.getKey(), conflictOf.get(blocker));
						grew = true;
						break;
					}
				}
			}
		}
		for (String root : groups.keySet()) {
			String conflict = conflictOf.get(root);
			if (conflict == null) {
				plan.deletions.add(root);
			} else {
				plan.conflictDeletions.computeIfAbsent(conflict, k -> new ArrayList<>()).add(root);
			}
		}
	}

	/** Elements this copy deleted: they stay deleted unless the other copy changed them or started to use them. */
	private static void deletedHere(ProjectState b, ProjectState o, ProjectState t, MergePlan plan) {
		Set<String> deleted = deletedFrom(b, t, o);
		Map<String, Set<String>> newUsers = newUsers(deleted, b, t);
		for (Map.Entry<String, List<String>> group : groups(deleted, t).entrySet()) {
			String reason = liveUse(group.getValue(), b, t, newUsers);
			if (reason != null) {
				String id = group.getKey();
				plan.conflicts.put(id, new MergeConflict(id, MergeConflict.Kind.DELETED_HERE_CHANGED_THERE,
						t.get(id).describe(), null, "deleted", reason));
			}
		}
	}

	/** The keys of the elements {@code keeping} has from the base and {@code deleting} no longer has, in containment order. */
	private static Set<String> deletedFrom(ProjectState b, ProjectState keeping, ProjectState deleting) {
		Set<String> deleted = new LinkedHashSet<>();
		for (EObject e : keeping.elements()) {
			if (b.counterpart(e) != null && deleting.counterpart(e) == null) {
				deleted.add(ElementState.keyOf(e));
			}
		}
		return deleted;
	}

	/** Deleted keys grouped under their topmost deleted ancestor, so a source and its selections go together. */
	private static Map<String, List<String>> groups(Set<String> deleted, ProjectState side) {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (String key : deleted) {
			String root = key;
			for (String up = side.get(key).containerKey(); up != null && deleted.contains(up); up = side.get(up).containerKey()) {
				root = up;
			}
			groups.computeIfAbsent(root, k -> new ArrayList<>()).add(key);
		}
		return groups;
	}

	/**
	 * Why a group the other side deleted is still alive on {@code side}: an element of it changed
	 * since the base, or an element outside it newly depends on it (a new coding of a deleted code).
	 * Null when the group can go.
	 */
	private static String liveUse(List<String> group, ProjectState b, ProjectState side, Map<String, Set<String>> newUsers) {
		Set<String> members = new HashSet<>(group);
		int changed = 0;
		String example = null;
		for (String key : group) {
			if (!side.get(key).features().equals(b.get(key).features())) {
				changed++;
				example = example == null ? side.get(key).describe() + " was changed" : example;
			}
		}
		Set<String> users = new LinkedHashSet<>();
		for (String key : group) {
			for (String user : newUsers.getOrDefault(key, Set.of())) {
				if (!members.contains(user)) {
					users.add(user);
				}
			}
		}
		if (changed == 0 && users.isEmpty()) {
			return null;
		}
		if (example == null) {
			example = side.get(users.iterator().next()).describe() + " was added to it or now refers to it";
		}
		return (changed > 0 ? changed + " element(s) changed" : "") + (changed > 0 && !users.isEmpty() ? ", " : "")
				+ (!users.isEmpty() ? users.size() + " element(s) added to it or using it" : "") + " (for instance " + example + ")";
	}

	/**
	 * For each deleted key, the elements of {@code side} that depend on it and did not in the base
	 * (a new coding of a deleted code, a passage added to a deleted source), in containment order.
	 * One pass over the side, looking only at elements new or changed since the base: asking every
	 * element for each deleted group made a merge in which one side had uncoded thousands of
	 * passages walk the other's ten million elements thousands of times.
	 */
	private static Map<String, Set<String>> newUsers(Set<String> deleted, ProjectState b, ProjectState side) {
		Map<String, Set<String>> users = new HashMap<>();
		if (deleted.isEmpty()) {
			return users;
		}
		for (EObject element : side.elements()) {
			EObject before = b.counterpart(element);
			if (before != null && ProjectState.alike(before, element)) {
				continue; // the same container and references as in the base: no new dependency
			}
			String key = ElementState.keyOf(element);
			Set<String> old = before == null ? Set.of() : new HashSet<>(ElementState.of(before).dependencies());
			for (String dep : ElementState.of(element).dependencies()) {
				if (deleted.contains(dep) && !old.contains(dep)) {
					users.computeIfAbsent(dep, k -> new LinkedHashSet<>()).add(key);
				}
			}
		}
		return users;
	}

	private static String words(ProjectState side, Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof List<?> list) {
			List<String> names = new ArrayList<>();
			for (Object k : list) {
				ElementState s = side.get((String) k);
				names.add(s == null ? (String) k : s.describe());
			}
			return names.toString();
		}
		String text = value.toString();
		ElementState referenced = side.get(text);
		if (referenced != null) {
			return referenced.describe();
		}
		int slash = text.lastIndexOf('/');
		if (slash > 0 && side.get(text.substring(0, slash)) != null) {
			return "in " + side.get(text.substring(0, slash)).describe();
		}
		return text;
	}
}
