package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.excerpta.analysis.agreement.Agreement;
import org.excerpta.analysis.agreement.ReliabilityData;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * One computation of an agreement study. For every unit and every chosen code, each chosen coder's
 * value is "coded" or "not coded"; the coders who coded are kept as the bits of a long (a mask),
 * and each code keeps how many units had each mask. That is all the coefficients need, so a
 * million characters cost a handful of counts per code.
 */
final class StudyRun {

	static final String CODED = "coded";
	static final String NOT_CODED = "not coded";

	/** A coding of a chosen code by a chosen coder, cut to its source's text. */
	private record Span(int start, int end, int code, int coder) {
	}

	private final StudyMaterial material;
	private final SourceTexts texts;
	private final AgreementSettings settings;
	private final Map<User, Integer> coderIndex = new HashMap<>();
	private final Map<Code, Integer> codeIndex = new HashMap<>();
	private final int coders;
	private final long everyone;
	private final List<Map<Long, long[]>> tallies = new ArrayList<>();
	/**
	 * Per code, the units no chosen coder coded with it: most units, for most codes. Kept apart from
	 * {@link #tallies}, whose boxed look-up per unit and code was a third of a study at a million answers.
	 */
	private final long[] nobody;
	/** Per code, its path in the codebook (looked up once: a disagreement names it, a million times over). */
	private final String[] codePaths;
	/** Per mask, the coders who applied a code and those who did not, shared by every disagreement with that split. */
	private final Map<Long, List<List<User>>> splits = new HashMap<>();
	private final List<Disagreement> disagreements = new ArrayList<>();
	private long examined;
	private long leftOut;
	private final List<String> withoutTurns = new ArrayList<>();
	private final List<String> singleParagraph = new ArrayList<>();
	private long outsideEveryUnit;
	private long clipped;

	StudyRun(StudyMaterial material, AgreementSettings settings) {
		this.material = material;
		this.texts = new SourceTexts(material);
		this.settings = settings;
		this.coders = settings.coders().size();
		this.everyone = (1L << coders) - 1;
		for (int i = 0; i < coders; i++) {
			coderIndex.put(settings.coders().get(i), i);
		}
		int codes = settings.codes().size();
		nobody = new long[codes];
		codePaths = new String[codes];
		for (int k = 0; k < codes; k++) {
			codeIndex.put(settings.codes().get(k), k);
			tallies.add(new HashMap<>());
			codePaths[k] = CodePaths.pathOf(settings.codes().get(k));
		}
	}

	AgreementReport run() {
		for (TextSource source : settings.sources()) {
			int before = disagreements.size();
			List<Span> spans = spans(source);
			switch (settings.unit()) {
			case CHARACTER -> characters(source, spans);
			case OVERLAP -> segments(source, overlaps(spans), spans);
			default -> segments(source, units(source), spans);
			}
			// Character runs of different codes interleave; a side-by-side view wants text order.
			disagreements.subList(before, disagreements.size()).sort(Comparator.comparingInt(Disagreement::start)
					.thenComparingInt(Disagreement::end).thenComparingInt(d -> codeIndex.get(d.code())));
		}
		List<String> names = coderNames();
		List<CodeAgreement> rows = new ArrayList<>();
		List<ReliabilityData> all = new ArrayList<>();
		for (int k = 0; k < settings.codes().size(); k++) {
			ReliabilityData data = data(names, tallies.get(k), nobody[k]);
			all.add(data);
			Code code = settings.codes().get(k);
			rows.add(new CodeAgreement(code, codePaths[k], Agreement.of(data), codedBy(List.of(tallies.get(k)))));
		}
		CodeAgreement pooled = new CodeAgreement(null, CodeAgreement.POOLED, Agreement.of(ReliabilityData.pool(all)), codedBy(tallies));
		return new AgreementReport(settings, rows, pooled, examined, leftOut, disagreements, notes());
	}

	/** The relevant codings of a source, cut to its text. */
	private List<Span> spans(TextSource source) {
		List<Span> spans = new ArrayList<>();
		int length = source.getLength();
		material.eachCoding(source, settings.coders(), (selStart, selEnd, c, k) -> {
			Integer coder = coderIndex.get(c);
			Integer code = codeIndex.get(k);
			if (coder == null || code == null) {
				return;
			}
			int start = Math.max(0, selStart);
			int end = Math.min(length, selEnd);
			if (start != selStart || end != selEnd) {
				clipped++;
			}
			if (start < end) {
				spans.add(new Span(start, end, code, coder));
			}
		});
		return spans;
	}

