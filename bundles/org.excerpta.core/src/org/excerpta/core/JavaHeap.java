package org.excerpta.core;

/**
 * How much memory Java has, in the words a message to a researcher uses, and how to ask for more:
 * what the command line and the window say when a command or a Team operation runs out of memory.
 * Java reports a little less than its {@code -Xmx} (one survivor space is not counted), so the
 * figure is "about".
 */
public final class JavaHeap {

	private JavaHeap() {
	}

	/** The heap's size, rounded: "43 MB" below a gigabyte, else "6 GB". */
	public static String size(long maxHeapBytes) {
		long mb = megabytes(maxHeapBytes);
		return mb >= 1024 ? Math.round(mb / 1024.0) + " GB" : mb + " MB";
	}

	/** The {@code -Xmx} option that doubles it: "-Xmx86m", "-Xmx12g". */
	public static String doubledOption(long maxHeapBytes) {
		long mb = megabytes(maxHeapBytes);
		return mb >= 1024 ? "-Xmx" + 2 * Math.round(mb / 1024.0) + "g" : "-Xmx" + 2 * mb + "m";
	}

	private static long megabytes(long bytes) {
		return Math.max(1, Math.round(bytes / (1024.0 * 1024)));
	}
}
