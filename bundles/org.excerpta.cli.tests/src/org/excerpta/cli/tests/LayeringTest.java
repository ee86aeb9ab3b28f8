package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The layers stay clean: nothing the model, the core or the command line is wired to, directly
 * or through other bundles, is SWT, JFace or the e4 UI. Checked on the resolved OSGi wiring,
 * which is what actually runs.
 */
class LayeringTest {

	private static final List<String> UI = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.e4.ui", "org.excerpta.ui");

	@ParameterizedTest
	@ValueSource(strings = { "org.excerpta.model", "org.excerpta.api", "org.excerpta.core", "org.excerpta.importer", "org.excerpta.index", "org.excerpta.analysis", "org.excerpta.report", "org.excerpta.exchange", "org.excerpta.cli" })
	void belowTheUiNothingReachesSwtJfaceOrE4Ui(String name) {
		Bundle start = bundle(name);
		Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
		Set<Bundle> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			Bundle b = todo.pop();
			if (!seen.add(b)) {
				continue;
			}
			for (String ui : UI) {
				assertTrue(!b.getSymbolicName().startsWith(ui), name + " reaches the UI bundle " + b.getSymbolicName());
			}
			BundleWiring wiring = b.adapt(BundleWiring.class);
			assertNotNull(wiring, b.getSymbolicName() + " is not resolved");
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				Bundle provider = wire.getProviderWiring().getBundle();
				if (provider.getBundleId() != 0) { // the system bundle (JDK packages) is no layer
					todo.push(provider);
				}
			}
		}
		assertTrue(seen.size() > 1, "the wiring of " + name + " was walked");
	}

	private static Bundle bundle(String name) {
		for (Bundle b : FrameworkUtil.getBundle(LayeringTest.class).getBundleContext().getBundles()) {
			if (name.equals(b.getSymbolicName())) {
				return b;
			}
		}
		throw new AssertionError(name + " is not in the test runtime");
	}
}
