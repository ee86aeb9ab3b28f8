package org.excerpta.plugins;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/** p2's current agent in the test runtime, found as {@link PluginInstaller#running()} finds it. */
final class PluginInstallerTestAgent {

	private PluginInstallerTestAgent() {
	}

	static BundleContext context() {
		PluginInstaller.running(); // activates the host bundle and p2 core
		return FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
	}

	static IProvisioningAgent current() {
		BundleContext context = context();
		try {
			return context.getService(context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)").iterator().next());
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
