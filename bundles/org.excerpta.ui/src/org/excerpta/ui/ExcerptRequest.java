package org.excerpta.ui;

import java.util.Map;

import org.excerpta.model.Code;

/** A request to list a code's excerpts in the cases with some attribute values: what clicking a counts cell does. */
public record ExcerptRequest(Code code, Map<String, String> where) {
}
