package org.excerpta.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Analysis} or an {@link Exporter} covers and how: the same choices the command line
 * takes as {@code --code}, {@code --where} and {@code --option NAME=VALUE}, and the workbench as its
 * filters and option lists.
 *
 * @param codes   the GUIDs of the codes reported, each with the codes below it; empty for every code
 * @param where   case attribute filters (attribute name to value): only cases with all of these values; empty for all cases
 * @param options named options, as the analysis or export describes them; absent ones take their defaults
 */
public record Settings(List<String> codes, Map<String, String> where, Map<String, String> options) {

	public Settings {
		codes = List.copyOf(codes);
		where = Map.copyOf(where);
		options = Map.copyOf(options);
	}

	/** Every code, every case, every option at its default. */
	public static Settings all() {
		return new Settings(List.of(), Map.of(), Map.of());
	}

	public Settings withCodes(List<String> codeGuids) {
		return new Settings(codeGuids, where, options);
	}

	public Settings withWhere(Map<String, String> attributes) {
		return new Settings(codes, attributes, options);
	}

	/** These settings with one more option (or another value for it). */
	public Settings withOption(String name, String value) {
		Map<String, String> o = new LinkedHashMap<>(options);
		o.put(name, value);
		return new Settings(codes, where, o);
	}

	/** The option's value, or {@code otherwise} when it is not set. */
	public String option(String name, String otherwise) {
		return options.getOrDefault(name, otherwise);
	}
}
