package org.excerpta.team.agreement;

import java.util.List;
import java.util.Objects;

import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * A passage on which the coders differ about one code: some applied it, others did not. At the
 * character level consecutive characters with the same split are one passage.
 * <p>
 * The passage's text is read when asked for: a study at a million answers finds over a million
 * disagreements, of which a view shows a page and the command line twenty, and their excerpts
 * held hundreds of megabytes. A study of the loaded model reads it through the model,
 * so ask on the thread that owns the model.
 */
public final class Disagreement {

	private final TextSource source;
	private final int start;
	private final int end;
	private final Code code;
	private final String codePath;
	private final List<User> appliedBy;
	private final List<User> notAppliedBy;
	private final SourceTexts texts;

	/**
	 * @param source       the source
	 * @param start        the passage's first code point
	 * @param end          the code point after its last
	 * @param code         the code
	 * @param codePath     the code's path in the codebook
	 * @param appliedBy    the coders who applied the code here
	 * @param notAppliedBy the coders who did not
	 * @param texts        where the passage's text is read
	 */
	Disagreement(TextSource source, int start, int end, Code code, String codePath, List<User> appliedBy, List<User> notAppliedBy,
			SourceTexts texts) {
		this.source = Objects.requireNonNull(source, "source");
		this.start = start;
		this.end = end;
		this.code = code;
		this.codePath = codePath;
		this.appliedBy = List.copyOf(appliedBy);
		this.notAppliedBy = List.copyOf(notAppliedBy);
		this.texts = texts;
	}

	/** The source. */
	public TextSource source() {
		return source;
	}

	/** The passage's first code point. */
	public int start() {
		return start;
	}

	/** The code point after the passage's last. */
	public int end() {
		return end;
	}

	/** The code. */
	public Code code() {
		return code;
	}

	/** The code's path in the codebook. */
	public String codePath() {
		return codePath;
	}

	/** The coders who applied the code here. */
	public List<User> appliedBy() {
		return appliedBy;
	}

	/** The coders who did not. */
	public List<User> notAppliedBy() {
		return notAppliedBy;
	}

	/**
	 * The passage's text, cut to {@value AgreementStudy#EXCERPT_LIMIT} code points with an ellipsis
	 * when longer: read each time it is asked for (from the source's text, kept for the last source
	 * read), so that writing out a million disagreements does not keep a million excerpts.
	 */
	public String excerpt() {
		return texts.excerpt(source, start, end, AgreementStudy.EXCERPT_LIMIT);
	}

	/** The source's name. */
	public String sourceName() {
		return source.getName();
	}

	/** The names of the coders who applied the code. */
	public List<String> appliedByNames() {
		return appliedBy.stream().map(User::getName).toList();
	}

	/** The names of the coders who did not. */
	public List<String> notAppliedByNames() {
		return notAppliedBy.stream().map(User::getName).toList();
	}

	@Override
	public String toString() {
		return sourceName() + " " + start + "-" + end + " " + codePath + ": coded by " + appliedByNames() + ", not by " + notAppliedByNames();
	}
}
