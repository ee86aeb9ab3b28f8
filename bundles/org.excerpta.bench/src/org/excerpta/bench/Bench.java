package org.excerpta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.excerpta.index.CodeMatrix;
import org.excerpta.index.SearchResults;

/**
 * The benchmark runner: generates the data from the seed, runs each workload in Excerpta and its
 * baseline side by side on the same data (alternating, so that a busy machine hurts both alike),
 * and returns the figures, the targets and the checks that both sides did the same work.
 * Run it with {@code excerpta bench} or {@link #main} in a plain JVM.
 */
public final class Bench {

	private static final String MARKER = ".excerpta-bench";
	private static final double GB = 1e9;

	private final BenchOptions o;
	private final Consumer<String> log;
	private final List<BenchResult.Row> rows = new ArrayList<>();
	private final List<BenchResult.Target> targets = new ArrayList<>();
	private final List<BenchResult.Check> checks = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	private Bench(BenchOptions options, Consumer<String> log) {
		this.o = options;
		this.log = log;
	}

	/** Runs the benchmark; progress lines go to {@code log}. */
	public static BenchResult run(BenchOptions options, Consumer<String> log) {
		return new Bench(options, log).run();
	}

	private BenchResult run() {
		String loadBefore = loadAverage();
		Path work = prepareWork(o.work());
		Path data = Corpus.findData(o.data());
		long t = System.nanoTime();
		Corpus corpus = Corpus.load(data, Set.of(SurveyShape.QUERY_WORD));
		DataGenerator.Generated gen = new DataGenerator(corpus, o.seed()).write(work.resolve("data"), o.answers(),
				o.runs("transcripts") ? o.transcripts() : 0, o.minWords(), o.maxWords());
		log("generated %,d answers (%,d with \"%s\") and %d transcripts (%,d words) from %,d real words in %s", gen.answers(),
				gen.answersWithQueryWord(), SurveyShape.QUERY_WORD, gen.transcripts().size(), gen.transcriptWords(), corpus.size(),
				Stats.time(ms(t)));
		notes.add("Vocabulary: " + String.format("%,d", corpus.size()) + " real words from " + String.join(", ", corpus.origins())
				+ " (under " + data + ").");
		CodingPlan plan = new CodingPlan(o.seed());
		try (MemorySampler memory = new MemorySampler()) {
			Workloads w = importPhase(work, corpus, gen, memory);
			try (w; SqliteBaseline sqlite = SqliteBaseline.open(work.resolve("sqlite.db"))) {
				projectPhase(work, gen, plan, w, sqlite);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
		}
		notes.add("Load average (1, 5, 15 min) at the start: " + loadBefore + "; at the end: " + loadAverage()
				+ " (other work on the machine slows both sides alike, as they alternate).");
		return new BenchResult(machine(), settings(gen), List.copyOf(rows), List.copyOf(targets), List.copyOf(checks),
				List.copyOf(notes));
	}

	private static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return f[0] + ", " + f[1] + ", " + f[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	// ---- imports, each run from scratch ----

	/**
	 * The 3 GB target, judged on the whole process: the same import in a new JVM whose heap is
	 * limited (see {@link ImportProbe}), by its peak resident size. Where no such JVM can be started
	 * (inside the OSGi command line), by this JVM's peak used heap, an upper bound.
	 */
	private void memoryTarget(DataGenerator.Generated gen, Path work, long peakHeapUsed) {
		ImportProbe.Result limited;
		Path folder = work.resolve("project-limited-heap");
		try {
			settle();
			limited = ImportProbe.inNewProcess(gen.answersCsv(), folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		} finally {
			delete(folder);
		}
		String heapUsed = String.format(Locale.ROOT, "%.2f GB heap used in this %.1f GB JVM", peakHeapUsed / GB,
				Runtime.getRuntime().maxMemory() / GB);
		if (limited == null) {
			target("survey import: peak memory under 3 GB", heapUsed + " (sampled, garbage included)", peakHeapUsed < 3 * GB);
			return;
		}
		if (limited.failure() != null) {
			target("survey import: peak memory under 3 GB", "with " + ImportProbe.HEAP_LIMIT + ": " + limited.failure(), false);
			return;
		}
		log("import in a new process with %s: %s + index %s, peak resident %.2f GB (%.2f GB after closing)", ImportProbe.HEAP_LIMIT,
				Stats.time(limited.importMs()), Stats.time(limited.catchUpMs()), limited.peakResidentAfterImport() / GB,
				limited.peakResidentAfterClose() / GB);
		rows.add(new BenchResult.Row("  the same in a new process, heap limited (" + ImportProbe.HEAP_LIMIT + ")",
				Stats.of(new double[] { limited.importMs() + limited.catchUpMs() }), null, null, false));
		notes.add(String.format(Locale.ROOT, "Memory of the survey import as the machine sees it: a new JVM with %s imported the "
				+ "same CSV in %s (index included) with a peak resident size of %.2f GB for the whole process (heap, JVM, mapped "
				+ "index files); closing the project (which compacts it) brought the peak to %.2f GB.", ImportProbe.HEAP_LIMIT,
				Stats.time(limited.importMs() + limited.catchUpMs()), limited.peakResidentAfterImport() / GB,
				limited.peakResidentAfterClose() / GB));
		target("survey import: peak memory under 3 GB", String.format(Locale.ROOT, "%.2f GB peak resident, whole process "
				+ "(heap limited to %s); %s", limited.peakResidentAfterImport() / GB, ImportProbe.HEAP_LIMIT.substring(4), heapUsed),
				limited.peakResidentAfterImport() < 3 * GB);
	}

	private Workloads importPhase(Path work, Corpus corpus, DataGenerator.Generated gen, MemorySampler memory) {
		warmUp(work, corpus, gen);
		int runs = o.runs();
		double[] survey = new double[runs];
		double[] surveyImport = new double[runs];
		double[] surveyIndex = new double[runs];
		double[] lucene = new double[runs];
		double[] sqlite = new double[runs];
		double[] transcripts = new double[runs];
		double[] tika = new double[runs];
		long[] peak = { 0 };
		long[] counts = new long[3]; // raw Lucene documents, SQLite answers, speaker turns
		Workloads[] kept = { null };
		for (int r = 0; r < runs; r++) {
			int run = r;
			boolean last = r == runs - 1;
			Runnable ours = () -> {
				Path projectFolder = work.resolve("project-" + (run + 1));
				settle();
				memory.reset();
				double[] parts = new double[2];
				Workloads w = Workloads.importSurvey(gen.answersCsv(), projectFolder, parts);
				peak[0] = Math.max(peak[0], memory.peak());
				surveyImport[run] = parts[0];
				surveyIndex[run] = parts[1];
				survey[run] = parts[0] + parts[1];
				log("run %d/%d: survey import %s + index %s (%,d answers)", run + 1, runs, Stats.time(parts[0]),
						Stats.time(parts[1]), w.answerCount());
				if (w.answerCount() != gen.answers()) {
					w.close();
					throw new IllegalStateException("Excerpta imported " + w.answerCount() + " answers of " + gen.answers());
				}
				if (last) {
					kept[0] = w;
				} else {
					w.close();
					delete(projectFolder);
				}
			};
			Runnable theirs = () -> {
				Path luceneFolder = work.resolve("lucene");
				delete(luceneFolder);
				settle();
				long t = System.nanoTime();
				counts[0] = LuceneBaseline.index(gen.answersCsv(), luceneFolder);
				lucene[run] = ms(t);
				settle();
				t = System.nanoTime();
				try (SqliteBaseline db = SqliteBaseline.create(work.resolve("sqlite.db"))) {
					counts[1] = db.load(gen.answersCsv());
				}
				sqlite[run] = ms(t);
				log("run %d/%d: raw Lucene %s, SQLite FTS5 load %s", run + 1, runs, Stats.time(lucene[run]), Stats.time(sqlite[run]));
			};
			// Alternate who goes first, so that neither side always inherits the other's warm caches or garbage.
			inOrder(r, ours, theirs);
			if (!gen.transcripts().isEmpty()) {
				Runnable importer = () -> {
					Path folder = work.resolve("transcripts-" + (run + 1));
					settle();
					double[] ms = new double[1];
					counts[2] = Workloads.importTranscripts(gen.transcripts(), folder, ms);
					transcripts[run] = ms[0];
					delete(folder);
				};
				Runnable parser = () -> {
					settle();
					long t = System.nanoTime();
					TikaBaseline.parse(gen.transcripts());
					tika[run] = ms(t);
				};
				inOrder(r, importer, parser);
				log("run %d/%d: transcript import %s (%,d turns), raw Tika %s", run + 1, runs, Stats.time(transcripts[run]),
						counts[2], Stats.time(tika[run]));
			}
		}
		Workloads w = kept[0];
		long live = MemorySampler.liveAfterFullGc();
		notes.add(String.format(Locale.ROOT, "Heap: peak used during survey import with indexing %.2f GB (sampled every 5 ms, "
				+ "garbage included: an upper bound); live after it, with the project and index open: %.2f GB (after full GC).",
				peak[0] / GB, live / GB));
		String n = String.format("%,d", gen.answers());
		Stats surveyStats = Stats.of(survey);
		rows.add(new BenchResult.Row("survey import + index, " + n + " answers", surveyStats, "raw Lucene index",
				Stats.of(lucene), false));
		rows.add(new BenchResult.Row("  the same", surveyStats, "SQLite FTS5 load", Stats.of(sqlite), false));
		rows.add(new BenchResult.Row("  of which import (model, journal; indexed alongside)", Stats.of(surveyImport), null, null, false));
		rows.add(new BenchResult.Row("  of which the index catching up (last batch, commit)", Stats.of(surveyIndex), null, null, false));
		check("answers loaded", counts[0] == gen.answers() && counts[1] == gen.answers(),
				String.format("generated %,d, Excerpta %,d, raw Lucene %,d, SQLite %,d", gen.answers(), w.answerCount(),
						counts[0], counts[1]));
		double ratio = surveyStats.median() / Stats.of(lucene).median();
		target("survey import with indexing within 2.0x of raw Lucene", BenchReport.ratio(ratio), ratio <= 2.0);
		double perSecond = gen.answers() / (surveyStats.median() / 1000);
		target("survey import: at least 40,000 answers/s end to end", String.format(Locale.ROOT, "%,.0f answers/s", perSecond),
				perSecond >= 40_000);
		memoryTarget(gen, work, peak[0]);
		fasterThanSqlite("survey import + index vs SQLite FTS5 load", surveyStats, Stats.of(sqlite));
		if (!gen.transcripts().isEmpty()) {
			Stats ts = Stats.of(transcripts);
			Stats tk = Stats.of(tika);
			rows.add(new BenchResult.Row("transcript import, " + gen.transcripts().size() + " files, "
					+ String.format("%,d", gen.transcriptWords()) + " words", ts, "raw Tika parse", tk, false));
			double tr = ts.median() / tk.median();
			target("transcript import within 1.3x of raw Tika", BenchReport.ratio(tr), tr <= 1.3);
			check("transcripts imported with speaker turns", counts[2] > 0, String.format("%,d turns found", counts[2]));
			notes.add("Transcripts are imported into a new project of their own in each run (so that the figure is the "
					+ "importer's, not a re-index of the survey); creating and closing that project are not timed; default "
					+ "options (speakers detected, not coded).");
		}
		return w;
	}

	/** Excerpta first in even runs, the baseline first in odd ones. */
	private static void inOrder(int run, Runnable ours, Runnable theirs) {
		if (run % 2 == 0) {
			ours.run();
			theirs.run();
		} else {
			theirs.run();
			ours.run();
		}
	}

	/**
	 * One untimed pass of every import on a small slice (the first 5,000 answers, all transcripts),
	 * so that the first timed run measures the work rather than class loading and compilation.
	 */
	private void warmUp(Path work, Corpus corpus, DataGenerator.Generated gen) {
		long t = System.nanoTime();
		Path folder = work.resolve("warm-up");
		try {
			Path csv = Files.createDirectories(folder).resolve("answers.csv");
			new DataGenerator(corpus, o.seed()).writeAnswers(csv, Math.min(gen.answers(), 5_000));
			Workloads.importSurvey(csv, folder.resolve("project"), new double[2]).close();
			LuceneBaseline.index(csv, folder.resolve("lucene"));
			try (SqliteBaseline db = SqliteBaseline.create(folder.resolve("sqlite.db"))) {
				db.load(csv);
			}
			if (!gen.transcripts().isEmpty()) {
				Workloads.importTranscripts(gen.transcripts(), folder.resolve("transcripts"), new double[1]);
				TikaBaseline.parse(gen.transcripts());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			delete(folder);
		}
		log("warm-up pass (untimed) in %s", Stats.time(ms(t)));
	}

	// ---- workloads on the surveyed project ----

	private void projectPhase(Path work, DataGenerator.Generated gen, CodingPlan plan, Workloads w, SqliteBaseline sqlite)
			throws IOException, InterruptedException {
		int autocodeRuns = o.runs("autocode") ? o.runs() : 0;
		w.prepareCodebook(autocodeRuns);
		List<String> codeNames = new ArrayList<>(CodingPlan.NAMES);
		codeNames.add("Coded one by one");
		for (int r = 0; r < autocodeRuns; r++) {
			codeNames.add("Autocoded " + SurveyShape.QUERY_WORD + " " + (r + 1));
		}
		sqlite.addCodes(codeNames);
		settle();
		long t = System.nanoTime();
		long made = w.codeAsPlanned(plan);
		double codingMs = ms(t);
		settle();
		t = System.nanoTime();
		long sqliteMade = sqlite.codeAsPlanned(plan, gen.answers());
		double sqliteCodingMs = ms(t);
		rows.add(new BenchResult.Row(String.format("code %,d answers as planned (50 codes, one command each)", made),
				Stats.of(codingMs), "SQLite insert, one transaction", Stats.of(sqliteCodingMs), false));
		check("codings made as planned", made == sqliteMade, String.format("Excerpta %,d, SQLite %,d", made, sqliteMade));
		settle();
		t = System.nanoTime();
		w.openIndex();
		rows.add(new BenchResult.Row(String.format("  then the index catches up (%,d codings; documents made while coding)", made),
				Stats.of(ms(t)), null, null, false));
		log("coded %,d answers as planned in %s; index caught up", made, Stats.time(codingMs));

		if (o.runs("open")) {
			open(work, w);
		}
		SplittableRandom random = new SplittableRandom(o.seed() + 99);
		SurveyShape.Attribute filter = SurveyShape.attribute(SurveyShape.FILTER_ATTRIBUTE);
		// Each workload starts from a collected heap, as the timed sections above do: otherwise the
		// garbage of the one before (the reopen's above all: a million answers read again) is
		// collected during the next one's first calls, and a young collection with a large project in
		// the heap pauses for 100-140 ms (measured), which lands in that workload's p99.
		if (o.runs("retrieve")) {
			settle();
			retrieve(w, sqlite, random, filter);
		}
		if (o.runs("matrix")) {
			settle();
			matrix(w, sqlite);
		}
		if (o.runs("cooccurrence")) {
			settle();
			cooccurrence(w, sqlite);
		}
		if (o.runs("export")) {
			settle();
			export(work, w, sqlite);
		}
		if (o.runs("search")) {
			settle();
			search(work, gen, w, sqlite, random, filter);
		}
		if (o.runs("coding")) {
			settle();
			coding(gen, w, sqlite, random);
		}
		if (o.runs("autocode")) {
			settle();
			autocode(gen, w, sqlite);
		}
	}

	private void open(Path work, Workloads w) throws IOException, InterruptedException {
		Path folder = w.project().folder();
		w.closeProject();
		double[] usable = new double[o.runs()];
		double[] inJvm = new double[o.runs()];
		long heap = 0;
		boolean newProcess = true;
		for (int r = 0; r < o.runs(); r++) {
			settle();
			OpenProbe.Result res = newProcess ? OpenProbe.inNewProcess(folder) : null;
			if (res == null) {
				newProcess = false;
				res = OpenProbe.inThisProcess(folder);
			}
			usable[r] = res.usableMs();
			inJvm[r] = res.inJvmMs();
			heap = Math.max(heap, res.heapAfterOpenBytes());
			log("open %d/%d: usable after %s%s", r + 1, o.runs(), Stats.time(res.usableMs()), res.newProcess() ? " (new process)" : "");
		}
		Stats s = Stats.of(usable);
		if (newProcess) {
			rows.add(new BenchResult.Row("open in a new process, to first retrieval (JVM start included)", s, null, null, false));
			rows.add(new BenchResult.Row("  of which inside the JVM (from its start)", Stats.of(inJvm), null, null, false));
			notes.add("Open: a new JVM with this run's class path and heap settings opens the project for writing, opens its "
					+ "index and retrieves the first 100 excerpts of the largest code; timed from process start until that "
					+ "answer is printed. Heap after open: used heap after full GC in that JVM.");
		} else {
			rows.add(new BenchResult.Row("open in this process after full GC, to first retrieval", s, null, null, false));
			notes.add("Open: measured IN THIS PROCESS (a new JVM could not be given this run's classes, as inside the OSGi "
					+ "command line): after full GCs, open for writing, open the index, retrieve the first 100 excerpts of the "
					+ "largest code. No JVM start-up or class loading is included; heap after open is what the open added.");
		}
		target("open: under 3 s to usable" + (newProcess ? " (new process)" : " (in process)"), Stats.time(s.median()),
				s.median() < 3000);
		target("open: heap after open under 1.5 GB", String.format(Locale.ROOT, "%.2f GB", heap / GB), heap < 1.5 * GB);
		if (newProcess) {
			readAlone(folder);
		}
		settle();
		long t = System.nanoTime();
		w.reopen();
		rows.add(new BenchResult.Row("open again in this (warm) process, with index", Stats.of(ms(t)), null, null, false));
	}

	/**
	 * What the command line's counts, excerpts and search do when the index reflects every change:
	 * read the index alone in a new JVM, without the model, to the same first retrieval plus each
	 * excerpt's source text. The project cannot be changed this way; opening it for coding is the row above.
	 */
	private void readAlone(Path folder) throws IOException, InterruptedException {
		double[] usable = new double[o.runs()];
		long heap = 0;
		for (int r = 0; r < o.runs(); r++) {
			settle();
			OpenProbe.Result res = OpenProbe.inNewProcess(folder, true);
			if (res == null) {
				notes.add("Reading the index alone: not measured, the index did not reflect every change of the project.");
				return;
			}
			usable[r] = res.usableMs();
			heap = Math.max(heap, res.heapAfterOpenBytes());
			log("read alone %d/%d: first retrieval after %s (new process)", r + 1, o.runs(), Stats.time(res.usableMs()));
		}
		Stats s = Stats.of(usable);
		rows.add(new BenchResult.Row("read the index alone in a new process, to the list of sources and a first retrieval with source texts", s, null, null, false));
		notes.add("Reading alone: a new JVM opens only the index (its last commit reflects every change of the project, checked "
				+ "against the ends of the project's files), lists every source by name (the workbench's Project Explorer while "
				+ "the model loads), retrieves the first 100 excerpts of the largest code and reads each one's source text; no "
				+ "model is loaded. This is what the workbench shows while the model loads, where whole answers and turns can be "
				+ "coded, and what `excerpta counts`, `excerpts` and `search` do; the rest of the editing "
				+ String.format(Locale.ROOT, "needs the open above. Heap after: %.2f GB.", heap / GB));
		target("open: under 3 s to the list of sources and a first retrieval, reading the index alone (new process)", Stats.time(s.median()),
				s.median() < 3000);
	}

	private void retrieve(Workloads w, SqliteBaseline sqlite, SplittableRandom random, SurveyShape.Attribute filter) {
		int reps = o.repetitions();
		double[] ex = new double[reps];
		double[] sq = new double[reps];
		int differ = 0;
		String example = "";
		for (int i = 0; i < reps; i++) {
			int code = random.nextInt(CodingPlan.CODES);
			String value = filter.values().get(random.nextInt(filter.values().size()));
			long t = System.nanoTime();
			List<String> ours = w.excerpts(code, filter.name(), value, 100);
			ex[i] = ms(t);
			t = System.nanoTime();
			List<String> theirs = sqlite.excerpts(code + 1, filter.name(), value, 100);
			sq[i] = ms(t);
			if (!ours.equals(theirs)) {
				differ++;
				if (example.isEmpty()) {
					example = "; first difference: code " + code + ", " + value + ": Excerpta " + ours.size() + " from "
							+ (ours.isEmpty() ? "-" : ours.get(0)) + ", SQLite " + theirs.size() + " from "
							+ (theirs.isEmpty() ? "-" : theirs.get(0));
				}
			}
		}
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		rows.add(new BenchResult.Row("retrieve 100 excerpts of a code, " + filter.name() + " filter, with context", s,
				"SQLite join + index", b, true));
		check("retrievals return the same respondents in the same order", differ == 0,
				(reps - differ) + " of " + reps + " identical" + example);
		target("retrieve 100 excerpts with a filter: p50 under 10 ms", Stats.time(s.p50()), s.p50() < 10);
		target("retrieve 100 excerpts with a filter: p99 under 50 ms", Stats.time(s.p99()), s.p99() < 50);
		fasterThanSqlite("retrieve 100 excerpts with a filter", s, b);
	}

	/**
	 * Exporting the coded excerpts table as CSV: Excerpta from its index alone, as the command
	 * line's export does; SQLite by one join written with Commons CSV. Alternating who goes first.
	 */
	private void export(Path work, Workloads w, SqliteBaseline sqlite) throws IOException {
		double[] ex = new double[o.runs()];
		double[] sq = new double[o.runs()];
		long ours = 0;
		long theirs = 0;
		Path ourFile = work.resolve("export-excerpta.csv");
		Path theirFile = work.resolve("export-sqlite.csv");
		for (int r = 0; r < o.runs(); r++) {
			for (int side = 0; side < 2; side++) {
				settle();
				long t = System.nanoTime();
				if ((side + r) % 2 == 0) {
					ours = w.exportExcerpts(ourFile);
					ex[r] = ms(t);
				} else {
					theirs = sqlite.exportExcerpts(theirFile);
					sq[r] = ms(t);
				}
			}
		}
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		rows.add(new BenchResult.Row(String.format("export the coded excerpts as CSV (%,d rows with case attributes, coder, date, text)", ours),
				s, "SQLite join to CSV", b, false));
		check("exports wrote the same number of coded excerpts", ours == theirs, String.format("Excerpta %,d, SQLite %,d", ours, theirs));
		fasterThanSqlite("export the coded excerpts as CSV", s, b);
		log("exported %,d coded excerpts in %s (SQLite %s)", ours, Stats.time(s.median()), Stats.time(b.median()));
		java.nio.file.Files.deleteIfExists(ourFile);
		java.nio.file.Files.deleteIfExists(theirFile);
	}

	private void matrix(Workloads w, SqliteBaseline sqlite) {
		int reps = Math.max(o.runs(), 5);
		double[] ex = new double[reps];
		double[] sq = new double[reps];
		CodeMatrix m = null;
		Map<Integer, Map<String, Integer>> theirs = null;
		for (int i = 0; i < reps; i++) {
			long t = System.nanoTime();
			m = w.matrix(SurveyShape.MATRIX_ATTRIBUTE);
			ex[i] = ms(t);
			t = System.nanoTime();
			theirs = sqlite.matrix(SurveyShape.MATRIX_ATTRIBUTE);
			sq[i] = ms(t);
		}
		int values = SurveyShape.attribute(SurveyShape.MATRIX_ATTRIBUTE).values().size();
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		rows.add(new BenchResult.Row("code x attribute matrix, " + m.casesByCodeAndValue().size() + " x " + values, s,
				"SQLite GROUP BY", b, false));
		int cells = 0;
		int same = 0;
		for (String guid : m.casesByCodeAndValue().keySet()) {
			int k = w.planCode(guid);
			for (String v : m.values()) {
				cells++;
				int expected = k < 0 ? -1 : theirs.getOrDefault(k + 1, Map.of()).getOrDefault(v, 0);
				same += m.cell(guid, v) == expected ? 1 : 0;
			}
		}
		boolean bases = m.casesWithValue().equals(theirs.get(0));
		check("matrix cells and column bases", cells > 0 && same == cells && bases
				&& m.casesByCodeAndValue().size() == theirs.keySet().stream().filter(k -> k > 0).count(),
				same + " of " + cells + " cells equal, bases " + (bases ? "equal" : "differ"));
		target("matrix 50 x 10: under 200 ms", Stats.time(s.median()), s.median() < 200);
		fasterThanSqlite("code x attribute matrix", s, b);
	}

	private void cooccurrence(Workloads w, SqliteBaseline sqlite) {
		int reps = Math.max(o.runs(), 5);
		double[] ex = new double[reps];
		double[] sq = new double[reps];
		Map<String, Map<String, Integer>> ours = null;
		Map<Integer, Map<Integer, Integer>> theirs = null;
		for (int i = 0; i < reps; i++) {
			long t = System.nanoTime();
			ours = w.cooccurrence();
			ex[i] = ms(t);
			t = System.nanoTime();
			theirs = sqlite.cooccurrence();
			sq[i] = ms(t);
		}
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		rows.add(new BenchResult.Row("co-occurrence, " + ours.size() + " x " + ours.size() + " codes", s, "SQLite self-join",
				b, false));
		int cells = 0;
		int same = 0;
		for (var row : ours.entrySet()) {
			int a = w.planCode(row.getKey());
			for (var cell : row.getValue().entrySet()) {
				int c = w.planCode(cell.getKey());
				cells++;
				int expected = a < 0 || c < 0 ? -1 : theirs.getOrDefault(a + 1, Map.of()).getOrDefault(c + 1, 0);
				same += cell.getValue() == expected ? 1 : 0;
			}
		}
		check("co-occurrence cells", cells > 0 && same == cells, same + " of " + cells + " cells equal");
		target("co-occurrence 50 x 50: under 500 ms", Stats.time(s.median()), s.median() < 500);
		fasterThanSqlite("co-occurrence", s, b);
	}

	private void search(Path work, DataGenerator.Generated gen, Workloads w, SqliteBaseline sqlite, SplittableRandom random,
			SurveyShape.Attribute filter) {
		String q = SurveyShape.QUERY_WORD;
		// As many as the other per-call workloads: five calls of a fraction of a millisecond gave a
		// median that one collection or the first call's compiling could move by a factor of ten.
		int reps = Math.max(o.repetitions(), 5);
		double[] ex = new double[reps];
		double[] sq = new double[reps];
		long ours = 0;
		long theirs = 0;
		for (int i = 0; i < reps; i++) {
			long t = System.nanoTime();
			ours = w.count(q);
			ex[i] = ms(t);
			t = System.nanoTime();
			theirs = sqlite.count(q);
			sq[i] = ms(t);
		}
		long lucene = LuceneBaseline.count(work.resolve("lucene"), q);
		rows.add(new BenchResult.Row("count the answers matching \"" + q + "\"", Stats.of(ex), "SQLite FTS5 MATCH count",
				Stats.of(sq), false));
		check("hits of \"" + q + "\"", ours == theirs && ours == lucene && ours == gen.answersWithQueryWord(),
				String.format("generated %,d, Excerpta %,d, raw Lucene %,d, SQLite FTS5 %,d", gen.answersWithQueryWord(), ours,
						lucene, theirs));
		fasterThanSqlite("count query hits", Stats.of(ex), Stats.of(sq));

		int n = o.repetitions();
		ex = new double[n];
		sq = new double[n];
		int differ = 0;
		for (int i = 0; i < n; i++) {
			String value = filter.values().get(random.nextInt(filter.values().size()));
			long t = System.nanoTime();
			SearchResults found = w.search(q, filter.name(), value, 100);
			ex[i] = ms(t);
			t = System.nanoTime();
			List<String> hits = sqlite.search(q, filter.name(), value, 100);
			sq[i] = ms(t);
			differ += found.hits().size() == hits.size() ? 0 : 1;
		}
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		rows.add(new BenchResult.Row("search: best 100 hits with keyword in context, " + filter.name() + " filter", s,
				"SQLite FTS5 rank + snippet", b, true));
		check("filtered searches return as many hits", differ == 0, (n - differ) + " of " + n + " equal");
		fasterThanSqlite("search 100 hits with a filter", s, b);
	}

	private void coding(DataGenerator.Generated gen, Workloads w, SqliteBaseline sqlite, SplittableRandom random) {
		int n = Math.min(o.repetitions(), gen.answers());
		// The index catch-up after a coding costs far more than the coding; it is timed after the
		// first codings only, so that the repetitions stay affordable at a million answers.
		int catchUps = Math.min(n, 20);
		double[] ex = new double[n];
		double[] catchUp = new double[catchUps];
		double[] sq = new double[n];
		Set<Integer> used = new HashSet<>();
		for (int i = 0; i < n; i++) {
			int a;
			do {
				a = random.nextInt(gen.answers());
			} while (!used.add(a));
			long t = System.nanoTime();
			w.codeOne(a);
			ex[i] = ms(t);
			if (i < catchUps) {
				t = System.nanoTime();
				w.catchUpIndex();
				catchUp[i] = ms(t);
			}
			t = System.nanoTime();
			sqlite.codeOne(CodingPlan.CODES + 1, a + 1, w.answer(a).getLength());
			sq[i] = ms(t);
		}
		w.catchUpIndex(); // the codings after the first ones, before the next workload
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		rows.add(new BenchResult.Row("record one coding durably (fsync)", s, "SQLite INSERT, autocommit", b, true));
		rows.add(new BenchResult.Row("  then the index catches up (at the next query; first " + catchUps + ")", Stats.of(catchUp),
				null, null, true));
		target("one durable coding: p99 under 10 ms", Stats.time(s.p99()), s.p99() < 10);
		fasterThanSqlite("record one coding durably", s, b);
	}

	private void autocode(DataGenerator.Generated gen, Workloads w, SqliteBaseline sqlite) {
		String q = SurveyShape.QUERY_WORD;
		double[] ex = new double[o.runs()];
		double[] catchUp = new double[o.runs()];
		double[] sq = new double[o.runs()];
		List<String> counts = new ArrayList<>();
		boolean same = true;
		for (int r = 0; r < o.runs(); r++) {
			settle();
			long t = System.nanoTime();
			int made = w.autocode(q, r);
			ex[r] = ms(t);
			t = System.nanoTime();
			w.catchUpIndex();
			catchUp[r] = ms(t);
			settle();
			t = System.nanoTime();
			long theirs = sqlite.autocode(q, CodingPlan.CODES + 2 + r);
			sq[r] = ms(t);
			same &= made == theirs && made == gen.answersWithQueryWord();
			counts.add(String.format("%,d/%,d", made, theirs));
			log("autocode %d/%d: %s (%,d codings), index catch-up %s, SQLite %s", r + 1, o.runs(), Stats.time(ex[r]), made,
					Stats.time(catchUp[r]), Stats.time(sq[r]));
		}
		Stats s = Stats.of(ex);
		Stats b = Stats.of(sq);
		double share = 100.0 * gen.answersWithQueryWord() / gen.answers();
		rows.add(new BenchResult.Row(String.format(Locale.ROOT, "autocode \"%s\" (%.1f%% of answers), durable", q, share), s,
				"SQLite INSERT ... SELECT MATCH", b, false));
		rows.add(new BenchResult.Row("  then the index catches up (at the next query)", Stats.of(catchUp), null, null, false));
		check("autocoded answers (Excerpta/SQLite per run)", same, String.join(", ", counts) + String.format(" of %,d generated",
				gen.answersWithQueryWord()));
		target("autocode 5% of answers: under 2 s, durable", Stats.time(s.median()), s.median() < 2000);
		target("autocode 5%, including the index catching up", Stats.time(s.median() + Stats.of(catchUp).median()),
				s.median() + Stats.of(catchUp).median() < 2000);
		fasterThanSqlite("autocode 5%", s, b);
	}

	// ---- helpers ----

	private void fasterThanSqlite(String workload, Stats ours, Stats sqlite) {
		double ratio = ours.median() / sqlite.median();
		target("faster than SQLite FTS5 (aim 10x): " + workload, BenchReport.ratio(ratio), ratio < 1);
	}

	private void target(String goal, String measured, boolean met) {
		targets.add(new BenchResult.Target(goal, measured, met));
	}

	private void check(String what, boolean agrees, String detail) {
		checks.add(new BenchResult.Check(what, agrees, detail));
	}

	private void log(String format, Object... args) {
		log.accept("[bench] " + String.format(format, args));
	}

	private static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	/** A collection before a timed whole-project workload, so that it does not pay for its predecessor's garbage. */
	private static void settle() {
		System.gc();
	}

	private String settings(DataGenerator.Generated gen) {
		return String.format(Locale.ROOT, "answers %,d, transcripts %d (%,d-%,d words; %,d in all), seed %d, runs %d, "
				+ "repetitions %d, work %s", o.answers(), gen.transcripts().size(), o.minWords(), o.maxWords(),
				gen.transcriptWords(), o.seed(), o.runs(), o.repetitions(), o.work());
	}

	/** Processors, memory, CPU model, JVM and heap: what the figures depend on. */
	static List<String> machine() {
		List<String> out = new ArrayList<>();
		Runtime rt = Runtime.getRuntime();
		String mem = procLine("/proc/meminfo", "MemTotal");
		if (mem.matches("\\d+ kB")) {
			mem = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(mem.split(" ")[0]) / (double) (1 << 20));
		}
		out.add("processors " + rt.availableProcessors() + ", memory " + mem + ", CPU "
				+ procLine("/proc/cpuinfo", "model name"));
		out.add(System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", max heap "
				+ String.format(Locale.ROOT, "%.1f GB", rt.maxMemory() / GB) + ", GC "
				+ ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
						.collect(Collectors.joining(", "))
				+ ChildJvm.youngGenerationCap().map(cap -> ", young generation at most " + cap).orElse("")
				+ (ChildJvm.compactObjectHeaders() ? ", compact object headers" : "")
				+ "; " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
		return out;
	}


	private static String procLine(String file, String key) {
		try (Stream<String> lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
			return lines.filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
					.orElse("unknown");
		} catch (IOException | UncheckedIOException e) {
			return "unknown";
		}
	}

	/**
	 * Empties the work folder, which must be new, empty or one this benchmark made (it holds a
	 * marker file): the benchmark never deletes a folder it did not make.
	 */
	static Path prepareWork(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		try {
			if (Files.isDirectory(dir)) {
				boolean empty;
				try (Stream<Path> s = Files.list(dir)) {
					empty = s.findAny().isEmpty();
				}
				if (!empty && !Files.exists(dir.resolve(MARKER))) {
					throw new IllegalArgumentException("the work folder " + dir + " is not empty and was not made by the "
							+ "benchmark; give a new or empty folder");
				}
				try (Stream<Path> s = Files.list(dir)) {
					for (Path p : s.toList()) {
						delete(p);
					}
				}
			} else if (Files.exists(dir)) {
				throw new IllegalArgumentException("the work folder " + dir + " is a file");
			}
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(MARKER), "Made by the Excerpta benchmark; emptied by its next run.\n");
			return dir;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot prepare the work folder " + dir + ": " + e.getMessage(), e);
		}
	}

	/** Deletes a work folder the benchmark made (one holding its marker file); any other folder is left alone. */
	public static void removeWork(Path folder) {
		if (Files.exists(folder.resolve(MARKER))) {
			delete(folder);
		}
	}

	static void delete(Path p) {
		if (!Files.exists(p)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(p)) {
			for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
		}
	}

	// ---- plain JVM entry ----

	/**
	 * {@code java -cp ... org.excerpta.bench.Bench --answers 200000 --transcripts 4 --runs 3 --work /tmp/bench}
	 * (the same options as {@code excerpta bench}).
	 */
	public static void main(String[] args) {
		BenchOptions d = BenchOptions.defaults(Path.of("bench-work"));
		int answers = d.answers();
		int transcripts = d.transcripts();
		int minWords = d.minWords();
		int maxWords = d.maxWords();
		long seed = d.seed();
		int runs = d.runs();
		int repetitions = d.repetitions();
		Path work = d.work();
		Path data = null;
		Set<String> workloads = new LinkedHashSet<>();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			String v = i + 1 < args.length ? args[i + 1] : null;
			switch (a) {
			case "--answers" -> answers = Integer.parseInt(v.replace("_", ""));
			case "--transcripts" -> transcripts = Integer.parseInt(v);
			case "--transcript-words" -> {
				String[] mm = v.split("-");
				minWords = Integer.parseInt(mm[0]);
				maxWords = Integer.parseInt(mm[1]);
			}
			case "--seed" -> seed = Long.parseLong(v);
			case "--runs" -> runs = Integer.parseInt(v);
			case "--repetitions" -> repetitions = Integer.parseInt(v);
			case "--work" -> work = Path.of(v);
			case "--data" -> data = Path.of(v);
			case "--workloads" -> workloads.addAll(List.of(v.split(",")));
			default -> throw new IllegalArgumentException("unknown option " + a + " (see org.excerpta.cli.BenchCommand)");
			}
			i++;
		}
		BenchResult r = run(new BenchOptions(answers, transcripts, minWords, maxWords, seed, runs, repetitions, work, data,
				workloads), line -> {
					System.err.println(line);
					System.err.flush();
				});
		System.out.print(BenchReport.format(r));
	}
}
