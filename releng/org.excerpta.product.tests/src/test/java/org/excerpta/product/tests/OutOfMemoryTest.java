package org.excerpta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs out of memory says so and fails, as a script needs: the OSGi application
 * container only logged what picocli does not catch (an {@code Error}) in the product's
 * configuration folder, and the command ended with exit code 0 and no word. A survey import in
 * 64 MB stopped after 15,000 of 200,000 respondents that way, and a three-way merge of a
 * million-answer project in Java's default quarter of the machine's memory printed nothing at all.
 * What the command saved before stays saved, and the project opens.
 */
class OutOfMemoryTest {

	@TempDir
	static Path tmp;

	@Test
	void aCommandOutOfMemorySaysSoAndFails() throws Exception {
		Product product = Product.copyInto(tmp);
		Path project = tmp.resolve("survey");
		assertEquals(0, product.excerpta("new", project.toString()).exitCode());
		Path first = tmp.resolve("first-wave.csv");
		writeSurvey(first, 200, 0);
		Product.Run imported = product.excerpta("import-survey", project.toString(), first.toString(), "--id", "ID", "--text", "Comment");
		assertEquals(0, imported.exitCode(), imported.toString());

		// A second wave with one answer of 64 million characters: more than the whole heap, so the
		// first pass runs out of memory at once (a survey of many ordinary rows made the collector
		// thrash for seconds to minutes before giving up: too slow and uneven for a test).
		Path second = tmp.resolve("second-wave.csv");
		writeSurvey(second, 10, 64 << 20);
		Product.Run starved = product.excerpta(Map.of("JAVA_TOOL_OPTIONS", "-Xmx48m"), "import-survey", project.toString(),
				second.toString(), "--id", "ID", "--text", "Comment");
		assertEquals(1, starved.exitCode(), starved.toString());
		assertTrue(starved.err().matches("(?s).*excerpta import-survey: ran out of memory: Java had about 4\\d MB to use.*"), starved.toString());
		assertTrue(starved.err().matches("(?s).*Run it again with more, e\\.g\\. JAVA_TOOL_OPTIONS=-Xmx\\d+m excerpta import-survey \\.\\.\\..*"),
				starved.toString());

		// The project is whole, with what was saved before.
		Product.Run info = product.excerpta("info", project.toString());
		assertEquals(0, info.exitCode(), info.toString());
		assertTrue(info.out().matches("(?s).*Cases\\s+200\\b.*"), info.toString());
	}

	/**
	 * A survey of respondents with a role and a comment of a few dozen words; with {@code hugeAnswer}
	 * above zero, one more respondent whose comment has about that many characters.
	 */
	private static void writeSurvey(Path csv, int respondents, int hugeAnswer) throws Exception {
		String[] words = ("staff rota weekend shift manager team support training pay patient safety ward night cover leave "
				+ "sickness agency nurse doctor handover break workload equipment communication recognition career").split(" ");
		String[] roles = { "Nurse", "Doctor", "Manager", "Allied health" };
		SplittableRandom random = new SplittableRandom(11);
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			w.write("ID,Role,Comment\n");
			for (int i = 1; i <= respondents; i++) {
				StringBuilder comment = new StringBuilder();
				for (int n = 20 + random.nextInt(30); n > 0; n--) {
					comment.append(words[random.nextInt(words.length)]).append(' ');
				}
				w.write(String.format("R%07d,%s,%s%n", i, roles[random.nextInt(roles.length)], comment.toString().strip()));
			}
			if (hugeAnswer > 0) {
				w.write(String.format("R%07d,Nurse,", respondents + 1));
				for (int written = 0; written < hugeAnswer; written += 6) {
					w.write("rotas ");
				}
				w.write("\n");
			}
		}
	}
}
