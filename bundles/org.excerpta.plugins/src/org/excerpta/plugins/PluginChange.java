package org.excerpta.plugins;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an install or uninstall changed, read from the profile before and after. p2 rewrites
 * bundles.info, which the running framework read at start only: a change takes effect after a
 * restart.
 */
public record PluginChange(List<PluginFeature> installed, List<PluginFeature> removed) {

	public PluginChange {
		installed = List.copyOf(installed);
		removed = List.copyOf(removed);
	}

	public boolean restartNeeded() {
		return !installed.isEmpty() || !removed.isEmpty();
	}

	/** "Installed Sample 1.0.0 (org.excerpta.sample.feature). Restart Excerpta to use the change." */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (!installed.isEmpty()) {
			text.append("Installed ").append(labels(installed)).append(". ");
		}
		if (!removed.isEmpty()) {
			text.append("Removed ").append(labels(removed)).append(". ");
		}
		if (!restartNeeded()) {
			return "Nothing changed.";
		}
		return text.append("Restart Excerpta for the change to take effect.").toString();
	}

	private static String labels(List<PluginFeature> features) {
		return features.stream().map(PluginFeature::label).collect(Collectors.joining(", "));
	}
}
