package org.excerpta.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What the user typed as a repository (a URL or a local folder) turned into the URI p2 loads. */
public final class RepositoryLocation {

	/** A scheme of two letters or more: a one-letter "scheme" would be a Windows drive. */
	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

	private RepositoryLocation() {
	}

	/**
	 * "https://example.org/excerpta-plugins", "file:/srv/repo" or a path such as
	 * "samples/repository" (relative to the current folder).
	 */
	public static URI parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			throw new PluginException("No repository given: name a p2 repository by its folder or its http(s) URL.");
		}
		try {
			if (SCHEME.matcher(trimmed).matches()) {
				URI uri = URI.create(trimmed);
				if ("file".equalsIgnoreCase(uri.getScheme())) {
					return Path.of(uri).toAbsolutePath().normalize().toUri();
				}
				return uri;
			}
			return Path.of(trimmed).toAbsolutePath().normalize().toUri();
		} catch (IllegalArgumentException e) { // also InvalidPathException
			throw new PluginException("\"" + trimmed + "\" is neither a folder nor a URL: " + e.getMessage(), e);
		}
	}

	/** How messages show a location: a local folder as a path, anything else as its URL. */
	static String describe(URI location) {
		if ("file".equalsIgnoreCase(location.getScheme())) {
			try {
				return Path.of(location).toString();
			} catch (IllegalArgumentException e) {
				return location.toString();
			}
		}
		return location.toString();
	}
}
