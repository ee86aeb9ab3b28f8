package org.excerpta.team.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Coding;
import org.excerpta.model.Source;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;

/** Copies of a project folder as a colleague would get them, and what a test compares between copies. */
final class ProjectCopies {

	private ProjectCopies() {
	}

	/** Copies a closed project's folder, leaving out the lock and the derived index. */
	static Path copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Path rel = from.relativize(f);
				if (rel.startsWith(ProjectStore.INDEX_DIR) || rel.toString().equals(ProjectStore.LOCK_FILE)) {
					continue;
				}
				Path target = to.resolve(rel.toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(target);
				} else {
					Files.copy(f, target);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return to;
	}

	/** Every coding as "source / start-end / code / coder / guid", sorted: equal sets mean nothing was lost. */
	static List<String> codings(ExcerptaProject p) {
		TreeSet<String> all = new TreeSet<>();
		for (Source s : p.model().getSources()) {
			if (s instanceof TextSource t) {
				for (TextSelection sel : t.getSelections()) {
					for (Coding c : sel.getCodings()) {
						all.add(t.getName() + " / " + sel.getStart() + "-" + sel.getEnd() + " / " + c.getCode().getName() + " / "
								+ (c.getCoder() == null ? "-" : c.getCoder().getName()) + " / " + c.getGuid());
					}
				}
			}
		}
		return List.copyOf(all);
	}
}
