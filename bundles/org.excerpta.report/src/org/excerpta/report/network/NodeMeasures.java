package org.excerpta.report.network;

/**
 * A node's place in its network.
 *
 * @param degree         how many other nodes it is linked to
 * @param weightedDegree the sum of the weights of its links (how often a code meets any other)
 * @param betweenness    the share of shortest paths between other nodes that pass through it,
 *                       normalised to 0..1 by the (n-1)(n-2)/2 pairs of other nodes; links count
 *                       as one step whatever their weight
 * @param rawBetweenness the same, not normalised: the number of such paths (split between ties)
 */
public record NodeMeasures(int degree, double weightedDegree, double betweenness, double rawBetweenness) {
}
