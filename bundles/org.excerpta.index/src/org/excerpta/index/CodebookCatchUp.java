package org.excerpta.index;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.core.store.JournalCodings.CodePut;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;

/**
 * The codebook of an index's outline as a pulled journal leaves it: codes added, renamed,
 * recoloured, redescribed, moved or removed, on a copy of the outline's codebook (the original
 * stays as it was if the pull cannot be followed). Codes are placed as opening the project places
 * them from the same records ({@code RecordApplier}): at the record's position, clamped to the
 * list, moved within it when already there. Documents name codes by GUID, so no document changes
 * with the codebook; what the caller must still check is that no coded excerpt is left with a
 * code removed here ({@link #removed}).
 */
final class CodebookCatchUp {

	private final Codebook codebook;
	private final Map<String, Code> codes = new HashMap<>();
	private final Set<String> removed = new LinkedHashSet<>();
	private boolean changed;

	CodebookCatchUp(Codebook original) {
		this.codebook = EcoreUtil.copy(original); // GUIDs are attributes: the copy has the same
		for (var it = codebook.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c) {
				codes.put(c.getGuid(), c);
			}
		}
	}

	/** Whether the codebook has a code with this GUID now. */
	boolean has(String codeGuid) {
		return codes.containsKey(codeGuid);
	}

	/** Applies a code's put; false when its place is one the codebook does not have. */
	boolean put(CodePut p) {
		List<Code> siblings;
		Code parent = codes.get(p.parentGuid());
		if (parent != null) {
			siblings = parent.getChildren();
		} else if (p.parentGuid().equals(codebook.getGuid())) {
			siblings = codebook.getCodes();
		} else {
			return false; // a parent the outline does not know (or an older outline without the codebook's GUID)
		}
		Code code = codes.get(p.guid());
		if (code != null && (code == parent || parent != null && EcoreUtil.isAncestor(code, parent))) {
			return false; // into its own sub-codes: not something the codebook editor does
		}
		if (code == null) {
			code = org.excerpta.model.ExcerptaFactory.eINSTANCE.createCode();
			code.setGuid(p.guid());
			codes.put(p.guid(), code);
			removed.remove(p.guid());
		}
		code.setName(p.name());
		code.setColor(p.color());
		code.setDescription(p.description());
		code.setCodable(p.codable());
		ProjectOutline.setMemos(code, p.memos());
		place(code, (EList<Code>) siblings, p.index());
		changed = true;
		return true;
	}

	/**
	 * Places a code in a list of codes as opening the project places an object from its record: at
	 * {@code index}, clamped to the list, moved within it when already there, else taken from where
	 * it was.
	 */
	static void place(Code code, EList<Code> list, int index) {
		int at = Math.min(Math.max(index, 0), list.size());
		int current = list.indexOf(code);
		if (current >= 0) {
			list.move(Math.min(at, list.size() - 1), current);
		} else {
			EcoreUtil.remove(code); // from its old parent, if it had one
			list.add(Math.min(at, list.size()), code);
		}
	}

	/** Removes a code with its sub-codes; false when the GUID is no code of the codebook. */
	boolean remove(String guid) {
		Code code = codes.get(guid);
		if (code == null) {
			return false;
		}
		for (Code gone : subtree(code)) {
			codes.remove(gone.getGuid());
			removed.add(gone.getGuid());
		}
		EcoreUtil.remove(code);
		changed = true;
		return true;
	}

	/** The GUIDs of the codes removed (with their sub-codes) and not put again. */
	Set<String> removed() {
		return removed;
	}

	/** The codebook as the steps left it, or null when no step touched it. */
	Codebook changed() {
		return changed ? codebook : null;
	}

	/** A code and every code below it. */
	private static List<Code> subtree(Code code) {
		List<Code> all = new java.util.ArrayList<>();
		all.add(code);
		for (var it = code.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c) {
				all.add(c);
			}
		}
		return all;
	}
}
