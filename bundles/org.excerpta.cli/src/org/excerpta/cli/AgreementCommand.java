package org.excerpta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.excerpta.analysis.agreement.Coefficient;
import org.excerpta.analysis.agreement.CohensKappa;
import org.excerpta.analysis.agreement.FleissKappa;
import org.excerpta.analysis.agreement.KrippendorffAlpha;
import org.excerpta.analysis.agreement.PercentAgreement;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.index.ProjectIndex;
import org.excerpta.team.agreement.AgreementReport;
import org.excerpta.team.agreement.AgreementSettings;
import org.excerpta.team.agreement.AgreementStudy;
import org.excerpta.team.agreement.CodeAgreement;
import org.excerpta.team.agreement.Disagreement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "agreement", mixinStandardHelpOptions = true,
		description = { "Inter-coder agreement between two or more coders: percent agreement, Cohen's kappa (two coders), "
				+ "Fleiss' kappa and Krippendorff's alpha (nominal), per code and pooled, and where the coders disagree.",
				"A unit's value for a coder is 'coded with the code' or not. Reads only: works while the workbench has the project open.",
				"Reads the project's index alone when it is up to date (seconds at a million answers), else the whole project." })
final class AgreementCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--coders", paramLabel = "A,B[,C...]", split = ",", required = true, description = "The coders to compare (at least two).")
	List<String> coders;

	@Option(names = "--code", paramLabel = "PATH", description = "A code to compare (repeat for more; default: every code the coders applied).")
	List<String> codes;

	@Option(names = "--source", paramLabel = "NAME", description = "A source, or a set of sources, by name (repeat; default: every source the coders coded in).")
	List<String> sources;

	@Option(names = "--unit", defaultValue = "character", paramLabel = "UNIT",
			description = "What is compared: character, turn, paragraph, line, answer or overlap (default: ${DEFAULT-VALUE}).")
	String unit;

	@Option(names = "--include-uncoded", description = "Count units that no chosen coder coded (they raise agreement; off by default).")
	boolean includeUncoded;

	@Option(names = "--disagreements", defaultValue = "20", paramLabel = "N", description = "Show the first N disagreements (default: ${DEFAULT-VALUE}; 0 for none).")
	int maxDisagreements;

	@Option(names = "--json", description = "Print one JSON object with every figure and every disagreement.")
	boolean json;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		// The index alone when it reflects every change: the study needs the codings' positions, codes
		// and coders and the sources' lengths, which it holds; the model takes fifteen seconds or more
		// to read at a million answers. Sets and speaker turns are the project's alone.
		try (ProjectIndex alone = ProjectIndex.openForReading(dir)) {
			if (alone != null) {
				try {
					report(AgreementStudy.fromIndex(alone), out);
					return 0;
				} catch (AgreementStudy.ModelNeeded e) {
					// read the project below
				}
			}
		}
		try (ExcerptaProject project = ExcerptaProject.openReadOnly(dir)) {
			report(new AgreementStudy(project), out);
		}
		return 0;
	}

	/** Runs the study and prints it; the disagreements' excerpts are read as they are printed. */
	private void report(AgreementStudy study, PrintWriter out) {
		AgreementSettings settings = study.byName(coders, codes, sources, unit, includeUncoded);
		AgreementReport report = study.run(settings);
		if (json) {
			writeJson(report, out);
			out.println();
		} else {
			print(report, out);
		}
	}

	private void print(AgreementReport report, PrintWriter out) {
		AgreementSettings s = report.settings();
		out.printf("Agreement of %s, unit: %s, %s%n", String.join(", ", s.coderNames()), s.unit().name().toLowerCase(),
				s.includeUncoded() ? "uncoded units counted" : "uncoded units left out");
		out.printf("%-60s %10s %9s %9s %9s %9s%n", "Code", "Units", "Agree %", "Cohen k", "Fleiss k", "K alpha");
		for (CodeAgreement row : report.rows()) {
			var a = row.agreement();
			out.printf("%-60s %10d %9s %9s %9s %9s%n", clip(row.label(), 60), row.units(), percent(a.percent()),
					a.cohen() == null ? "-" : number(a.cohen()), number(a.fleiss()), number(a.alpha()));
		}
		for (String note : report.notes()) {
			out.println("Note: " + note);
		}
		List<Disagreement> ds = report.disagreements();
		if (maxDisagreements > 0 && !ds.isEmpty()) {
			out.printf("%nDisagreements (%d; first %d):%n", ds.size(), Math.min(maxDisagreements, ds.size()));
			for (Disagreement d : ds.subList(0, Math.min(maxDisagreements, ds.size()))) {
				out.printf("  %s %d-%d  %s: coded by %s, not by %s%n    \"%s\"%n", d.sourceName(), d.start(), d.end(), d.codePath(),
						String.join(", ", d.appliedByNames()), String.join(", ", d.notAppliedByNames()),
						d.excerpt().replace('\n', ' '));
			}
		}
	}

	private static String percent(Coefficient c) {
		return c.isDefined() ? String.format("%.1f", 100 * c.value()) : "n/a";
	}

	private static String number(Coefficient c) {
		return c.isDefined() ? String.format("%.3f", c.value()) : "n/a";
	}

	private static String clip(String s, int max) {
		return s.length() <= max ? s : "\u2026" + s.substring(s.length() - max + 1);
	}

	/** Writes the report as one JSON object, as it goes: a million disagreements are hundreds of megabytes of JSON. */
	private static void writeJson(AgreementReport report, PrintWriter w) {
		try (JsonGenerator g = new JsonFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
			g.writeStartObject();
			g.writeArrayFieldStart("coders");
			for (String c : report.settings().coderNames()) {
				g.writeString(c);
			}
			g.writeEndArray();
			g.writeStringField("unit", report.settings().unit().name().toLowerCase());
			g.writeBooleanField("includeUncoded", report.settings().includeUncoded());
			g.writeArrayFieldStart("codes");
			for (CodeAgreement row : report.rows()) {
				g.writeStartObject();
				g.writeStringField("code", row.label());
				g.writeBooleanField("pooled", row.isPooled());
				g.writeNumberField("units", row.units());
				for (Coefficient c : row.agreement().coefficients()) {
					String key = switch (c) {
					case PercentAgreement p -> "percentAgreement";
					case CohensKappa k -> "cohensKappa";
					case FleissKappa f -> "fleissKappa";
					case KrippendorffAlpha a -> "krippendorffsAlpha";
					};
					if (c.isDefined()) {
						g.writeNumberField(key, c.value());
					} else {
						g.writeNullField(key);
						g.writeStringField(key + "Undefined", c.undefinedReason());
					}
				}
				g.writeArrayFieldStart("codedByCoder");
				for (long n : row.codedByCoder()) {
					g.writeNumber(n);
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("disagreements");
			for (Disagreement d : report.disagreements()) {
				g.writeStartObject();
				g.writeStringField("source", d.sourceName());
				g.writeNumberField("start", d.start());
				g.writeNumberField("end", d.end());
				g.writeStringField("code", d.codePath());
				g.writeStringField("excerpt", d.excerpt());
				g.writeArrayFieldStart("codedBy");
				for (String n : d.appliedByNames()) {
					g.writeString(n);
				}
				g.writeEndArray();
				g.writeArrayFieldStart("notCodedBy");
				for (String n : d.notAppliedByNames()) {
					g.writeString(n);
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("notes");
			for (String n : report.notes()) {
				g.writeString(n);
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
