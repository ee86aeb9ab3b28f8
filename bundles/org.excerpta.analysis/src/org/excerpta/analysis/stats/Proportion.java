package org.excerpta.analysis.stats;

/**
 * A count of {@code successes} out of {@code n} respondents (or answers, or
 * documents): for example 59 of 100 answers that mention finance.
 * <p>
 * An empty tally ({@code n = 0}) is a legitimate value, because a subgroup of a
 * survey can be empty, but its share is undefined: {@link #share()} and every
 * interval or test built on it throw rather than return {@code NaN}, so that an
 * undefined percentage is never printed by accident.
 *
 * @param successes the number of respondents with the attribute, {@code 0 <= successes <= n}
 * @param n         the number of respondents, {@code n >= 0}
 */
public record Proportion(long successes, long n) {

	/**
	 * Checks the counts.
	 *
	 * @throws IllegalArgumentException if {@code n < 0}, {@code successes < 0} or
	 *                                  {@code successes > n}
	 */
	public Proportion {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		if (successes < 0 || successes > n) {
			throw new IllegalArgumentException("successes must lie in [0, n]: " + successes + " of " + n);
		}
	}

	/**
	 * Creates a proportion.
	 *
	 * @param successes the number of successes
	 * @param n         the number of trials
	 * @return {@code new Proportion(successes, n)}
	 */
	public static Proportion of(long successes, long n) {
		return new Proportion(successes, n);
	}

	/** @return {@code true} if there are no respondents, so that the share is undefined */
	public boolean isEmpty() {
		return n == 0;
	}

	/** @return the number of failures, {@code n - successes} */
	public long failures() {
		return n - successes;
	}

	/**
	 * The observed share <i>p&#770;</i> = successes / n.
	 *
	 * @return the share, in [0, 1]
	 * @throws IllegalStateException if {@code n = 0}, where the share is undefined
	 */
	public double share() {
		if (n == 0) {
			throw new IllegalStateException("the share of an empty tally (n = 0) is undefined");
		}
		return (double) successes / n;
	}
}
