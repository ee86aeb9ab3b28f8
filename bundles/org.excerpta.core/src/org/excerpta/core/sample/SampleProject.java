package org.excerpta.core.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.Project;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;

/**
 * Builds the sample project shipped with Excerpta: four synthetic interviews and a synthetic
 * survey on commissioner/provider relationships in the English NHS, with the codebook of its
 * conceptual framework. The files are resources of this bundle (folder {@code sample/}).
 */
public final class SampleProject {

	public static final String NAME = "NHS commissioning sample (synthetic)";

	/** File and title of each interview, with the interviewee's site. */
	private record Interview(String file, String title, String site) {
	}

	private static final List<Interview> INTERVIEWS = List.of(
			new Interview("site-A-commissioner-interview.txt", "Site A commissioner interview", "Site A"),
			new Interview("site-A-provider-interview.txt", "Site A provider interview", "Site A"),
			new Interview("site-B-commissioner-interview.txt", "Site B commissioner interview", "Site B"),
			new Interview("site-B-gp-interview.txt", "Site B GP interview", "Site B"));
	private static final String SURVEY = "survey/nhs-partnership-survey.csv";
	/** The open questions: column, and the short label answers are named by. */
	private static final Map<String, String> OPEN_QUESTIONS = Map.of("q_relationship", "relationship", "q_change",
			"one change");

	private final ExcerptaProject project;
	private final Project model;
	private final CompoundCommand steps = new CompoundCommand("Create the sample project");
	private User coder;

	private SampleProject(ExcerptaProject project) {
		this.project = project;
		this.model = project.model();
	}

	/** Creates the sample project in a new or empty folder and returns it open. */
	public static ExcerptaProject createIn(Path folder) {
		ExcerptaProject project = ExcerptaProject.create(folder, NAME);
		try {
			new SampleProject(project).build();
			return project;
		} catch (RuntimeException e) {
			project.close();
			throw e;
		}
	}

	private void build() {
		coder = ModelElements.user("Sample coder", "sample");
		add(model, Literals.PROJECT__USERS, coder);
		importCodebook();
		Variable site = ModelElements.variable("Site", VariableType.TEXT);
		add(model, Literals.PROJECT__VARIABLES, site);
		for (Interview interview : INTERVIEWS) {
			importTranscript(interview, site);
		}
		importSurvey();
		add(model, Literals.PROJECT__NOTES,
				ModelElements.memo("About this sample", readResource("README.md").replace("\r\n", "\n"), coder));
		// One command: the whole sample is one undoable, durable step.
		project.execute(steps);
		project.commandStack().flush(); // creating the sample is not something to undo
	}

	private void add(EObject owner, EReference feature, Object value) {
		EditingDomain domain = project.editingDomain();
		steps.append(AddCommand.create(domain, owner, feature, value));
	}

	/** codebook.csv: path (levels separated by " / "), codable, color, description. */
	private void importCodebook() {
		Map<String, Code> byPath = new HashMap<>();
		for (CSVRecord row : csv("codebook.csv")) {
			String path = row.get("path");
			int cut = path.lastIndexOf(" / ");
			String name = cut < 0 ? path : path.substring(cut + 3);
			Code code = ModelElements.code(name, row.get("color"), row.get("description"),
					Boolean.parseBoolean(row.get("codable")));
			if (cut < 0) {
				add(model.getCodebook(), Literals.CODEBOOK__CODES, code);
			} else {
				Code parent = byPath.get(path.substring(0, cut));
				if (parent == null) {
					throw new IllegalStateException("codebook.csv: parent of \"" + path + "\" must come before it");
				}
				parent.getChildren().add(code); // the parent is not in the project yet: plain model building
			}
			byPath.put(path, code);
		}
	}

	private void importTranscript(Interview interview, Variable site) {
		String fileName = interview.file();
		String text = readResource("transcripts/" + fileName).replace("\r\n", "\n");
		TextSource source = ModelElements.textSource(interview.title(), SourceKind.TRANSCRIPT, coder);
		source.setPlainTextPath(project.store().storeText(source.getGuid(), text));
		source.setOriginalPath(storeOriginal(source.getGuid(), fileName));
		source.setLength(text.codePointCount(0, text.length()));
		for (SpeakerTurnDetector.Turn t : new SpeakerTurnDetector().detect(text)) {
			source.getTurns().add(ModelElements.turn(t.speaker(), t.start(), t.end(), t.timestampMillis()));
		}
		add(model, Literals.PROJECT__SOURCES, source);
		Case interviewee = ModelElements.aCase(source.getName().replace(" interview", ""));
		interviewee.getValues().add(ModelElements.value(site, interview.site()));
		interviewee.getSources().add(source);
		add(model, Literals.PROJECT__CASES, interviewee);
	}

	private String storeOriginal(String guid, String fileName) {
		try {
			Path tmp = Files.createTempFile("excerpta-sample", ".txt");
			try {
				Files.writeString(tmp, readResource("transcripts/" + fileName), StandardCharsets.UTF_8);
				Path named = tmp.resolveSibling(fileName);
				Files.move(tmp, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				tmp = named;
				return project.store().storeOriginal(guid, named);
			} finally {
				Files.deleteIfExists(tmp);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One case per respondent, closed questions as typed variables, one survey-answer source per open answer. */
	private void importSurvey() {
		Variable role = ModelElements.variable("Role", VariableType.TEXT);
		Variable organisation = ModelElements.variable("Organisation", VariableType.TEXT);
		Variable years = ModelElements.variable("Years in post", VariableType.INTEGER);
		Variable trust = ModelElements.variable("Partners in the system trust each other (1-5)", VariableType.INTEGER);
		Variable question = ModelElements.variable("Question", VariableType.TEXT);
		for (Variable v : List.of(role, organisation, years, trust, question)) {
			add(model, Literals.PROJECT__VARIABLES, v);
		}
		for (CSVRecord row : csv(SURVEY)) {
			String id = row.get("respondent_id");
			Case respondent = ModelElements.aCase(id);
			respondent.getValues().add(ModelElements.value(role, row.get("role")));
			respondent.getValues().add(ModelElements.value(organisation, row.get("organisation")));
			respondent.getValues().add(ModelElements.value(years, row.get("years_in_post")));
			respondent.getValues().add(ModelElements.value(trust, row.get("trust_partners")));
			List<TextSource> answers = new ArrayList<>();
			for (String q : List.of("q_relationship", "q_change")) {
				String answer = row.get(q).replace("\r\n", "\n").strip();
				if (answer.isEmpty()) {
					continue;
				}
				TextSource s = ModelElements.textSource(id + " \u00b7 " + OPEN_QUESTIONS.get(q), SourceKind.SURVEY_ANSWER, coder);
				s.setPlainTextContent(answer);
				s.setLength(answer.codePointCount(0, answer.length()));
				s.getValues().add(ModelElements.value(question, q));
				answers.add(s);
				add(model, Literals.PROJECT__SOURCES, s);
			}
			respondent.getSources().addAll(answers);
			add(model, Literals.PROJECT__CASES, respondent);
		}
	}

	private List<CSVRecord> csv(String resource) {
		try (Reader r = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the sample's " + resource, e);
		}
	}

	private static String readResource(String resource) {
		try (InputStream in = open(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the sample's " + resource, e);
		}
	}

	private static InputStream open(String resource) {
		InputStream in = SampleProject.class.getResourceAsStream("/sample/" + resource);
		if (in == null) {
			throw new IllegalStateException("the sample file " + resource + " is missing from the Excerpta installation");
		}
		return in;
	}
}
