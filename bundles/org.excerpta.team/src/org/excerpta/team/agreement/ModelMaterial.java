package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.NaturalOrder;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Source;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/** A study's material read from the loaded project: call it on the thread that owns the model. */
final class ModelMaterial implements StudyMaterial {

	private final ExcerptaProject project;

	ModelMaterial(ExcerptaProject project) {
		this.project = project;
	}

	@Override
	public String projectName() {
		return project.name();
	}

	@Override
	public List<User> users() {
		return project.model().getUsers();
	}

	@Override
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

	@Override
	public List<Code> topCodes() {
		return project.model().getCodebook().getCodes();
	}

	@Override
	public Code code(String path) {
		return CodePaths.require(project.model().getCodebook(), path);
	}

	@Override
	public List<TextSource> sourcesNamed(String name) {
		List<TextSource> named = new ArrayList<>();
		for (TextSource s : textSources()) {
			if (name.equals(s.getGuid())) {
				return List.of(s);
			}
			if (name.equals(s.getName())) {
				named.add(s);
			}
		}
		TextSource one = StudyMaterial.theOneNamed(named, name);
		if (one != null) {
			return List.of(one);
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

	@Override
	public List<TextSource> sourcesCodedBy(Collection<User> coders, boolean answersOnly) {
		Set<User> chosen = Set.copyOf(coders);
		List<TextSource> out = new ArrayList<>();
		for (TextSource s : textSources()) {
			if (answersOnly && s.getKind() != SourceKind.SURVEY_ANSWER) {
				continue;
			}
			if (codedBy(s, chosen)) {
				out.add(s);
			}
		}
		// As the index lists them (and the Project Explorer while a project loads), so that a study
		// from the index alone reports the same sources in the same order.
		out.sort(Comparator.comparing((TextSource s) -> s.getName() == null ? "" : s.getName(), NaturalOrder.NAMES)
				.thenComparing(TextSource::getGuid));
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

	@Override
	public boolean holds(EObject o) {
		return EcoreUtil.isAncestor(project.model(), o);
	}

	@Override
	public String kindOf(TextSource s) {
		return s.getKind() == null ? "text" : s.getKind().getLiteral().replace('-', ' ');
	}

	@Override
	public boolean knowsTurns() {
		return true;
	}

	@Override
	public void eachCoding(TextSource source, Collection<User> coders, CodingFound found) {
		for (TextSelection sel : source.getSelections()) {
			for (Coding c : sel.getCodings()) {
				found.coding(sel.getStart(), sel.getEnd(), c.getCoder(), c.getCode());
			}
		}
	}

	@Override
	public String text(TextSource source) {
		return project.text(source);
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
}
