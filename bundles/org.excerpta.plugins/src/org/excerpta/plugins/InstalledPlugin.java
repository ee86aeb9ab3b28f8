package org.excerpta.plugins;

import java.util.List;

/** A plugin installed into this Excerpta: its feature and the bundles it brought. */
public record InstalledPlugin(PluginFeature feature, List<PluginBundle> bundles) {

	public InstalledPlugin {
		bundles = List.copyOf(bundles);
	}
}
