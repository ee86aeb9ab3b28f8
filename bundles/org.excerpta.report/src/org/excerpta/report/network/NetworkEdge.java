package org.excerpta.report.network;

/** An undirected, weighted link between two nodes (by id): how often two codes meet, how many codes two cases share. */
public record NetworkEdge(String source, String target, double weight) {
}
