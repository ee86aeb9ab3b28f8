package org.excerpta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.model.TextSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two coders' overlapping codings, compared from the command line with figures worked out by hand. */
class AgreementCommandTest {

	private static final String INNOVATION = "Commissioner-provider relationships framework / Innovation";

	@TempDir
	Path tmp;

	@Test
	void characterLevelAgreementOfTwoOverlappingCodings() {
		Path dir = tmp.resolve("sample");
		assertEquals(0, CliRun.run("sample", dir.toString()).exitCode());
		try (ExcerptaProject p = ExcerptaProject.open(dir)) {
			Coder coder = new Coder(p);
			TextSource source = (TextSource) p.model().getSources().get(0);
			var code = new CodebookEditor(p).find(INNOVATION);
			coder.code(source, 0, 100, code, coder.coder("Ana"));
			coder.code(source, 50, 150, code, coder.coder("Ben"));
		}
		// 150 characters coded by someone: both on 50, one coder only on 100. Percent agreement 50/150;
		// Cohen: p_o = 1/3, p_e = (100/150)^2 + (50/150)^2 = 5/9, kappa = (1/3 - 5/9) / (1 - 5/9) = -0.5.
		CliRun json = CliRun.run("agreement", dir.toString(), "--coders", "Ana,Ben", "--code", INNOVATION, "--json");
		assertEquals(0, json.exitCode(), json.err());
		assertTrue(json.out().contains("\"units\":150"), json.out());
		assertTrue(json.out().contains("\"percentAgreement\":0.3333333333333333"), json.out());
		assertTrue(json.out().contains("\"cohensKappa\":-0.5"), json.out());
		assertTrue(json.out().contains("\"codedBy\":[\"Ana\"]"), "the disagreement lists who coded: " + json.out());

		CliRun table = CliRun.run("agreement", dir.toString(), "--coders", "Ana,Ben");
		assertEquals(0, table.exitCode(), table.err());
		assertTrue(table.out().contains("33.3") && table.out().contains("-0.500"), table.out());
		assertTrue(table.out().contains("Disagreements (2;"), table.out());

		CliRun unknown = CliRun.run("agreement", dir.toString(), "--coders", "Ana,Zoe");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("Zoe"), unknown.err());
	}
}
