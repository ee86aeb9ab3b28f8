package org.excerpta.analysis.agreement;

import java.util.List;

/**
 * Krippendorff's coincidence matrix: o<sub>ck</sub> counts the pairs of values c and k found
 * together in a unit, each unit's pairs weighted by 1/(m<sub>u</sub> - 1) so that every pairable
 * value contributes exactly 1 in total. It is symmetric; its row sums n<sub>c</sub> are the
 * numbers of pairable values of each category and its total n the number of pairable values.
 */
public final class CoincidenceMatrix {

	private final List<String> categories;
	private final double[][] o;

	CoincidenceMatrix(List<String> categories, double[][] o) {
		this.categories = List.copyOf(categories);
		this.o = o;
	}

	/** The categories, in the order of the rows and columns. */
	public List<String> categories() {
		return categories;
	}

	/** o<sub>ck</sub> for the categories at positions c and k. */
	public double get(int c, int k) {
		return o[c][k];
	}

	/** o<sub>ck</sub> for two category labels; 0 for a label not in the data. */
	public double get(String c, String k) {
		int i = categories.indexOf(c);
		int j = categories.indexOf(k);
		return i < 0 || j < 0 ? 0 : o[i][j];
	}

	/** n<sub>c</sub>, the number of pairable values of the category at position c. */
	public double marginal(int c) {
		double sum = 0;
		for (double v : o[c]) {
			sum += v;
		}
		return sum;
	}

	/** n<sub>c</sub> for a category label; 0 for a label not in the data. */
	public double marginal(String c) {
		int i = categories.indexOf(c);
		return i < 0 ? 0 : marginal(i);
	}

	/** n, the number of pairable values. */
	public double total() {
		double sum = 0;
		for (int c = 0; c < o.length; c++) {
			sum += marginal(c);
		}
		return sum;
	}
}
