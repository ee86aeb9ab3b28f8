package org.excerpta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a researcher sees when importing a real interview through the launcher. Tika reads PDFs
 * with PDFBox, which logs through SLF4J; inside OSGi the SLF4J API did not find the bundled no-op
 * provider and printed three warning lines at every PDF import, which read like a failure.
 */
class DocumentImportOutputTest {

	@TempDir
	static Path tmp;

	@Test
	void aPdfTranscriptIsImportedWithoutALoggingLibrarysWarnings() throws Exception {
		Product product = Product.copyInto(tmp);
		Path project = tmp.resolve("interviews");
		assertEquals(0, product.excerpta("new", project.toString()).exitCode());

		Product.Run imported = product.excerpta("import", project.toString(), sharedData("transcripts/pdpilot/P4.pdf").toString());

		assertEquals(0, imported.exitCode(), imported.toString());
		assertTrue(imported.out().contains("(111 speaker turns)"), imported.toString());
		assertFalse(imported.err().contains("SLF4J"), imported.toString());
	}

	/** A file of the shared test data ({@code shared/data} above the checkout, or $EXCERPTA_SHARED_DATA). */
	private static Path sharedData(String relative) {
		String given = System.getenv("EXCERPTA_SHARED_DATA");
		if (given != null && Files.isDirectory(Path.of(given))) {
			return Path.of(given).resolve(relative);
		}
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("shared/data"))) {
				return dir.resolve("shared/data").resolve(relative);
			}
		}
		throw new AssertionError("the shared test data (shared/data beside the checkout) was not found above " + System.getProperty("user.dir"));
	}
}
