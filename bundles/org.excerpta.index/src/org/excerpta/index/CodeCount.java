package org.excerpta.index;

/**
 * How often a code is used: codings, and the distinct sources and cases they are in; {@code cases}
 * is -1 where they were not counted ({@code ProjectIndex.codingsAndSources}).
 */
public record CodeCount(String codeGuid, int codings, int sources, int cases) {
}
