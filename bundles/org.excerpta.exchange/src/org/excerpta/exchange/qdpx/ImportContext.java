package org.excerpta.exchange.qdpx;

import java.util.List;

import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Annotatable;
import org.excerpta.model.Memo;
import org.excerpta.model.User;

/** What the steps of one import share: the new project, the objects made so far, the report. */
final class ImportContext {

	final ExcerptaProject project;
	final Registry registry = new Registry();
	final QdpxImportReport report;
	final Batches batches;
	final ExcerptaExtras extras;
	final QdpxArchive archive;
	final QdpxImportOptions options;
	/** The project file, for messages: "TestProject.qdpx, Project.qde". */
	final String qde;
	final boolean atlasTi;

	ImportContext(ExcerptaProject project, QdpxImportReport report, ExcerptaExtras extras, QdpxArchive archive,
			QdpxImportOptions options, String qde, boolean atlasTi) {
		this.project = project;
		this.report = report;
		this.extras = extras;
		this.archive = archive;
		this.options = options;
		this.qde = qde;
		this.atlasTi = atlasTi;
		this.batches = new Batches(project, "Import " + archive.name());
	}

	String where(int line) {
		return line > 0 ? qde + " line " + line : qde;
	}

	/** A user the file refers to, or null (reported) when the file does not list that user. */
	User user(String guid, String element, String ownerGuid, int line) {
		if (guid == null) {
			return null;
		}
		User u = registry.get(guid, User.class);
		if (u == null) {
			report.adjusted(QdpxImportReport.USER, ownerGuid, element, where(line), "refers to the user " + guid
					+ ", who is not among the project's users; kept without a user");
		}
		return u;
	}

	/** Attaches the memos a file refers to (NoteRef) to an object still outside the project. */
	void attachMemos(Annotatable target, List<String> refs, String element, int line) {
		for (String ref : refs) {
			Memo m = registry.get(ref, Memo.class);
			if (m == null) {
				report.notImported(QdpxImportReport.MEMO_REF, ref, "NoteRef", where(line), "<" + element + "> "
						+ target.getGuid() + " refers to a note the file does not hold");
			} else if (!target.getMemos().contains(m)) {
				target.getMemos().add(m);
			}
		}
	}
}
