package org.excerpta.core.coding;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Code;
import org.excerpta.model.Codebook;

/** Code colours: #RRGGBB as REFI-QDA writes them, and a distinct default for a new code. */
final class CodeColors {

	private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");

	/** Tableau 20: colours readers can tell apart on highlighted text. */
	private static final List<String> PALETTE = List.of("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
			"#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC", "#A0CBE8", "#FFBE7D", "#FF9D9A", "#86BCB6",
			"#8CD17D", "#F1CE63", "#D4A6C8", "#FABFD2", "#D37295", "#499894");

	private final Set<String> used = new HashSet<>();

	CodeColors(Codebook codebook) {
		for (Iterator<EObject> it = codebook.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.getColor() != null) {
				used.add(c.getColor().toUpperCase(Locale.ROOT));
			}
		}
	}

	/** The first palette colour no code has yet; past the palette, hues spread by the golden angle. */
	String next() {
		for (String c : PALETTE) {
			if (used.add(c)) {
				return c;
			}
		}
		for (int i = used.size();; i++) {
			float hue = (i * 0.618034f) % 1f;
			String c = hsv(hue, 0.55f, 0.8f);
			if (used.add(c)) {
				return c;
			}
		}
	}

	/** HSV to #RRGGBB without java.awt, which the core bundle does not use. */
	private static String hsv(float h, float s, float v) {
		float[] rgb = new float[3];
		for (int k = 0; k < 3; k++) {
			float n = (5 - 2 * k + h * 6) % 6; // r: n=5, g: n=3, b: n=1
			rgb[k] = v - v * s * Math.max(0, Math.min(Math.min(n, 4 - n), 1));
		}
		return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
				Math.round(rgb[2] * 255));
	}

	/** A user's colour in canonical form, or an error naming the expected form. */
	static String check(String color) {
		String c = color.strip();
		if (!RGB.matcher(c).matches()) {
			throw new IllegalArgumentException("a colour is written #RRGGBB (for example #4E79A7), not \"" + color + "\"");
		}
		return c.toUpperCase(Locale.ROOT);
	}
}
