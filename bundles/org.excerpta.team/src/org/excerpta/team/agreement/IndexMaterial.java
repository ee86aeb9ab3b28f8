package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.excerpta.core.coding.CodePaths;
import org.excerpta.index.CodingsOfCoders;
import org.excerpta.index.ListedSource;
import org.excerpta.index.ProjectIndex;
import org.excerpta.index.ProjectOutline;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * A study's material read from the project's index alone: the coders and codebook from the index's
 * outline, the sources and codings from {@link CodingsOfCoders}. A source is a stand-in made for
 * the study (its GUID, name, kind and length), as the outline's codes and coders are copies with
 * the project's GUIDs. The index does not know sets, nor speaker turns as turns: those need the
 * model ({@link AgreementStudy.ModelNeeded}). It keeps codings already cut to their source's text,
 * so the note on codings that reach past the end of their text (a damaged or hand-edited project)
 * comes only from the model.
 */
final class IndexMaterial implements StudyMaterial {

	private final ProjectIndex index;
	private final ProjectOutline outline;
	private final Map<String, TextSource> standIns = new HashMap<>();
	private CodingsOfCoders read;
	private List<User> readFor = List.of();

	IndexMaterial(ProjectIndex index) {
		this.index = index;
		this.outline = index.outline();
	}

	@Override
	public String projectName() {
		return outline.name();
	}

	@Override
	public List<User> users() {
		return outline.coders();
	}

	@Override
	public List<User> codersWithCodings() {
		Set<String> coding = Set.copyOf(index.codersWithCodings());
		return outline.coders().stream().filter(u -> coding.contains(u.getGuid())).toList();
	}

	@Override
	public List<Code> topCodes() {
		return outline.codebook().getCodes();
	}

	@Override
	public Code code(String path) {
		return CodePaths.require(outline.codebook(), path);
	}

	@Override
	public List<TextSource> sourcesNamed(String name) {
		CodingsOfCoders codings = codings(List.of());
		ListedSource byGuid = codings.source(name);
		if (byGuid != null) {
			return List.of(standIn(byGuid));
		}
		List<ListedSource> named = codings.sources().stream().filter(s -> name.equals(s.name())).toList();
		ListedSource one = StudyMaterial.theOneNamed(named, name);
		if (one != null) {
			return List.of(standIn(one));
		}
		throw new AgreementStudy.ModelNeeded("\"" + name + "\" is not a source's name; the project knows whether it is a set's");
	}

	@Override
	public List<TextSource> sourcesCodedBy(Collection<User> coders, boolean answersOnly) {
		CodingsOfCoders codings = codings(coders);
		boolean[] chosen = chosen(coders);
		boolean[] coded = { false };
		List<TextSource> out = new ArrayList<>();
		for (ListedSource s : codings.sources()) {
			if ((answersOnly && !s.surveyAnswer()) || !codings.isCoded(s.guid())) {
				continue;
			}
			coded[0] = false;
			codings.eachCoding(s.guid(), (start, end, code, coder) -> coded[0] |= chosen[coder]);
			if (coded[0]) {
				out.add(standIn(s));
			}
		}
		return out;
	}

	@Override
	public boolean holds(EObject o) {
		return switch (o) {
		case User u -> outline.coders().contains(u);
		case Code c -> EcoreUtil.isAncestor(outline.codebook(), c);
		case TextSource s -> standIns.get(s.getGuid()) == s;
		default -> false;
		};
	}

	@Override
	public String kindOf(TextSource source) {
		return source.getKind() == SourceKind.SURVEY_ANSWER ? "survey answer" : "document or transcript";
	}

	@Override
	public boolean knowsTurns() {
		return false;
	}

	@Override
	public void eachCoding(TextSource source, Collection<User> coders, CodingFound found) {
		CodingsOfCoders codings = codings(coders);
		List<User> those = readFor;
		codings.eachCoding(source.getGuid(), (start, end, code, coder) -> found.coding(start, end, those.get(coder), outline.code(code)));
	}

	@Override
	public String text(TextSource source) {
		return read.text(source.getGuid());
	}

	/**
	 * The codings of these coders at least, read once: of every coder the outline knows when they are
	 * few enough to be told apart (nearly always), so that choosing other coders reads nothing again.
	 */
	private CodingsOfCoders codings(Collection<User> coders) {
		if (read == null || !new HashSet<>(readFor).containsAll(coders)) {
			List<User> all = outline.coders().size() <= Byte.MAX_VALUE ? outline.coders() : List.copyOf(coders);
			read = index.codingsOf(all.stream().map(User::getGuid).toList());
			readFor = all;
		}
		return read;
	}

	private boolean[] chosen(Collection<User> coders) {
		boolean[] chosen = new boolean[readFor.size()];
		for (int i = 0; i < readFor.size(); i++) {
			chosen[i] = coders.contains(readFor.get(i));
		}
		return chosen;
	}

	/** The study's stand-in for a source the index lists: one per GUID, so that settings can tell sources apart. */
	private TextSource standIn(ListedSource listed) {
		return standIns.computeIfAbsent(listed.guid(), guid -> {
			TextSource s = ExcerptaFactory.eINSTANCE.createTextSource();
			s.setGuid(guid);
			s.setName(listed.name());
			s.setKind(listed.surveyAnswer() ? SourceKind.SURVEY_ANSWER : SourceKind.DOCUMENT);
			s.setLength(read.length(guid));
			return s;
		});
	}
}
