package org.excerpta.exchange.qdpx;

import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.core.coding.CodebookQdc;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.Identified;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.Memo;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.excerpta.model.VariableValue;

/**
 * Writes a project as a REFI-QDA project file (QDA-XML 1.0, Project.xsd of March 2019), element
 * by element in the order the schema requires. Texts held in files are referred to as
 * {@code internal://<guid>.txt}; short texts go inline as PlainTextContent. Memos are Notes,
 * referred to by NoteRef wherever the schema has one.
 */
final class QdeWriter {

	private static final Pattern RGB = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");
	private static final Pattern BOOLEAN = Pattern.compile("true|false|1|0");
	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
	private static final Pattern DATE = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?");
	private static final Pattern DATE_TIME = Pattern
			.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

	private final Project project;
	private final List<String> warnings;
	private XmlOut x;

	QdeWriter(Project project, List<String> warnings) {
		this.project = project;
		this.warnings = warnings;
	}

	/** The archive path of a source's text file. */
	static String textPath(TextSource s) {
		return "internal://" + s.getGuid() + ".txt";
	}

	/** Whether a source's text goes into the archive as a file (else inline). */
	static boolean hasTextFile(TextSource s) {
		return s.getPlainTextPath() != null;
	}

	void write(OutputStream out) throws XMLStreamException {
		x = new XmlOut(out, CodebookQdc.PROJECT_NAMESPACE, warnings);
		x.root("Project");
		x.attr("name", project.getName() == null ? "" : project.getName());
		x.attr("origin", CodebookQdc.ORIGIN);
		x.attr("creatingUserGUID", guid(project.getCreatingUser()));
		x.attr("creationDateTime", Dates.format(project.getCreated()));
		x.attr("modifiedDateTime", Dates.format(new Date()));
		users();
		codebook();
		variables();
		cases();
		sources();
		notes();
		links();
		sets();
		if (project.getDescription() != null) {
			x.textElement("Description", project.getDescription());
		}
		noteRefs(project.getMemos(), "the project");
		x.finish();
	}

	private void users() throws XMLStreamException {
		if (project.getUsers().isEmpty()) {
			return;
		}
		x.start("Users");
		for (User u : project.getUsers()) {
			x.empty("User");
			x.attr("guid", u.getGuid());
			x.attr("name", u.getName());
			x.attr("id", u.getId());
		}
		x.end();
	}

	private void codebook() throws XMLStreamException {
		if (project.getCodebook() == null || project.getCodebook().getCodes().isEmpty()) {
			return; // the schema wants at least one code in a CodeBook
		}
		x.start("CodeBook");
		x.start("Codes");
		for (Code c : project.getCodebook().getCodes()) {
			code(c);
		}
		x.end();
		x.end();
	}

	private void code(Code c) throws XMLStreamException {
		boolean leaf = (c.getDescription() == null || c.getDescription().isEmpty()) && c.getMemos().isEmpty()
				&& c.getChildren().isEmpty();
		if (leaf) {
			x.empty("Code");
		} else {
			x.start("Code");
		}
		x.attr("guid", c.getGuid());
		x.attr("name", c.getName() == null ? "" : c.getName());
		x.attr("isCodable", Boolean.toString(c.isCodable()));
		x.attr("color", color(c.getColor(), "the code \"" + c.getName() + "\""));
		if (leaf) {
			return;
		}
		if (c.getDescription() != null && !c.getDescription().isEmpty()) {
			x.textElement("Description", c.getDescription());
		}
		noteRefs(c.getMemos(), "the code \"" + c.getName() + "\"");
		for (Code child : c.getChildren()) {
			code(child);
		}
		x.end();
	}

	private void variables() throws XMLStreamException {
		if (project.getVariables().isEmpty()) {
			return;
		}
		x.start("Variables");
		for (Variable v : project.getVariables()) {
			x.start("Variable");
			x.attr("guid", v.getGuid());
			x.attr("name", v.getName() == null ? "" : v.getName());
			x.attr("typeOfVariable", (v.getType() == null ? VariableType.TEXT : v.getType()).getLiteral());
			if (v.getDescription() != null) {
				x.textElement("Description", v.getDescription());
			}
			x.end();
		}
		x.end();
	}

