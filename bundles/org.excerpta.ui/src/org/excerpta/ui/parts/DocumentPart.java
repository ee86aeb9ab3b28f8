package org.excerpta.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSource;
import org.excerpta.model.VariableValue;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The text of the selected source, read-only for now, with speaker turns set apart (the
 * speaker's name in bold colour). Coding in this view comes with the analytical core.
 */
public final class DocumentPart {

	private static final Color SPEAKER = new Color(0x1f, 0x4e, 0x79);
	private static final Color TIMESTAMP = new Color(0x80, 0x80, 0x80);

	private Label heading;
	private StyledText text;
	private ExcerptaProject project;
	private TextSource shown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		heading = new Label(parent, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setMargins(12, 8, 12, 8);
		text.setLineSpacing(3);
		text.setFont(JFaceResources.getTextFont());
		showNothing();
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		this.project = project;
		if (heading != null && (shown == null || shown.eResource() == null || project == null)) {
			showNothing();
		}
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof TextSource source && text != null && !text.isDisposed() && project != null) {
			show(source);
		}
	}

	/** Shows a source's text with its speaker turns. */
	public void show(TextSource source) {
		shown = source;
		heading.setText(source.getName() + describe(source));
		String content = project.text(source);
		text.setText(content);
		List<StyleRange> styles = new ArrayList<>();
		for (SpeakerTurn turn : source.getTurns()) {
			int start = content.offsetByCodePoints(0, turn.getStart());
			int nameAt = content.indexOf(turn.getSpeaker() + ":", start);
			if (turn.getTimestampMillis() != null && nameAt > start) {
				styles.add(new StyleRange(start, nameAt - start, TIMESTAMP, null));
			}
			if (nameAt >= 0 && nameAt - start < 20) {
				StyleRange r = new StyleRange(nameAt, turn.getSpeaker().length() + 1, SPEAKER, null, SWT.BOLD);
				styles.add(r);
			}
		}
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
		heading.getParent().layout();
	}

	private String describe(TextSource source) {
		StringBuilder s = new StringBuilder();
		switch (source.getKind()) {
		case TRANSCRIPT -> s.append("  —  transcript, ").append(source.getTurns().size()).append(" speaker turns");
		case DOCUMENT -> s.append("  —  document");
		case SURVEY_ANSWER -> {
			s.append("  —  survey answer");
			for (VariableValue v : source.getValues()) {
				s.append(", ").append(v.getVariable().getName().toLowerCase()).append(' ').append(v.getValue());
			}
		}
		}
		for (Case c : project.model().getCases()) {
			if (c.getSources().contains(source)) {
				s.append("  —  case ").append(c.getName());
				break;
			}
		}
		return s.toString();
	}

	private void showNothing() {
		shown = null;
		if (heading != null && !heading.isDisposed()) {
			heading.setText("No source selected");
			text.setText("Select an interview, document or survey answer in the Project Explorer to read it here.");
			text.setStyleRanges(new StyleRange[0]);
		}
	}

	public StyledText textWidget() {
		return text;
	}

	public String heading() {
		return heading.getText();
	}
}
