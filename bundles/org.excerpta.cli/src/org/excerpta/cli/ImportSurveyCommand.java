package org.excerpta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.importer.survey.SurveyImportReport;
import org.excerpta.importer.survey.SurveyImporter;
import org.excerpta.importer.survey.SurveyOptions;
import org.excerpta.importer.survey.SurveyPreview;
import org.excerpta.model.VariableType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-survey", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Import a survey export (CSV with any delimiter and encoding, or XLSX) into the project in DIR:",
				"one case per respondent, closed questions as typed case attributes, each open answer as a text to code.",
				"Column types and open questions are detected; check them first with --preview and override with --type / --text.",
				"Importing a newer export of the same survey adds new respondents and columns and leaves existing answers and their codings alone." })
final class ImportSurveyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Parameters(index = "1", paramLabel = "FILE", description = "The survey file (.csv, .tsv, .txt or .xlsx).")
	Path file;

	@Option(names = "--id", paramLabel = "COLUMN", description = "Column with the respondent ID (default: the row number).")
	String idColumn;

	@Option(names = "--text", split = ",", paramLabel = "COLUMN",
			description = "The open-ended columns (comma-separated; default: detected).")
	List<String> openColumns;

	@Option(names = "--type", paramLabel = "COLUMN=TYPE",
			description = "Override a detected type: text, boolean, integer, float, date, datetime (repeatable).")
	Map<String, String> types;

	@Option(names = "--sheet", paramLabel = "N|NAME", description = "XLSX sheet: its number (from 1) or name (default: the first).")
	String sheet;

	@Option(names = "--header-rows", paramLabel = "N", description = "Header rows (default: detected; 2 for SurveyMonkey-style exports).")
	int headerRows;

	@Option(names = "--preview", description = "Only show the columns, their detected types and which are open; import nothing.")
	boolean preview;

	@Option(names = "--json", description = "Print a JSON summary on standard output.")
	boolean json;

	@Override
	public Integer call() {
		Map<String, VariableType> overrides = new java.util.HashMap<>();
		if (types != null) {
			for (Map.Entry<String, String> e : types.entrySet()) {
				overrides.put(e.getKey(), type(e.getValue()));
			}
		}
		SurveyOptions options = new SurveyOptions(idColumn, openColumns == null ? List.of() : openColumns, overrides, sheet,
				headerRows);
		PrintWriter out = spec.commandLine().getOut();
		SurveyImporter importer = new SurveyImporter();
		if (preview) {
			describe(importer.preview(file, options), out);
			return 0;
		}
		// The index is open during the import: each batch of respondents is indexed as it is written,
		// on the second core, so the project's next search need not rebuild it.
		try (ExcerptaProject project = ExcerptaProject.open(dir); ProjectIndex index = ProjectIndex.open(project)) {
			SurveyImportReport report = importer.importSurvey(project, file, options, new ConsoleProgress(spec.commandLine().getErr()));
			index.ensureCurrent();
			if (json) {
				out.println(report.toJson());
			} else {
				describe(report, out);
			}
		}
		return 0;
	}

	private static void describe(SurveyPreview p, PrintWriter out) {
		out.printf("%s: %s, %d header row(s), %d respondents%n", p.file(), p.format(), p.headerRows(), p.respondents());
		for (SurveyPreview.Column c : p.columns()) {
			String role = switch (c.role()) {
			case ID -> "respondent ID";
			case OPEN -> "open question";
			case CLOSED -> "attribute, " + c.type().getLiteral().toLowerCase(Locale.ROOT);
			case EMPTY -> "empty, left out";
			};
			out.printf("  %3d  %-40s %-22s e.g. %s%n", c.position(), c.name(), role,
					String.join(" | ", c.samples().subList(0, Math.min(3, c.samples().size()))));
		}
		p.notes().forEach(n -> out.println("  note: " + n));
	}

	private static void describe(SurveyImportReport r, PrintWriter out) {
		out.printf("%d respondents added, %d matched; %d answers added, %d blank skipped, %d unchanged, %d changed but kept%n",
				r.respondentsAdded(), r.respondentsMatched(), r.answersAdded(), r.blankAnswersSkipped(), r.answersUnchanged(),
				r.answersChangedKept());
		r.variablesCreated().forEach(v -> out.printf("  attribute %s (%s)%n", v.name(), v.type().getLiteral()));
		r.questions().forEach(q -> out.printf("  question  %s%n", q));
		r.notes().forEach(n -> out.println("  note: " + n));
	}

	private static VariableType type(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "text" -> VariableType.TEXT;
		case "boolean" -> VariableType.BOOLEAN;
		case "integer" -> VariableType.INTEGER;
		case "float" -> VariableType.FLOAT;
		case "date" -> VariableType.DATE;
		case "datetime" -> VariableType.DATE_TIME;
		default -> throw new IllegalArgumentException("unknown type \"" + name + "\" (text, boolean, integer, float, date, datetime)");
		};
	}
}
