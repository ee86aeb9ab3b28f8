package org.excerpta.exchange.qdpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;

/**
 * Adds what an import builds to the project in batches: objects built outside the project are
 * gathered per owner and feature, and each batch goes in as one command (one durable journal
 * group), so a large project is written in a few appends instead of one per object.
 */
final class Batches {

	/** About this many objects (sources, selections, codings, cases...) go into one command. */
	static final int WEIGHT = 20_000;

	private record Target(EObject owner, EReference feature) {
	}

	private final ExcerptaProject project;
	private final String label;
	private final Map<Target, List<Object>> pending = new LinkedHashMap<>();
	private final List<Command> extra = new ArrayList<>();
	private int weight;
	private int batches;

	Batches(ExcerptaProject project, String label) {
		this.project = project;
		this.label = label;
	}

	/** Queues an object for a containment or reference list; {@code weight} is how many objects it brings. */
	void add(EObject owner, EReference feature, Object value, int weight) {
		pending.computeIfAbsent(new Target(owner, feature), t -> new ArrayList<>()).add(value);
		this.weight += weight;
		if (this.weight >= WEIGHT) {
			flush();
		}
	}

	/** Queues a command of its own (setting an attribute of an object already in the project). */
	void command(Command c) {
		extra.add(c);
	}

	/** Writes what is queued as one command. */
	void flush() {
		if (pending.isEmpty() && extra.isEmpty()) {
			return;
		}
		CompoundCommand cmd = new CompoundCommand(label + " (" + ++batches + ")");
		pending.forEach((t, values) -> cmd.append(AddCommand.create(project.editingDomain(), t.owner(), t.feature(), values)));
		extra.forEach(cmd::append);
		pending.clear();
		extra.clear();
		weight = 0;
		project.execute(cmd);
	}
}
