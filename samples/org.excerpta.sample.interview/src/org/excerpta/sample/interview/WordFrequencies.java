package org.excerpta.sample.interview;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.excerpta.api.Analysis;
import org.excerpta.api.AnalysisOption;
import org.excerpta.api.ProjectAccess;
import org.excerpta.api.Settings;
import org.excerpta.api.table.Cell;
import org.excerpta.api.table.Column;
import org.excerpta.api.table.ColumnType;
import org.excerpta.api.table.ReportTable;
import org.excerpta.api.table.Row;
import org.excerpta.model.TextSource;

/**
 * The most frequent words in the texts the settings cover (every source, or the sources of the
 * cases an attribute filter picks), with the sources each word is in and its share of all words.
 * Common English function words are left out unless asked for.
 */
public final class WordFrequencies implements Analysis {

	static final String ID = "word-frequencies";

	private static final Set<String> STOP_WORDS = Set.of("a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at",
			"be", "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "had",
			"has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me",
			"more", "most", "my", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over", "really", "she",
			"so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too",
			"up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would",
			"you", "your", "yeah", "um", "uh", "oh", "s", "t", "don", "ve", "ll", "re", "m", "d");

	private static final AnalysisOption TOP = new AnalysisOption("top", "Words", "how many of the most frequent words to list",
			List.of("25", "50", "100", "500"), "25");
	private static final AnalysisOption FUNCTION_WORDS = new AnalysisOption("function-words", "Function words",
			"whether common English function words (the, and, of...) are counted", List.of("leave out", "count"), "leave out");

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Word frequencies";
	}

	@Override
	public String description() {
		return "The most frequent words in the texts, the sources each is in, and its share of all words counted (sample plugin).";
	}

	@Override
	public List<AnalysisOption> options(ProjectAccess project) {
		return List.of(TOP, FUNCTION_WORDS);
	}

	@Override
	public ReportTable run(ProjectAccess project, Settings settings, IProgressMonitor monitor) {
		int top = Integer.parseInt(TOP.valueIn(settings));
		boolean functionWords = FUNCTION_WORDS.valueIn(settings).equals("count");
		List<TextSource> sources = project.sources(settings);
		SubMonitor progress = SubMonitor.convert(monitor, "Counting words", sources.size());
		Map<String, long[]> counts = new HashMap<>(); // word -> {occurrences, sources}
		long words = 0;
		for (TextSource source : sources) {
			Set<String> seen = new HashSet<>();
			for (String w : words(project.text(source))) {
				if (!functionWords && STOP_WORDS.contains(w)) {
					continue;
				}
				words++;
				long[] c = counts.computeIfAbsent(w, k -> new long[2]);
				c[0]++;
				if (seen.add(w)) {
					c[1]++;
				}
			}
			progress.worked(1);
		}
		List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts.entrySet());
		ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, long[]> e : ranked.subList(0, Math.min(top, ranked.size()))) {
			rows.add(new Row(null, List.of(new Cell.Text(e.getKey()), new Cell.Count(e.getValue()[0]), new Cell.Count(e.getValue()[1]),
					new Cell.Percent((double) e.getValue()[0] / words, 2))));
		}
		List<Column> columns = List.of(Column.of("word", ColumnType.TEXT), Column.of("occurrences", ColumnType.COUNT),
				Column.of("sources", ColumnType.COUNT), Column.of("share of words", ColumnType.PERCENT));
		String note = words + " words counted in " + sources.size() + (sources.size() == 1 ? " source" : " sources")
				+ (functionWords ? "" : ", common function words left out") + ".";
		return new ReportTable(ID, "Word frequencies", note, columns, rows);
	}

	/** The words of a text, lower case: runs of letters (with inner apostrophes) as the JDK's word breaker finds them. */
	static List<String> words(String text) {
		List<String> out = new ArrayList<>();
		BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
		words.setText(text);
		for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			String w = text.substring(start, end);
			if (w.codePoints().anyMatch(Character::isLetter)) {
				out.add(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
			}
		}
		return out;
	}
}
