package org.excerpta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodebookCsv;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.core.coding.CodebookQdc;
import org.excerpta.core.coding.Codings;
import org.excerpta.core.store.ProjectStoreException;
import org.excerpta.model.Code;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code excerpta codebook DIR ...}: list and change the codebook of the project in DIR. Codes are
 * named by path, e.g. "Network management framework / Managing knowledge flows". Each change is one
 * step of the project's history, as if made in the workbench.
 */
@Command(name = "codebook", mixinStandardHelpOptions = true,
		description = { "List and change the codebook of the project in DIR.",
				"Codes are named by their path from the top, levels separated by \" / \" (quote it in the shell)." },
		subcommands = { CodebookCommand.ListCodes.class, CodebookCommand.AddCode.class, CodebookCommand.RenameCode.class,
				CodebookCommand.MoveCode.class, CodebookCommand.MergeCode.class, CodebookCommand.DeleteCode.class,
				CodebookCommand.ImportCodebook.class, CodebookCommand.ExportCodebook.class })
public final class CodebookCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
	Path dir;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(),
				"say what to do with the codebook: list, add, rename, move, merge, delete, import or export");
	}

	/** Common to the subcommands: the project, and errors reported as "excerpta codebook add: ..." with exit code 1. */
	abstract static class Sub implements Callable<Integer> {

		@ParentCommand
		CodebookCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public final Integer call() {
			try {
				return run(spec.commandLine().getOut());
			} catch (IllegalArgumentException | ProjectStoreException e) {
				spec.commandLine().getErr().println("excerpta codebook " + spec.name() + ": " + e.getMessage());
				return ExcerptaCli.EXIT_PROBLEM;
			}
		}

		abstract int run(PrintWriter out);

		ExcerptaProject open() {
			return ExcerptaProject.open(parent.dir);
		}

		/**
		 * The project's index opened to change codes without loading the model, when it is current
		 * and knows enough (seconds instead of a minute at a million answers); else null, and the
		 * caller opens the project.
		 */
		org.excerpta.index.ProjectIndex aloneToChangeCodes() {
			org.excerpta.index.ProjectIndex alone = org.excerpta.index.ProjectIndex.openForCoding(parent.dir);
			if (alone != null && !alone.canChangeCodesAlone()) {
				alone.close();
				return null;
			}
			return alone;
		}
	}

	/** A REFI-QDA project file (.qde), whose codebook can be imported. */
	static boolean isProjectFile(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qde");
	}

	/** A REFI-QDA codebook exchange file, by its extension; anything else is CSV. */
	static boolean isQdc(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdc");
	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Print the codebook as a tree: colour, codings and whether each code is codable. Reads only.")
	static final class ListCodes extends Sub {

		@Option(names = "--json", description = "Print one JSON object: codes, each with path, name, level, color, codable, "
				+ "codings (its own) and codingsWithSubCodes.")
		boolean json;

		@Override
		int run(PrintWriter out) {
			// A current index answers without loading the model: its outline holds the codebook, and it counts the codings.
			try (org.excerpta.index.ProjectIndex alone = org.excerpta.index.ProjectIndex.openForReading(parent.dir)) {
				if (alone != null) {
					Map<String, Integer> counts = new java.util.HashMap<>();
					alone.codingsAndSources().forEach((guid, n) -> counts.put(guid, n.codings()));
					print(out, alone.outline().codebook(), counts, alone.outline().allCodes().size(), alone.codings());
					return 0;
				}
			}
			try (ExcerptaProject p = ExcerptaProject.openReadOnly(parent.dir)) {
				Map<String, Integer> counts = new java.util.HashMap<>();
				Codings.counts(p.model()).forEach((code, n) -> counts.put(code.getGuid(), n));
				print(out, p.model().getCodebook(), counts, p.summary().codes(), p.summary().codings());
			}
			return 0;
		}

		/** The codebook as a tree or as JSON, with each code's codings (by code GUID). */
		private void print(PrintWriter out, org.excerpta.model.Codebook codebook, Map<String, Integer> counts, int codes, long codings) {
			if (json) {
				out.println(toJson(codebook, counts));
			} else {
				for (Code top : codebook.getCodes()) {
					print(out, top, 0, counts);
				}
				out.printf("%d codes, %d codings%n", codes, codings);
			}
		}

		private static void print(PrintWriter out, Code c, int level, Map<String, Integer> counts) {
			int own = counts.getOrDefault(c.getGuid(), 0);
			out.printf("%s%s  %s  %s%n", "  ".repeat(level), c.getName(), c.getColor() == null ? "-" : c.getColor(),
					c.isCodable() ? own + (own == 1 ? " coding" : " codings") : "(not codable)");
			for (Code child : c.getChildren()) {
				print(out, child, level + 1, counts);
			}
		}

		private static int withSubCodes(Code c, Map<String, Integer> counts) {
			int n = counts.getOrDefault(c.getGuid(), 0);
			for (Code child : c.getChildren()) {
				n += withSubCodes(child, counts);
			}
			return n;
		}

		private static String toJson(org.excerpta.model.Codebook codebook, Map<String, Integer> counts) {
			StringWriter w = new StringWriter();
			try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
				g.writeStartObject();
				g.writeArrayFieldStart("codes");
				for (var it = codebook.eAllContents(); it.hasNext();) {
					Code c = (Code) it.next();
					String path = org.excerpta.core.coding.CodePaths.pathOf(c);
					g.writeStartObject();
					g.writeStringField("path", path);
					g.writeStringField("name", c.getName());
					g.writeNumberField("level", path.split(" / ").length - 1);
					g.writeStringField("color", c.getColor());
					g.writeBooleanField("codable", c.isCodable());
					g.writeNumberField("codings", counts.getOrDefault(c.getGuid(), 0));
					g.writeNumberField("codingsWithSubCodes", withSubCodes(c, counts));
					g.writeStringField("description", c.getDescription());
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return w.toString();
		}
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add a code; missing parents on its path are added too (codable).")
	static final class AddCode extends Sub {

		@Parameters(paramLabel = "PATH", description = "Path of the new code, e.g. \"Patient voice / Complaints\".")
		String path;

		@Option(names = "--color", paramLabel = "#RRGGBB", description = "Its colour (default: one no other code has).")
		String color;

		@Option(names = "--description", paramLabel = "TEXT", description = "Its definition: what to include and exclude.")
		String description;

		@Override
		int run(PrintWriter out) {
			// A current index adds it without loading the model (seconds instead of a minute at a million answers).
			org.excerpta.index.ProjectIndex alone = org.excerpta.index.ProjectIndex.openForCoding(parent.dir);
			if (alone != null) {
				try (alone) {
					Code c = alone.addCodeAlone(path, color, description);
					out.printf("Added \"%s\" (%s)%n", org.excerpta.core.coding.CodePaths.pathOf(c), c.getColor());
				}
				return 0;
			}
			try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
				Code c = new CodebookEditor(p).add(path, color, description);
				out.printf("Added \"%s\" (%s)%n", org.excerpta.core.coding.CodePaths.pathOf(c), c.getColor());
			}
			return 0;
		}
	}

	@Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a code (its codings stay).")
	static final class RenameCode extends Sub {

		@Parameters(index = "0", paramLabel = "PATH", description = "The code.")
		String path;

		@Parameters(index = "1", paramLabel = "NEW_NAME", description = "Its new name (a name, not a path).")
		String newName;

		@Override
		int run(PrintWriter out) {
			try (org.excerpta.index.ProjectIndex alone = aloneToChangeCodes()) {
				if (alone != null) {
					Code c = alone.renameCodeAlone(path, newName);
					out.printf("Renamed \"%s\" to \"%s\"%n", path, org.excerpta.core.coding.CodePaths.pathOf(c));
					return 0;
				}
			}
			try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
				CodebookEditor editor = new CodebookEditor(p);
				Code c = editor.find(path);
				editor.rename(c, newName);
				out.printf("Renamed \"%s\" to \"%s\"%n", path, editor.pathOf(c));
			}
			return 0;
		}
	}

	@Command(name = "move", mixinStandardHelpOptions = true, description = "Move a code, with its sub-codes and codings.")
	static final class MoveCode extends Sub {

		@Parameters(paramLabel = "PATH", description = "The code to move.")
		String path;

		static final class Where {
			@Option(names = "--to", paramLabel = "PARENT_PATH", description = "Under this code.")
			String to;

			@Option(names = "--top", description = "To the top level.")
			boolean top;
		}

		@ArgGroup(exclusive = true, multiplicity = "1")
		Where where;

		@Option(names = "--index", paramLabel = "N", defaultValue = "-1",
				description = "Position among its new siblings, from 0 (default: last).")
		int index;

		@Override
		int run(PrintWriter out) {
			try (org.excerpta.index.ProjectIndex alone = aloneToChangeCodes()) {
				if (alone != null) {
					Code c = alone.moveCodeAlone(path, where.top ? null : where.to, index);
					out.printf("Moved \"%s\" to \"%s\"%n", path, org.excerpta.core.coding.CodePaths.pathOf(c));
					return 0;
				}
			}
			try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
				CodebookEditor editor = new CodebookEditor(p);
				Code c = editor.find(path);
				String from = editor.pathOf(c);
				editor.move(c, where.top ? null : editor.find(where.to), index);
				out.printf("Moved \"%s\" to \"%s\"%n", from, editor.pathOf(c));
			}
			return 0;
		}
	}

	@Command(name = "merge", mixinStandardHelpOptions = true,
			description = { "Merge a code into another: its codings, sub-codes, memos, sets and cases pass to the other code, "
					+ "then it is removed. No coding is lost; where a passage would carry the other code twice from "
					+ "one coder, one coding is kept." })
	static final class MergeCode extends Sub {

		@Parameters(paramLabel = "PATH", description = "The code that goes.")
		String path;

		@Option(names = "--into", required = true, paramLabel = "PATH", description = "The code that stays.")
		String into;

		@Override
		int run(PrintWriter out) {
			try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
				CodebookEditor editor = new CodebookEditor(p);
				Code source = editor.find(path);
				Code target = editor.find(into);
				int codings = editor.codingsOf(source, false);
				int duplicates = editor.merge(source, target);
				out.printf("Merged \"%s\" into \"%s\": %d codings moved, %d duplicate codings merged%n", path,
						editor.pathOf(target), codings - duplicates, duplicates);
			}
			return 0;
		}
	}

	@Command(name = "delete", mixinStandardHelpOptions = true,
			description = { "Delete a code, its sub-codes and all their codings.",
					"Without --yes, only say how many codings would be removed (and exit with 1)." })
	static final class DeleteCode extends Sub {

		@Parameters(paramLabel = "PATH", description = "The code to delete.")
		String path;

		@Option(names = "--yes", description = "Really delete.")
		boolean yes;

		@Override
		int run(PrintWriter out) {
			try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
				CodebookEditor editor = new CodebookEditor(p);
				Code c = editor.find(path);
				int codings = editor.codingsOf(c, true);
				int subCodes = editor.subCodesOf(c);
				if (!yes) {
					out.printf("Deleting \"%s\" would remove %d sub-codes and %d codings. Run again with --yes to delete.%n",
							path, subCodes, codings);
					return ExcerptaCli.EXIT_PROBLEM;
				}
				int removed = editor.delete(c);
				out.printf("Deleted \"%s\": %d sub-codes and %d codings removed%n", path, subCodes, removed);
			}
			return 0;
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = { "Import a codebook CSV (columns path,codable,color,description, as written by export) "
					+ "or, for a FILE ending in .qdc, a REFI-QDA codebook (ATLAS.ti, MAXQDA, NVivo, QualCoder...), "
					+ "or the codebook of a REFI-QDA project file (.qde): "
					+ "adds the codes that are missing and updates the colour and description of those that exist. One step." })
	static final class ImportCodebook extends Sub {

		@Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8), a REFI-QDA codebook (.qdc) or project file (.qde).")
		Path file;

		@Override
		int run(PrintWriter out) {
			if (isQdc(file) || isProjectFile(file)) {
				List<CodebookQdc.ImportedCode> codes;
				try (InputStream in = Files.newInputStream(file)) {
					codes = CodebookQdc.read(in);
				} catch (IOException e) {
					throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
				}
				try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
					CodebookEditor.ImportResult result = new CodebookEditor(p).importQdc(codes);
					out.printf("%d codes added, %d updated%n", result.added(), result.updated());
				}
				return 0;
			}
			List<CodebookCsv.Row> rows;
			try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				rows = CodebookCsv.read(r);
			} catch (IOException e) {
				throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
			}
			try (ExcerptaProject p = open(); org.excerpta.index.ProjectIndex following = org.excerpta.index.ProjectIndex.openIfCurrent(p)) {
				CodebookEditor.ImportResult result = new CodebookEditor(p).importRows(rows);
				out.printf("%d codes added, %d updated%n", result.added(), result.updated());
			}
			return 0;
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true,
			description = "Write the codebook as CSV (path,codable,color,description), for colleagues or a spreadsheet, "
					+ "or, for a FILE ending in .qdc, as a REFI-QDA codebook for other QDA programs. Reads only.")
	static final class ExportCodebook extends Sub {

		@Parameters(paramLabel = "FILE", description = "The CSV or .qdc file to write (UTF-8); replaced if it exists.")
		Path file;

		@Override
		int run(PrintWriter out) {
			if (isQdc(file)) {
				try (ExcerptaProject p = ExcerptaProject.openReadOnly(parent.dir)) {
					CodebookQdc.write(p.model().getCodebook(), file);
					out.printf("Exported %d codes to %s%n", p.summary().codes(), file);
				} catch (IOException e) {
					throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
				}
				return 0;
			}
			try (ExcerptaProject p = ExcerptaProject.openReadOnly(parent.dir);
					Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				CodebookCsv.write(p.model().getCodebook(), w);
				out.printf("Exported %d codes to %s%n", p.summary().codes(), file);
			} catch (IOException e) {
				throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
			}
			return 0;
		}
	}
}
