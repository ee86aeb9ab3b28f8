package org.excerpta.core.coding;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * The act of coding: applying codes to passages of text. Offsets are Unicode code points from 0,
 * end exclusive, as in the model. Each method is one command: undoable, and on disk when it returns.
 */
public final class Coder {

	/** In-vivo code names longer than this are cut: a code name is a label, not a quotation. */
	public static final int IN_VIVO_MAX = 60;

	private final ExcerptaProject project;

	public Coder(ExcerptaProject project) {
		this.project = project;
	}

	private EditingDomain domain() {
		return project.editingDomain();
	}

	/**
	 * Who codes when nobody is named, the same in the workbench and on the command line:
	 * {@code $EXCERPTA_CODER}, else the login name.
	 */
	public static String defaultName() {
		String env = System.getenv("EXCERPTA_CODER");
		return env != null && !env.isBlank() ? env.strip() : System.getProperty("user.name", "coder");
	}

	/** The project's user of that name, added if there is none (a change of its own). */
	public User coder(String name) {
		User u = coderFor(name);
		Command adding = addingIfNew(u);
		if (adding != null) {
			project.execute(CodebookEditor.label(adding, "Add coder " + u.getName()));
		}
		return u;
	}

	/**
	 * The project's user of that name; when there is none, a new one not yet in the project, whom the
	 * first change that codes as them adds, as part of that change. Coding, autocoding and in-vivo
	 * coding do: so that Edit > Undo of a new coder's first coding takes the coder back with it, and
	 * a question declined adds nobody.
	 */
	public User coderFor(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a coder needs a name");
		}
		String n = name.strip();
		User known = userNamed(n);
		return known != null ? known : ModelElements.user(n, n);
	}

	private User userNamed(String name) {
		for (User u : project.model().getUsers()) {
			if (name.equals(u.getName())) {
				return u;
			}
		}
		return null;
	}

	/**
	 * The command that adds a coder new to the project ({@link #coderFor}) to it, to run first in the
	 * change that codes as them; null when they are in the project already.
	 *
	 * @throws IllegalArgumentException for a new coder whose name a user of the project has already
	 */
	public Command addingIfNew(User coder) {
		if (coder == null) {
			throw new IllegalArgumentException("no coder given");
		}
		if (coder.eContainer() != null || coder.eResource() != null) {
			checkInProject(coder, "coder");
			return null;
		}
		if (coder.getName() == null || userNamed(coder.getName()) != null) {
			throw new IllegalArgumentException("the project has a coder \"" + coder.getName() + "\" already: code as that one");
		}
		return AddCommand.create(domain(), project.model(), Literals.PROJECT__USERS, coder);
	}

	/** A change that codes, with a new coder added at its start (one step to undo); {@code addingCoder} from {@link #addingIfNew}. */
	private static Command withCoder(Command addingCoder, Command change) {
		if (addingCoder == null) {
			return change;
		}
		CompoundCommand both = new CompoundCommand(change.getLabel());
		both.append(addingCoder);
		both.append(change);
		return both;
	}

	/**
	 * Codes [start, end) of a source. The selection of exactly that passage is reused if there is
	 * one; coding it again with the same code by the same coder returns the coding already there.
	 */
	public Coding code(TextSource source, int start, int end, Code code, User coder) {
		checkPassage(source, start, end);
		checkCodable(code);
		Command addingCoder = addingIfNew(coder); // checks the coder: in the project, or new to it
		TextSelection sel = selectionAt(source, start, end);
		if (sel != null) {
			Coding existing = codingOf(sel, code, coder);
			if (existing != null) {
				return existing;
			}
		}
		Coding coding = newCoding(code, coder);
		project.execute(withCoder(addingCoder, CodebookEditor.label(addCoding(source, sel, start, end, coding, coder), "Code " + code.getName())));
		return coding;
	}

	/** Removes a coding, and its selection when nothing else (coding or memo) is left on it. */
	public void uncode(Coding coding) {
		uncode(List.of(coding));
	}

	/**
	 * Removes codings as one undoable step (the excerpts chosen in a retrieval, say), and each
	 * selection left with no coding and no memo. A coding named twice is removed once.
	 */
	public void uncode(java.util.Collection<Coding> codings) {
		java.util.Set<Coding> distinct = new java.util.LinkedHashSet<>(codings);
		if (distinct.isEmpty()) {
			return;
		}
		distinct.forEach(c -> checkInProject(c, "coding"));
		Coding first = distinct.iterator().next();
		CompoundCommand cmd = new CompoundCommand(distinct.size() == 1 ? "Uncode " + first.getCode().getName()
				: "Uncode " + distinct.size() + " codings");
		Codings.removeReferences(domain(), project.model(), Codings.remove(domain(), distinct, cmd), cmd);
		project.execute(cmd);
	}

	/**
	 * Gives a coding another code. Where the same coder has already coded the selection with the
	 * new code, this coding goes instead (its memos join the other one), so a passage never
	 * carries the same code twice from one coder.
	 */
	public void recode(Coding coding, Code newCode) {
		checkInProject(coding, "coding");
		checkCodable(newCode);
		if (coding.getCode() == newCode) {
			return;
		}
		TextSelection sel = (TextSelection) coding.eContainer();
		Coding other = codingOf(sel, newCode, coding.getCoder());
		CompoundCommand cmd = new CompoundCommand("Recode to " + newCode.getName());
		if (other == null) {
			cmd.append(SetCommand.create(domain(), coding, Literals.CODING__CODE, newCode));
		} else {
			List<?> memos = coding.getMemos().stream().filter(m -> !other.getMemos().contains(m)).toList();
			if (!memos.isEmpty()) {
				cmd.append(AddCommand.create(domain(), other, Literals.ANNOTATABLE__MEMOS, memos));
			}
			cmd.append(RemoveCommand.create(domain(), sel, Literals.TEXT_SELECTION__CODINGS, coding));
			Codings.removeReferences(domain(), project.model(), java.util.Set.of(coding), cmd);
		}
		project.execute(cmd);
	}

	/** Moves the ends of a selection (all its codings go with it). */
	public void resize(TextSelection selection, int start, int end) {
		checkInProject(selection, "selection");
		TextSource source = (TextSource) selection.eContainer();
		checkPassage(source, start, end);
		if (selection.getStart() == start && selection.getEnd() == end) {
			return;
		}
		TextSelection other = selectionAt(source, start, end);
		if (other != null) {
			throw new IllegalArgumentException("another selection already covers [" + start + ", " + end + ") in \""
					+ source.getName() + "\"; code that one instead");
		}
		CompoundCommand cmd = new CompoundCommand("Resize selection");
		cmd.append(SetCommand.create(domain(), selection, Literals.TEXT_SELECTION__START, start));
		cmd.append(SetCommand.create(domain(), selection, Literals.TEXT_SELECTION__END, end));
		project.execute(cmd);
	}

	/**
	 * Codes a passage with a new code named by its own words (in-vivo coding). The name is the
	 * passage with its white space collapsed, cut to {@value #IN_VIVO_MAX} characters; if the
	 * parent already has a code of that name, that code is used.
	 */
	public Code inVivo(TextSource source, int start, int end, Code parent, User coder) {
		checkPassage(source, start, end);
		Command addingCoder = addingIfNew(coder);
		if (parent != null) {
			checkInProject(parent, "parent code");
		}
		String name = inVivoName(project.text(source), start, end);
		List<Code> siblings = parent == null ? project.model().getCodebook().getCodes() : parent.getChildren();
		Code existing = CodePaths.clash(siblings, name, null);
		if (existing != null) {
			code(source, start, end, existing, coder);
			return existing;
		}
		Code code = ModelElements.code(name, new CodeColors(project.model().getCodebook()).next(), null, true);
		CompoundCommand cmd = new CompoundCommand("In-vivo code " + name);
		cmd.append(AddCommand.create(domain(), parent == null ? project.model().getCodebook() : parent,
				CodePaths.feature(parent), code));
		cmd.append(addCoding(source, selectionAt(source, start, end), start, end, newCoding(code, coder), coder));
		project.execute(withCoder(addingCoder, cmd));
		return code;
	}

	/**
	 * The name an in-vivo code gets from the passage [start, end) of a text (in code points): its
	 * words with white space collapsed, cut to {@value #IN_VIVO_MAX} characters. Also used by the
	 * index's in-vivo coding while a project loads, so that both name codes alike.
	 *
	 * @throws IllegalArgumentException when the passage holds no words
	 */
	public static String inVivoName(String text, int start, int end) {
		String words = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
		String name = words.replaceAll("\\s+", " ").strip().replace(CodePaths.SEPARATOR, "/");
		if (name.isEmpty()) {
			throw new IllegalArgumentException("the passage holds no words to name a code by");
		}
		if (name.codePointCount(0, name.length()) > IN_VIVO_MAX) {
			name = name.substring(0, name.offsetByCodePoints(0, IN_VIVO_MAX)).strip();
		}
		return name;
	}

	/** The selection of exactly [start, end) in a source, or null. */
	public static TextSelection selectionAt(TextSource source, int start, int end) {
		for (TextSelection s : source.getSelections()) {
			if (s.getStart() == start && s.getEnd() == end) {
				return s;
			}
		}
		return null;
	}

	private static Coding codingOf(TextSelection sel, Code code, User coder) {
		for (Coding c : sel.getCodings()) {
			if (c.getCode() == code && c.getCoder() == coder) {
				return c;
			}
		}
		return null;
	}

	private static Coding newCoding(Code code, User coder) {
		Coding c = ExcerptaFactory.eINSTANCE.createCoding();
		c.setGuid(ProjectStore.newGuid());
		c.setCode(code);
		c.setCoder(coder);
		c.setCreated(new Date());
		return c;
	}

	/** Adds the coding to the selection, or a new selection holding it, kept in text order. */
	private Command addCoding(TextSource source, TextSelection sel, int start, int end, Coding coding, User coder) {
		if (sel != null) {
			return AddCommand.create(domain(), sel, Literals.TEXT_SELECTION__CODINGS, coding);
		}
		TextSelection s = ExcerptaFactory.eINSTANCE.createTextSelection();
		s.setGuid(ProjectStore.newGuid());
		s.setStart(start);
		s.setEnd(end);
		s.setCreatingUser(coder);
		s.setCreated(coding.getCreated());
		s.getCodings().add(coding);
		return AddCommand.create(domain(), source, Literals.TEXT_SOURCE__SELECTIONS, s, placeInTextOrder(source.getSelections(), start, end));
	}

	/**
	 * Where a new selection of [start, end) goes among a source's selections, which are kept in text
	 * order: after those that start earlier, or end earlier at the same start (also the Autocoder's rule).
	 */
	public static int placeInTextOrder(List<TextSelection> selections, int start, int end) {
		int index = 0;
		while (index < selections.size() && (selections.get(index).getStart() < start
				|| selections.get(index).getStart() == start && selections.get(index).getEnd() < end)) {
			index++;
		}
		return index;
	}

	private void checkPassage(TextSource source, int start, int end) {
		checkInProject(source, "source");
		if (start < 0 || start >= end || end > source.getLength()) {
			throw new IllegalArgumentException("[" + start + ", " + end + ") is not a passage of \"" + source.getName()
					+ "\", which is " + source.getLength() + " characters long (0 <= start < end <= length)");
		}
	}

	private void checkCodable(Code code) {
		checkInProject(code, "code");
		if (!code.isCodable()) {
			throw new IllegalArgumentException("\"" + CodePaths.pathOf(code) + "\" is not codable (it only groups other codes); "
					+ "code one of its sub-codes instead");
		}
	}

	private void checkInProject(EObject o, String what) {
		if (o == null) {
			throw new IllegalArgumentException("no " + what + " given");
		}
		if (!EcoreUtil.isAncestor(project.model(), o)) {
			throw new IllegalArgumentException("the " + what + " is not part of this project");
		}
	}
}
