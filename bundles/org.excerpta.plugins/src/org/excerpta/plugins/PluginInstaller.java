package org.excerpta.plugins;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Installs plugins (p2 features) into the running Excerpta and removes them, through p2's agent
 * and the profile Excerpta was installed with ({@link IProfileRegistry#SELF}). p2 rewrites
 * {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info}; the change takes
 * effect at the next start. A plugin is a root feature of the profile that the product did not
 * bring. The command line and the workbench both go through this class; every failure a user can
 * meet is a {@link PluginException} saying what is wrong and what to do.
 */
public final class PluginInstaller {

	private static final String PROFILE_PROPERTY = "eclipse.p2.profile";
	/**
	 * p2's garbage collector (by service name: its class is internal) deletes the jars no profile
	 * needs any more when an uninstall commits, but only once it has been created and listens.
	 */
	private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector";

	private final IProvisioningAgent agent;
	private final BundleContext framework;
	private final String profileId;

	/** {@code framework} tells the state of installed bundles; it may be null (states are then "unknown"). */
	public PluginInstaller(IProvisioningAgent agent, BundleContext framework) {
		this(agent, framework, IProfileRegistry.SELF);
	}

	/** Over another profile than the running installation's: for tests, which cannot change their own runtime. */
	PluginInstaller(IProvisioningAgent agent, BundleContext framework, String profileId) {
		this.agent = agent;
		this.framework = framework;
		this.profileId = profileId;
	}

	/** The installer of the running Excerpta, over p2's current agent from the OSGi service registry. */
	public static PluginInstaller running() {
		Bundle bundle = FrameworkUtil.getBundle(PluginInstaller.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			throw new PluginException("Plugins can only be managed from a running Excerpta (no OSGi framework around this code).");
		}
		try {
			var references = context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
			for (ServiceReference<IProvisioningAgent> reference : references) {
				IProvisioningAgent agent = context.getService(reference);
				if (agent != null) {
					return new PluginInstaller(agent, context);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		throw new PluginException("p2 is not running in this Excerpta (no current provisioning agent): the p2 bundles are missing, "
				+ "or the p2 data area (eclipse.p2.data.area) is not set. Plugins can only be installed into the built product.");
	}

	/** The features a repository (a local folder or an http(s) URL, see {@link RepositoryLocation}) offers, by name. */
	public List<PluginFeature> available(URI repository, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, "Reading " + RepositoryLocation.describe(repository), 1);
		try (Repositories repositories = new Repositories(agent)) {
			return offered(repositories.loadMetadata(repository, sub.split(1))).stream().map(PluginFeature::of)
					.sorted(Comparator.comparing(PluginFeature::name, String.CASE_INSENSITIVE_ORDER)).toList();
		}
	}

	/** The plugins installed into this Excerpta, with the bundles each brought and their state. */
	public List<InstalledPlugin> installed() {
		IProfile profile = selfProfile();
		return plugins(profile).stream().map(group -> new InstalledPlugin(PluginFeature.of(group), bundlesOf(profile, group))).toList();
	}

	/**
	 * Installs the features (ids with or without ".feature.group") from the repository, with what they
	 * require from it. Nothing changes unless everything can be installed.
	 */
	public PluginChange install(URI repository, List<String> featureIds, IProgressMonitor monitor) {
		if (featureIds.isEmpty()) {
			throw new PluginException("Name at least one feature to install (excerpta plugins available REPOSITORY lists them).");
		}
		IProfile profile = selfProfile();
		checkWritable(profile);
		String where = RepositoryLocation.describe(repository);
		SubMonitor sub = SubMonitor.convert(monitor, "Installing from " + where, 100);
		try (Repositories repositories = new Repositories(agent)) {
			IQueryable<IInstallableUnit> repo = repositories.loadMetadata(repository, sub.split(10));
			List<IInstallableUnit> offered = offered(repo);
			List<IInstallableUnit> chosen = new ArrayList<>();
			for (String id : new LinkedHashSet<>(featureIds)) {
				IInstallableUnit group = offered.stream().filter(iu -> iu.getId().equals(PluginFeature.groupId(id))).findFirst()
						.orElseThrow(() -> notOffered(id, where, offered));
				checkNotInstalled(profile, group);
				chosen.add(group);
			}
			repositories.loadArtifacts(repository, sub.split(5));
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(repository);
			context.setArtifactRepositories(repository);
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), chosen);
			return run(operation, context, "install " + names(chosen), sub.split(85));
		}
	}

	/** Removes installed plugins (ids with or without ".feature.group") and whatever only they needed. */
	public PluginChange uninstall(List<String> featureIds, IProgressMonitor monitor) {
		if (featureIds.isEmpty()) {
			throw new PluginException("Name at least one plugin to uninstall (excerpta plugins list shows them).");
		}
		IProfile profile = selfProfile();
		checkWritable(profile);
		List<IInstallableUnit> plugins = plugins(profile);
		List<IInstallableUnit> chosen = new ArrayList<>();
		for (String id : new LinkedHashSet<>(featureIds)) {
			String groupId = PluginFeature.groupId(id);
			IInstallableUnit plugin = plugins.stream().filter(iu -> iu.getId().equals(groupId)).findFirst().orElse(null);
			if (plugin == null) {
				boolean partOfExcerpta = !profile.query(QueryUtil.createIUQuery(groupId), null).isEmpty();
				throw new PluginException(partOfExcerpta
						? PluginFeature.featureId(groupId) + " is part of Excerpta itself, not a plugin: it cannot be uninstalled."
						: PluginFeature.featureId(groupId) + " is not installed. " + installedList(plugins));
			}
			chosen.add(plugin);
		}
		agent.getService(GARBAGE_COLLECTOR);
		// Removing needs no repository: p2 only takes units out of the profile.
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories();
		context.setArtifactRepositories();
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), chosen);
		return run(operation, context, "uninstall " + names(chosen), SubMonitor.convert(monitor, "Uninstalling", 1).split(1));
	}

	/** Resolves, then provisions; the profile before and after says what changed. */
	private PluginChange run(ProfileChangeOperation operation, ProvisioningContext context, String what, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		List<PluginFeature> before = plugins(selfProfile()).stream().map(PluginFeature::of).toList();
		operation.setProfileId(profileId);
		operation.setProvisioningContext(context);
		IStatus resolved = operation.resolveModal(sub.split(30));
		if (resolved.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		ProvisioningJob job = resolved.getSeverity() == IStatus.ERROR ? null : operation.getProvisioningJob(sub.split(5));
		if (job == null) {
			throw new PluginException("Cannot " + what + ":\n" + problems(operation, resolved)
					+ "\nNothing was changed. Install what is missing first (or use a repository that also holds it), "
					+ "or ask the plugin's author which Excerpta it is made for.");
		}
		IStatus done = job.runModal(sub.split(65));
		if (done.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (done.getSeverity() == IStatus.ERROR) {
			throw new PluginException("Could not " + what + ":\n" + bullets(ResolutionSummary.lines(done))
					+ "\np2 undoes a failed change; if Excerpta no longer starts, reinstall it.", done.getException());
		}
		List<PluginFeature> after = plugins(selfProfile()).stream().map(PluginFeature::of).toList();
		return new PluginChange(after.stream().filter(f -> !before.contains(f)).toList(),
				before.stream().filter(f -> !after.contains(f)).toList());
	}

	private static String problems(ProfileChangeOperation operation, IStatus resolved) {
		Set<String> lines = new LinkedHashSet<>(ResolutionSummary.lines(resolved));
		IProvisioningPlan plan = operation.getProvisioningPlan();
		if (plan != null) {
			lines.addAll(ResolutionSummary.lines(plan.getStatus()));
		}
		return bullets(new ArrayList<>(lines));
	}

	private static String bullets(List<String> lines) {
		return lines.stream().map(line -> "  - " + line).collect(Collectors.joining("\n"));
	}

	/** Feature groups a repository offers, newest version of each; products are not plugins. */
	private static List<IInstallableUnit> offered(IQueryable<IInstallableUnit> repository) {
		return repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null).stream()
				.filter(iu -> !QueryUtil.isProduct(iu)).sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
	}

	private static PluginException notOffered(String id, String where, List<IInstallableUnit> offered) {
		String list = offered.isEmpty() ? "It offers no features at all."
				: "It offers: " + offered.stream().map(iu -> PluginFeature.of(iu).label()).collect(Collectors.joining(", ")) + ".";
		return new PluginException("The feature " + PluginFeature.featureId(id) + " is not in the repository " + where + ". " + list);
	}

	private void checkNotInstalled(IProfile profile, IInstallableUnit group) {
		for (IInstallableUnit installed : profile.query(QueryUtil.createIUQuery(group.getId()), null)) {
			if (installed.getVersion().compareTo(group.getVersion()) >= 0) {
				boolean plugin = plugins(profile).contains(installed);
				throw new PluginException(PluginFeature.of(installed).label() + (plugin ? " is already installed"
						: " is already part of Excerpta")
						+ (installed.getVersion().equals(group.getVersion()) ? "."
								: "; the repository has the older " + group.getVersion() + "."));
			}
		}
	}

	/**
	 * The root features that the product did not bring: the product unit, and the features it
	 * requires (installed as roots of their own), are Excerpta itself.
	 */
	private static List<IInstallableUnit> plugins(IProfile profile) {
		Set<IInstallableUnit> roots = profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet();
		Set<IInstallableUnit> excerpta = excerptaRoots(roots);
		return roots.stream().filter(QueryUtil::isGroup).filter(iu -> excerpta.stream().noneMatch(e -> e.getId().equals(iu.getId())))
				.sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
	}

	private static Set<IInstallableUnit> excerptaRoots(Set<IInstallableUnit> roots) {
		Set<IInstallableUnit> excerpta = new HashSet<>();
		for (IInstallableUnit root : roots) {
			if (QueryUtil.isProduct(root)) {
				excerpta.add(root);
				for (IRequirement requirement : root.getRequirements()) {
					roots.stream().filter(other -> other.satisfies(requirement)).forEach(excerpta::add);
				}
			}
		}
		return excerpta;
	}

	/**
	 * The bundles a plugin brought: those its feature leads to (through inclusions and requirements)
	 * that Excerpta itself does not, so a plugin that requires org.excerpta.api does not claim it.
	 */
	private List<PluginBundle> bundlesOf(IProfile profile, IInstallableUnit group) {
		List<IInstallableUnit> all = profile.query(QueryUtil.ALL_UNITS, null).toUnmodifiableSet().stream()
				.sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
		Set<IInstallableUnit> excerpta = reachable(excerptaRoots(profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet()), all);
		return reachable(Set.of(group), all).stream().filter(PluginInstaller::isBundle).filter(iu -> !excerpta.contains(iu))
				.sorted(Comparator.comparing(IInstallableUnit::getId))
				.map(iu -> new PluginBundle(iu.getId(), iu.getVersion().toString(), state(iu.getId(), iu.getVersion().toString()))).toList();
	}

	/**
	 * Every unit of {@code all} that {@code from} leads to through mandatory requirements, {@code from}
	 * included. Configuration fragments are not followed: their host requirement matches every bundle.
	 */
	private static Set<IInstallableUnit> reachable(Set<IInstallableUnit> from, List<IInstallableUnit> all) {
		Set<IInstallableUnit> seen = new HashSet<>(from);
		ArrayDeque<IInstallableUnit> todo = new ArrayDeque<>(from);
		while (!todo.isEmpty()) {
			IInstallableUnit unit = todo.pop();
			if (QueryUtil.isFragment(unit)) {
				continue;
			}
			for (IRequirement requirement : unit.getRequirements()) {
				if (requirement.getMin() == 0) {
					continue;
				}
				for (IInstallableUnit candidate : all) {
					if (candidate.satisfies(requirement) && seen.add(candidate)) {
						todo.push(candidate);
					}
				}
			}
		}
		return seen;
	}

	private static boolean isBundle(IInstallableUnit unit) {
		for (IProvidedCapability capability : unit.getProvidedCapabilities()) {
			if ("osgi.bundle".equals(capability.getNamespace())) {
				return true;
			}
		}
		return false;
	}

	private String state(String symbolicName, String version) {
		if (framework == null) {
			return "unknown";
		}
		for (Bundle bundle : framework.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion().toString())) {
				return switch (bundle.getState()) {
				case Bundle.ACTIVE -> "active";
				case Bundle.STARTING -> "starting";
				case Bundle.RESOLVED -> "resolved";
				case Bundle.INSTALLED -> "installed";
				default -> "stopping";
				};
			}
		}
		return "not loaded";
	}

	private IProfile selfProfile() {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(profileId);
		if (profile == null && !IProfileRegistry.SELF.equals(profileId)) {
			throw new PluginException("There is no p2 profile " + profileId + ".");
		}
		if (profile == null) {
			String name = framework == null ? null : framework.getProperty(PROFILE_PROPERTY);
			throw new PluginException("This Excerpta has no p2 profile (" + PROFILE_PROPERTY + " is "
					+ (name == null ? "not set" : "\"" + name + "\", which p2 does not know")
					+ "): it runs from a development or test launch, not from an installed product. "
					+ "Plugins can only be installed into the built product "
					+ "(releng/org.excerpta.product/target/products/..., or a copy of it).");
		}
		return profile;
	}

	private static void checkWritable(IProfile profile) {
		String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
		if (folder == null) {
			return;
		}
		try {
			Path path = Path.of(folder);
			if (!Files.isWritable(path)) {
				throw new PluginException("Excerpta's installation folder " + path + " cannot be written by you. "
						+ "Install plugins as the user who owns it, or copy Excerpta to a folder of your own.");
			}
		} catch (InvalidPathException e) {
			// Not a local path: let p2 report what it finds.
		}
	}

	private static String installedList(List<IInstallableUnit> plugins) {
		return plugins.isEmpty() ? "No plugins are installed."
				: "Installed plugins: " + plugins.stream().map(iu -> PluginFeature.of(iu).label()).collect(Collectors.joining(", ")) + ".";
	}

	private static String names(List<IInstallableUnit> groups) {
		return groups.stream().map(iu -> PluginFeature.of(iu).label()).collect(Collectors.joining(", "));
	}
}
