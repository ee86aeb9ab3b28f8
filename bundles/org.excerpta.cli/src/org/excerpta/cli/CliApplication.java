package org.excerpta.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The OSGi entry point of the command line; the work is done by {@link ExcerptaCli}. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
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
