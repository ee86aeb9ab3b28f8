package org.excerpta.exchange.qdpx;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.edit.command.SetCommand;
import org.excerpta.core.coding.CodebookQdc.ImportedCode;
import org.excerpta.model.Annotatable;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Identified;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.LinkDirection;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.TextSelection;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;

/**
 * Builds the new project from a project file as read, in the order references need: users and
 * memos first (everything refers to them), then codes and variables, sources with their
 * selections and codings, cases, sets and links, and last the project's own description and
 * memos. Each step goes in as batched commands.
 */
final class ProjectAssembler {

	private static final ExcerptaFactory F = ExcerptaFactory.eINSTANCE;
	private static final Pattern RGB6 = Pattern.compile("#[0-9A-Fa-f]{6}");
	private static final Pattern RGB3 = Pattern.compile("#[0-9A-Fa-f]{3}");

	private final ImportContext c;
	private final Qde.Document doc;
	private final List<ImportedCode> codes;
	private final SourceAssembler sources;
	private final SourceTexts texts;

	ProjectAssembler(ImportContext context, Qde.Document doc, List<ImportedCode> codes, String basePath) {
		this.c = context;
		this.doc = doc;
		this.codes = codes;
		this.texts = new SourceTexts(context.archive, basePath);
		this.sources = new SourceAssembler(context, texts);
	}

	void run() {
		users();
		memos();
		codes();
		variables();
		c.batches.flush();
		doc.sources.forEach(sources::add);
		c.batches.flush();
		doc.cases.forEach(this::aCase);
		c.batches.flush();
		doc.sets.forEach(this::set);
		doc.links.forEach(this::link);
		project();
		c.batches.flush();
	}

	private Project model() {
		return c.project.model();
	}

	private void users() {
		for (Qde.User u : doc.users) {
			User user = F.createUser();
			user.setGuid(u.guid());
			user.setName(u.name());
			user.setId(u.id());
			if (!c.registry.claim(user)) {
				c.report.notImported(QdpxImportReport.USER, u.guid(), "User", c.where(u.line()),
						"its GUID is used by another object of the file already");
				continue;
			}
			c.batches.add(model(), Literals.PROJECT__USERS, user, 1);
			c.report.imported(QdpxImportReport.USER);
		}
	}

	/**
	 * Notes become memos. A note's description has no place of its own in a memo: ATLAS.ti 26 puts
	 * the memo itself there, so a note with a description and no text gets it as its text, and one
	 * with both gets the description as its first paragraph (reported).
	 */
	private void memos() {
		for (Qde.Note n : doc.notes) {
			String text = n.text();
			if (text == null && n.plainTextPath() != null) {
				SourceTexts.Result r = texts.load(n.plainTextPath(), null);
				if (r.found() == null) {
					c.report.notImported(QdpxImportReport.MEMO, n.guid(), "Note", c.where(n.line()), r.missing());
					continue;
				}
				text = LineEnds.of(r.found().text()).text().text();
			}
			if (n.description() != null) {
				if (text == null || text.isBlank()) {
					text = n.description();
				} else {
					text = n.description() + "\n\n" + text;
					c.report.adjusted(QdpxImportReport.MEMO, n.guid(), "Note", c.where(n.line()),
							"its description was kept as the memo's first paragraph");
				}
			}
			Memo m = F.createMemo();
			m.setGuid(n.guid());
			m.setName(n.name());
			m.setText(text);
			m.setCreatingUser(c.user(n.creatingUser(), "Note", n.guid(), n.line()));
			m.setCreated(n.created());
			m.setModified(n.modified());
			if (!c.registry.claim(m)) {
				c.report.notImported(QdpxImportReport.MEMO, n.guid(), "Note", c.where(n.line()),
						"its GUID is used by another object of the file already");
				continue;
			}
			c.batches.add(model(), Literals.PROJECT__NOTES, m, 1);
			c.report.imported(QdpxImportReport.MEMO);
		}
	}

