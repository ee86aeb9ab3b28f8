/** Code and case networks with graph measures, written as GEXF for Gephi. */
package org.excerpta.report.network;
