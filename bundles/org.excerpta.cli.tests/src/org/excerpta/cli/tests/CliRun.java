package org.excerpta.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.excerpta.cli.ExcerptaCli;

/** Runs one command line as the terminal would, and keeps what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {

	static CliRun run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ExcerptaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new CliRun(code, out.toString(), err.toString());
	}
}