	private void codes() {
		CodeTree tree = new CodeTree(c.report, doc.codes, c.qde, c.options.nestColonCodeNames());
		List<Code> roots = tree.build(codes);
		for (Map.Entry<String, Code> e : tree.byGuid().entrySet()) {
			Code code = e.getValue();
			if (!c.registry.claim(code)) {
				throw new QdpxImportException(c.qde + ": the code \"" + code.getName() + "\" has the GUID " + e.getKey()
						+ ", which another object of the file has already");
			}
			Qde.CodeExtras x = doc.codes.get(e.getKey());
			if (x != null) {
				c.attachMemos(code, x.noteRefs(), "Code", x.line());
			}
		}
		for (Code root : roots) {
			c.batches.add(model().getCodebook(), Literals.CODEBOOK__CODES, root, 1);
		}
		c.report.imported(QdpxImportReport.CODE, tree.byGuid().size());
	}

	private void variables() {
		for (Qde.Variable v : doc.variables) {
			Variable variable = F.createVariable();
			variable.setGuid(v.guid());
			variable.setName(v.name() == null ? "" : v.name());
			variable.setDescription(v.description());
			VariableType type = v.type() == null ? null : VariableType.get(v.type().strip());
			if (type == null) {
				type = VariableType.TEXT;
				c.report.adjusted(QdpxImportReport.VARIABLE, v.guid(), "Variable", c.where(v.line()),
						"typeOfVariable \"" + v.type() + "\" is not one of the standard's types; read as Text");
			}
			variable.setType(type);
			if (!c.registry.claim(variable)) {
				c.report.notImported(QdpxImportReport.VARIABLE, v.guid(), "Variable", c.where(v.line()),
						"its GUID is used by another object of the file already");
				continue;
			}
			c.batches.add(model(), Literals.PROJECT__VARIABLES, variable, 1);
			c.report.imported(QdpxImportReport.VARIABLE);
		}
	}

	private void aCase(Qde.Case q) {
		Case k = F.createCase();
		k.setGuid(q.guid());
		k.setName(q.name());
		k.setDescription(q.description());
		if (!c.registry.claim(k)) {
			c.report.notImported(QdpxImportReport.CASE, q.guid(), "Case", c.where(q.line()),
					"its GUID is used by another object of the file already");
			return;
		}
		sources.values(k.getValues(), q.values(), q.guid());
		refs(k.getCodes(), q.codes(), Code.class, "Case", q.guid(), q.line(), QdpxImportReport.CASE_REF, "CodeRef");
		refs(k.getSources(), q.sources(), Source.class, "Case", q.guid(), q.line(), QdpxImportReport.CASE_REF, "SourceRef");
		refs(k.getSelections(), q.selections(), TextSelection.class, "Case", q.guid(), q.line(), QdpxImportReport.CASE_REF,
				"SelectionRef");
		extraMemos(k, "Case", q.line());
		c.batches.add(model(), Literals.PROJECT__CASES, k, 1 + k.getValues().size());
		c.report.imported(QdpxImportReport.CASE);
	}

	private void set(Qde.Set q) {
		ItemSet s = F.createItemSet();
		s.setGuid(q.guid());
		s.setName(q.name() == null ? "" : q.name());
		s.setDescription(q.description());
		if (!c.registry.claim(s)) {
			c.report.notImported(QdpxImportReport.SET, q.guid(), "Set", c.where(q.line()),
					"its GUID is used by another object of the file already");
			return;
		}
		refs(s.getMemberCodes(), q.codes(), Code.class, "Set", q.guid(), q.line(), QdpxImportReport.SET_MEMBER, "MemberCode");
		refs(s.getMemberSources(), q.sources(), Source.class, "Set", q.guid(), q.line(), QdpxImportReport.SET_MEMBER,
				"MemberSource");
		refs(s.getMemberMemos(), q.notes(), Memo.class, "Set", q.guid(), q.line(), QdpxImportReport.SET_MEMBER, "MemberNote");
		extraMemos(s, "Set", q.line());
		c.batches.add(model(), Literals.PROJECT__SETS, s, 1);
		c.report.imported(QdpxImportReport.SET);
	}

	/** Resolves references to objects of the project; one to something not imported is reported. */
	private <T extends Identified> void refs(List<T> into, List<String> guids, Class<T> type, String element,
			String ownerGuid, int line, String kind, String refElement) {
		for (String g : guids) {
			T target = c.registry.get(g, type);
			if (target == null) {
				c.report.notImported(kind, g, refElement, c.where(line), "<" + element + "> " + ownerGuid + " refers to "
						+ g + ", which is " + (c.registry.has(g) ? "not a " + type.getSimpleName().toLowerCase() : "not in the project"));
			} else if (!into.contains(target)) {
				into.add(target);
			}
		}
	}

