package org.excerpta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.excerpta.core.store.ProjectStore;
import org.junit.jupiter.api.Test;

/**
 * GUIDs are what REFI-QDA exchange and team merges match objects by: each must be a well-formed
 * random UUID in lower case, and no two may be alike, also when several threads make them.
 */
class GuidTest {

	private static final Pattern LOWER_CASE_UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	@Test
	void guidsAreRandomVersionFourUuidsInLowerCase() {
		for (int i = 0; i < 10_000; i++) {
			String guid = ProjectStore.newGuid();
			assertTrue(LOWER_CASE_UUID.matcher(guid).matches(), guid);
			UUID uuid = UUID.fromString(guid);
			assertEquals(4, uuid.version(), guid);
			assertEquals(2, uuid.variant(), guid);
		}
	}

	@Test
	void noTwoGuidsAreAlikeAcrossThreads() throws Exception {
		int threads = 4;
		int each = 100_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<String>>> made = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				made.add(pool.submit(() -> {
					List<String> guids = new ArrayList<>(each);
					for (int i = 0; i < each; i++) {
						guids.add(ProjectStore.newGuid());
					}
					return guids;
				}));
			}
			Set<String> all = new HashSet<>();
			for (Future<List<String>> f : made) {
				all.addAll(f.get());
			}
			assertEquals(threads * each, all.size(), "every GUID made is different");
		} finally {
			pool.shutdown();
		}
	}
}
