package org.excerpta.team.agreement;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * What an agreement study reads: the loaded project ({@link ModelMaterial}), or its index alone
 * ({@link IndexMaterial}), which holds every coding's position, code and coder and every source's
 * length and text, and reads them at a million answers in a fraction of the model's time.
 */
interface StudyMaterial {

	/** Told each coding of a source: its selection's start and end (in code points, not cut to the text), coder and code. */
	interface CodingFound {
		void coding(int start, int end, User coder, Code code);
	}

	/** The project's name, for messages. */
	String projectName();

	/** The project's users, in the project's order. */
	List<User> users();

	/** The users who have made at least one coding, in the project's order. */
	List<User> codersWithCodings();

	/** The top of the codebook, whose depth-first order is the order codes are reported in. */
	List<Code> topCodes();

	/** The code at a path such as "Conflict / Relational". @throws IllegalArgumentException naming the path when there is none */
	Code code(String path);

	/** The text sources a name stands for: a source's GUID, a source's name, or a set's name. @throws IllegalArgumentException when none */
	List<TextSource> sourcesNamed(String name);

	/**
	 * The text sources in which one of the coders coded something, in the natural order of their
	 * names ("Interview 2" before "Interview 10"), then of their GUIDs; survey answers only when asked.
	 */
	List<TextSource> sourcesCodedBy(Collection<User> coders, boolean answersOnly);

	/** Whether an object (coder, code, source) is part of this project. */
	boolean holds(EObject o);

	/** What kind of source it is, for a message ("document", "transcript"). */
	String kindOf(TextSource source);

	/** Whether the sources' speaker turns are known: the index alone does not hold them as turns. */
	boolean knowsTurns();

	/** Tells each coding of these coders in a source (codings of others may be told too: the caller picks). */
	void eachCoding(TextSource source, Collection<User> coders, CodingFound found);

	/** A source's whole text. */
	String text(TextSource source);

	/**
	 * The one source of those found by a name, or null when none was; several are refused, with the
	 * same words from the model and from the index (the command line prints either).
	 */
	static <S> S theOneNamed(List<S> named, String name) {
		if (named.size() > 1) {
			throw new IllegalArgumentException(named.size() + " sources are named \"" + name + "\"; give the GUID of the one you mean");
		}
		return named.isEmpty() ? null : named.get(0);
	}
}
