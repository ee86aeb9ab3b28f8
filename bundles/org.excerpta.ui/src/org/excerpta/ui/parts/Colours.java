package org.excerpta.ui.parts;

import org.eclipse.swt.graphics.RGB;

/** A code's colour as the model keeps it ("#RRGGBB") turned into SWT's RGB. */
final class Colours {

	private Colours() {
	}

	/** The colour, or {@code fallback} when the code has none (or one not written #RRGGBB). */
	static RGB rgb(String hex, RGB fallback) {
		if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
			return fallback;
		}
		int v = Integer.parseInt(hex.substring(1), 16);
		return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
	}
}
