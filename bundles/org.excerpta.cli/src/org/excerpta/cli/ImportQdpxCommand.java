package org.excerpta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.excerpta.exchange.qdpx.QdpxImportOptions;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-qdpx", mixinStandardHelpOptions = true,
		description = { "Create a new project in DIR from a REFI-QDA project (.qdpx, or a .qde with its Sources folder) written by "
				+ "NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette or Excerpta.",
				"Everything Excerpta cannot hold (pictures, audio, video, PDF regions) is listed, never dropped silently. "
						+ "On any error nothing is created. To add a codebook (.qdc) to an existing project use: excerpta codebook import DIR FILE.qdc" })
final class ImportQdpxCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx archive (or .qde file).")
	Path file;

	@Parameters(index = "1", paramLabel = "DIR", description = "The new project folder (must not exist, or be empty).")
	Path dir;

	@Option(names = "--keep-code-names", description = "Keep ATLAS.ti-style \"Parent::Child\" code names as written instead of nesting them.")
	boolean keepNames;

	@Option(names = "--json", description = "Print the import report as one JSON object.")
	boolean json;

	@Override
	public Integer call() {
		QdpxImportOptions options = QdpxImportOptions.defaults().withNestColonCodeNames(!keepNames);
		QdpxImportReport report = new QdpxImporter(options).importProject(file, dir);
		PrintWriter out = spec.commandLine().getOut();
		out.println(json ? report.toJson() : report.summary());
		return 0;
	}
}
