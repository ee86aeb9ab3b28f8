package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A horizontal bar chart drawn with SWT: one bar per label, with an optional 95% interval as a
 * whisker, values as percentages or counts. Small on purpose: the Counts view needs no more.
 */
final class BarChart {

	/** One bar: its label, value, interval (NaN for none) and colour (null: a neutral blue). */
	record Bar(String label, double value, double lower, double upper, RGB color) {
	}

	private final Canvas canvas;
	private List<Bar> bars = List.of();
	private String title = "";
	private boolean percent;

	BarChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea().width, canvas.getClientArea().height));
	}

	Canvas control() {
		return canvas;
	}

	void show(String newTitle, List<Bar> newBars, boolean asPercent) {
		this.title = newTitle;
		this.bars = new ArrayList<>(newBars);
		this.percent = asPercent;
		canvas.redraw();
	}

	List<Bar> bars() {
		return bars;
	}

	/** Saves the chart as a PNG, at its size on screen. */
	void savePng(String file) {
		Point size = canvas.getSize();
		Image image = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(image);
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(0, 0, size.x, size.y);
		paint(gc, size.x, size.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file, SWT.IMAGE_PNG);
		image.dispose();
	}

	private void paint(GC gc, int width, int height) {
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawString(title, 8, 4, true);
		if (bars.isEmpty()) {
			return;
		}
		int labelWidth = 0;
		for (Bar b : bars) {
			labelWidth = Math.max(labelWidth, gc.textExtent(b.label()).x);
		}
		labelWidth = Math.min(labelWidth, width / 3);
		int top = 26;
		int rowHeight = Math.max(12, Math.min(22, (height - top - 8) / bars.size()));
		double max = 0;
		for (Bar b : bars) {
			max = Math.max(max, Double.isNaN(b.upper()) ? b.value() : Math.max(b.value(), b.upper()));
		}
		if (percent) {
			max = Math.max(max, 0.0001);
		} else {
			max = Math.max(max, 1);
		}
		int x0 = 12 + labelWidth + 8;
		int plotWidth = Math.max(20, width - x0 - 70);
		int y = top;
		for (Bar b : bars) {
			String label = b.label();
			while (gc.textExtent(label).x > labelWidth && label.length() > 4) {
				label = label.substring(0, label.length() - 4) + "\u2026";
			}
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(label, x0 - 8 - gc.textExtent(label).x, y + (rowHeight - gc.getFontMetrics().getHeight()) / 2, true);
			int w = (int) Math.round(plotWidth * b.value() / max);
			Color fill = new Color(b.color() == null ? new RGB(0x4e, 0x79, 0xa7) : b.color());
			gc.setBackground(fill);
			gc.fillRectangle(x0, y + 3, Math.max(w, b.value() > 0 ? 1 : 0), rowHeight - 6);
			if (!Double.isNaN(b.lower())) {
				int lx = x0 + (int) Math.round(plotWidth * b.lower() / max);
				int ux = x0 + (int) Math.round(plotWidth * b.upper() / max);
				int my = y + rowHeight / 2;
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.drawLine(lx, my, ux, my);
				gc.drawLine(lx, my - 3, lx, my + 3);
				gc.drawLine(ux, my - 3, ux, my + 3);
			}
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			String value = percent ? String.format("%.0f%%", 100 * b.value()) : String.format("%.0f", b.value());
			gc.drawString(value, x0 + Math.max(w, 0) + 6, y + (rowHeight - gc.getFontMetrics().getHeight()) / 2, true);
			y += rowHeight;
		}
	}
}