	/** The units of a source for turn, paragraph, line or answer, with what the notes need. */
	private List<int[]> units(TextSource source) {
		int length = source.getLength();
		switch (settings.unit()) {
		case ANSWER:
			return length > 0 ? List.<int[]>of(new int[] { 0, length }) : List.of();
		case TURN:
			List<int[]> turns = Units.turns(source, length);
			if (!turns.isEmpty()) {
				return turns;
			}
			withoutTurns.add(source.getName());
			return Units.paragraphs(texts.text(source));
		case LINE:
			return Units.lines(texts.text(source));
		case PARAGRAPH:
		default:
			String text = texts.text(source);
			List<int[]> paragraphs = Units.paragraphs(text);
			if (paragraphs.size() == 1 && Units.hasSeveralLines(text)) {
				singleParagraph.add(source.getName());
			}
			return paragraphs;
		}
	}

	/** Union spans: codings that overlap (share at least one character) merge into one unit. */
	private static List<int[]> overlaps(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
		List<int[]> out = new ArrayList<>();
		int[] current = null;
		for (Span s : sorted) {
			if (current != null && s.start() < current[1]) {
				current[1] = Math.max(current[1], s.end());
			} else {
				current = new int[] { s.start(), s.end() };
				out.add(current);
			}
		}
		return out;
	}

	/**
	 * Every character is a unit. Between two consecutive coding boundaries every character has the
	 * same masks, so the text is swept boundary to boundary and each stretch is tallied at once.
	 */
	private void characters(TextSource source, List<Span> spans) {
		int length = source.getLength();
		List<int[]> events = new ArrayList<>(spans.size() * 2); // {position, +1/-1, code, coder}
		for (Span s : spans) {
			events.add(new int[] { s.start(), 1, s.code(), s.coder() });
			events.add(new int[] { s.end(), -1, s.code(), s.coder() });
		}
		events.sort(Comparator.comparingInt(e -> e[0]));
		int codes = settings.codes().size();
		int[][] active = new int[codes][coders];
		int[] runStart = new int[codes];
		int[] runEnd = new int[codes];
		long[] runMask = new long[codes];
		int e = 0;
		int position = 0;
		while (position < length) {
			while (e < events.size() && events.get(e)[0] <= position) {
				int[] ev = events.get(e++);
				active[ev[2]][ev[3]] += ev[1];
			}
			int next = e < events.size() ? Math.min(events.get(e)[0], length) : length;
			long[] masks = new long[codes];
			boolean anyCoded = false;
			for (int k = 0; k < codes; k++) {
				for (int c = 0; c < coders; c++) {
					if (active[k][c] > 0) {
						masks[k] |= 1L << c;
					}
				}
				anyCoded |= masks[k] != 0;
			}
			int stretch = next - position;
			examined += stretch;
			if (!anyCoded && !settings.includeUncoded()) {
				leftOut += stretch;
			} else {
				for (int k = 0; k < codes; k++) {
					tally(k, masks[k], stretch);
				}
			}
			for (int k = 0; k < codes; k++) {
				boolean differ = masks[k] != 0 && masks[k] != everyone;
				if (differ && runMask[k] == masks[k] && runEnd[k] == position) {
					runEnd[k] = next; // the same split goes on
					continue;
				}
				if (runMask[k] != 0) {
					disagreement(source, runStart[k], runEnd[k], k, runMask[k]);
				}
				runMask[k] = differ ? masks[k] : 0;
				runStart[k] = position;
				runEnd[k] = next;
			}
			position = next;
		}
		for (int k = 0; k < codes; k++) {
			if (runMask[k] != 0) {
				disagreement(source, runStart[k], runEnd[k], k, runMask[k]);
			}
		}
	}

	/** Units given as spans: a coder coded a unit with a code if a coding of theirs overlaps it. */
	private void segments(TextSource source, List<int[]> units, List<Span> spans) {
		int codes = settings.codes().size();
		long[][] masks = new long[units.size()][codes];
		boolean monotone = true;
		for (int u = 1; u < units.size() && monotone; u++) {
			monotone = units.get(u)[1] >= units.get(u - 1)[1];
		}
		for (Span s : spans) {
			boolean touched = false;
			for (int u = monotone ? firstEndingAfter(units, s.start()) : 0; u < units.size() && units.get(u)[0] < s.end(); u++) {
				if (units.get(u)[1] > s.start()) {
					masks[u][s.code()] |= 1L << s.coder();
					touched = true;
				}
			}
			if (!touched) {
				outsideEveryUnit++;
			}
		}
		for (int u = 0; u < units.size(); u++) {
			examined++;
			boolean anyCoded = false;
			for (long m : masks[u]) {
				anyCoded |= m != 0;
			}
			if (!anyCoded && !settings.includeUncoded()) {
				leftOut++;
				continue;
			}
			for (int k = 0; k < codes; k++) {
				tally(k, masks[u][k], 1);
				if (masks[u][k] != 0 && masks[u][k] != everyone) {
					disagreement(source, units.get(u)[0], units.get(u)[1], k, masks[u][k]);
				}
			}
		}
	}