	private void cases() throws XMLStreamException {
		if (project.getCases().isEmpty()) {
			return;
		}
		x.start("Cases");
		for (Case c : project.getCases()) {
			x.start("Case");
			x.attr("guid", c.getGuid());
			x.attr("name", c.getName());
			if (c.getDescription() != null) {
				x.textElement("Description", c.getDescription());
			}
			refs("CodeRef", c.getCodes(), "the case \"" + c.getName() + "\"");
			for (VariableValue v : c.getValues()) {
				value(v);
			}
			refs("SourceRef", c.getSources(), "the case \"" + c.getName() + "\"");
			refs("SelectionRef", c.getSelections(), "the case \"" + c.getName() + "\"");
			x.end();
		}
		x.end();
	}

	/** A value in the element of its variable's type; one not in that type's lexical form goes as text. */
	private void value(VariableValue v) throws XMLStreamException {
		if (v.getVariable() == null || !inProject(v.getVariable())) {
			warnings.add("a value (" + v.getValue() + ") of no variable of the project was left out");
			return;
		}
		x.start("VariableValue");
		x.empty("VariableRef");
		x.attr("targetGUID", v.getVariable().getGuid());
		String value = v.getValue();
		if (value != null) {
			VariableType type = v.getVariable().getType() == null ? VariableType.TEXT : v.getVariable().getType();
			String element = switch (type) {
			case BOOLEAN -> BOOLEAN.matcher(value).matches() ? "BooleanValue" : null;
			case INTEGER -> INTEGER.matcher(value).matches() ? "IntegerValue" : null;
			case FLOAT -> DECIMAL.matcher(value).matches() ? "FloatValue" : null;
			case DATE -> DATE.matcher(value).matches() ? "DateValue" : null;
			case DATE_TIME -> DATE_TIME.matcher(value).matches() ? "DateTimeValue" : null;
			default -> "TextValue";
			};
			if (element == null) {
				warnings.add("the value \"" + value + "\" of " + v.getVariable().getName() + " is not a " + type.getLiteral()
						+ " in XML Schema's form; written as text");
				element = "TextValue";
			}
			x.textElement(element, value);
		}
		x.end();
	}

	private void sources() throws XMLStreamException {
		boolean any = false;
		for (Source s : project.getSources()) {
			if (!(s instanceof TextSource t)) {
				warnings.add("the source \"" + s.getName() + "\" is not a text source; left out");
				continue;
			}
			if (!any) {
				x.start("Sources");
				any = true;
			}
			textSource(t);
		}
		if (any) {
			x.end();
		}
	}

	private void textSource(TextSource s) throws XMLStreamException {
		x.start("TextSource");
		x.attr("guid", s.getGuid());
		x.attr("name", s.getName());
		if (hasTextFile(s)) {
			x.attr("plainTextPath", textPath(s));
		}
		x.attr("creatingUser", guid(s.getCreatingUser()));
		x.attr("creationDateTime", Dates.format(s.getCreated()));
		x.attr("modifiedDateTime", Dates.format(s.getModified()));
		if (s.getDescription() != null) {
			x.textElement("Description", s.getDescription());
		}
		if (!hasTextFile(s)) {
			x.textElement("PlainTextContent", s.getPlainTextContent() == null ? "" : s.getPlainTextContent());
		}
		for (TextSelection sel : s.getSelections()) {
			selection(sel);
		}
		noteRefs(s.getMemos(), "the source \"" + s.getName() + "\"");
		for (VariableValue v : s.getValues()) {
			value(v);
		}
		x.end();
	}

	private void selection(TextSelection sel) throws XMLStreamException {
		x.start("PlainTextSelection");
		x.attr("guid", sel.getGuid());
		x.attr("name", sel.getName());
		x.attr("startPosition", Integer.toString(sel.getStart()));
		x.attr("endPosition", Integer.toString(sel.getEnd()));
		x.attr("creatingUser", guid(sel.getCreatingUser()));
		x.attr("creationDateTime", Dates.format(sel.getCreated()));
		for (Coding c : sel.getCodings()) {
			coding(c);
		}
		noteRefs(sel.getMemos(), "a selection");
		x.end();
	}

