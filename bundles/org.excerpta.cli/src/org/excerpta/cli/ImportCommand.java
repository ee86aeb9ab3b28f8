package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.importer.ImportReport;
import org.excerpta.importer.document.DocumentImportOptions;
import org.excerpta.importer.document.DocumentImporter;
import org.excerpta.importer.document.ImportFailure;
import org.excerpta.importer.document.Transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Import documents and transcripts into the project in DIR: .txt, .md, .docx, .doc, .odt, .rtf, .pdf, "
				+ ".html, .vtt, .srt. Folders are imported recursively. Speaker turns are detected "
				+ "(Name: text, [Name] text, timestamps, Otter-style headers, VTT voices); check them first with --preview.",
				"Files already in the project (same text) are skipped; a file that cannot be read is reported and the rest go on.",
				"Surveys (CSV, XLSX): use import-survey." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|FOLDER", description = "Files or folders to import.")
	List<Path> files;

	@Option(names = "--preview", description = "Only show the speakers each file would get; import nothing.")
	boolean preview;

	@Option(names = "--speakers", split = ",", paramLabel = "NAME",
			description = "The speaker labels to accept (comma-separated); other labels stay ordinary text.")
	List<String> speakers;

	@Option(names = "--rename", paramLabel = "OLD=NEW", description = "Rename a speaker, e.g. --rename Dan=Interviewer (repeatable).")
	Map<String, String> renames;

	@Option(names = "--no-speakers", description = "Do not look for speaker turns: import as plain documents.")
	boolean noSpeakers;

	@Option(names = "--code-speakers", description = "Code each speaker's turns with a code Speakers / NAME.")
	boolean codeSpeakers;

	@Option(names = "--case-per-speaker", description = "Link each speaker's turns to a case named after the speaker.")
	boolean casePerSpeaker;

	@Option(names = "--coder", paramLabel = "NAME", description = "Coder recorded on speaker codings (default: $EXCERPTA_CODER or your login name).")
	String coder;

	@Option(names = "--json", description = "Print a JSON summary on standard output.")
	boolean json;

	@Override
	public Integer call() {
		DocumentImportOptions options = new DocumentImportOptions(!noSpeakers,
				speakers == null ? Set.of() : new LinkedHashSet<>(speakers), renames == null ? Map.of() : new HashMap<>(renames),
				codeSpeakers, casePerSpeaker, CoderName.of(coder));
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (preview) {
			preview(options, out, err);
			return 0;
		}
		ImportReport report;
		try (ExcerptaProject project = ExcerptaProject.open(dir); ProjectIndex following = ProjectIndex.openIfCurrent(project)) {
			report = new DocumentImporter().importFiles(project, files, options, new ConsoleProgress(err));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (json) {
			out.println(toJson(report));
		} else {
			for (ImportReport.Imported i : report.imported()) {
				out.printf("imported  %s  (%s)%n", i.file(), i.speakerTurns() == 0 ? "document" : i.speakerTurns() + " speaker turns");
			}
			for (ImportReport.Skipped s : report.skipped()) {
				out.printf("skipped   %s: %s%n", s.file(), s.reason());
			}
			out.printf("%d imported, %d skipped, %d failed%n", report.imported().size(), report.skipped().size(),
					report.failed().size());
		}
		for (ImportReport.Failed f : report.failed()) {
			err.printf("excerpta import: %s %s%n", f.file(), f.reason());
		}
		return report.failed().isEmpty() ? 0 : ExcerptaCli.EXIT_PROBLEM;
	}

	private void preview(DocumentImportOptions options, PrintWriter out, PrintWriter err) {
		ImportReport ignored = new ImportReport();
		DocumentImporter importer = new DocumentImporter();
		try {
			for (Path file : importer.collect(files, ignored)) {
				try {
					Transcript t = importer.read(file, options);
					Map<String, Long> counts = new java.util.LinkedHashMap<>();
					t.turns().forEach(turn -> counts.merge(turn.speaker(), 1L, Long::sum));
					out.printf("%s: %s%n", file, counts.isEmpty() ? "no speaker turns (a document)" : counts);
				} catch (ImportFailure e) {
					err.printf("excerpta import: %s %s%n", file, e.getMessage());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String toJson(ImportReport r) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeNumberField("importedCount", r.imported().size());
			g.writeNumberField("skippedCount", r.skipped().size());
			g.writeNumberField("failedCount", r.failed().size());
			g.writeArrayFieldStart("imported");
			for (ImportReport.Imported i : r.imported()) {
				g.writeStartObject();
				g.writeStringField("file", i.file().toString());
				g.writeStringField("source", i.sourceName());
				g.writeStringField("guid", i.sourceGuid());
				g.writeNumberField("speakerTurns", i.speakerTurns());
				g.writeEndObject();
			}
			g.writeEndArray();
			for (String kind : List.of("skipped", "failed")) {
				g.writeArrayFieldStart(kind);
				for (Object o : kind.equals("skipped") ? r.skipped() : r.failed()) {
					g.writeStartObject();
					if (o instanceof ImportReport.Skipped s) {
						g.writeStringField("file", s.file().toString());
						g.writeStringField("reason", s.reason());
					} else if (o instanceof ImportReport.Failed f) {
						g.writeStringField("file", f.file().toString());
						g.writeStringField("reason", f.reason());
					}
					g.writeEndObject();
				}
				g.writeEndArray();
			}
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return w.toString();
	}
}
