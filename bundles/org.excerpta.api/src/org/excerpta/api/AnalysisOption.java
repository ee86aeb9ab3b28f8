package org.excerpta.api;

import java.util.List;
import java.util.Objects;

/**
 * One option an {@link Analysis} takes: the command line's {@code --option NAME=VALUE}, a drop-down
 * list in the Counts view.
 *
 * @param name         the option's name on the command line: "attribute", "unit"
 * @param label        what the workbench shows beside the list: "Cross with"
 * @param description  one sentence for {@code --help} and tooltips
 * @param choices      the values it may take, the default first; empty for free text
 * @param defaultValue the value when none is given; may be null when there is no sensible default (then the option is required)
 */
public record AnalysisOption(String name, String label, String description, List<String> choices, String defaultValue) {

	public AnalysisOption {
		Objects.requireNonNull(name, "name");
		label = label == null ? name : label;
		description = description == null ? "" : description;
		choices = List.copyOf(choices);
	}

	/** The value to use from these settings: the one given, checked against the choices, or the default. */
	public String valueIn(Settings settings) {
		String v = settings.option(name, defaultValue);
		if (v == null) {
			throw new IllegalArgumentException("the option \"" + name + "\" needs a value"
					+ (choices.isEmpty() ? "" : " (one of: " + String.join(", ", choices) + ")"));
		}
		if (!choices.isEmpty() && !choices.contains(v)) {
			throw new IllegalArgumentException("\"" + v + "\" is not a value of the option \"" + name + "\"; it takes one of: "
					+ String.join(", ", choices));
		}
		return v;
	}
}
