package org.excerpta.report.contrib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.excerpta.api.Settings;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.report.CountedProject;
import org.excerpta.model.Code;
import org.excerpta.report.CodeByAttributeTable;
import org.excerpta.report.CooccurrenceTable;
import org.excerpta.report.ReportOptions;
import org.excerpta.report.ReportScope;

/**
 * The contribution points' {@link Settings} as the report tables take them. Option names are the
 * command line's: {@code title}, {@code by} (attributes, comma-separated), {@code percent}
 * (column, row), {@code unit} (source, overlap), {@code population}, {@code excerpts-per-code}.
 */
public final class SettingsConversion {

	private SettingsConversion() {
	}

	/** The codes (each with its branch) and cases the settings cover. */
	public static ReportScope scope(ExcerptaProject project, Settings settings) {
		return scope(CountedProject.of(project), settings);
	}

	/** The same, for a project read from the model or from its index alone. */
	public static ReportScope scope(CountedProject project, Settings settings) {
		ReportScope scope = ReportScope.all().where(settings.where());
		if (settings.codes().isEmpty()) {
			return scope;
		}
		List<Code> chosen = new ArrayList<>();
		for (String guid : settings.codes()) {
			Code c = project.code(guid);
			if (c == null) {
				throw new IllegalArgumentException("no code with the GUID " + guid + " in the project " + project.name());
			}
			chosen.add(c);
		}
		return scope.withCodes(ReportScope.branches(chosen));
	}

	public static ReportOptions options(ExcerptaProject project, Settings settings) {
		return options(CountedProject.of(project), settings);
	}

	/** The same, for a project read from the model or from its index alone. */
	public static ReportOptions options(CountedProject project, Settings settings) {
		ReportOptions o = ReportOptions.defaults().withScope(scope(project, settings)).withTitle(settings.option("title", null));
		String by = settings.option("by", null);
		if (by != null) {
			o = o.withAttributes(Arrays.stream(by.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
		}
		o = o.withPercentages(CodeByAttributeTable.Percentages.parse(settings.option("percent", "column")));
		o = o.withCooccurrence(CooccurrenceTable.Unit.parse(settings.option("unit", "source")));
		String population = settings.option("population", null);
		if (population != null) {
			o = o.withPopulation(number("population", population));
		}
		return o.withExcerptsPerCode((int) number("excerpts-per-code", settings.option("excerpts-per-code", "10")));
	}

	static long number(String option, String value) {
		try {
			return Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the option \"" + option + "\" takes a whole number, not \"" + value + "\"");
		}
	}
}