	/** Memos of cases and sets, which only Excerpta's own additions to the archive carry. */
	private void extraMemos(Annotatable target, String element, int line) {
		if (c.extras != null && c.extras.memos.containsKey(target.getGuid())) {
			c.attachMemos(target, c.extras.memos.get(target.getGuid()), element, line);
		}
	}

	private void link(Qde.Link q) {
		Identified origin = c.registry.get(q.origin(), Identified.class);
		Identified target = c.registry.get(q.target(), Identified.class);
		if (origin == null || target == null || c.registry.has(q.guid())) {
			String missing = c.registry.has(q.guid()) ? "its GUID is used by another object of the file already"
					: "it links " + q.origin() + " to " + q.target() + ", and " + (origin == null ? q.origin() : q.target())
							+ " is not in the project";
			c.report.notImported(QdpxImportReport.LINK, q.guid(), "Link", c.where(q.line()), missing);
			return;
		}
		Link l = F.createLink();
		l.setGuid(q.guid());
		l.setName(q.name());
		l.setOrigin(origin);
		l.setTarget(target);
		LinkDirection direction = q.direction() == null ? null : LinkDirection.get(q.direction().strip());
		if (direction == null && q.direction() != null) {
			c.report.adjusted(QdpxImportReport.LINK, q.guid(), "Link", c.where(q.line()), "direction \"" + q.direction()
					+ "\" is not one of the standard's; read as Associative");
		}
		l.setDirection(direction == null ? LinkDirection.ASSOCIATIVE : direction);
		l.setColor(color(q.color(), q.guid(), q.line()));
		c.registry.claim(l);
		c.attachMemos(l, q.noteRefs(), "Link", q.line());
		c.batches.add(model(), Literals.PROJECT__LINKS, l, 1);
		c.report.imported(QdpxImportReport.LINK);
	}

	private String color(String color, String guid, int line) {
		if (color == null || color.isBlank()) {
			return null;
		}
		String s = color.strip();
		if (RGB3.matcher(s).matches()) {
			return "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
		}
		if (RGB6.matcher(s).matches()) {
			return s;
		}
		c.report.adjusted(QdpxImportReport.LINK, guid, "Link", c.where(line), "colour \"" + color
				+ "\" is not #RRGGBB; left empty");
		return null;
	}

	/** The project's own attributes and memos: the new project exists already, so these are commands. */
	private void project() {
		Qde.Project p = doc.project;
		Project model = model();
		var domain = c.project.editingDomain();
		// An archive from Excerpta says where the project itself came from; any other, which program wrote it.
		String origin = c.extras != null ? c.extras.origin : p.origin();
		if (origin != null) {
			c.batches.command(SetCommand.create(domain, model, Literals.PROJECT__ORIGIN, origin));
		}
		if (c.extras != null && c.extras.language != null) {
			c.batches.command(SetCommand.create(domain, model, Literals.PROJECT__LANGUAGE, c.extras.language));
		}
		if (p.description() != null) {
			c.batches.command(SetCommand.create(domain, model, Literals.PROJECT__DESCRIPTION, p.description()));
		}
		if (p.created() != null) {
			c.batches.command(SetCommand.create(domain, model, Literals.PROJECT__CREATED, p.created()));
		}
		User creator = c.user(p.creatingUser(), "Project", null, p.line());
		if (creator != null) {
			c.batches.command(SetCommand.create(domain, model, Literals.PROJECT__CREATING_USER, creator));
		}
		for (String ref : new java.util.LinkedHashSet<>(p.noteRefs())) {
			Memo m = c.registry.get(ref, Memo.class);
			if (m == null) {
				c.report.notImported(QdpxImportReport.MEMO_REF, ref, "NoteRef", c.where(p.line()),
						"the project refers to a note the file does not hold");
			} else {
				c.batches.add(model, Literals.ANNOTATABLE__MEMOS, m, 1);
			}
		}
	}
}
