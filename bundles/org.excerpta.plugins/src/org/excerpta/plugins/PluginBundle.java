package org.excerpta.plugins;

/**
 * A bundle an installed plugin brought, and what the running OSGi framework made of it:
 * "active", "resolved", "starting" (lazy, waiting for its first use), "installed" (its
 * requirements are not met), or "not loaded" (p2 installed it but this Excerpta has not been
 * restarted since).
 */
public record PluginBundle(String symbolicName, String version, String state) {
}
