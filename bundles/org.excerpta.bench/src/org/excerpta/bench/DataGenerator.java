package org.excerpta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the benchmark's data from a seed: the same seed and corpus give the same CSV bytes and
 * the same transcript texts (the .docx and .pdf containers may carry the time they were written).
 * Survey answers go to one CSV ({@link SurveyShape}); transcripts
 * alternate between .docx (POI) and .pdf (PDFBox), each a conversation of "Interviewer:" and
 * "Participant:" turns.
 */
public final class DataGenerator {

	/** What was written. */
	public record Generated(Path answersCsv, int answers, int answersWithQueryWord, List<Path> transcripts, long transcriptWords) {
	}

	private final Corpus corpus;
	private final long seed;

	public DataGenerator(Corpus corpus, long seed) {
		this.corpus = corpus;
		this.seed = seed;
	}

	public Generated write(Path folder, int answers, int transcripts, int minWords, int maxWords) {
		try {
			Files.createDirectories(folder);
			Path csv = folder.resolve("answers.csv");
			int hits = writeAnswers(csv, answers);
			Path docs = Files.createDirectories(folder.resolve("transcripts"));
			List<Path> files = new ArrayList<>();
			long words = 0;
			SplittableRandom random = new SplittableRandom(seed ^ 0x7A3C_5E1F_0B2D_4C6AL);
			for (int i = 0; i < transcripts; i++) {
				SplittableRandom own = random.split();
				int n = minWords + own.nextInt(maxWords - minWords + 1);
				List<String> turns = turns(own, n);
				words += n;
				Path file = docs.resolve(String.format("interview-%02d.%s", i + 1, i % 2 == 0 ? "docx" : "pdf"));
				if (i % 2 == 0) {
					writeDocx(file, turns);
				} else {
					writePdf(file, turns);
				}
				files.add(file);
			}
			return new Generated(csv, answers, hits, List.copyOf(files), words);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the benchmark data into " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Writes the answers; returns how many hold the query word. */
	public int writeAnswers(Path csv, int answers) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		int hits = 0;
		try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
			out.printRecord(SurveyShape.header());
			List<String> row = new ArrayList<>(SurveyShape.ATTRIBUTES.size() + 2);
			for (int i = 0; i < answers; i++) {
				row.clear();
				row.add(SurveyShape.id(i));
				for (SurveyShape.Attribute a : SurveyShape.ATTRIBUTES) {
					row.add(a.pick(random));
				}
				boolean hit = random.nextDouble() < SurveyShape.QUERY_SHARE;
				row.add(answer(random, hit));
				hits += hit ? 1 : 0;
				out.printRecord(row);
			}
		}
		return hits;
	}

	/**
	 * An answer of 50 to 300 characters, most of them short (as in real surveys), with the query
	 * word put between two words when asked.
	 */
	private String answer(SplittableRandom random, boolean withQueryWord) {
		int room = SurveyShape.MAX_CHARS - (withQueryWord ? SurveyShape.QUERY_WORD.length() + 1 : 0);
		int target = SurveyShape.MIN_CHARS + (int) ((SurveyShape.MAX_CHARS - SurveyShape.MIN_CHARS) * Math.pow(random.nextDouble(), 1.6));
		String text = corpus.text(random, Math.min(target, room), room);
		while (text.length() < SurveyShape.MIN_CHARS) {
			text = text + " " + corpus.text(random, SurveyShape.MIN_CHARS - text.length(), room - text.length() - 1);
		}
		if (withQueryWord) {
			int[] spaces = text.chars().filter(c -> c == ' ').toArray();
			int count = spaces.length;
			int at = count == 0 ? text.length() : nthSpace(text, random.nextInt(count));
			text = text.substring(0, at) + " " + SurveyShape.QUERY_WORD + text.substring(at);
		}
		return text;
	}

	private static int nthSpace(String s, int n) {
		int at = -1;
		for (int i = 0; i <= n; i++) {
			at = s.indexOf(' ', at + 1);
		}
		return at;
	}

	/** Turns of about {@code words} words in all: short questions, longer answers. */
	private List<String> turns(SplittableRandom random, int words) {
		List<String> out = new ArrayList<>();
		int left = words;
		boolean interviewer = true;
		while (left > 0) {
			int n = Math.min(left, interviewer ? 6 + random.nextInt(30) : 20 + random.nextInt(230));
			String said = corpus.words(random, n);
			if (interviewer) {
				said = said.substring(0, said.length() - 1) + "?";
			}
			out.add((interviewer ? "Interviewer: " : "Participant: ") + said);
			left -= n;
			interviewer = !interviewer;
		}
		return out;
	}

	private static void writeDocx(Path file, List<String> turns) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String t : turns) {
				doc.createParagraph().createRun().setText(t);
			}
			doc.write(out);
		}
	}

	/** Lines wrapped to the page width with Helvetica, every turn starting on a new line. */
	private static void writePdf(Path file, List<String> turns) throws IOException {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		float size = 10;
		float leading = 13;
		float margin = 60;
		PDRectangle page = PDRectangle.A4;
		float width = page.getWidth() - 2 * margin;
		List<String> lines = new ArrayList<>();
		for (String t : turns) {
			StringBuilder line = new StringBuilder();
			for (String word : t.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				} else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			lines.add(line.toString());
		}
		int perPage = (int) ((page.getHeight() - 2 * margin) / leading);
		try (PDDocument doc = new PDDocument()) {
			for (int from = 0; from < lines.size(); from += perPage) {
				PDPage p = new PDPage(page);
				doc.addPage(p);
				try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
					cs.beginText();
					cs.setFont(font, size);
					cs.setLeading(leading);
					cs.newLineAtOffset(margin, page.getHeight() - margin);
					for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
						cs.showText(line);
						cs.newLine();
					}
					cs.endText();
				}
			}
			doc.getDocumentInformation().setProducer("Excerpta benchmark");
			doc.setDocumentId((long) turns.hashCode()); // the trailer's /ID from the text, not the clock
			doc.save(file.toFile());
		}
	}
}
