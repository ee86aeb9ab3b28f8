package org.excerpta.report.contrib;

/**
 * Marks an analysis that reads only the project's index and its outline ({@link
 * org.excerpta.report.CountedProject}), never the model: it can run on an {@link IndexedProject}.
 * The workbench offers these in the Counts view while a large project's model is still loading, and
 * the command line runs them without loading the model. Excerpta's own counting analyses are such;
 * a plugin's analysis reads the model through {@link org.excerpta.api.ProjectAccess} and is not.
 */
public interface CountsFromIndex {
}
