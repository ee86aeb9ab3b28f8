package org.excerpta.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JVM the benchmark starts to measure something in a fresh process (an open,
 * an import in a limited heap): this JVM's java, collector, young generation cap, tenuring and object layout, so that the child
 * measures what this run would.
 */
final class ChildJvm {

	static final String COMPACT_OBJECT_HEADERS = "-XX:+UseCompactObjectHeaders";
	/** The young generation's cap, as the command line's launcher gives it (followed by a size). */
	private static final String MAX_NEW_SIZE = "-XX:MaxNewSize=";
	/** How many young collections an object survives before promotion, as the launcher gives it. */
	private static final String TENURING = "-XX:MaxTenuringThreshold=";

	private ChildJvm() {
	}

	/** Whether this JVM runs with compact object headers (JDK 25): it changes every memory figure by about a tenth. */
	static boolean compactObjectHeaders() {
		return ManagementFactory.getRuntimeMXBean().getInputArguments().contains(COMPACT_OBJECT_HEADERS);
	}

	/** The young generation's cap this JVM was given ({@code -XX:MaxNewSize}, as the command line's launcher gives it), if any. */
	static java.util.Optional<String> youngGenerationCap() {
		return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith(MAX_NEW_SIZE))
				.map(a -> a.substring(MAX_NEW_SIZE.length())).reduce((first, last) -> last);
	}

	/**
	 * {@code java [heap] [collector] [young generation] [tenuring] [layout] -cp classPath main args...}. With {@code heap} null the
	 * child gets this JVM's heap settings; otherwise that one option instead.
	 */
	static List<String> command(String heap, String classPath, Class<?> main, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		if (heap != null) {
			command.add(heap);
		}
		for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			boolean heapSetting = arg.startsWith("-Xmx") || arg.startsWith("-Xms");
			if ((heapSetting && heap == null) || arg.matches("-XX:\\+Use\\w+GC") || arg.startsWith(MAX_NEW_SIZE)
					|| arg.startsWith(TENURING) || arg.equals(COMPACT_OBJECT_HEADERS)) {
				command.add(arg);
			}
		}
		command.addAll(List.of("-cp", classPath, main.getName()));
		command.addAll(List.of(args));
		return command;
	}
}
