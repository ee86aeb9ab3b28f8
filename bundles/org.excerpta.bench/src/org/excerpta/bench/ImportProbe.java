package org.excerpta.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The survey import's memory as the machine sees it: a fresh JVM, its heap limited to
 * {@link #HEAP_LIMIT}, imports the survey with its index open (as {@link Workloads#importSurvey}
 * does in the benchmark's own process) and reports its peak resident set size, the high-water mark
 * Linux keeps for the whole process: heap, the JVM's own memory and the index files it mapped.
 *
 * <p>Why a second process: in the benchmark's JVM, allowed 14 GB, the used heap includes whatever
 * garbage the collector has not yet had a reason to collect, so it says more about the heap allowed
 * than about the import. Whether the import fits in less is answered by running it in less.
 */
public final class ImportProbe {

	/**
	 * The heap the child may use: what the 3 GB target leaves once the JVM's own memory (classes,
	 * compiled code, collector, thread stacks, mapped index files: about half a gigabyte) is counted.
	 */
	static final String HEAP_LIMIT = "-Xmx2500m";

	/**
	 * What the import cost in the limited process; the resident sizes are in bytes. {@code failure}
	 * says why the child did not finish (for example out of memory), and is null when it did.
	 */
	public record Result(double importMs, double catchUpMs, long peakResidentAfterImport, long peakResidentAfterClose, String failure) {
	}

	private static final String IMPORTED = "imported ";
	private static final String CLOSED = "closed ";

	/** The child: imports the CSV (first argument) into a new project (second) and reports on standard output. */
	public static void main(String[] args) throws IOException {
		double[] parts = new double[2];
		Workloads w = Workloads.importSurvey(Path.of(args[0]), Path.of(args[1]), parts);
		System.out.println(IMPORTED + parts[0] + " " + parts[1] + " " + peakResident());
		System.out.flush();
		w.close();
		System.out.println(CLOSED + peakResident());
		System.out.flush();
	}

	/** The process's peak resident set size so far (Linux: VmHWM), in bytes; -1 where unknown. */
	static long peakResident() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024;
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux, or not readable: unknown
		}
		return -1;
	}

	/**
	 * Imports in a new JVM with the limited heap and this run's collector and object layout;
	 * {@code null} when this JVM's classes cannot be handed to one (inside the OSGi command line,
	 * whose bundles are not a plain class path) or the machine does not report resident sizes.
	 */
	public static Result inNewProcess(Path csv, Path folder) throws IOException, InterruptedException {
		String classPath = OpenProbe.ownClassPath();
		if (classPath == null || peakResident() < 0) {
			return null;
		}
		List<String> command = ChildJvm.command(HEAP_LIMIT, classPath, ImportProbe.class, csv.toString(), folder.toString());
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		double importMs = -1;
		double catchUpMs = -1;
		long afterImport = -1;
		long afterClose = -1;
		List<String> other = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith(IMPORTED)) {
					String[] f = line.substring(IMPORTED.length()).strip().split(" ");
					importMs = Double.parseDouble(f[0]);
					catchUpMs = Double.parseDouble(f[1]);
					afterImport = Long.parseLong(f[2]);
				} else if (line.startsWith(CLOSED)) {
					afterClose = Long.parseLong(line.substring(CLOSED.length()).strip());
				} else if (other.size() < 20) {
					other.add(line);
				}
			}
		}
		if (!p.waitFor(30, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			return new Result(importMs, catchUpMs, afterImport, afterClose, "did not end within 30 minutes");
		}
		String failure = p.exitValue() != 0 || importMs < 0 || afterClose < 0
				? "failed (exit " + p.exitValue() + "): " + String.join(" | ", other)
				: null;
		return new Result(importMs, catchUpMs, afterImport, afterClose, failure);
	}
}
