package org.excerpta.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;

/**
 * Opening a project as a researcher does the next morning: a fresh JVM opens it for writing
 * (model from snapshot and journal, the lock), opens its index, and answers a first retrieval
 * (the first 100 excerpts of the first code). {@link #main} is that fresh JVM; {@link #inNewProcess}
 * starts it with the classes this JVM runs on and times it from the start of the process until the
 * retrieval is answered, JVM start-up included. Where the classes cannot be put on a class path
 * (inside the OSGi command line, whose bundles may nest jars), {@link #inThisProcess} opens the
 * project here instead, after full garbage collections; the report says which was measured.
 */
public final class OpenProbe {

	/** What one open cost. */
	public record Result(double usableMs, double inJvmMs, long heapAfterOpenBytes, boolean newProcess) {
	}

	private static final String USABLE = "usable ";
	/** The child's second argument for reading the index alone. */
	static final String READING = "--reading-alone";

	/**
	 * The child: opens the project given as the first argument and reports on standard output. With
	 * {@value #READING} as the second it reads the index alone, as the command line's counts and
	 * excerpts do and as the workbench shows a project while its model loads (the list of sources,
	 * then a first retrieval), and exits with 3 when the index cannot answer alone.
	 */
	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		if (args.length > 1 && READING.equals(args[1])) {
			ProjectIndex index = ProjectIndex.openForReading(folder);
			if (index == null) {
				System.exit(3);
			}
			try (index) {
				index.sources(); // the Project Explorer's list while the model loads
				for (var e : firstRetrieval(index.outline().codebook().getCodes(), index)) {
					index.sourceText(e.sourceGuid()); // the context a reader is shown
				}
				reportUsable();
			}
			return;
		}
		try (ExcerptaProject project = ExcerptaProject.open(folder); ProjectIndex index = ProjectIndex.open(project)) {
			firstRetrieval(project.model().getCodebook().getCodes(), index);
			reportUsable();
		}
	}

	/** The first 100 excerpts of the first code (none, after counting the documents, when there is no code). */
	private static List<org.excerpta.index.Excerpt> firstRetrieval(List<Code> codes, ProjectIndex index) {
		if (codes.isEmpty()) {
			index.count(null);
			return List.of();
		}
		return index.excerpts(List.of(codes.get(0).getGuid()), Map.of(), null, 100);
	}

	/** Tells the parent, on standard output, when the child became usable and the heap it then held. */
	private static void reportUsable() {
		System.out.println(USABLE + ManagementFactory.getRuntimeMXBean().getUptime());
		System.out.flush();
		System.out.println("heap " + MemorySampler.liveAfterFullGc());
		System.out.flush();
	}

	/** Opens the project in a new JVM; {@code null} when this JVM's classes cannot be handed to one. */
	public static Result inNewProcess(Path folder) throws IOException, InterruptedException {
		return inNewProcess(folder, false);
	}

	/**
	 * Opens the project in a new JVM, or with {@code readingAlone} reads its index alone (no model);
	 * {@code null} when this JVM's classes cannot be handed to one, or the index cannot answer alone.
	 */
	public static Result inNewProcess(Path folder, boolean readingAlone) throws IOException, InterruptedException {
		String classPath = classPath();
		if (classPath == null) {
			return null;
		}
		// The same heap, collector and object layout as this run.
		List<String> command = readingAlone ? ChildJvm.command(null, classPath, OpenProbe.class, folder.toString(), READING)
				: ChildJvm.command(null, classPath, OpenProbe.class, folder.toString());
		ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		long start = System.nanoTime();
		Process p = pb.start();
		double usable = -1;
		long inJvm = -1;
		long heap = -1;
		List<String> other = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith(USABLE)) {
					usable = (System.nanoTime() - start) / 1e6;
					inJvm = Long.parseLong(line.substring(USABLE.length()).strip());
				} else if (line.startsWith("heap ")) {
					heap = Long.parseLong(line.substring(5).strip());
				} else {
					other.add(line);
				}
			}
		}
		if (!p.waitFor(10, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new IllegalStateException("opening the project in a new process did not end within 10 minutes");
		}
		if (p.exitValue() != 0 || usable < 0) {
			return null; // the classes did not suffice on a plain class path: the caller measures in this process
		}
		return new Result(usable, inJvm, heap, true);
	}

	/** Opens the project in this JVM after full collections; the heap figure is what the open added. */
	public static Result inThisProcess(Path folder) {
		long before = MemorySampler.liveAfterFullGc();
		long start = System.nanoTime();
		try (ExcerptaProject project = ExcerptaProject.open(folder); ProjectIndex index = ProjectIndex.open(project)) {
			firstRetrieval(project.model().getCodebook().getCodes(), index);
			double ms = (System.nanoTime() - start) / 1e6;
			long after = MemorySampler.liveAfterFullGc();
			return new Result(ms, ms, after - before, false);
		}
	}

	/**
	 * The class path of this JVM when it holds this class (a plain JVM), else the jars the needed
	 * classes came from (each must be a plain jar or folder), else {@code null}.
	 */
	static String classPath() {
		String cp = ownClassPath();
		if (cp != null) {
			return cp;
		}
		Set<String> parts = new LinkedHashSet<>();
		for (Class<?> c : needed()) {
			String where = codeSource(c);
			if (where == null) {
				return null;
			}
			parts.add(where);
		}
		return String.join(File.pathSeparator, parts);
	}

	/** This JVM's class path when it holds the benchmark's classes (a plain JVM, not the OSGi command line), else {@code null}. */
	static String ownClassPath() {
		String own = codeSource(OpenProbe.class);
		String cp = System.getProperty("java.class.path", "");
		return own != null && List.of(cp.split(File.pathSeparator)).contains(own) ? cp : null;
	}

	private static List<Class<?>> needed() {
		List<Class<?>> out = new ArrayList<>(List.of(OpenProbe.class, ExcerptaProject.class, ProjectIndex.class,
				org.excerpta.model.Project.class, org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.EObject.class,
				org.eclipse.emf.edit.domain.EditingDomain.class, org.apache.lucene.index.IndexWriter.class,
				org.apache.lucene.analysis.en.EnglishAnalyzer.class, org.apache.lucene.queryparser.classic.QueryParser.class));
		// Classes the index and core need that this bundle does not see directly.
		for (String name : List.of("org.apache.lucene.search.uhighlight.UnifiedHighlighter", "org.apache.lucene.queries.function.FunctionQuery",
				"org.apache.lucene.facet.FacetsConfig", "com.fasterxml.jackson.core.JsonFactory", "org.eclipse.emf.ecore.change.ChangeDescription",
				"org.apache.commons.csv.CSVFormat")) {
			try {
				out.add(Class.forName(name, false, ProjectIndex.class.getClassLoader()));
			} catch (ClassNotFoundException e) {
				try {
					out.add(Class.forName(name, false, ExcerptaProject.class.getClassLoader()));
				} catch (ClassNotFoundException e2) {
					// not visible from here: if it is needed, the child fails and the caller falls back
				}
			}
		}
		return out;
	}

	private static String codeSource(Class<?> c) {
		try {
			var source = c.getProtectionDomain().getCodeSource();
			if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
				return null;
			}
			Path p = Path.of(source.getLocation().toURI());
			return Files.exists(p) ? p.toString() : null;
		} catch (URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
