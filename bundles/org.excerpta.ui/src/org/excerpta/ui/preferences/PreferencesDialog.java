package org.excerpta.ui.preferences;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.ui.QuickCodes;
import org.excerpta.ui.team.CoderIdentity;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Edit > Preferences: who codes, how large the text reads, which language searches stem for
 * (the open project's, an undoable change that rebuilds the index), and which quick-code keys
 * are set.
 */
public final class PreferencesDialog extends Dialog {

	/** The instance preference holding the Document view's font height in points. */
	public static final String FONT_SIZE = "documentFontSize";
	static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "no", "fi");

	private final ExcerptaProject project;
	private Text coder;
	private Spinner fontSize;
	private Combo language;

	public PreferencesDialog(Shell parent, ExcerptaProject project) {
		super(parent);
		this.project = project;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Preferences");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite c = (Composite) super.createDialogArea(parent);
		c.setLayout(new GridLayout(2, false));
		new Label(c, SWT.NONE).setText("&Coder name:");
		coder = new Text(c, SWT.BORDER);
		coder.setText(CoderIdentity.name());
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(coder);
		new Label(c, SWT.NONE).setText("Document &text size (points):");
		fontSize = new Spinner(c, SWT.BORDER);
		fontSize.setValues(fontSize(), 7, 32, 0, 1, 2);
		new Label(c, SWT.NONE).setText("Search &language of this project:");
		language = new Combo(c, SWT.READ_ONLY);
		for (String l : LANGUAGES) {
			language.add(l + " \u2014 " + Locale.forLanguageTag(l).getDisplayLanguage(Locale.ENGLISH));
		}
		String current = project == null || project.model().getLanguage() == null ? "en" : project.model().getLanguage();
		language.select(Math.max(0, LANGUAGES.indexOf(current)));
		language.setEnabled(project != null && !project.isReadOnly());
		Label keys = new Label(c, SWT.WRAP);
		StringBuilder sb = new StringBuilder("Quick-code keys (set with Ctrl+1..9 on a code in the Codebook): ");
		if (project == null || new QuickCodes(project).all().isEmpty()) {
			sb.append("none yet.");
		} else {
			new QuickCodes(project).all().forEach((d, code) -> sb.append("\n  ").append(d).append("  ").append(pathOf(code)));
		}
		keys.setText(sb.toString());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(keys);
		return c;
	}

	private static String pathOf(Code c) {
		return org.excerpta.core.coding.CodePaths.pathOf(c);
	}

	@Override
	protected void okPressed() {
		if (!coder.getText().isBlank()) {
			CoderIdentity.set(coder.getText());
		}
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("org.excerpta.ui");
		node.putInt(FONT_SIZE, fontSize.getSelection());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this session
		}
		String chosen = LANGUAGES.get(language.getSelectionIndex());
		if (project != null && !project.isReadOnly() && !chosen.equals(project.model().getLanguage())) {
			project.execute(SetCommand.create(project.editingDomain(), project.model(), Literals.PROJECT__LANGUAGE, chosen));
		}
		super.okPressed();
	}

	/** The Document view's text size: the preference, or the system's text font. */
	public static int fontSize() {
		int saved = InstanceScope.INSTANCE.getNode("org.excerpta.ui").getInt(FONT_SIZE, 0);
		if (saved > 0) {
			return saved;
		}
		return org.eclipse.jface.resource.JFaceResources.getTextFont().getFontData()[0].getHeight();
	}
}
