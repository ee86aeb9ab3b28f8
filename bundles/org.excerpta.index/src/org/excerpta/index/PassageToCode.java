package org.excerpta.index;

/** A passage to code, found in the index: its source and where it lies (code points, end exclusive). */
public record PassageToCode(String sourceGuid, int start, int end) {
}
