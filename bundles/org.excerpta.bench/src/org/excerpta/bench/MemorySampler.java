package org.excerpta.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Watches the Java heap while a workload runs: a daemon thread reads the used heap every few
 * milliseconds and keeps two highest figures since the last {@link #reset}.
 * <ul>
 * <li>{@link #peak()}: used heap at any moment. It includes garbage not yet collected, so it grows
 * with the heap the JVM was allowed (a 14 GB heap collects late): an upper bound of what the work
 * needed.</li>
 * <li>{@link #peakAfterCollection()}: used heap at the first sample after each collection, that is
 * what the work still held once the garbage was gone (plus what it allocated in the few
 * milliseconds since). This is the heap the work needs, whatever the JVM was allowed.</li>
 * </ul>
 * {@link #liveAfterFullGc} gives what stays reachable at the end.
 */
public final class MemorySampler implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
	private final Thread thread;
	private volatile long peak;
	private volatile long peakAfterCollection;
	private long collectionsSeen;
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
			long collections = collections();
			if (collections != collectionsSeen) {
				collectionsSeen = collections;
				if (used > peakAfterCollection) {
					peakAfterCollection = used;
				}
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private long collections() {
		long n = 0;
		for (GarbageCollectorMXBean c : collectors) {
			n += Math.max(0, c.getCollectionCount());
		}
		return n;
	}

	public void reset() {
		peak = memory.getHeapMemoryUsage().getUsed();
		peakAfterCollection = 0;
	}

	/** The highest used heap seen since the last reset, in bytes. */
	public long peak() {
		return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
	}

	/**
	 * The highest used heap seen just after a collection since the last reset, in bytes; 0 if there
	 * was no collection.
	 */
	public long peakAfterCollection() {
		return peakAfterCollection;
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
