/** The benchmark harness: deterministic data, Excerpta against raw Lucene, raw Tika and SQLite FTS5, figures and ratios. */
package org.excerpta.bench;
