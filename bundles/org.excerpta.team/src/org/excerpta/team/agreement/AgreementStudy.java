package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.ProjectIndex;
import org.excerpta.model.Code;
import org.excerpta.model.SourceKind;
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
 * thread that owns the model (it reads texts from the project folder as it goes, and each
 * disagreement reads its excerpt when first asked).
 * <p>
 * A study made {@linkplain #fromIndex from the index alone} reads no model: the coders and codes are
 * the index outline's copies and the sources stand-ins with the project's GUIDs; the figures,
 * notes and disagreements are the model's. It computes every unit but the speaker turn, and knows
 * sources by name or GUID but not sets; for those it throws {@link ModelNeeded}, and the caller
 * opens the project.
 */
public final class AgreementStudy {

	/** Disagreement excerpts longer than this many code points are cut, with an ellipsis. */
	public static final int EXCERPT_LIMIT = 200;

	/**
	 * Thrown by a study {@linkplain #fromIndex made from the index alone} when it is asked what only
	 * the loaded project knows (a set of sources, the speaker turns): open the project and study it.
	 */
	public static final class ModelNeeded extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ModelNeeded(String why) {
			super(why);
		}
	}

	private final StudyMaterial material;

	/** A study of a loaded project. */
	public AgreementStudy(ExcerptaProject project) {
		this(new ModelMaterial(Objects.requireNonNull(project, "project")));
	}

	private AgreementStudy(StudyMaterial material) {
		this.material = material;
	}

	/**
	 * A study of the project as its index holds it, without the model: at a million answers the
	 * codings are read in about a second, where the model takes fifteen or more. Its disagreements
	 * read their excerpts from the index: ask for them before the index is closed.
	 */
	public static AgreementStudy fromIndex(ProjectIndex index) {
		return new AgreementStudy(new IndexMaterial(Objects.requireNonNull(index, "index")));
	}

	/** The users who have made at least one coding, in the project's order: the coders a view offers. */
	public List<User> codersWithCodings() {
		return material.codersWithCodings();
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
	 * @throws ModelNeeded              from the index alone, for a set or the unit "turn"
	 */
	public AgreementSettings byName(List<String> coderNames, List<String> codePaths, List<String> sourceNames, String unit,
			boolean includeUncoded) {
		AgreementUnit u = AgreementUnit.parse(unit);
		requireTurnsKnown(u);
		List<User> coders = new ArrayList<>();
		for (String name : coderNames == null ? List.<String>of() : coderNames) {
			coders.add(coder(name));
		}
		List<Code> codes = new ArrayList<>();
		if (codePaths != null) {
			for (String path : codePaths) {
				codes.add(material.code(path.strip()));
			}
		}
		List<TextSource> sources = new ArrayList<>();
		for (String name : sourceNames == null ? List.<String>of() : sourceNames) {
			for (TextSource s : material.sourcesNamed(name.strip())) {
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
	 * <li>No sources: every text source in which one of the coders coded anything, in the natural
	 * order of their names, as the Project Explorer lists them ("Interview 2" before "Interview 10";
	 * survey answers only, for the unit {@link AgreementUnit#ANSWER ANSWER}). Sources nobody
	 * coded are left out by default because nothing shows they were meant to be coded; to count
	 * them (with {@code includeUncoded}), choose them explicitly, e.g. through a set.</li>
	 * </ul>
	 *
	 * @throws IllegalArgumentException if fewer than two coders are given, something is not part of
	 *                                  this project, a source is not a survey answer for the unit
	 *                                  ANSWER, or there is no code to compare
	 * @throws ModelNeeded              from the index alone, for the unit "turn"
	 */
	public AgreementSettings settings(List<User> coders, List<Code> codes, List<TextSource> sources, AgreementUnit unit,
			boolean includeUncoded) {
		Objects.requireNonNull(unit, "unit");
		requireTurnsKnown(unit);
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
					throw new IllegalArgumentException("\"" + s.getName() + "\" is a " + material.kindOf(s)
							+ ", not a survey answer: the unit \"answer\" takes survey answers only (use turn, paragraph or line)");
				}
			}
		}
		List<TextSource> chosenSources = sources.isEmpty() ? material.sourcesCodedBy(coders, unit == AgreementUnit.ANSWER) : sources;
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
	 * @throws ModelNeeded              from the index alone, for the unit "turn"
	 */
	public AgreementReport run(AgreementSettings settings) {
		requireTurnsKnown(settings.unit());
		settings.coders().forEach(c -> checkInProject(c, "coder", c.getName()));
		settings.codes().forEach(c -> checkInProject(c, "code", c.getName()));
		settings.sources().forEach(s -> checkInProject(s, "source", s.getName()));
		return new StudyRun(material, settings).run();
	}

	private void requireTurnsKnown(AgreementUnit unit) {
		if (unit == AgreementUnit.TURN && !material.knowsTurns()) {
			throw new ModelNeeded("the speaker turns are known to the project, not to its index");
		}
	}

	private User coder(String nameOrId) {
		String n = nameOrId == null ? "" : nameOrId.strip();
		for (User u : material.users()) {
			if (n.equals(u.getName())) {
				return u;
			}
		}
		for (User u : material.users()) {
			if (n.equals(u.getId())) {
				return u;
			}
		}
		List<User> known = codersWithCodings().isEmpty() ? material.users() : codersWithCodings();
		throw new IllegalArgumentException("there is no coder \"" + n + "\" in the project; "
				+ (known.isEmpty() ? "it has no coders yet" : "its coders are " + names(known)));
	}

	/** The codes the coders applied in the sources, in codebook order (depth first). */
	private List<Code> appliedCodes(List<User> coders, List<TextSource> sources) {
		Set<User> chosen = Set.copyOf(coders);
		Set<Code> applied = new HashSet<>();
		for (TextSource s : sources) {
			material.eachCoding(s, coders, (start, end, coder, code) -> {
				if (code != null && chosen.contains(coder)) {
					applied.add(code);
				}
			});
		}
		List<Code> out = new ArrayList<>();
		collect(material.topCodes(), applied, out);
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

	private void checkInProject(EObject o, String what, String name) {
		if (o == null) {
			throw new IllegalArgumentException("no " + what + " given (null)");
		}
		if (!material.holds(o)) {
			throw new IllegalArgumentException("the " + what + " \"" + (o instanceof Code c ? CodePaths.pathOf(c) : name)
					+ "\" is not part of the project \"" + material.projectName() + "\"");
		}
	}

	private static String names(List<User> users) {
		return users.stream().map(User::getName).collect(Collectors.joining(", "));
	}
}
