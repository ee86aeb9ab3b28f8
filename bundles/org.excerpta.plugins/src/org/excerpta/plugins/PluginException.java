package org.excerpta.plugins;

/**
 * Installing, removing or listing plugins failed in a way the user can act on: the repository is
 * missing or not a p2 repository, a feature is not in it, requirements are unmet, Excerpta is not
 * an installed product. The message says what and where, in plain words.
 */
public final class PluginException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PluginException(String message) {
		super(message);
	}

	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
