package org.excerpta.cli;

import java.util.Map;

import picocli.CommandLine.Option;

/** The {@code --where ATTRIBUTE=VALUE} option shared by the commands that read the index. */
final class CaseFilter {

	@Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE",
			description = "Only cases with this attribute value, e.g. --where Role=GP (repeatable: all of them).")
	Map<String, String> where;

	/** The attribute values asked for (empty: all cases). */
	Map<String, String> attributes() {
		return where == null ? Map.of() : where;
	}
}
