package org.excerpta.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A reliability data matrix in Krippendorff's sense: units (passages, answers, characters) by
 * coders, each cell the nominal category a coder gave the unit, or missing when the coder did not
 * judge it.
 * <p>
 * The matrix is held as its distinct rows, each with the number of units that have exactly that
 * row: every coefficient here is a sum over units, so a million characters that two coders both
 * left uncoded cost one row with a count, not a million rows. Categories are strings, numbered in
 * the order they first appear; {@code null} marks a missing value.
 */
public final class ReliabilityData {

	/** A missing value in {@link Row#values()}. */
	static final int MISSING = -1;

	private final List<String> coders;
	private final List<String> categories;
	private final List<Row> rows;
	private final long units;

	/** Distinct rows of category numbers ({@link #MISSING} for none), with how many units have them. */
	record Row(int[] values, long count) {

		/** How many coders gave this unit a value. */
		int valued() {
			int m = 0;
			for (int v : values) {
				if (v != MISSING) {
					m++;
				}
			}
			return m;
		}

		/** How many values of each category the unit has. */
		long[] perCategory(int categoryCount) {
			long[] n = new long[categoryCount];
			for (int v : values) {
				if (v != MISSING) {
					n[v]++;
				}
			}
			return n;
		}
	}

	private ReliabilityData(List<String> coders, List<String> categories, List<Row> rows) {
		this.coders = coders;
		this.categories = categories;
		this.rows = rows;
		long n = 0;
		for (Row r : rows) {
			n += r.count();
		}
		this.units = n;
	}

	/**
	 * Starts a matrix for these coders (at least two, each named once).
	 *
	 * @throws IllegalArgumentException if fewer than two coders are given, or a name is blank or repeated
	 */
	public static Builder builder(List<String> coders) {
		return new Builder(coders);
	}

	/**
	 * A matrix from a table with one row per unit and one column per coder, {@code null} for a
	 * missing value: the layout of Krippendorff's reliability data, transposed.
	 *
	 * @throws IllegalArgumentException if a row does not have one value per coder
	 */
	public static ReliabilityData of(List<String> coders, String[][] unitsByCoder) {
		Builder b = builder(coders);
		for (String[] unit : unitsByCoder) {
			b.unit(unit);
		}
		return b.build();
	}

	/**
	 * Stacks several matrices over the same coders into one, unit after unit: used to pool the
	 * yes/no decisions on several codes into one set of units.
	 *
	 * @throws IllegalArgumentException if the list is empty or the matrices have different coders
	 */
	public static ReliabilityData pool(List<ReliabilityData> parts) {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("nothing to pool");
		}
		Builder b = builder(parts.get(0).coders());
		for (ReliabilityData d : parts) {
			if (!d.coders().equals(b.coders)) {
				throw new IllegalArgumentException("cannot pool data of coders " + d.coders() + " with data of coders " + b.coders);
			}
			String[] labels = new String[d.coders.size()];
			for (Row r : d.rows) {
				for (int i = 0; i < labels.length; i++) {
					labels[i] = r.values()[i] == MISSING ? null : d.categories.get(r.values()[i]);
				}
				b.units(r.count(), labels);
			}
		}
		return b.build();
	}

	/** The coders, in column order. */
	public List<String> coders() {
		return coders;
	}

	/** The categories used, in the order they first appeared. */
	public List<String> categories() {
		return categories;
	}

	/** The number of units (rows of the matrix), including units no coder judged. */
	public long units() {
		return units;
	}

	/** The distinct rows with their counts. */
	List<Row> rows() {
		return rows;
	}

	int coderCount() {
		return coders.size();
	}

	int categoryCount() {
		return categories.size();
	}

	/** Adds units to a matrix; not thread-safe. */
	public static final class Builder {

		private final List<String> coders;
		private final Map<String, Integer> categoryNumbers = new LinkedHashMap<>();
		private final Map<Key, long[]> counts = new LinkedHashMap<>();
		private boolean built;

		private Builder(List<String> coders) {
			Objects.requireNonNull(coders, "coders");
			if (coders.size() < 2) {
				throw new IllegalArgumentException("agreement needs at least two coders; " + coders.size() + " given " + coders);
			}
			Set<String> seen = new HashSet<>();
			for (String c : coders) {
				if (c == null || c.isBlank()) {
					throw new IllegalArgumentException("a coder needs a name: " + coders);
				}
				if (!seen.add(c)) {
					throw new IllegalArgumentException("the coder \"" + c + "\" is named twice: " + coders);
				}
			}
			this.coders = List.copyOf(coders);
		}

		/**
		 * Adds one unit: one value per coder, in coder order, {@code null} where the coder gave none.
		 *
		 * @throws IllegalArgumentException if the number of values differs from the number of coders
		 */
		public Builder unit(String... values) {
			return units(1, values);
		}

		/**
		 * Adds {@code count} units that all have these values.
		 *
		 * @throws IllegalArgumentException if the count is negative or the number of values differs
		 *                                  from the number of coders
		 */
		public Builder units(long count, String... values) {
			if (built) {
				throw new IllegalStateException("the data have been built already");
			}
			if (values == null || values.length != coders.size()) {
				throw new IllegalArgumentException("a unit needs one value (or null) for each of the " + coders.size() + " coders "
						+ coders + ", not " + (values == null ? "none" : Arrays.toString(values)));
			}
			if (count < 0) {
				throw new IllegalArgumentException("a number of units cannot be negative: " + count);
			}
			if (count == 0) {
				return this;
			}
			int[] row = new int[values.length];
			for (int i = 0; i < values.length; i++) {
				row[i] = values[i] == null ? MISSING : categoryNumbers.computeIfAbsent(values[i], k -> categoryNumbers.size());
			}
			counts.computeIfAbsent(new Key(row), k -> new long[1])[0] += count;
			return this;
		}

		public ReliabilityData build() {
			built = true;
			List<Row> rows = new ArrayList<>(counts.size());
			for (Map.Entry<Key, long[]> e : counts.entrySet()) {
				rows.add(new Row(e.getKey().values, e.getValue()[0]));
			}
			return new ReliabilityData(coders, List.copyOf(categoryNumbers.keySet()), Collections.unmodifiableList(rows));
		}
	}

	/** An int array compared by content, as a map key. */
	private static final class Key {
		final int[] values;
		final int hash;

		Key(int[] values) {
			this.values = values;
			this.hash = Arrays.hashCode(values);
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && Arrays.equals(values, k.values);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
