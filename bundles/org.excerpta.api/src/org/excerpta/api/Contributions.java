package org.excerpta.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Every contribution installed: Excerpta's own and the plugins', as registered OSGi services. The
 * command line, the workbench and the reports ask here, so a plugin's format or analysis appears
 * wherever Excerpta's own do. Lists are in the order users meet them: by the service ranking
 * (Excerpta's own rank first), then by name.
 */
public final class Contributions {

	private static final Map<Class<?>, ServiceTracker<Object, Object>> TRACKERS = new ConcurrentHashMap<>();

	private Contributions() {
	}

	public static List<SourceImporter> sourceImporters() {
		return all(SourceImporter.class, SourceImporter::name);
	}

	public static List<SurveyReader> surveyReaders() {
		List<SurveyReader> readers = new ArrayList<>(all(SurveyReader.class, SurveyReader::name));
		readers.sort(Comparator.comparingInt(SurveyReader::priority).reversed());
		return readers;
	}

	public static List<Exporter> exporters() {
		return all(Exporter.class, Exporter::name);
	}

	public static List<Analysis> analyses() {
		return all(Analysis.class, Analysis::name);
	}

	/** The importer for this file: the highest priority among those that take its extension and accept it. */
	public static Optional<SourceImporter> importerFor(Path file) {
		return importerFor(file, sourceImporters());
	}

	/** The importer for this file among these: the rule {@link #importerFor(Path)} applies to all installed. */
	public static Optional<SourceImporter> importerFor(Path file, List<SourceImporter> importers) {
		String ext = extension(file);
		return importers.stream().filter(i -> i.extensions().contains(ext)).filter(i -> accepts(i, file))
				.max(Comparator.comparingInt(SourceImporter::priority));
	}

	/** Every extension some importer reads, sorted: for file dialogs and messages. */
	public static List<String> importedExtensions() {
		return extensionsOf(sourceImporters());
	}

	/** Every extension some of these importers read, sorted. */
	public static List<String> extensionsOf(List<SourceImporter> importers) {
		return importers.stream().flatMap(i -> i.extensions().stream()).distinct().sorted().toList();
	}

	public static Optional<Exporter> exporter(String id) {
		return exporters().stream().filter(e -> e.id().equalsIgnoreCase(id.strip())).findFirst();
	}

	public static Optional<Analysis> analysis(String id) {
		return analyses().stream().filter(a -> a.id().equalsIgnoreCase(id.strip())).findFirst();
	}

	/** A file's extension in lower case, without the dot; empty when it has none. */
	public static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean accepts(SourceImporter importer, Path file) {
		try {
			return importer.accepts(file);
		} catch (RuntimeException e) {
			return false; // a plugin's faulty check must not stop other importers from taking the file
		}
	}

	private static <T> List<T> all(Class<T> type, java.util.function.Function<T, String> name) {
		ServiceTracker<Object, Object> tracker = tracker(type);
		if (tracker == null) {
			return outsideOsgi(type, name);
		}
		ServiceReference<Object>[] refs = tracker.getServiceReferences();
		if (refs == null) {
			return List.of();
		}
		record Ranked<T>(int ranking, String name, T service) {
		}
		List<Ranked<T>> found = new ArrayList<>();
		for (ServiceReference<Object> ref : refs) {
			Object service = tracker.getService(ref);
			if (type.isInstance(service)) {
				T t = type.cast(service);
				Object ranking = ref.getProperty("service.ranking");
				found.add(new Ranked<>(ranking instanceof Integer r ? r : 0, name.apply(t), t));
			}
		}
		found.sort(Comparator.comparingInt((Ranked<T> r) -> -r.ranking()).thenComparing(Ranked::name, String.CASE_INSENSITIVE_ORDER));
		return found.stream().map(Ranked::service).toList();
	}

	/**
	 * Outside an OSGi framework (Excerpta's core embedded in a plain Java program, such as the
	 * benchmark's new-process probe or a server), contributions are found on the class path with
	 * {@link ServiceLoader}: the built-in bundles list theirs in {@code META-INF/services}.
	 */
	private static <T> List<T> outsideOsgi(Class<T> type, java.util.function.Function<T, String> name) {
		if (FrameworkUtil.getBundle(Contributions.class) != null) {
			return List.of(); // inside OSGi, the bundle is not active yet: nothing is registered
		}
		List<T> found = new ArrayList<>();
		ServiceLoader.load(type, Contributions.class.getClassLoader()).forEach(found::add);
		found.sort(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER));
		return found;
	}

	/** The tracker of one contribution point, opened on first use; null outside an OSGi framework. */
	private static ServiceTracker<Object, Object> tracker(Class<?> type) {
		return TRACKERS.computeIfAbsent(type, t -> {
			Bundle bundle = FrameworkUtil.getBundle(Contributions.class);
			BundleContext context = bundle == null ? null : bundle.getBundleContext();
			if (context == null) {
				return null; // computeIfAbsent stores nothing: asked again once the bundle is active
			}
			ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, t.getName(), null);
			tracker.open();
			return tracker;
		});
	}
}
