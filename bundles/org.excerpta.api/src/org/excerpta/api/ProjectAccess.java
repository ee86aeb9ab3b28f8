package org.excerpta.api;

import java.nio.file.Path;
import java.util.List;

import org.excerpta.model.Project;
import org.excerpta.model.TextSource;

/**
 * The open project, as an {@link Analysis} or an {@link Exporter} sees it: its EMF model, read only
 * (a contribution never changes the project), and the texts of its sources.
 */
public interface ProjectAccess {

	/** The project's model: codebook, sources, cases, attributes, codings. Read it; do not change it. */
	Project model();

	/** The project's folder. */
	Path folder();

	/** The full text of a source, as coded (offsets of codings are code points into it). */
	String text(TextSource source);

	/**
	 * The text sources (documents, transcripts, survey answers) of the cases the settings' attribute
	 * filters cover, in project order: every text source when there are no filters.
	 */
	List<TextSource> sources(Settings settings);

	/**
	 * One of Excerpta's internal services behind this project (its index, its store), for Excerpta's
	 * own contributions; null when there is none of that type. Plugins should not need it: what it
	 * returns is not API and changes between releases.
	 */
	<T> T adapt(Class<T> type);
}