	private void coding(Coding c) throws XMLStreamException {
		if (c.getCode() == null || !inProject(c.getCode())) {
			warnings.add("the coding " + c.getGuid() + " has no code of the project; left out");
			return;
		}
		x.start("Coding");
		x.attr("guid", c.getGuid());
		x.attr("creatingUser", guid(c.getCoder()));
		x.attr("creationDateTime", Dates.format(c.getCreated()));
		x.empty("CodeRef");
		x.attr("targetGUID", c.getCode().getGuid());
		noteRefs(c.getMemos(), "a coding");
		x.end();
	}

	private void notes() throws XMLStreamException {
		if (project.getNotes().isEmpty()) {
			return;
		}
		x.start("Notes");
		for (Memo m : project.getNotes()) {
			x.start("Note");
			x.attr("guid", m.getGuid());
			x.attr("name", m.getName());
			x.attr("creatingUser", guid(m.getCreatingUser()));
			x.attr("creationDateTime", Dates.format(m.getCreated()));
			x.attr("modifiedDateTime", Dates.format(m.getModified()));
			x.textElement("PlainTextContent", m.getText() == null ? "" : m.getText());
			x.end();
		}
		x.end();
	}

	private void links() throws XMLStreamException {
		if (project.getLinks().isEmpty()) {
			return;
		}
		x.start("Links");
		for (Link l : project.getLinks()) {
			x.start("Link");
			x.attr("guid", l.getGuid());
			x.attr("name", l.getName());
			x.attr("direction", l.getDirection() == null ? null : l.getDirection().getLiteral());
			x.attr("color", color(l.getColor(), "the link \"" + l.getName() + "\""));
			x.attr("originGUID", l.getOrigin() != null && inProject(l.getOrigin()) ? l.getOrigin().getGuid() : null);
			x.attr("targetGUID", l.getTarget() != null && inProject(l.getTarget()) ? l.getTarget().getGuid() : null);
			noteRefs(l.getMemos(), "the link \"" + l.getName() + "\"");
			x.end();
		}
		x.end();
	}

	private void sets() throws XMLStreamException {
		if (project.getSets().isEmpty()) {
			return;
		}
		x.start("Sets");
		for (ItemSet s : project.getSets()) {
			x.start("Set");
			x.attr("guid", s.getGuid());
			x.attr("name", s.getName() == null ? "" : s.getName());
			if (s.getDescription() != null) {
				x.textElement("Description", s.getDescription());
			}
			refs("MemberCode", s.getMemberCodes(), "the set \"" + s.getName() + "\"");
			refs("MemberSource", s.getMemberSources(), "the set \"" + s.getName() + "\"");
			refs("MemberNote", s.getMemberMemos(), "the set \"" + s.getName() + "\"");
			x.end();
		}
		x.end();
	}

	private void noteRefs(List<Memo> memos, String owner) throws XMLStreamException {
		refs("NoteRef", memos, owner);
	}

	/** Reference elements; a reference to something no longer in the project is left out (and noted). */
	private void refs(String element, List<? extends Identified> targets, String owner) throws XMLStreamException {
		for (Identified t : targets) {
			if (!inProject(t)) {
				warnings.add("a reference (" + element + ") of " + owner + " to something no longer in the project was left out");
				continue;
			}
			x.empty(element);
			x.attr("targetGUID", t.getGuid());
		}
	}

	private boolean inProject(EObject o) {
		return EcoreUtil.isAncestor(project, o);
	}

	private String guid(User u) {
		return u != null && inProject(u) ? u.getGuid() : null;
	}

	private String color(String color, String owner) {
		if (color == null) {
			return null;
		}
		if (!RGB.matcher(color).matches()) {
			warnings.add("the colour \"" + color + "\" of " + owner + " is not #RRGGBB; left out");
			return null;
		}
		return color;
	}
}
