package org.excerpta.ui;

import java.nio.file.Path;

import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Codebook;

/**
 * A project shown from its search index alone while its model loads. At a million answers the
 * index opens in a second and the model in about twenty: meanwhile the Codebook (with its counts),
 * Coded Excerpts and Search show the project from its index, and Search can code whole answers and
 * turns with it ({@link ProjectIndex#codeAlone}: recorded in the project's journal, which the
 * loading model reads). Nothing else can change the project until it is shown itself. It is in the
 * window's context only until then.
 *
 * @param folder the project's folder
 * @param name what the window's title calls it
 * @param index the index, opened alone to code ({@link ProjectIndex#openForCoding}): it reflects every saved change
 * @param codedWhileLoading how many times codings were recorded from the index since it showed (views read it again each time)
 */
public record OpeningProject(Path folder, String name, ProjectIndex index, int codedWhileLoading) {

	/** The codebook, coders and totals as last saved (detached copies with the project's GUIDs). */
	public ProjectOutline outline() {
		return index.outline();
	}

	/** The codebook as last saved: shown, not edited. */
	public Codebook codebook() {
		return outline().codebook();
	}
}
