package org.excerpta.plugins;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Loads the repository a user named, with a message that says what is wrong with it, and forgets
 * it again afterwards when p2 did not know it before: installing a plugin must not leave
 * Excerpta consulting that repository on every later operation.
 */
final class Repositories implements AutoCloseable {

	private final IMetadataRepositoryManager metadata;
	private final IArtifactRepositoryManager artifacts;
	private final List<URI> added = new ArrayList<>();

	Repositories(IProvisioningAgent agent) {
		metadata = agent.getService(IMetadataRepositoryManager.class);
		artifacts = agent.getService(IArtifactRepositoryManager.class);
		if (metadata == null || artifacts == null) {
			throw new PluginException("p2's repository managers are not available in this Excerpta: "
					+ "the p2 bundles (org.eclipse.equinox.p2.metadata.repository, ...artifact.repository) are missing or not started.");
		}
	}

	/** The repository's metadata: what it offers. */
	IMetadataRepository loadMetadata(URI location, IProgressMonitor monitor) {
		checkLocalFolder(location);
		remember(metadata, location);
		try {
			return metadata.loadRepository(location, monitor);
		} catch (ProvisionException e) {
			throw failure(location, e);
		}
	}

	/** Makes sure the artifacts (the jars) can be read too, before p2 starts changing anything. */
	void loadArtifacts(URI location, IProgressMonitor monitor) {
		remember(artifacts, location);
		try {
			artifacts.loadRepository(location, monitor);
		} catch (ProvisionException e) {
			throw failure(location, e);
		}
	}

	private void remember(IRepositoryManager<?> manager, URI location) {
		if (!manager.contains(location)) {
			added.add(location);
		}
	}

	/** A local folder that is missing or plainly not a p2 repository gets a message before p2 is asked. */
	private static void checkLocalFolder(URI location) {
		if (!"file".equalsIgnoreCase(location.getScheme())) {
			return;
		}
		Path folder = Path.of(location);
		if (!Files.exists(folder)) {
			throw new PluginException("The repository " + folder + " does not exist. Give the folder of a p2 repository "
					+ "(the one holding content.jar or content.xml, often target/repository of a Tycho build) or its URL.");
		}
		if (!Files.isDirectory(folder) && !folder.getFileName().toString().endsWith(".zip")) {
			throw new PluginException("The repository " + folder + " is a file, not a folder: give the folder of a p2 repository "
					+ "(the one holding content.jar or content.xml).");
		}
	}

	private static PluginException failure(URI location, ProvisionException e) {
		String where = RepositoryLocation.describe(location);
		IStatus status = e.getStatus();
		String detail = (status == null ? e.getMessage() : status.getMessage()) + (!"http".equalsIgnoreCase(location.getScheme()) ? ""
				// p2's transport turns http:// into https:// unless told otherwise (p2.httpRule): say so, or the https:// in p2's message puzzles.
				: " (p2 fetches http:// addresses over https:// for safety: give the repository's https:// address, or a folder with a copy of it)");
		int code = status == null ? 0 : status.getCode();
		return switch (code) {
		case ProvisionException.REPOSITORY_NOT_FOUND -> new PluginException(
				"file".equalsIgnoreCase(location.getScheme())
						? where + " is not a p2 repository: it holds no content.jar, content.xml, compositeContent.* or p2.index. "
								+ "Give the folder of a built p2 repository (for a Tycho build: target/repository)."
						: "No p2 repository at " + where + ": " + detail,
				e);
		case ProvisionException.REPOSITORY_FAILED_AUTHENTICATION -> new PluginException(
				"The repository at " + where + " asked for a user name and password, which Excerpta cannot give: " + detail, e);
		case ProvisionException.REPOSITORY_FAILED_READ, ProvisionException.REPOSITORY_UNKNOWN_TYPE -> new PluginException(
				"The p2 repository " + where + " cannot be read (damaged, or of a kind p2 does not know): " + detail, e);
		case ProvisionException.REPOSITORY_INVALID_LOCATION -> new PluginException(
				where + " is not a place p2 can read a repository from: " + detail, e);
		default -> new PluginException("The p2 repository " + where + " could not be loaded: " + detail, e);
		};
	}

	@Override
	public void close() {
		for (URI location : added) {
			metadata.removeRepository(location);
			artifacts.removeRepository(location);
		}
		added.clear();
	}
}
