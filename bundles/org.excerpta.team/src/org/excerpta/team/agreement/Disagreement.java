package org.excerpta.team.agreement;

import java.util.List;

import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * A passage on which the coders differ about one code: some applied it, others did not. At the
 * character level consecutive characters with the same split are one passage.
 *
 * @param source       the source
 * @param start        the passage's first code point
 * @param end          the code point after its last
 * @param excerpt      the passage's text, cut to {@value AgreementStudy#EXCERPT_LIMIT} code points
 *                     with an ellipsis when longer
 * @param code         the code
 * @param codePath     the code's path in the codebook
 * @param appliedBy    the coders who applied the code here
 * @param notAppliedBy the coders who did not
 */
public record Disagreement(TextSource source, int start, int end, String excerpt, Code code, String codePath, List<User> appliedBy,
		List<User> notAppliedBy) {

	public Disagreement {
		appliedBy = List.copyOf(appliedBy);
		notAppliedBy = List.copyOf(notAppliedBy);
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
}
