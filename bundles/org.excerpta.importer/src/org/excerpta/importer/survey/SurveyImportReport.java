package org.excerpta.importer.survey;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.excerpta.model.VariableType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What a survey import did. On a re-import of a newer export, respondents already in the project
 * are "matched": their new answers and values are added, a changed closed value is updated (case
 * variables carry no codings), and an open answer whose text changed is kept as it was, because
 * codings point into its text; such answers are counted and listed in the notes.
 */
public final class SurveyImportReport {

	/** A variable the import added to the project. */
	public record CreatedVariable(String name, VariableType type) {
	}

	/** Only this many changed answers and values are described one by one in the notes. */
	static final int DETAILS = 20;

	private final Path file;
	private final String format;
	private final int headerRows;
	private long respondentsAdded;
	private long respondentsMatched;
	private final List<CreatedVariable> variablesCreated = new ArrayList<>();
	private final List<String> questions = new ArrayList<>();
	private long answersAdded;
	private long blankAnswersSkipped;
	private long answersUnchanged;
	private long answersChangedKept;
	private long valuesAdded;
	private long valuesChanged;
	private int batches;
	private final List<String> notes = new ArrayList<>();
	private final List<String> changes = new ArrayList<>();

	SurveyImportReport(Path file, String format, int headerRows, List<String> notes) {
		this.file = file;
		this.format = format;
		this.headerRows = headerRows;
		this.notes.addAll(notes);
	}

	void respondentAdded() {
		respondentsAdded++;
	}

	void respondentMatched() {
		respondentsMatched++;
	}

	void variableCreated(String name, VariableType type) {
		variablesCreated.add(new CreatedVariable(name, type));
	}

	void question(String label) {
		questions.add(label);
	}

	void answerAdded() {
		answersAdded++;
	}

	void blankAnswerSkipped() {
		blankAnswersSkipped++;
	}

	void answerUnchanged() {
		answersUnchanged++;
	}

	void answerChangedKept(String respondent, String question) {
		if (++answersChangedKept <= DETAILS) {
			changes.add("respondent " + respondent + ", question \"" + question + "\": the answer in the file differs "
					+ "from the one in the project; the project's answer and its codings were kept");
		}
	}

	void valueAdded() {
		valuesAdded++;
	}

	void valueChanged(String respondent, String variable, String before, String after) {
		if (++valuesChanged <= DETAILS) {
			changes.add("respondent " + respondent + ", \"" + variable + "\": \"" + before + "\" replaced by \"" + after
					+ "\"");
		}
	}

	void batchWritten() {
		batches++;
	}

	/** Closes the report: totals and the details of changes join the notes. */
	void finish(long blankRows) {
		if (blankRows > 0) {
			notes.add(blankRows + (blankRows == 1 ? " blank row" : " blank rows") + " skipped");
		}
		if (blankAnswersSkipped > 0) {
			notes.add(blankAnswersSkipped + (blankAnswersSkipped == 1 ? " blank answer" : " blank answers")
					+ " skipped");
		}
		notes.addAll(changes);
		long moreChanges = Math.max(0, answersChangedKept - DETAILS) + Math.max(0, valuesChanged - DETAILS);
		if (moreChanges > 0) {
			notes.add("and " + moreChanges + " more changes like these");
		}
	}

	public Path file() {
		return file;
	}

	/** How the file was read ("CSV, UTF-8, comma-separated"). */
	public String format() {
		return format;
	}

	public int headerRows() {
		return headerRows;
	}

	/** New cases, one per respondent not yet in the project. */
	public long respondentsAdded() {
		return respondentsAdded;
	}

	/** Respondents already in the project (a case of the same name), updated rather than added. */
	public long respondentsMatched() {
		return respondentsMatched;
	}

	public List<CreatedVariable> variablesCreated() {
		return Collections.unmodifiableList(variablesCreated);
	}

	/** The open questions of the file (column labels), whether new to the project or not. */
	public List<String> questions() {
		return Collections.unmodifiableList(questions);
	}

	public long answersAdded() {
		return answersAdded;
	}

	public long blankAnswersSkipped() {
		return blankAnswersSkipped;
	}

	/** Answers already in the project with the same text. */
	public long answersUnchanged() {
		return answersUnchanged;
	}

	/** Answers already in the project whose text differs in the file: kept as they were. */
	public long answersChangedKept() {
		return answersChangedKept;
	}

	/** Case variable values added (for new and matched respondents). */
	public long valuesAdded() {
		return valuesAdded;
	}

	/** Case variable values of matched respondents replaced by the file's value. */
	public long valuesChanged() {
		return valuesChanged;
	}

	/** Commands executed: each adds up to a few thousand respondents and can be undone on its own. */
	public int batches() {
		return batches;
	}

	public List<String> notes() {
		return Collections.unmodifiableList(notes);
	}

	/** The report as one JSON object, for the command line and scripts. */
	public String toJson() {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
			g.useDefaultPrettyPrinter();
			g.writeStartObject();
			g.writeStringField("file", file.toString());
			g.writeStringField("format", format);
			g.writeNumberField("headerRows", headerRows);
			g.writeNumberField("respondentsAdded", respondentsAdded);
			g.writeNumberField("respondentsMatched", respondentsMatched);
			g.writeArrayFieldStart("variablesCreated");
			for (CreatedVariable v : variablesCreated) {
				g.writeStartObject();
				g.writeStringField("name", v.name());
				g.writeStringField("type", v.type().getLiteral());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("questions");
			for (String q : questions) {
				g.writeString(q);
			}
			g.writeEndArray();
			g.writeNumberField("answersAdded", answersAdded);
			g.writeNumberField("blankAnswersSkipped", blankAnswersSkipped);
			g.writeNumberField("answersUnchanged", answersUnchanged);
			g.writeNumberField("answersChangedKept", answersChangedKept);
			g.writeNumberField("valuesAdded", valuesAdded);
			g.writeNumberField("valuesChanged", valuesChanged);
			g.writeNumberField("batches", batches);
			g.writeArrayFieldStart("notes");
			for (String n : notes) {
				g.writeString(n);
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return toJson();
	}
}
