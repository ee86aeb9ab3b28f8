package org.excerpta.ui;

import java.nio.file.Path;

import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Codebook;

/**
 * A project shown from its search index alone while its model loads for coding. At a million
 * answers the index opens in a second and the model in about twenty: meanwhile the views that only
 * read (the Codebook with its counts, Coded Excerpts, Search) show the project as it was last saved,
 * and nothing can change it. It is in the window's context only until the project itself is.
 *
 * @param folder the project's folder
 * @param name what the window's title calls it
 * @param index the index, opened alone ({@link ProjectIndex#openForReading}): it reflects every saved change
 */
public record OpeningProject(Path folder, String name, ProjectIndex index) {

	/** The codebook, coders and totals as last saved (detached copies with the project's GUIDs). */
	public ProjectOutline outline() {
		return index.outline();
	}

	/** The codebook as last saved: shown, not edited. */
	public Codebook codebook() {
		return outline().codebook();
	}
}
