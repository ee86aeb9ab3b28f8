package org.excerpta.ui.handlers;

import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;

/**
 * Names Edit > Undo and Redo by what they would take back or make again ("Undo Autocode with
 * Trust"), as NVivo, MAXQDA and most desktop programs do: after an autocode of thousands of
 * passages, the researcher sees what an undo will remove before choosing it.
 */
final class EditMenuLabels {

	private EditMenuLabels() {
	}

	/** Sets the item's label to the verb and what it acts on (the verb alone when nothing, or when the change has no name). */
	static void name(MHandledMenuItem item, String verb, String what) {
		if (item == null) {
			return; // asked by a key binding, not the menu
		}
		String label = "&" + verb + (what == null || what.isBlank() ? "" : " " + shortened(what.strip()));
		if (!label.equals(item.getLabel())) {
			item.setLabel(label);
		}
	}

	/** A menu is no place for a paragraph: long names (an in-vivo code's words) are cut. */
	private static String shortened(String what) {
		return what.length() <= 60 ? what : what.substring(0, 59) + "\u2026";
	}
}
