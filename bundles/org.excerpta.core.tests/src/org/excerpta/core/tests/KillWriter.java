package org.excerpta.core.tests;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;

/**
 * The process the kill test kills: it keeps making numbered changes to a project and writes
 * "N" to an acknowledgement file after change N has returned (and so is on disk). Runs outside
 * OSGi, in its own JVM. (A file, not standard output: a pipe may lose its last bytes when its
 * writer is killed, a written file does not.)
 *
 * <p>Change N: every tenth adds code "code-N"; the others add selection "sel-N" coded with the
 * newest code, and some rename that code; every fiftieth compacts the project, so kills also
 * land inside compactions; every hundredth also adds {@value #BULK} selections "bulk-N-i" in the
 * same command (an autocode), a group of several megabytes that a kill can tear.
 */
public final class KillWriter {

	static final int BULK = 6000;

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		try (ExcerptaProject p = ExcerptaProject.open(dir);
				FileOutputStream acks = new FileOutputStream(args[1], true)) {
			int n = KillTest.highestChange(p.model()) + 1;
			TextSource source = (TextSource) p.model().getSources().get(0);
			while (true) {
				change(p, source, n);
				acks.write((n + "\n").getBytes(StandardCharsets.US_ASCII)); // one unbuffered write
				n++;
			}
		}
	}

	private static void change(ExcerptaProject p, TextSource source, int n) {
		var domain = p.editingDomain();
		if (n % 10 == 0) {
			Code code = ModelElements.code("code-" + n, "#aa0000", "made by change " + n, true);
			p.execute(AddCommand.create(domain, p.model().getCodebook(), Literals.CODEBOOK__CODES, code));
			return;
		}
		var codes = p.model().getCodebook().getCodes();
		Code newest = codes.get(codes.size() - 1);
		TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
		sel.setName("sel-" + n);
		sel.setStart(n % 1000);
		sel.setEnd(n % 1000 + 5);
		Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
		coding.setCode(newest);
		coding.setCoder(p.model().getUsers().get(0));
		sel.getCodings().add(coding);
		CompoundCommand cmd = new CompoundCommand("code sel-" + n);
		cmd.append(AddCommand.create(domain, source, Literals.TEXT_SOURCE__SELECTIONS, sel));
		if (n % 100 == 1) {
			for (int i = 0; i < BULK; i++) {
				TextSelection bulk = ExcerptaFactory.eINSTANCE.createTextSelection();
				bulk.setName("bulk-" + n + "-" + i);
				Coding c = ExcerptaFactory.eINSTANCE.createCoding();
				c.setCode(newest);
				bulk.getCodings().add(c);
				cmd.append(AddCommand.create(domain, source, Literals.TEXT_SOURCE__SELECTIONS, bulk));
			}
		}
		if (n % 7 == 3) {
			cmd.append(SetCommand.create(domain, newest, Literals.CODE__DESCRIPTION, "renamed at " + n));
		}
		p.execute(cmd);
		if (n % 50 == 25) {
			p.store().compact();
		}
	}
}
