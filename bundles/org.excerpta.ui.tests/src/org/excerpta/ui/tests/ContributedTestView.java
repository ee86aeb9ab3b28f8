package org.excerpta.ui.tests;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.excerpta.core.ExcerptaProject;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** A view as a plugin would contribute one through a model fragment (see plugin.xml and fragment.e4xmi). */
public final class ContributedTestView {

	@Inject
	@Optional
	ExcerptaProject project;

	Label label;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		label = new Label(parent, SWT.NONE);
		label.setText(project == null ? "No project" : "Project: " + project.name());
	}
}
