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
	private static final String ALL_CODERS = "All coders";
	/** The stripe of a code without a colour. */
	private static final org.eclipse.swt.graphics.RGB GREY = new org.eclipse.swt.graphics.RGB(0x80, 0x80, 0x80);

	private Label heading;
	private CodingStripes stripes;
	private org.eclipse.swt.widgets.Combo coderFilter;
	private StyledText text;
	private ExcerptaProject project;
	private TextSource shown;
	/** While the project loads: the GUID of the source shown from the index (null otherwise). */
	private String shownAlone;
	private String shownAloneName;

	@Inject
	@Optional
	private org.excerpta.ui.ProjectSession session;
	private final ProjectFollower follower = new ProjectFollower(e -> {
		if (text != null && !text.isDisposed() && shown != null) {
			if (ProjectFollower.lastChangeTouched(project, Case.class, VariableValue.class, org.excerpta.model.Project.class)) {
				describedFor = null; // the heading names the source's case: find it again
			}
			text.getDisplay().asyncExec(() -> {
				if (!text.isDisposed() && shown != null && shown.eResource() != null) {
					keepingPlace(() -> show(shown));
				}
			});
		}
	});
	/** The source whose heading {@link #described} is, kept while the same source is shown again after changes that leave cases alone. */
	private TextSource describedFor;
	private String described;

	@Inject
	private org.eclipse.e4.core.contexts.IEclipseContext context;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite header = new Composite(parent, SWT.NONE);
		GridLayout headerLayout = new GridLayout(3, false);
		headerLayout.marginWidth = 0;
		headerLayout.marginHeight = 0;
		header.setLayout(headerLayout);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		heading = new Label(header, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(header, SWT.NONE).setText("Codings by:");
		// Show every coder's codings, or one coder's (to review a colleague's work, or one's own).
		coderFilter = new org.eclipse.swt.widgets.Combo(header, SWT.READ_ONLY);
		coderFilter.setItems(ALL_CODERS);
		coderFilter.select(0);
		coderFilter.addListener(SWT.Selection, e -> {
			if (shown != null && project != null) {
				show(shown);
			}
		});
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout bodyLayout = new GridLayout(2, false);
		bodyLayout.marginWidth = 0;
		bodyLayout.marginHeight = 0;
		bodyLayout.horizontalSpacing = 2;
		body.setLayout(bodyLayout);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text = new StyledText(body, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// Drag the selected passage onto a code in the Codebook to code it.
		org.eclipse.swt.dnd.DragSource drag = new org.eclipse.swt.dnd.DragSource(text, org.eclipse.swt.dnd.DND.DROP_MOVE
				| org.eclipse.swt.dnd.DND.DROP_COPY);
		drag.setTransfer(org.eclipse.jface.util.LocalSelectionTransfer.getTransfer());
		drag.addDragListener(new org.eclipse.swt.dnd.DragSourceAdapter() {
			@Override
			public void dragStart(org.eclipse.swt.dnd.DragSourceEvent event) {
				// While the project loads, the passage of a source read from the index: the Codebook codes it from the index.
				Object passage = currentSelection() != null ? currentSelection() : currentIndexedSelection();
				event.doit = passage != null;
				org.eclipse.jface.util.LocalSelectionTransfer.getTransfer()
						.setSelection(passage == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY
								: new org.eclipse.jface.viewers.StructuredSelection(passage));
			}
		});
		stripes = new CodingStripes(body, text, s -> {
			text.setSelection(s.from(), s.to());
			publishSelection();
			if (s.coding() != null) { // an excerpt read from the index while loading has no coding to choose
				chooseCoding(s.coding());
			}
		}, this::resizeByDrag);
		stripes.uncodeWith(s -> uncode(s.coding()));
		GridData stripesData = new GridData(SWT.FILL, SWT.FILL, false, true);
		stripesData.widthHint = CodingStripes.WIDTH;
		stripes.control().setLayoutData(stripesData);
		text.setMargins(12, 8, 12, 8);
		text.setLineSpacing(3);
		applyFontSize(org.excerpta.ui.preferences.PreferencesDialog.fontSize());
		// Publish the selected passage (in code points) for the Codebook's "code this".
		text.addListener(SWT.Selection, e -> publishSelection());
		text.addListener(SWT.MouseUp, e -> publishSelection());
		text.addListener(SWT.KeyUp, e -> publishSelection());
		// Keyboard coding: 1-9 code the selection with the quick code of that key; Ctrl+Shift+I
		// makes an in-vivo code named by the selected words.
		text.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MODIFIER_MASK) == 0 && e.character >= '1' && e.character <= '9') {
				codeWithQuickKey(e.character - '0');
				e.doit = false;
			} else if ((e.stateMask & SWT.MODIFIER_MASK) == (SWT.MOD1 | SWT.SHIFT) && (e.keyCode == 'i' || e.keyCode == 'I')) {
				codeInVivo();
				e.doit = false;
			} else if ((e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1 && (e.keyCode == 'r' || e.keyCode == 'R')) {
				resizeChosenCoding();
				e.doit = false;
			}
		});
		showNothing();
	}

	private void publishSelection() {
		if (shown == null && shownAlone == null || context == null) {
			return;
		}
		int[] range = selectedCodePoints();
		int start = range[0];
		int end = range[1];
		// The parent context (the perspective's in the workbench) is shared with the Codebook.
		org.eclipse.e4.core.contexts.IEclipseContext shared = context.getParent() != null ? context.getParent() : context;
		if (shown != null) {
			shared.set(org.excerpta.ui.DocumentSelection.class, new org.excerpta.ui.DocumentSelection(shown, start, end));
		} else {
			shared.set(org.excerpta.ui.IndexedSelection.class, new org.excerpta.ui.IndexedSelection(shownAlone, start, end));
		}
	}

	@Inject
	void setProject(@Optional ExcerptaProject project) {
		follower.follow(project);
		this.project = project;
		if (heading != null && project != null && shownAlone != null
				&& project.store().find(shownAlone) instanceof TextSource loaded) {
			// The source read from the index while the project loaded, now the project's own: same place, same selection.
			keepingPlace(() -> show(loaded));
			publishSelection();
			return;
		}
		if (heading != null && (shown == null || shown.eResource() == null || project == null)) {
			showNothing();
		}
	}

	/** Codings recorded from the index while the project loads: the source shown from it is shaded again. */
	@Inject
	void setOpening(@Optional org.excerpta.ui.OpeningProject opening) {
		if (opening != null && shownAlone != null && text != null && !text.isDisposed() && project == null) {
			keepingPlace(() -> showAlone(shownAlone, shownAloneName));
		}
	}

	/** Opens a passage read from the index while the project loads (a search hit): shown, selected, scrolled to. */
	@Inject
	void revealAlone(@Optional org.excerpta.ui.IndexedPassageRequest request) {
		if (request == null || text == null || text.isDisposed() || project != null || session == null || session.opening() == null) {
			return;
		}
		if (!request.sourceGuid().equals(shownAlone)) {
			showAlone(request.sourceGuid(), request.sourceName());
		}
		selectAndReveal(request.start(), request.end());
	}

	/**
	 * Shows a source read from the index while the project loads: its text, shaded where it is
	 * coded, with a stripe per coding (the coded excerpts in the index; a click selects the passage,
	 * moving its ends waits for the model). A passage selected here is coded from the index (the
	 * Codebook's double-click, or a quick-code key).
	 */
	private void showAlone(String sourceGuid, String name) {
		org.excerpta.index.ProjectIndex index = session.opening().index();
		org.excerpta.index.ProjectOutline outline = index.outline();
		shown = null;
		shownAlone = sourceGuid;
		shownAloneName = name;
		heading.setText(name + "  \u2014  read from the index while the project loads: select a passage and double-click a code");
		String content = index.sourceText(sourceGuid);
		text.setText(content);
		CodePointIndex offsets = new CodePointIndex(content);
		List<StyleRange> styles = new ArrayList<>();
		List<CodingStripes.Stripe> bars = new ArrayList<>();
		for (org.excerpta.index.Excerpt e : index.excerptsOf(sourceGuid)) {
			if (e.start() < e.end() && e.end() <= offsets.length()) {
				org.excerpta.model.Code code = outline.code(e.codeGuid());
				int from = offsets.charOffset(e.start());
				int to = offsets.charOffset(e.end());
				styles.add(new StyleRange(from, to - from, null, tint(code == null ? null : code.getColor())));
				org.excerpta.model.User coder = e.coderGuid() == null ? null : outline.coderWithGuid(e.coderGuid());
				bars.add(new CodingStripes.Stripe(null, from, to, Colours.rgb(code == null ? null : code.getColor(), GREY),
						code == null ? "?" : code.getName(), coder == null ? null : coder.getName(), 0));
			}
		}
		stripes.show(bars);
		styles.sort(java.util.Comparator.comparingInt(r -> r.start));
		text.setStyleRanges(merge(styles).toArray(StyleRange[]::new));
		heading.getParent().layout();
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof TextSource source && text != null && !text.isDisposed() && project != null) {
			show(source);
		}
	}

	/**
	 * Codes the selected passage with the code of a quick-code key.
	 *
	 * @return whether a coding was made
	 */
	public boolean codeWithQuickKey(int digit) {
		if (project == null && shownAlone != null && session != null && session.opening() != null) {
			return codeWithQuickKeyWhileLoading(digit);
		}
		org.excerpta.ui.DocumentSelection sel = currentSelection();
		if (sel == null) {
			return false;
		}
		org.excerpta.model.Code code = new org.excerpta.ui.QuickCodes(project).code(digit);
		if (code == null) {
			sayAboutKey(digit, "has no code: select a code in the Codebook and press Ctrl+" + digit);
			return false;
		}
		org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(project);
		coder.code(sel.source(), sel.start(), sel.end(), code, coder.coderFor(org.excerpta.ui.team.CoderIdentity.name()));
		return true;
	}

	/** Says something about a quick-code key after the view's heading, replacing what was said before. */
	private void sayAboutKey(int digit, String what) {
		heading.setText(heading.getText().replaceAll("  \\u2014  key .*$", "") + "  \u2014  key " + digit + " " + what);
	}

	/** A quick-code key on a source read from the index while the project loads: coded from the index. */
	private boolean codeWithQuickKeyWhileLoading(int digit) {
		int[] range = selectedCodePoints();
		if (range[0] == range[1]) {
			return false;
		}
		org.excerpta.model.Code code = org.excerpta.ui.QuickCodes.whileLoading(session.opening()).code(digit);
		if (code == null) {
			sayAboutKey(digit, "has no code: select a code in the Codebook and press Ctrl+" + digit);
			return false;
		}
		try {
			return session.codeWhileLoading(shownAlone, range[0], range[1], code) > 0;
		} catch (IllegalArgumentException | IllegalStateException e) {
			sayAboutKey(digit, "could not code: " + e.getMessage());
			return false;
		}
	}

	@Inject
	@Optional
	private org.eclipse.e4.ui.workbench.modeling.ESelectionService selectionService;

	/**
	 * Removes a coding (a stripe's right-click menu), and its passage when nothing else is left on
	 * it: one step, which Edit > Undo takes back. Returns whether it was removed.
	 */
	public boolean uncode(org.excerpta.model.Coding coding) {
		if (project == null || coding == null) {
			return false;
		}
		try {
			new org.excerpta.core.coding.Coder(project).uncode(coding);
		} catch (RuntimeException e) { // a read-only project, or one that cannot be written: nothing changed
			org.eclipse.core.runtime.ILog.of(DocumentPart.class).error("Uncode failed", e);
			org.eclipse.jface.dialogs.MessageDialog.openError(text.getShell(), "Uncode", e.getMessage());
			return false;
		}
		if (chosenCoding == coding) {
			chosenCoding = null;
		}
		return true;
	}

	/** The coding last clicked in the stripes: Ctrl+R moves its boundaries; the Memos view shows its memos. */
	private org.excerpta.model.Coding chosenCoding;

	/** Chooses a coding (as a click on its stripe does) and tells the other views. */
	public void chooseCoding(org.excerpta.model.Coding coding) {
		chosenCoding = coding;
		if (selectionService != null) {
			selectionService.setSelection(coding);
		}
	}

	/**
	 * Moves the chosen coding's passage to the text selected now (click its stripe, widen or
	 * narrow the selection with Shift+arrows or the mouse, press Ctrl+R). The selection's other
	 * codings move with it, as the passage is theirs too.
	 *
	 * @return whether the boundaries moved
	 */
	/** A stripe's end dragged to another line: the coding's passage now starts or ends there (one undoable step). */
	private void resizeByDrag(CodingStripes.Stripe stripe, int from, int to) {
		if (shown == null || !(stripe.coding().eContainer() instanceof org.excerpta.model.TextSelection passage)) {
			return;
		}
		String content = text.getText();
		try {
			new org.excerpta.core.coding.Coder(project).resize(passage, content.codePointCount(0, from), content.codePointCount(0, to));
			text.setSelection(from, to);
			publishSelection();
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(text.getShell(), "Adjust coding", e.getMessage());
		}
	}

	/** Drags the top or bottom end of a coding's stripe to the line at {@code y}, as the mouse would (for tests). */
	public void dragStripeEnd(org.excerpta.model.Coding coding, boolean top, int y) {
		stripes.stripes().stream().filter(s -> s.coding() == coding).findFirst().ifPresent(s -> stripes.drag(s, top, y));
	}

	public boolean resizeChosenCoding() {
		org.excerpta.ui.DocumentSelection sel = currentSelection();
		if (chosenCoding == null || sel == null || chosenCoding.eResource() == null
				|| !(chosenCoding.eContainer() instanceof org.excerpta.model.TextSelection passage) || passage.eContainer() != sel.source()) {
			return false;
		}
		try {
			new org.excerpta.core.coding.Coder(project).resize(passage, sel.start(), sel.end());
			return true;
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(text.getShell(), "Adjust coding", e.getMessage());
			return false;
		}
	}

	/**
	 * Makes a new code named by the selected words and codes the passage with it (in-vivo coding);
	 * while the project loads, in a source shown from the index, from the index.
	 */
	public org.excerpta.model.Code codeInVivo() {
		if (project == null && shownAlone != null && session != null && session.opening() != null) {
			return codeInVivoWhileLoading();
		}
		org.excerpta.ui.DocumentSelection sel = currentSelection();
		if (sel == null) {
			return null;
		}
		org.excerpta.core.coding.Coder coder = new org.excerpta.core.coding.Coder(project);
		try {
			return coder.inVivo(sel.source(), sel.start(), sel.end(), null, coder.coderFor(org.excerpta.ui.team.CoderIdentity.name()));
		} catch (IllegalArgumentException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(text.getShell(), "In-vivo code", e.getMessage());
			return null;
		}
	}

	private org.excerpta.model.Code codeInVivoWhileLoading() {
		org.excerpta.ui.IndexedSelection sel = currentIndexedSelection();
		if (sel == null) {
			return null;
		}
		try {
			return session.codeInVivoWhileLoading(sel.sourceGuid(), sel.start(), sel.end());
		} catch (IllegalArgumentException | IllegalStateException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(text.getShell(), "In-vivo code", e.getMessage());
			return null;
		}
	}

	private org.excerpta.ui.DocumentSelection currentSelection() {
		if (shown == null || project == null || project.isReadOnly()) {
			return null;
		}
		int[] range = selectedCodePoints();
		org.excerpta.ui.DocumentSelection sel = new org.excerpta.ui.DocumentSelection(shown, range[0], range[1]);
		return sel.isEmpty() ? null : sel;
	}

	/** The passage selected in a source shown from the index while the project loads, or null. */
	private org.excerpta.ui.IndexedSelection currentIndexedSelection() {
		if (shownAlone == null || shown != null) {
			return null;
		}
		int[] range = selectedCodePoints();
		org.excerpta.ui.IndexedSelection sel = new org.excerpta.ui.IndexedSelection(shownAlone, range[0], range[1]);
		return sel.isEmpty() ? null : sel;
	}

	/** The text widget's selection as start and end in code points, as codings count them (the widget counts chars). */
	private int[] selectedCodePoints() {
		org.eclipse.swt.graphics.Point range = text.getSelection();
		String content = text.getText();
		return new int[] { content.codePointCount(0, range.x), content.codePointCount(0, range.y) };
	}

	/** Follows Edit > Preferences: the text size is a preference, applied at once. */
	@Inject
	void fontSizeChanged(@Optional @org.eclipse.e4.core.di.extensions.Preference(nodePath = "org.excerpta.ui",
			value = org.excerpta.ui.preferences.PreferencesDialog.FONT_SIZE) String size) {
		if (text != null && !text.isDisposed() && size != null && size.matches("\\d+")) {
			applyFontSize(Integer.parseInt(size));
		}
	}

	private org.eclipse.swt.graphics.Font textFont;

	private void applyFontSize(int points) {
		org.eclipse.swt.graphics.FontData data = JFaceResources.getTextFont().getFontData()[0];
		org.eclipse.swt.graphics.Font old = textFont;
		textFont = new org.eclipse.swt.graphics.Font(text.getDisplay(), data.getName(), points, data.getStyle());
		text.setFont(textFont);
		if (old != null) {
			old.dispose();
		}
		stripes.control().redraw();
	}

	/** Opens a passage asked for by another view (an excerpt, a search hit): shown, selected, scrolled to. */
	@Inject
	void reveal(@Optional org.excerpta.ui.PassageRequest request) {
		if (request == null || text == null || text.isDisposed() || project == null || request.source().eResource() == null) {
			return;
		}
		if (shown != request.source()) {
			show(request.source());
		}
		selectAndReveal(request.start(), request.end());
	}

	/** Selects a passage of the text shown (code points, clamped to the text), scrolls to it and tells the Codebook. */
	private void selectAndReveal(int start, int end) {
		String content = text.getText();
		int length = content.codePointCount(0, content.length());
		int from = content.offsetByCodePoints(0, Math.min(start, length));
		int to = content.offsetByCodePoints(0, Math.min(end, length));
		text.setSelection(from, to);
		text.showSelection();
		publishSelection();
	}

	/**
	 * Shows the text again without losing the reader's place and selection: coding a passage with
	 * several codes in a row is common, and so is reading on while the project loads.
	 */
	private void keepingPlace(Runnable showAgain) {
		org.eclipse.swt.graphics.Point selected = text.getSelection();
		// In pixels, not lines: a wrapped text scrolled by a line index crept up a line with every change.
		int top = text.getTopPixel();
		showAgain.run();
		int length = text.getCharCount();
		text.setSelection(Math.min(selected.x, length), Math.min(selected.y, length));
		text.setTopPixel(top);
	}

	/** Shows a source's text with its speaker turns. */
	public void show(TextSource source) {
		shown = source;
		shownAlone = null;
		if (source != describedFor) {
			// Finding the source's case walks every case: once per source shown, not after every coding.
			described = describe(source);
			describedFor = source;
		}
		heading.setText(source.getName() + described);
		String content = project.text(source);
		text.setText(content);
		CodePointIndex offsets = new CodePointIndex(content);
		List<StyleRange> styles = new ArrayList<>();
		for (SpeakerTurn turn : source.getTurns()) {
			if (turn.getStart() > offsets.length()) {
				continue;
			}
			int start = offsets.charOffset(turn.getStart());
			int nameAt = content.indexOf(turn.getSpeaker() + ":", start);
			if (turn.getTimestampMillis() != null && nameAt > start) {
				styles.add(new StyleRange(start, nameAt - start, TIMESTAMP, null));
			}
			if (nameAt >= 0 && nameAt - start < 20) {
				StyleRange r = new StyleRange(nameAt, turn.getSpeaker().length() + 1, SPEAKER, null, SWT.BOLD);
				styles.add(r);
			}
		}
		refreshCoders();
		styles.addAll(codedPassages(source, offsets));
		styles.sort(java.util.Comparator.comparingInt(r -> r.start));
		text.setStyleRanges(merge(styles).toArray(StyleRange[]::new));
		heading.getParent().layout();
	}

	/** The project's coders in the filter, keeping the choice made. */
	private void refreshCoders() {
		String chosen = coderFilter.getText();
		List<String> names = new ArrayList<>();
		names.add(ALL_CODERS);
		project.model().getUsers().forEach(u -> names.add(u.getName()));
		if (!names.equals(List.of(coderFilter.getItems()))) {
			coderFilter.setItems(names.toArray(String[]::new));
			coderFilter.select(Math.max(0, names.indexOf(chosen)));
			coderFilter.getParent().layout();
		}
	}

	/** Shows only this coder's codings (null: everyone's). */
	public void showCoder(String name) {
		int i = name == null ? 0 : java.util.Arrays.asList(coderFilter.getItems()).indexOf(name);
		coderFilter.select(Math.max(0, i));
		if (shown != null && project != null) {
			show(shown);
		}
	}

	/**
	 * Coded text is shaded with a light tint of its code's colour (the last coding's, where several
	 * overlap), counting only the chosen coder's codings.
	 */
	private List<StyleRange> codedPassages(TextSource source, CodePointIndex offsets) {
		List<StyleRange> out = new ArrayList<>();
		int length = offsets.length();
		String coder = coderFilter.getSelectionIndex() <= 0 ? null : coderFilter.getText();
		List<CodingStripes.Stripe> bars = new ArrayList<>();
		for (org.excerpta.model.TextSelection sel : source.getSelections()) {
			if (sel.getStart() < sel.getEnd() && sel.getEnd() <= length) {
				int f = offsets.charOffset(sel.getStart());
				int t = offsets.charOffset(sel.getEnd());
				for (org.excerpta.model.Coding c : sel.getCodings()) {
					if (c.getCode() != null && (coder == null || (c.getCoder() != null && coder.equals(c.getCoder().getName())))) {
						// A memo on the coding or its passage is marked on the stripe's label, as NVivo and MAXQDA do.
						boolean memo = !c.getMemos().isEmpty() || !sel.getMemos().isEmpty();
						bars.add(CodingStripes.Stripe.of(c, f, t, Colours.rgb(c.getCode().getColor(), GREY), memo ? " \u270e" : ""));
					}
				}
			}
		}
		stripes.show(bars);
		for (org.excerpta.model.TextSelection sel : source.getSelections()) {
			List<org.excerpta.model.Coding> codings = sel.getCodings().stream()
					.filter(c -> coder == null || (c.getCoder() != null && coder.equals(c.getCoder().getName()))).toList();
			if (codings.isEmpty() || sel.getStart() >= sel.getEnd() || sel.getEnd() > length) {
				continue;
			}
			org.excerpta.model.Code code = codings.get(codings.size() - 1).getCode();
			int from = offsets.charOffset(sel.getStart());
			int to = offsets.charOffset(sel.getEnd());
			StyleRange r = new StyleRange(from, to - from, null, tint(code == null ? null : code.getColor()));
			out.add(r);
		}
		return out;
	}

	/** The stripes' labels, as drawn (for tests). */
	public List<String> stripeLabels() {
		return stripes.stripes().stream().map(CodingStripes.Stripe::label).toList();
	}

	/** The coding stripes beside the text (for tests). */
	public List<org.excerpta.model.Coding> stripedCodings() {
		return stripes.stripes().stream().map(CodingStripes.Stripe::coding).toList();
	}

	private final java.util.Map<String, Color> tints = new java.util.HashMap<>();

	private Color tint(String hex) {
		return tints.computeIfAbsent(hex == null ? "" : hex, h -> {
			org.eclipse.swt.graphics.RGB rgb = Colours.rgb(h, CodebookPart.NO_COLOUR);
			// A quarter of the colour on white: readable behind black text.
			return new Color(255 - (255 - rgb.red) / 4, 255 - (255 - rgb.green) / 4, 255 - (255 - rgb.blue) / 4);
		});
	}

	/**
	 * StyledText wants ranges that do not overlap: split them where they meet, keeping the
	 * speaker's bold colour and the coding's shade together.
	 */
	private static List<StyleRange> merge(List<StyleRange> ranges) {
		// A sweep over the cuts with the ranges in force: the ranges come sorted by start, and a later
		// range wins a colour, as before; thousands of codings stay linear rather than quadratic.
		java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
		for (StyleRange r : ranges) {
			cuts.add(r.start);
			cuts.add(r.start + r.length);
		}
		List<StyleRange> out = new ArrayList<>();
		List<StyleRange> active = new ArrayList<>(); // in the order of ranges
		int next = 0;
		Integer previous = null;
		for (int cut : cuts) {
			if (previous != null && cut > previous) {
				int from = previous;
				active.removeIf(r -> r.start + r.length <= from);
				while (next < ranges.size() && ranges.get(next).start <= from) {
					StyleRange r = ranges.get(next++);
					if (r.start + r.length > from) {
						active.add(r);
					}
				}
				if (!active.isEmpty()) {
					StyleRange piece = new StyleRange(previous, cut - previous, null, null);
					for (StyleRange r : active) {
						if (r.foreground != null) {
							piece.foreground = r.foreground;
							piece.fontStyle |= r.fontStyle;
						}
						if (r.background != null) {
							piece.background = r.background;
						}
					}
					out.add(piece);
				}
			}
			previous = cut;
		}
		return out;
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
		shownAlone = null;
		if (heading != null && !heading.isDisposed()) {
			heading.setText("No source selected");
			text.setText("Select an interview, document or survey answer in the Project Explorer to read it here.");
			text.setStyleRanges(new StyleRange[0]);
			stripes.show(List.of());
		}
	}

	@jakarta.annotation.PreDestroy
	void dispose() {
		follower.follow(null);
		tints.values().forEach(Color::dispose);
	}

	/** The project's source shown, or null (nothing, or a source read from the index while the project loads). */
	public TextSource shownSource() {
		return shown;
	}

	public StyledText textWidget() {
		return text;
	}

	public String heading() {
		return heading.getText();
	}
}
