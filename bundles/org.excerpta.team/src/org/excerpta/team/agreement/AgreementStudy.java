package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.core.coding.CodebookEditor;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * Inter-coder agreement over a project's codings: how far chosen coders agree on where chosen codes
 * apply in chosen sources, per code and pooled, at the level of characters, speaker turns,
 * paragraphs, lines, survey answers or coded passages (see {@link AgreementUnit}), with the passages
 * where they differ.
 * <p>
 * For every unit and code, a coder's value is "coded" or "not coded", and the report gives percent
 * agreement, Cohen's kappa (for exactly two coders), Fleiss' kappa and Krippendorff's alpha (nominal)
 * over those values ({@link org.excerpta.analysis.agreement}). The pooled row treats every (unit,
 * code) pair as one unit.
 * <p>
 * The command line resolves names with {@link #byName}; a view passes model objects to
 * {@link #settings}; both then call {@link #run}. The study only reads the project: call it on the
 * thread that owns the model (it reads texts from the project folder as it goes).
 */
public final class AgreementStudy {

	/** Disagreement excerpts longer than this many code points are cut, with an ellipsis. */
	public static final int EXCERPT_LIMIT = 200;

	private final ExcerptaProject project;

	public AgreementStudy(ExcerptaProject project) {
		this.project = Objects.requireNonNull(project, "project");
	}

	/** The users who have made at least one coding, in the project's order: the coders a view offers. */
	public List<User> codersWithCodings() {
		Set<User> coding = new LinkedHashSet<>();
		for (TextSource s : textSources()) {
			for (TextSelection sel : s.getSelections()) {
				for (Coding c : sel.getCodings()) {
					if (c.getCoder() != null) {
						coding.add(c.getCoder());
					}
				}
			}
		}
		return project.model().getUsers().stream().filter(coding::contains).toList();
	}

	/**
	 * Settings from names, as typed on the command line.
	 *
	 * @param coderNames     coders by name or id, at least two
	 * @param codePaths      code paths such as "Conflict / Relational"; null or empty for every code
	 *                       the coders applied in the sources
	 * @param sourceNames    sources by name or GUID, or names of sets whose sources to take; null or
	 *                       empty for the default (see {@link #settings})
	 * @param unit           character, turn, paragraph, line, answer or overlap
	 * @param includeUncoded whether units no chosen coder coded with any chosen code count
	 * @throws IllegalArgumentException naming the coder, code, source or unit that is not there
	 */
	public AgreementSettings byName(List<String> coderNames, List<String> codePaths, List<String> sourceNames, String unit,
			boolean includeUncoded) {
		AgreementUnit u = AgreementUnit.parse(unit);
		List<User> coders = new ArrayList<>();
		for (String name : coderNames == null ? List.<String>of() : coderNames) {
			coders.add(coder(name));
		}
		List<Code> codes = new ArrayList<>();
		if (codePaths != null) {
			CodebookEditor codebook = new CodebookEditor(project);
			for (String path : codePaths) {
				codes.add(codebook.find(path.strip()));
			}
		}
		List<TextSource> sources = new ArrayList<>();
		for (String name : sourceNames == null ? List.<String>of() : sourceNames) {
			for (TextSource s : sources(name.strip())) {
				if (!sources.contains(s)) {
					sources.add(s);
				}
			}
		}
		return settings(coders, codes, sources, u, includeUncoded);
	}

	/**
	 * Settings from model objects, with defaults filled in and everything checked.
	 * <ul>
	 * <li>No codes: every code (in codebook order) that one of the coders applied in the sources.</li>
	 * <li>No sources: every text source in which one of the coders coded anything, in the project's
	 * order (survey answers only, for the unit {@link AgreementUnit#ANSWER ANSWER}). Sources nobody
	 * coded are left out by default because nothing shows they were meant to be coded; to count
	 * them (with {@code includeUncoded}), choose them explicitly, e.g. through a set.</li>
	 * </ul>
	 *
	 * @throws IllegalArgumentException if fewer than two coders are given, something is not part of
	 *                                  this project, a source is not a survey answer for the unit
	 *                                  ANSWER, or there is no code to compare
	 */
	public AgreementSettings settings(List<User> coders, List<Code> codes, List<TextSource> sources, AgreementUnit unit,
			boolean includeUncoded) {
		Objects.requireNonNull(unit, "unit");
		if (coders.size() < 2) {
			throw new IllegalArgumentException("agreement needs at least two coders; " + coders.size() + " given"
					+ (coders.isEmpty() ? "" : " (" + coders.get(0).getName() + ")"));
		}
		coders.forEach(c -> checkInProject(c, "coder", c == null ? null : c.getName()));
		Set<User> distinct = new HashSet<>();
		for (User c : coders) {
			if (!distinct.add(c)) {
				throw new IllegalArgumentException("the coder \"" + c.getName() + "\" is chosen twice");
			}
		}
		codes.forEach(c -> checkInProject(c, "code", c == null ? null : c.getName()));
		sources.forEach(s -> checkInProject(s, "source", s == null ? null : s.getName()));
		if (unit == AgreementUnit.ANSWER) {
			for (TextSource s : sources) {
				if (s.getKind() != SourceKind.SURVEY_ANSWER) {
					throw new IllegalArgumentException("\"" + s.getName() + "\" is a " + kind(s)
							+ ", not a survey answer: the unit \"answer\" takes survey answers only (use turn, paragraph or line)");
				}
			}
		}
		List<TextSource> chosenSources = sources.isEmpty() ? defaultSources(coders, unit) : sources;
		List<Code> chosenCodes = codes.isEmpty() ? appliedCodes(coders, chosenSources) : codes;
		if (chosenCodes.isEmpty()) {
			throw new IllegalArgumentException("the coders " + names(coders) + " applied no code in the "
					+ (sources.isEmpty() ? "project's " + (unit == AgreementUnit.ANSWER ? "survey answers" : "sources") : "chosen sources")
					+ ": there is nothing to compare");
		}
		return new AgreementSettings(coders, chosenCodes, chosenSources, unit, includeUncoded);
	}

	/**
	 * Computes the study.
	 *
	 * @throws IllegalArgumentException if the settings name something that is not part of this project
	 */
	public AgreementReport run(AgreementSettings settings) {
		settings.coders().forEach(c -> checkInProject(c, "coder", c.getName()));
		settings.codes().forEach(c -> checkInProject(c, "code", c.getName()));
		settings.sources().forEach(s -> checkInProject(s, "source", s.getName()));
		return new StudyRun(project, settings).run();
	}

	private User coder(String nameOrId) {
		String n = nameOrId == null ? "" : nameOrId.strip();
		for (User u : project.model().getUsers()) {
			if (n.equals(u.getName())) {
				return u;
			}
		}
		for (User u : project.model().getUsers()) {
			if (n.equals(u.getId())) {
				return u;
			}
		}
		List<User> known = codersWithCodings().isEmpty() ? project.model().getUsers() : codersWithCodings();
		throw new IllegalArgumentException("there is no coder \"" + n + "\" in the project; "
				+ (known.isEmpty() ? "it has no coders yet" : "its coders are " + names(known)));
	}

	/** The sources a name stands for: a source's GUID, a source's name, or a set's name. */
	private List<TextSource> sources(String name) {
		List<TextSource> named = new ArrayList<>();
		for (TextSource s : textSources()) {
			if (name.equals(s.getGuid())) {
				return List.of(s);
			}
			if (name.equals(s.getName())) {
				named.add(s);
			}
		}
		if (named.size() > 1) {
			throw new IllegalArgumentException(named.size() + " sources are named \"" + name + "\"; give the GUID of the one you mean");
		}
		if (named.size() == 1) {
			return named;
		}
		for (ItemSet set : project.model().getSets()) {
			if (name.equals(set.getName())) {
				List<TextSource> members = set.getMemberSources().stream().filter(TextSource.class::isInstance)
						.map(TextSource.class::cast).toList();
				if (members.isEmpty()) {
					throw new IllegalArgumentException("the set \"" + name + "\" holds no text source");
				}
				return members;
			}
		}
		throw new IllegalArgumentException("there is no source or set named \"" + name + "\" in the project");
	}

	private List<TextSource> defaultSources(List<User> coders, AgreementUnit unit) {
		Set<User> chosen = Set.copyOf(coders);
		List<TextSource> out = new ArrayList<>();
		for (TextSource s : textSources()) {
			if (unit == AgreementUnit.ANSWER && s.getKind() != SourceKind.SURVEY_ANSWER) {
				continue;
			}
			if (codedBy(s, chosen)) {
				out.add(s);
			}
		}
		return out;
	}

	private static boolean codedBy(TextSource s, Set<User> coders) {
		for (TextSelection sel : s.getSelections()) {
			for (Coding c : sel.getCodings()) {
				if (coders.contains(c.getCoder())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The codes the coders applied in the sources, in codebook order (depth first). */
	private List<Code> appliedCodes(List<User> coders, List<TextSource> sources) {
		Set<User> chosen = Set.copyOf(coders);
		Set<Code> applied = new HashSet<>();
		for (TextSource s : sources) {
			for (TextSelection sel : s.getSelections()) {
				for (Coding c : sel.getCodings()) {
					if (chosen.contains(c.getCoder()) && c.getCode() != null) {
						applied.add(c.getCode());
					}
				}
			}
		}
		List<Code> out = new ArrayList<>();
		collect(project.model().getCodebook().getCodes(), applied, out);
		return out;
	}

	private static void collect(List<Code> codes, Set<Code> applied, List<Code> out) {
		for (Code c : codes) {
			if (applied.contains(c)) {
				out.add(c);
			}
			collect(c.getChildren(), applied, out);
		}
	}

	private List<TextSource> textSources() {
		List<TextSource> out = new ArrayList<>();
		for (Source s : project.model().getSources()) {
			if (s instanceof TextSource t) {
				out.add(t);
			}
		}
		return out;
	}

	private void checkInProject(EObject o, String what, String name) {
		if (o == null) {
			throw new IllegalArgumentException("no " + what + " given (null)");
		}
		if (!EcoreUtil.isAncestor(project.model(), o)) {
			throw new IllegalArgumentException("the " + what + " \"" + (o instanceof Code c ? CodePaths.pathOf(c) : name)
					+ "\" is not part of the project \"" + project.name() + "\"");
		}
	}

	private static String kind(TextSource s) {
		return s.getKind() == null ? "text" : s.getKind().getLiteral().replace('-', ' ');
	}

	private static String names(List<User> users) {
		return users.stream().map(User::getName).collect(Collectors.joining(", "));
	}
}
