package org.excerpta.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Real words in the order people wrote or said them, read at run time from the shared test data:
 * the seven PDPilot user-study interview transcripts (transcripts/pdpilot/P*.pdf, BSD-3-Clause),
 * QualCoder's example transcript (transcripts/qualcoder_examples/transcript.txt, LGPL-3.0) and the
 * distinct free-text cells of the FiveThirtyEight poll exports (surveys/fivethirtyeight, CC BY 4.0).
 *
 * <p>Generated text is a sequence of short runs of consecutive words taken from random places in
 * this stream, so word frequencies and the local word order are those of real speech and writing.
 * Only plain ASCII words (with a trailing full stop, comma, question or exclamation mark at most)
 * are kept, so that every word can be drawn with a standard PDF font and no word looks like a
 * speaker label. Words given as {@code reserved} are left out, so that the generator alone decides
 * where they occur.
 */
public final class Corpus {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']{0,24}[.,?!]?");
	/** Speaker labels and page furniture of the PDPilot PDFs, which are not part of what was said. */
	private static final Pattern FURNITURE = Pattern.compile("^(?:\\d+/\\d+|Interview|[A-Z][a-z]+:)$");

	private final String[] words;
	private final List<String> origins;

	private Corpus(String[] words, List<String> origins) {
		this.words = words;
		this.origins = origins;
	}

	/**
	 * Reads the corpus from the shared data folder (the folder holding transcripts/ and surveys/).
	 *
	 * @param reserved words (lower case) never to take from the real text
	 */
	public static Corpus load(Path data, Set<String> reserved) {
		List<String> tokens = new ArrayList<>();
		List<String> origins = new ArrayList<>();
		try {
			for (Path pdf : sorted(data.resolve("transcripts/pdpilot"), "P", ".pdf")) {
				addTokens(pdfText(pdf), reserved, tokens);
				origins.add(data.relativize(pdf).toString());
			}
			Path qualcoder = data.resolve("transcripts/qualcoder_examples/transcript.txt");
			if (Files.isRegularFile(qualcoder)) {
				addTokens(Files.readString(qualcoder, StandardCharsets.UTF_8).replaceAll("\\[id\\d+\\]", " "), reserved, tokens);
				origins.add(data.relativize(qualcoder).toString());
			}
			for (Path csv : csvFiles(data.resolve("surveys/fivethirtyeight"))) {
				addTokens(String.join(" ", freeTextCells(csv)), reserved, tokens);
				origins.add(data.relativize(csv).toString());
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the real text for the vocabulary under " + data + ": " + e.getMessage(), e);
		}
		if (tokens.size() < 10_000) {
			throw new IllegalArgumentException("the shared data under " + data + " yielded only " + tokens.size()
					+ " words (expected the PDPilot transcripts in transcripts/pdpilot and the FiveThirtyEight polls "
					+ "in surveys/fivethirtyeight); point --data at the shared/data folder");
		}
		return new Corpus(tokens.toArray(String[]::new), List.copyOf(origins));
	}

	/** The shared data folder: the one given, else $EXCERPTA_SHARED_DATA, else shared/data above the working folder. */
	public static Path findData(Path given) {
		if (given != null) {
			if (!Files.isDirectory(given)) {
				throw new IllegalArgumentException("the data folder " + given + " does not exist");
			}
			return given;
		}
		String env = System.getenv("EXCERPTA_SHARED_DATA");
		if (env != null && Files.isDirectory(Path.of(env))) {
			return Path.of(env);
		}
		for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("no shared/data folder above " + System.getProperty("user.dir")
				+ "; give the folder of real text with --data (or set EXCERPTA_SHARED_DATA)");
	}

	public int size() {
		return words.length;
	}

	/** The files the words came from, relative to the data folder. */
	public List<String> origins() {
		return origins;
	}

	/**
	 * Text of about {@code targetChars} characters (never more than {@code maxChars}), cut at a word,
	 * starting with a capital and ending with a full stop or question mark.
	 */
	public String text(SplittableRandom random, int targetChars, int maxChars) {
		StringBuilder out = new StringBuilder(targetChars + 40);
		while (out.length() < targetChars) {
			int at = random.nextInt(words.length);
			int run = 2 + random.nextInt(9);
			for (int i = 0; i < run && at + i < words.length && out.length() < targetChars; i++) {
				String w = words[at + i];
				if (out.length() + 1 + w.length() > maxChars - 1) {
					break;
				}
				if (!out.isEmpty()) {
					out.append(' ');
				}
				out.append(w);
			}
			if (out.length() + 3 > maxChars - 1) {
				break;
			}
		}
		return sentence(out);
	}

	/** About {@code count} words. */
	public String words(SplittableRandom random, int count) {
		StringBuilder out = new StringBuilder(count * 6);
		int n = 0;
		while (n < count) {
			int at = random.nextInt(words.length);
			int run = 2 + random.nextInt(9);
			for (int i = 0; i < run && at + i < words.length && n < count; i++, n++) {
				if (!out.isEmpty()) {
					out.append(' ');
				}
				out.append(words[at + i]);
			}
		}
		return sentence(out);
	}

	private static String sentence(StringBuilder s) {
		while (!s.isEmpty() && ",".indexOf(s.charAt(s.length() - 1)) >= 0) {
			s.setLength(s.length() - 1);
		}
		if (s.isEmpty()) {
			return "";
		}
		s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
		char last = s.charAt(s.length() - 1);
		if (last != '.' && last != '?' && last != '!') {
			s.append('.');
		}
		return s.toString();
	}

	private static void addTokens(String text, Set<String> reserved, List<String> out) {
		for (String t : text.split("\\s+")) {
			if (t.isEmpty() || FURNITURE.matcher(t).matches() || !WORD.matcher(t).matches()) {
				continue;
			}
			String bare = t.replaceAll("[^A-Za-z']", "").toLowerCase(Locale.ROOT);
			if (reserved.stream().anyMatch(bare::startsWith)) {
				continue;
			}
			out.add(t);
		}
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(d);
		}
	}

	/**
	 * Distinct cells of three words or more below the header rows: what respondents typed into
	 * "Other (please specify)" boxes, plus the longer answer options (counted once each, so that
	 * repeated choices do not dominate the word frequencies).
	 */
	private static List<String> freeTextCells(Path csv) throws IOException {
		Set<String> cells = new LinkedHashSet<>();
		try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			long row = 0;
			for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
				if (row++ < 2) {
					continue; // header rows (FiveThirtyEight exports have one or two)
				}
				for (String cell : rec) {
					String c = cell.strip();
					if (c.split("\\s+").length >= 3) {
						cells.add(c);
					}
				}
			}
		} catch (UncheckedIOException | IllegalStateException e) {
			throw new IllegalArgumentException("cannot read " + csv + " as CSV: " + e.getMessage(), e);
		}
		return new ArrayList<>(cells);
	}

	private static List<Path> sorted(Path dir, String prefix, String suffix) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))
					.sorted().toList();
		}
	}

	private static List<Path> csvFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
	}
}
