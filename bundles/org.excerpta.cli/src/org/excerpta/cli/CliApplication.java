package org.excerpta.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The OSGi entry point of the command line; the work is done by {@link ExcerptaCli}. */
public final class CliApplication implements IApplication {

	/**
	 * Lucene says on every start that Java's incubating vector API is not enabled: a notice for
	 * search-engine operators, not for researchers. Held here because java.util.logging keeps
	 * loggers only weakly.
	 */
	private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE = java.util.logging.Logger
			.getLogger("org.apache.lucene.internal.vectorization");

	@Override
	public Object start(IApplicationContext context) {
		LUCENE_VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrintWriter out = new PrintWriter(System.out, true);
		PrintWriter err = new PrintWriter(System.err, true);
		int code = ExcerptaCli.run(args == null ? new String[0] : args, out, err);
		out.flush();
		err.flush();
		return code;
	}

	@Override
	public void stop() {
		// commands are short and leave the project consistent at every instant
	}
}
