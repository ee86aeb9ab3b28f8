package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.excerpta.model.Coding;

/**
 * The coding stripes beside the Document view's text: one coloured bar per coding, from the line
 * where the passage starts to the line where it ends, overlapping codings side by side in lanes,
 * the code's name at the top of each bar. Hovering names the code and the coder; a click selects
 * the coded passage in the text.
 */
final class CodingStripes {

	/**
	 * A coding as the stripes draw it: its passage in the text widget's characters (UTF-16), and who
	 * coded it. {@code coding} is null for a coded excerpt read from the index while the project
	 * loads: drawn and clickable, but not resized.
	 */
	record Stripe(Coding coding, int from, int to, RGB color, String label, String coder, int lane) {

		/** A model's coding, labelled with its code's name (and {@code suffix}). */
		static Stripe of(Coding c, int from, int to, RGB color, String suffix) {
			return new Stripe(c, from, to, color, c.getCode().getName() + suffix, c.getCoder() == null ? null : c.getCoder().getName(), 0);
		}
	}

	static final int LANE = 9;
	static final int WIDTH = 190;

	/** Moves a coding's passage to new char offsets (from, to) of the text. */
	interface Resizer {
		void resize(Stripe stripe, int from, int to);
	}

	/** How near (pixels) to a stripe's end a press grabs the end rather than the stripe. */
	static final int GRIP = 4;

	private final Canvas canvas;
	private final StyledText text;
	private List<Stripe> stripes = List.of();
	private final Resizer onResize;
	/** The stripe whose end is being dragged, which end, and where the mouse is now; null when none. */
	private Stripe dragged;
	private boolean draggingTop;
	private int dragY;

	CodingStripes(Composite parent, StyledText text, Consumer<Stripe> onClick) {
		this(parent, text, onClick, null);
	}

