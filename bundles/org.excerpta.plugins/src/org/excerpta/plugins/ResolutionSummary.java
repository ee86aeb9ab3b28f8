package org.excerpta.plugins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;

/**
 * p2's planner explains a failed resolution as a tree of statuses in its own vocabulary
 * ("Missing requirement: x 1.0 requires 'osgi.bundle; y 0.0.0' but it could not be found").
 * This turns that tree into one line per problem in a researcher's words: who needs what.
 * Lines it does not recognise are kept as p2 wrote them, so nothing is lost.
 */
final class ResolutionSummary {

	private static final Pattern MISSING = Pattern
			.compile("Missing requirement(?: for filter .*?)?: (.+?) requires '(.+?)' but it could not be found");
	private static final Pattern DEPENDENCY = Pattern.compile("Cannot satisfy dependency: (.+?) depends on: (.+)");
	private static final Pattern ROOT_MISSING = Pattern.compile("You requested to install '(.+?)' but it could not be found");
	private static final Pattern SINGLETON = Pattern.compile("Only one of the following can be installed at once: (.+)");
	private static final Pattern REQUIREMENT = Pattern.compile("([^;]+);\\s*(\\S+)\\s*(.*)");
	/** Headlines and context lines that say nothing the other lines do not. */
	private static final Pattern NOISE = Pattern.compile(
			"(Software being installed|Software currently installed|Cannot complete the install|Cannot complete the request|"
					+ "Problems resolving|No solution found|Cannot satisfy dependency:$|Optional dependency|From:|To:).*");

	private ResolutionSummary() {
	}

	/** One plain line per problem, in p2's order, without repeats. */
	static List<String> lines(IStatus status) {
		Set<String> lines = new LinkedHashSet<>();
		collect(status, lines);
		if (lines.isEmpty() && status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
			lines.add(status.getMessage().strip());
		}
		return new ArrayList<>(lines);
	}

	private static void collect(IStatus status, Set<String> lines) {
		if (status == null || status.getSeverity() < IStatus.WARNING) {
			return;
		}
		if (status.isMultiStatus() && status.getChildren().length > 0) {
			for (IStatus child : status.getChildren()) {
				collect(child, lines);
			}
			return;
		}
		String message = status.getMessage() == null ? "" : status.getMessage().strip();
		if (message.isEmpty() || NOISE.matcher(message).matches()) {
			return;
		}
		lines.add(plain(message));
	}

	static String plain(String message) {
		Matcher m = MISSING.matcher(message);
		if (m.matches()) {
			return unit(m.group(1)) + " needs " + requirement(m.group(2))
					+ ", which is neither installed in Excerpta nor in the repository";
		}
		m = DEPENDENCY.matcher(message);
		if (m.matches()) {
			return unit(m.group(1)) + " needs " + requirement(m.group(2)) + ", which cannot be installed (see the other lines)";
		}
		m = ROOT_MISSING.matcher(message);
		if (m.matches()) {
			return unit(m.group(1)) + " is not in the repository";
		}
		m = SINGLETON.matcher(message);
		if (m.matches()) {
			return "only one of these can be installed at a time, and both would be needed: " + m.group(1);
		}
		return message;
	}

	/** "org.excerpta.sample.feature.feature.group 1.0.0" becomes "feature org.excerpta.sample.feature 1.0.0". */
	private static String unit(String iu) {
		String text = iu.strip();
		int space = text.indexOf(' ');
		String id = space < 0 ? text : text.substring(0, space);
		String rest = space < 0 ? "" : text.substring(space);
		if (id.endsWith(PluginFeature.GROUP_SUFFIX)) {
			return "feature " + PluginFeature.featureId(id) + rest;
		}
		return text;
	}

	/** "osgi.bundle; org.excerpta.api 0.0.0" becomes "bundle org.excerpta.api (any version)". */
	private static String requirement(String text) {
		Matcher m = REQUIREMENT.matcher(text.strip());
		if (!m.matches()) {
			return text.strip();
		}
		String namespace = m.group(1).strip();
		String name = m.group(2);
		String range = m.group(3).strip();
		String kind = switch (namespace) {
		case "osgi.bundle" -> "bundle";
		case "java.package" -> "Java package";
		case "osgi.ee" -> "Java runtime";
		case "org.eclipse.equinox.p2.iu" -> name.endsWith(PluginFeature.GROUP_SUFFIX) ? "feature" : "unit";
		default -> namespace;
		};
		String shown = "feature".equals(kind) ? PluginFeature.featureId(name) : name;
		String versions = range.isEmpty() || "0.0.0".equals(range) ? "any version" : "version " + range;
		return kind + " " + shown + " (" + versions + ")";
	}
}
