package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

/**
 * The Counts view's chart, drawn with SWTChart: horizontal bars, one per label, with the 95%
 * interval as an error bar where there is one, as counts or as percentages.
 */
final class BarChart {

	/** One bar: its label, value, interval (NaN for none) and colour (null: a neutral blue). */
	record Bar(String label, double value, double lower, double upper, RGB color) {
	}

	private static final String SERIES = "bars";
	private static final RGB NEUTRAL = new RGB(0x4e, 0x79, 0xa7);

	private final Chart chart;

	BarChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.setOrientation(SWT.VERTICAL); // categories down the side: long code names stay readable
		chart.getLegend().setVisible(false);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		// Until there is something to show: not SWTChart's own "Chart Title" and "Y Axis".
		chart.getTitle().setText("");
		chart.getAxisSet().getYAxis(0).getTitle().setText("");
	}

	void show(String title, List<Bar> newBars, boolean asPercent) {
		show(title, newBars, asPercent, asPercent ? "share of the cases (%)" : "cases");
	}

	/** @param valueName what the bars measure, for the value axis: "cases", "occurrences" */
	void show(String title, List<Bar> newBars, boolean asPercent, String valueName) {
		List<Bar> bars = new ArrayList<>(newBars);
		chart.getTitle().setText(title);
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		IAxis categories = chart.getAxisSet().getXAxis(0);
		IAxis values = chart.getAxisSet().getYAxis(0);
		values.getTitle().setText(valueName);
		if (bars.stream().allMatch(b -> b.value() == 0)) {
			// SWTChart draws an axis from -1 to 1 and black labels for bars of zero: say so instead.
			chart.getTitle().setText(bars.isEmpty() ? title : "Nothing coded yet");
			categories.enableCategory(false);
			chart.redraw();
			return;
		}
		double scale = asPercent ? 100 : 1;
		int n = bars.size();
		// SWTChart draws the first category at the bottom; reverse so the list reads top down.
		String[] labels = new String[n];
		double[] ys = new double[n];
		double[] plus = new double[n];
		double[] minus = new double[n];
		boolean intervals = false;
		for (int i = 0; i < n; i++) {
			Bar b = bars.get(n - 1 - i);
			labels[i] = b.label();
			ys[i] = b.value() * scale;
			if (!Double.isNaN(b.lower())) {
				intervals = true;
				plus[i] = (b.upper() - b.value()) * scale;
				minus[i] = (b.value() - b.lower()) * scale;
			}
		}
		categories.enableCategory(true);
		categories.setCategorySeries(labels);
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
		series.setYSeries(ys);
		RGB rgb = bars.get(0).color();
		series.setBarColor(new Color(rgb == null ? NEUTRAL : rgb));
		series.getLabel().setVisible(true);
		series.getLabel().setFormat(asPercent ? "0'%'" : "0");
		if (intervals) {
			IErrorBar errors = series.getYErrorBar();
			errors.setType(IErrorBar.ErrorBarType.BOTH);
			errors.setPlusErrors(plus);
			errors.setMinusErrors(minus);
			errors.setVisible(true);
		}
		chart.getAxisSet().adjustRange();
		if (intervals) {
			values.setRange(new org.eclipse.swtchart.Range(0, Math.max(1, max(ys, plus)) * 1.1));
		}
		chart.redraw();
	}

	private static double max(double[] ys, double[] plus) {
		double m = 0;
		for (int i = 0; i < ys.length; i++) {
			m = Math.max(m, ys[i] + plus[i]);
		}
		return m;
	}

	/** The chart's title, as shown. */
	String title() {
		return chart.getTitle().getText();
	}

	/** The bars' labels, top down, as shown (none when the chart says there is nothing to show). */
	List<String> labels() {
		IAxis categories = chart.getAxisSet().getXAxis(0);
		if (!categories.isCategoryEnabled() || chart.getSeriesSet().getSeries().length == 0) {
			return List.of();
		}
		List<String> top = new ArrayList<>(List.of(categories.getCategorySeries()));
		java.util.Collections.reverse(top); // SWTChart holds them bottom up
		return top;
	}

	/** Saves the chart as a PNG, at its size on screen. */
	void savePng(String file) {
		chart.save(file, SWT.IMAGE_PNG);
	}
}
