package org.excerpta.bench;

import java.util.List;

/**
 * Everything a benchmark run measured: the figures side by side with their baselines, the
 * issue's targets with what was measured against each, the checks that Excerpta and the
 * baselines did the same work, and notes on how things were measured.
 */
public record BenchResult(List<String> machine, String settings, List<Row> rows, List<Target> targets, List<Check> checks,
		List<String> notes) {

	/**
	 * One workload: Excerpta's timings and, where there is one, a baseline doing the same work on
	 * the same data. {@code repeated}: a single action repeated (p50 and p99 matter), rather than runs.
	 */
	public record Row(String workload, Stats excerpta, String baseline, Stats baselineStats, boolean repeated) {

		public boolean hasBaseline() {
			return baselineStats != null;
		}

		/** Excerpta's median over the baseline's: above 1, Excerpta is slower. */
		public double ratio() {
			return excerpta.median() / baselineStats.median();
		}
	}

	/** One of the targets. */
	public record Target(String goal, String measured, boolean met) {
	}

	/** A check that two measurements did the same work (the same hits, the same counts). */
	public record Check(String what, boolean agrees, String detail) {
	}

	public Row row(String workload) {
		return rows.stream().filter(r -> r.workload().equals(workload)).findFirst().orElse(null);
	}

	public boolean allChecksAgree() {
		return checks.stream().allMatch(Check::agrees);
	}
}