	/** The first unit whose end lies after the position (units sorted with non-decreasing ends). */
	private static int firstEndingAfter(List<int[]> units, int position) {
		int lo = 0;
		int hi = units.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (units.get(mid)[1] <= position) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private void tally(int code, long mask, long units) {
		if (mask == 0) {
			nobody[code] += units;
		} else {
			tallies.get(code).computeIfAbsent(mask, m -> new long[1])[0] += units;
		}
	}

	private void disagreement(TextSource source, int start, int end, int code, long mask) {
		List<List<User>> split = splits.computeIfAbsent(mask, m -> {
			List<User> applied = new ArrayList<>();
			List<User> notApplied = new ArrayList<>();
			for (int c = 0; c < coders; c++) {
				((m & (1L << c)) != 0 ? applied : notApplied).add(settings.coders().get(c));
			}
			return List.of(List.copyOf(applied), List.copyOf(notApplied));
		});
		disagreements.add(new Disagreement(source, start, end, settings.codes().get(code), codePaths[code], split.get(0), split.get(1),
				texts));
	}

	/** The matrix of one code: each mask becomes a row of "coded" / "not coded" values. */
	private ReliabilityData data(List<String> names, Map<Long, long[]> tally, long uncoded) {
		ReliabilityData.Builder b = ReliabilityData.builder(names);
		String[] values = new String[coders];
		if (uncoded > 0) {
			Arrays.fill(values, NOT_CODED);
			b.units(uncoded, values);
		}
		for (Map.Entry<Long, long[]> e : tally.entrySet()) {
			for (int c = 0; c < coders; c++) {
				values[c] = (e.getKey() & (1L << c)) != 0 ? CODED : NOT_CODED;
			}
			b.units(e.getValue()[0], values);
		}
		return b.build();
	}

	private List<Long> codedBy(List<Map<Long, long[]>> maps) {
		long[] counts = new long[coders];
		for (Map<Long, long[]> tally : maps) {
			for (Map.Entry<Long, long[]> e : tally.entrySet()) {
				for (int c = 0; c < coders; c++) {
					if ((e.getKey() & (1L << c)) != 0) {
						counts[c] += e.getValue()[0];
					}
				}
			}
		}
		List<Long> out = new ArrayList<>(coders);
		for (long n : counts) {
			out.add(n);
		}
		return out;
	}

	/** Coder names for the matrix columns; two users of the same name are told apart by their id. */
	private List<String> coderNames() {
		Set<String> seen = new HashSet<>();
		Set<String> clashing = new HashSet<>();
		for (User u : settings.coders()) {
			if (!seen.add(u.getName())) {
				clashing.add(u.getName());
			}
		}
		Map<String, Integer> used = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		for (User u : settings.coders()) {
			String name = u.getName() == null || u.getName().isBlank() ? "(unnamed " + u.getGuid() + ")" : u.getName();
			if (clashing.contains(u.getName())) {
				name = name + " [" + (u.getId() != null && !u.getId().isBlank() ? u.getId() : u.getGuid()) + "]";
			}
			int n = used.merge(name, 1, Integer::sum);
			names.add(n == 1 ? name : name + " #" + n);
		}
		return names;
	}

	private List<String> notes() {
		List<String> notes = new ArrayList<>();
		if (!withoutTurns.isEmpty()) {
			notes.add(count(withoutTurns.size(), "source has", "sources have") + " no speaker turns, so "
					+ (withoutTurns.size() == 1 ? "its" : "their") + " paragraphs were used as units: " + some(withoutTurns));
		}
		if (!singleParagraph.isEmpty()) {
			notes.add(count(singleParagraph.size(), "source has", "sources have") + " several lines but no blank line, so "
					+ (singleParagraph.size() == 1 ? "it is" : "each is") + " one paragraph: " + some(singleParagraph)
					+ "; where each line is a paragraph (as in Word files), use the unit \"line\"");
		}
		if (outsideEveryUnit > 0) {
			notes.add(count(outsideEveryUnit, "coding lies", "codings lie") + " outside every " + singular()
					+ " (e.g. in a heading or between paragraphs) and " + (outsideEveryUnit == 1 ? "was" : "were") + " not counted");
		}
		if (clipped > 0) {
			notes.add(count(clipped, "coding reaches", "codings reach") + " past the end of its source's text and "
					+ (clipped == 1 ? "was" : "were") + " cut at the end");
		}
		if (settings.unit() == AgreementUnit.OVERLAP && settings.includeUncoded()) {
			notes.add("every coded passage holds a coding, so counting uncoded units changes nothing at the overlap level");
		}
		return notes;
	}

	private String singular() {
		return switch (settings.unit()) {
		case TURN -> "turn or paragraph";
		case PARAGRAPH -> "paragraph";
		case LINE -> "line";
		case ANSWER -> "answer";
		default -> "unit";
		};
	}

	private static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** The first few names, with how many more. */
	private static String some(List<String> names) {
		int shown = Math.min(5, names.size());
		String list = String.join(", ", names.subList(0, shown).stream().map(n -> "\"" + n + "\"").toList());
		return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
	}
}
