/**
 * Excerpta's contribution points: what a plugin bundle implements to add a transcript format
 * ({@link org.excerpta.api.SourceImporter}), a survey file format ({@link org.excerpta.api.SurveyReader}),
 * an export ({@link org.excerpta.api.Exporter}) or an analysis that produces a table
 * ({@link org.excerpta.api.Analysis}). A plugin registers its implementations as OSGi Declarative
 * Services components; Excerpta's own formats and analyses are registered the same way, and the
 * command line, the workbench and the reports find all of them through {@link org.excerpta.api.Contributions}.
 * <p>
 * This package, {@code org.excerpta.api.table} and the EMF model ({@code org.excerpta.model}) are
 * the API: they change only with a new major version of the packages. Every other Excerpta package
 * is internal and may change in any release.
 */
package org.excerpta.api;