	CodingStripes(Composite parent, StyledText text, Consumer<Stripe> onClick, Resizer onResize) {
		this.text = text;
		this.onResize = onResize;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> {
			paint(e.gc);
			paintDrag(e.gc);
		});
		// The text scrolls and wraps on its own: repaint whenever it does.
		text.addPaintListener(e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, e -> {
			if (dragged != null) {
				dragY = e.y;
				canvas.redraw();
				return;
			}
			Stripe s = at(e.x, e.y);
			boolean grip = s != null && resizable(s) && nearEnd(s, e.y) != 0;
			canvas.setCursor(grip ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZENS) : null);
			canvas.setToolTipText(s == null ? null : s.label() + (s.coder() == null ? "" : " \u2014 coded by " + s.coder())
					+ (resizable(s) ? "\nDrag its top or bottom end to move where the passage starts or ends" : ""));
		});
		canvas.addListener(SWT.MouseDown, e -> {
			Stripe s = at(e.x, e.y);
			if (s == null || e.button != 1) {
				return;
			}
			int end = resizable(s) ? nearEnd(s, e.y) : 0;
			if (end != 0) {
				dragged = s;
				draggingTop = end < 0;
				dragY = e.y;
			} else {
				onClick.accept(s);
			}
		});
		canvas.addListener(SWT.MouseUp, e -> {
			if (dragged == null) {
				return;
			}
			Stripe s = dragged;
			dragged = null;
			canvas.redraw();
			int[] range = draggedRange(s, draggingTop, e.y);
			if (range != null) {
				onResize.resize(s, range[0], range[1]);
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	/** The stripe right-clicked last, which the menu's items act on. */
	private Stripe menuStripe;

	/**
	 * A right-click menu on the stripes: "Uncode" the coding under the mouse, as NVivo's and
	 * MAXQDA's coding stripes offer. A stripe read from the index while the project loads says
	 * it waits for the project.
	 */
	void uncodeWith(Consumer<Stripe> onUncode) {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(canvas);
		org.eclipse.swt.widgets.MenuItem uncode = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		uncode.addListener(SWT.Selection, e -> {
			if (menuStripe != null && menuStripe.coding() != null) {
				onUncode.accept(menuStripe);
			}
		});
		canvas.addListener(SWT.MenuDetect, e -> {
			org.eclipse.swt.graphics.Point at = canvas.toControl(e.x, e.y);
			menuStripe = at(at.x, at.y);
			canvas.setToolTipText(null); // it would cover the menu
			if (menuStripe == null) {
				e.doit = false; // nothing to act on between the stripes
				return;
			}
			uncode.setEnabled(menuStripe.coding() != null);
			uncode.setText(menuStripe.coding() == null ? "Uncode " + menuStripe.label() + " (once the project has loaded)"
					: "&Uncode " + menuStripe.label() + (menuStripe.coder() == null ? "" : " (coded by " + menuStripe.coder() + ")"));
		});
		canvas.setMenu(menu);
	}

	List<Stripe> stripes() {
		return stripes;
	}

	/** Lays the stripes out in lanes: each coding takes the first lane free at its first line. */
	void show(List<Stripe> unplaced) {
		List<Stripe> sorted = new ArrayList<>(unplaced);
		sorted.sort(Comparator.comparingInt(Stripe::from).thenComparing(Comparator.comparingInt(Stripe::to).reversed()));
		List<Integer> laneEnds = new ArrayList<>();
		List<Stripe> placed = new ArrayList<>();
		for (Stripe s : sorted) {
			int lane = 0;
			while (lane < laneEnds.size() && laneEnds.get(lane) > s.from()) {
				lane++;
			}
			if (lane == laneEnds.size()) {
				laneEnds.add(s.to());
			} else {
				laneEnds.set(lane, s.to());
			}
			placed.add(new Stripe(s.coding(), s.from(), s.to(), s.color(), s.label(), s.coder(), lane));
		}
		stripes = placed;
		canvas.setToolTipText(null); // it named a stripe that may be gone (uncoded); the next mouse move names the one under it
		canvas.redraw();
	}

	/**
	 * The chars shown now, from the first visible line to the last. Only stripes that meet them are
	 * measured: asking the text for the place of a far-away offset makes it lay out every line in
	 * between, which with thousands of codings made each paint and each mouse move take seconds.
	 */
	private int[] visible() {
		int first = text.getOffsetAtLine(Math.max(0, text.getLineIndex(0)));
		int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + 1);
		int last = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
		return new int[] { first, last };
	}

	private int top(Stripe s, int[] visible) {
		return s.from() < visible[0] ? -10 : text.getLocationAtOffset(Math.min(s.from(), text.getCharCount())).y;
	}

	private int bottom(Stripe s, int[] visible) {
		int end = Math.max(s.from(), Math.min(s.to(), text.getCharCount()) - 1);
		return end >= visible[1] ? canvas.getClientArea().height + 10 : text.getLocationAtOffset(end).y + text.getLineHeight(end);
	}

	/** Whether a stripe's ends can be dragged: a model's coding, where the view moves passages. */
	private boolean resizable(Stripe s) {
		return onResize != null && s.coding() != null;
	}

	/** -1 near the stripe's top end, 1 near its bottom end, 0 elsewhere. */
	private int nearEnd(Stripe s, int y) {
		int[] visible = visible();
		int top = top(s, visible);
		int bottom = bottom(s, visible);
		if (Math.abs(y - top) <= GRIP) {
			return -1;
		}
		return Math.abs(y - bottom) <= GRIP ? 1 : 0;
	}

	/**
	 * The passage after dragging one end to the paragraph (a line of the text, a speaker turn in a
	 * transcript) at {@code y}: the top end to its start, the bottom end to its end, line break and
	 * trailing spaces left out. Null when nothing would change or the passage would be empty. A
	 * boundary inside a paragraph is set by selecting and pressing Ctrl+R.
	 */
	int[] draggedRange(Stripe s, boolean top, int y) {
		int clamped = Math.max(0, Math.min(y, text.getClientArea().height - 1));
		int line = text.getLineIndex(clamped);
		int from = s.from();
		int to = s.to();
		if (top) {
			from = text.getOffsetAtLine(line);
		} else {
			to = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) : text.getCharCount();
			String shown = text.getText();
			while (to > from && Character.isWhitespace(shown.charAt(to - 1))) {
				to--; // the line break and trailing spaces are not part of what was said
			}
		}
		if (from >= to || from == s.from() && to == s.to()) {
			return null;
		}
		return new int[] { from, to };
	}

	/** Drags an end of a stripe as the mouse would (for tests): from its end to the line at {@code y}. */
	void drag(Stripe s, boolean top, int y) {
		int[] range = draggedRange(s, top, y);
		if (range != null && resizable(s)) {
			onResize.resize(s, range[0], range[1]);
		}
	}

	private static boolean meets(Stripe s, int[] visible) {
		return s.to() > visible[0] && s.from() < visible[1];
	}

	private Stripe at(int x, int y) {
		int[] visible = visible();
		for (Stripe s : stripes) {
			if (!meets(s, visible)) {
				continue;
			}
			int left = 4 + s.lane() * LANE;
			if (x >= left && x < left + LANE - 2 && y >= top(s, visible) && y <= bottom(s, visible)) {
				return s;
			}
		}
		return null;
	}

	private void paint(GC gc) {
		int height = canvas.getClientArea().height;
		int lanes = stripes.stream().mapToInt(Stripe::lane).max().orElse(-1) + 1;
		int labelX = 8 + lanes * LANE;
		int lastLabelBottom = Integer.MIN_VALUE;
		int[] visible = visible();
		for (Stripe s : stripes) {
			if (!meets(s, visible)) {
				continue;
			}
			int y0 = top(s, visible);
			int y1 = bottom(s, visible);
			if (y1 < 0 || y0 > height) {
				continue;
			}
			gc.setBackground(new Color(s.color()));
			gc.fillRectangle(4 + s.lane() * LANE, y0, LANE - 3, Math.max(4, y1 - y0));
			if (y0 >= lastLabelBottom) { // a label where it does not run into the one above
				gc.setForeground(new Color(darker(s.color())));
				String label = s.label();
				while (gc.textExtent(label).x > WIDTH - labelX - 4 && label.length() > 4) {
					label = label.substring(0, label.length() - 4) + "\u2026";
				}
				gc.drawString(label, labelX, y0, true);
				lastLabelBottom = y0 + gc.getFontMetrics().getHeight();
			}
		}
	}

	private void paintDrag(GC gc) {
		if (dragged != null) {
			gc.setForeground(new Color(darker(dragged.color())));
			gc.setLineWidth(2);
			gc.drawLine(0, dragY, canvas.getClientArea().width, dragY);
		}
	}

	private static RGB darker(RGB c) {
		return new RGB(c.red * 6 / 10, c.green * 6 / 10, c.blue * 6 / 10);
	}
}
