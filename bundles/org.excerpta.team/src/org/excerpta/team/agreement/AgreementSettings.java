package org.excerpta.team.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.excerpta.model.Code;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;

/**
 * What an agreement study compares: which coders (at least two), on which codes, over which
 * sources, by which unit, and whether units that no chosen coder coded with any chosen code count.
 * Made by {@link AgreementStudy#settings}, which fills in defaults and checks that everything
 * belongs to the project.
 *
 * @param coders         the coders, at least two and at most {@value #MAX_CODERS}, each once
 * @param codes          the codes, at least one, each once, in report order
 * @param sources        the sources, each once, in report order
 * @param unit           the unit of analysis
 * @param includeUncoded whether units that no chosen coder coded with any chosen code count (as
 *                       agreement that the codes do not apply); without them, agreement is judged
 *                       only where someone saw something to code
 */
public record AgreementSettings(List<User> coders, List<Code> codes, List<TextSource> sources, AgreementUnit unit,
		boolean includeUncoded) {

	/** Each unit's coders are kept as bits of a long. */
	public static final int MAX_CODERS = 63;

	public AgreementSettings {
		coders = List.copyOf(coders);
		codes = List.copyOf(codes);
		sources = List.copyOf(sources);
		Objects.requireNonNull(unit, "unit");
		if (coders.size() < 2) {
			throw new IllegalArgumentException("agreement needs at least two coders; " + coders.size() + " given"
					+ (coders.isEmpty() ? "" : " (" + coders.get(0).getName() + ")"));
		}
		if (coders.size() > MAX_CODERS) {
			throw new IllegalArgumentException("at most " + MAX_CODERS + " coders can be compared at once, not " + coders.size());
		}
		once(coders, "coder");
		once(codes, "code");
		once(sources, "source");
		if (codes.isEmpty()) {
			throw new IllegalArgumentException("no code to compare");
		}
	}

	private static void once(List<?> items, String what) {
		Set<Object> seen = new HashSet<>();
		for (Object o : items) {
			if (!seen.add(o)) {
				String name = o instanceof User u ? u.getName() : o instanceof Code c ? c.getName() : ((TextSource) o).getName();
				throw new IllegalArgumentException("the " + what + " \"" + name + "\" is chosen twice");
			}
		}
	}

	/** The coders' names, in order. */
	public List<String> coderNames() {
		return coders.stream().map(User::getName).toList();
	}
}
