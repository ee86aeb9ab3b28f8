package org.excerpta.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.Coder;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.Autocoder;
import org.excerpta.index.PassageToCode;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.User;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "code", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Autocode: code every hit of a search query or a regular expression, every turn of a speaker, or every",
				"answer to a survey question, as one change that can be undone. Use --preview to see how many passages",
				"would be coded first. Passages already coded so by the same coder are left alone." })
final class CodeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Option(names = "--code", required = true, paramLabel = "PATH", description = "The code to apply (a path, e.g. \"Knowledge management / Tacit\").")
	String codePath;

	@ArgGroup(exclusive = true, multiplicity = "1")
	What what;

	static final class What {
		@Option(names = "--query", paramLabel = "QUERY", description = "A search query (see excerpta search --help).")
		String query;

		@Option(names = "--regex", paramLabel = "REGEX", description = "A regular expression (Java syntax, case-insensitive).")
		String regex;

		@Option(names = "--speaker", paramLabel = "NAME", description = "Every turn of this speaker.")
		String speaker;

		@Option(names = "--question", paramLabel = "COLUMN", description = "Every answer to this survey question.")
		String question;
	}

	@Option(names = "--unit", paramLabel = "UNIT", defaultValue = "sentence",
			description = "How much to code around a hit: hit, sentence, paragraph, turn or answer (default: ${DEFAULT-VALUE}).")
	String unit;

	@Option(names = "--coder", paramLabel = "NAME", description = "Coder recorded on the codings (default: $EXCERPTA_CODER or your login name).")
	String coder;

	@Option(names = "--preview", description = "Only say how many passages would be coded.")
	boolean preview;

	@Override
	public Integer call() {
		Autocoder.Unit u = Autocoder.Unit.parse(unit);
		if (what.question != null || what.query != null) {
			// A query's passages, of any unit, and a question's answers are found in the index: coded
			// without loading the model (a second or two instead of half a minute at a million
			// answers), when the index is current.
			ProjectIndex alone = preview ? ProjectIndex.openForReading(dir) : ProjectIndex.openForCoding(dir);
			if (alone != null) {
				try (alone) {
					return codeAlone(alone, u);
				}
			}
		}
		try (ExcerptaProject project = preview ? ExcerptaProject.openReadOnly(dir) : ExcerptaProject.open(dir);
				ProjectIndex index = ProjectIndex.open(project)) {
			Code code = new CodebookEditor(project).find(codePath);
			Autocoder autocoder = new Autocoder(project, index);
			List<Autocoder.Target> targets = what.query != null ? autocoder.byQuery(what.query, u)
					: what.regex != null ? autocoder.byRegex(what.regex, u)
					: what.speaker != null ? autocoder.bySpeaker(what.speaker) : autocoder.byQuestion(what.question);
			User user = preview ? CodeResolver.existingCoder(project, coderName()) : new Coder(project).coderFor(coderName());
			int made = preview ? autocoder.preview(targets, code, user) : autocoder.apply(targets, code, user);
			return report(made, targets.size());
		}
	}

	private int codeAlone(ProjectIndex index, Autocoder.Unit unit) {
		String code = CodePaths.require(index.outline().codebook(), codePath).getGuid();
		List<PassageToCode> passages = what.question != null ? index.answersToCode(what.question)
				: index.passagesToCode(what.query, unit);
		return report(index.codeAlone(passages, code, coderName(), preview), passages.size());
	}

	/** The same lines whether the model or the index alone coded: what was (or would be) coded, of how many found. */
	private int report(int made, int found) {
		if (preview) {
			spec.commandLine().getOut().printf("%d passages would be coded with %s%n", made, codePath);
		} else {
			spec.commandLine().getOut().printf("%d passages coded with %s (%d found)%n", made, codePath, found);
		}
		return 0;
	}

	private String coderName() {
		return CoderName.of(coder);
	}
}
