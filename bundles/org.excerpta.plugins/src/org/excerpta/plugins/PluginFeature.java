package org.excerpta.plugins;

import java.util.Locale;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * A plugin as the user sees it: one p2 feature (its feature group), with the texts its author
 * gave it. {@code id} is the feature's id without p2's ".feature.group" suffix.
 */
public record PluginFeature(String id, String version, String name, String provider, String description) {

	static final String GROUP_SUFFIX = ".feature.group";

	static PluginFeature of(IInstallableUnit group) {
		return new PluginFeature(featureId(group.getId()), group.getVersion().toString(),
				text(group, IInstallableUnit.PROP_NAME, featureId(group.getId())), text(group, IInstallableUnit.PROP_PROVIDER, ""),
				text(group, IInstallableUnit.PROP_DESCRIPTION, ""));
	}

	/** The installable unit id for a feature id given either way ("x" or "x.feature.group"). */
	static String groupId(String featureId) {
		return featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX;
	}

	static String featureId(String groupId) {
		return groupId.endsWith(GROUP_SUFFIX) ? groupId.substring(0, groupId.length() - GROUP_SUFFIX.length()) : groupId;
	}

	private static String text(IInstallableUnit iu, String key, String fallback) {
		// Feature texts are often "%key" entries of feature.properties; p2 resolves them per locale.
		String value = iu.getProperty(key, Locale.getDefault().toString());
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	/** "Name 1.0.0 (id)": how messages name a feature. */
	public String label() {
		return name.equals(id) ? id + " " + version : name + " " + version + " (" + id + ")";
	}
}
