package org.excerpta.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Watches the Java heap while a workload runs: a daemon thread reads the used heap every few
 * milliseconds and keeps the highest figure since the last {@link #reset}. Used heap includes
 * garbage not yet collected, so the peak is an upper bound of what the work needed;
 * {@link #liveAfterFullGc} gives the lower bound (what stays reachable).
 */
public final class MemorySampler implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final Thread thread;
	private volatile long peak;
	private volatile boolean running = true;

	public MemorySampler() {
		thread = new Thread(this::sample, "Excerpta benchmark heap sampler");
		thread.setDaemon(true);
		thread.start();
	}

	private void sample() {
		while (running) {
			long used = memory.getHeapMemoryUsage().getUsed();
			if (used > peak) {
				peak = used;
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	public void reset() {
		peak = memory.getHeapMemoryUsage().getUsed();
	}

	/** The highest used heap seen since the last reset, in bytes. */
	public long peak() {
		return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
	}

	/** Used heap after asking for full collections: what is still reachable, in bytes. */
	public static long liveAfterFullGc() {
		MemoryMXBean m = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return m.getHeapMemoryUsage().getUsed();
	}

	public static String gib(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
	}
}
