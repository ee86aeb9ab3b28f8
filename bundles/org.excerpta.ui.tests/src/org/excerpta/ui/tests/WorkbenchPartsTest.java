package org.excerpta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.sample.SampleProject;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSource;
import org.excerpta.ui.parts.CodebookPart;
import org.excerpta.ui.parts.DocumentPart;
import org.excerpta.ui.parts.ProjectExplorerPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real parts, made by e4 injection in a shell on the sample project, driven as a user
 * would: what they show, how they follow selection, and that an undo shows at once.
 */
class WorkbenchPartsTest {

	private static Display display;
	private static Shell shell;
	private static ExcerptaProject project;
	private static ProjectExplorerPart explorer;
	private static CodebookPart codebook;
	private static DocumentPart document;
	/** The context the parts share, as a window's is in the workbench. */
	private static IEclipseContext windowContext;
	private static final List<Object> selections = new ArrayList<>();

	@BeforeAll
	static void openSampleInParts() throws Exception {
		display = Display.getDefault(); // this (main) thread becomes the UI thread
		project = SampleProject.createIn(Files.createTempDirectory("excerpta-ui").resolve("sample"));
		shell = new Shell(display);
		shell.setText("Excerpta");
		shell.setSize(1200, 760);
		shell.setLayout(new FillLayout());
		SashForm main = new SashForm(shell, SWT.HORIZONTAL);
		SashForm left = new SashForm(main, SWT.VERTICAL);
		IEclipseContext context = PartHarness.windowContext("test", display);
		windowContext = context;
		context.set(ESelectionService.class, new RecordingSelectionService(selections));
		context.set(ExcerptaProject.class, project);
		explorer = PartHarness.make(ProjectExplorerPart.class, context, new Composite(left, SWT.NONE));
		codebook = PartHarness.make(CodebookPart.class, context, new Composite(left, SWT.NONE));
		document = PartHarness.make(DocumentPart.class, context, new Composite(main, SWT.NONE));
		main.setWeights(30, 70);
		shell.open();
		pump();
	}

	@AfterAll
	static void close() {
		shell.dispose();
		project.close();
	}

	@Test
	void projectExplorerShowsSourcesCasesAndMemos() {
		Tree tree = explorer.viewer().getTree();
		List<String> folders = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			folders.add(item.getText());
		}
		assertEquals(List.of("Interviews and documents (4)", "Survey answers (78)", "Cases (44)", "Memos (1)"), folders);
		assertEquals("Site A commissioner interview  [transcript]", tree.getItem(0).getItem(0).getText());
	}

	@Test
	void codebookShowsTheFrameworkTreeWithColours() {
		Tree tree = codebook.viewer().getTree();
		assertEquals(2, tree.getItemCount());
		assertEquals("Commissioner-provider relationships framework  (group)", tree.getItem(0).getText());
		assertEquals(18, countItems(tree.getItems()));
		assertTrue(tree.getItem(0).getItem(0).getImage() != null, "each code shows its colour");
	}

	@Test
	void selectingATranscriptShowsItsTextWithSpeakersSetApart() throws Exception {
		TextSource transcript = (TextSource) project.model().getSources().stream()
				.filter(s -> s.getKind() == SourceKind.TRANSCRIPT).findFirst().orElseThrow();
		explorer.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(transcript), true);
		pump();
		assertEquals(transcript, selections.get(selections.size() - 1), "the explorer publishes its selection");
		document.show(transcript);
		pump();
		String text = document.textWidget().getText();
		assertTrue(text.startsWith("[Synthetic interview"), text.substring(0, 60));
		assertTrue(document.heading().startsWith("Site A commissioner interview"), document.heading());
		StyleRange[] styles = document.textWidget().getStyleRanges();
		long bold = java.util.Arrays.stream(styles).filter(r -> r.fontStyle == SWT.BOLD).count();
		assertEquals(transcript.getTurns().size(), bold, "every speaker name is set apart");
		assertEquals(SWT.BOLD, styles[0].fontStyle);
		assertTrue(text.substring(styles[0].start, styles[0].start + styles[0].length).endsWith(":"));
		screenshot("workbench-parts.png");
	}

	@Test
	void selectTextThenDoubleClickACodeToCodeIt() throws Exception {
		TextSource transcript = (TextSource) project.model().getSources().stream()
				.filter(s -> s.getKind() == SourceKind.TRANSCRIPT).findFirst().orElseThrow();
		new org.excerpta.core.coding.Coder(project).coder("Zed"); // a colleague who has not coded this passage
		document.show(transcript);
		pump();
		String text = document.textWidget().getText();
		int from = text.indexOf("Same desk, more or less");
		pump(); // let every repaint the earlier changes queued run before the selection is made
		document.textWidget().setSelection(from, from + "Same desk, more or less".length());
		document.textWidget().notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
		pump();
		org.excerpta.ui.DocumentSelection published = windowContext.get(org.excerpta.ui.DocumentSelection.class);
		assertTrue(published != null && published.source() == transcript && published.end() - published.start() == 23,
				"the Document view tells the window what is selected: " + published);
		Code complex = findCode("Complex organisations and adaptation");
		int before = project.summary().codings();
		assertTrue(codebook.codeSelection(complex));
		pump();
		assertEquals(before + 1, project.summary().codings());
		var selection = transcript.getSelections().get(transcript.getSelections().size() - 1);
		assertEquals("Same desk, more or less",
				text.substring(text.offsetByCodePoints(0, selection.getStart()), text.offsetByCodePoints(0, selection.getEnd())));
		StyleRange shaded = document.textWidget().getStyleRangeAtOffset(from + 3);
		assertTrue(shaded != null && shaded.background != null, "coded text is shaded in its code's colour");
		assertTrue(document.stripedCodings().stream().anyMatch(c -> c.getCode() == complex), "a coding stripe for the new coding");
		// Adjust the coding's boundaries: choose it (a click on its stripe), widen the selection, Ctrl+R.
		var coding = document.stripedCodings().stream().filter(c -> c.getCode() == complex).findFirst().orElseThrow();
		document.chooseCoding(coding);
		String wider = "Same desk, more or less, different logo";
		document.textWidget().setSelection(from, from + wider.length());
		assertTrue(document.resizeChosenCoding());
		assertEquals(wider, text.substring(text.offsetByCodePoints(0, selection.getStart()), text.offsetByCodePoints(0, selection.getEnd())),
				"the coded passage now ends where the selection does");
		project.commandStack().undo();
		pump();
		// Or drag the bottom end of its stripe down to the next turn: the passage then ends with that turn.
		int nextTurn = text.indexOf("\n\n", from) + 2;
		int nextTurnEnd = text.indexOf('\n', nextTurn);
		int lineY = document.textWidget().getLocationAtOffset(nextTurn + 1).y;
		document.dragStripeEnd(coding, false, lineY + 2);
		pump();
		int endChar = text.offsetByCodePoints(0, selection.getEnd());
		assertEquals(nextTurnEnd, endChar, "the passage now ends where the next turn ends: "
				+ text.substring(text.offsetByCodePoints(0, selection.getStart()), endChar));
		assertFalse(Character.isWhitespace(text.charAt(endChar - 1)), "without the line break");
		project.commandStack().undo();
		pump();
		assertEquals("Same desk, more or less",
				text.substring(text.offsetByCodePoints(0, selection.getStart()), text.offsetByCodePoints(0, selection.getEnd())), "undone");
		document.showCoder("Zed");
		StyleRange zeds = document.textWidget().getStyleRangeAtOffset(from + 3);
		assertTrue(zeds == null || zeds.background == null, "only the chosen coder's codings are shaded");
		document.showCoder(null);
		screenshot("coding-in-document.png");
		// Uncode from its stripe (right-click > Uncode): the stripe and the shading go; Undo brings them back.
		assertTrue(document.uncode(coding));
		pump();
		assertEquals(before, project.summary().codings(), "uncoded");
		assertFalse(document.stripedCodings().contains(coding), "its stripe is gone");
		assertFalse(transcript.getSelections().contains(selection), "and its passage, which held nothing else");
		project.commandStack().undo();
		pump();
		assertTrue(document.stripedCodings().contains(coding), "undone: the stripe is back");
		project.commandStack().undo();
		pump();
		assertEquals(before, project.summary().codings());
		StyleRange after = document.textWidget().getStyleRangeAtOffset(from + 3);
		assertTrue(after == null || after.background == null, "the undo shows at once");
	}

	@Test
	void quickCodeKeysAndInVivoCodingFromTheKeyboard() {
		TextSource transcript = (TextSource) project.model().getSources().stream()
				.filter(s -> s.getKind() == SourceKind.TRANSCRIPT).findFirst().orElseThrow();
		document.show(transcript);
		pump();
		Code innovation = findCode("Innovation");
		new org.excerpta.ui.QuickCodes(project).assign(1, innovation);
		codebook.viewer().refresh();
		assertTrue(labels(codebook.viewer().getTree().getItems()).stream().anyMatch(l -> l.startsWith("[1] Innovation")),
				"the codebook shows the key");
		String text = document.textWidget().getText();
		String words = "different logo on the lanyard";
		int from = text.indexOf(words);
		document.textWidget().setSelection(from, from + words.length());
		int before = project.summary().codings();
		org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
		key.character = '1';
		key.keyCode = '1';
		document.textWidget().notifyListeners(SWT.KeyDown, key);
		pump();
		assertEquals(before + 1, project.summary().codings(), "key 1 coded the selection with Innovation");
		assertEquals(1, new org.excerpta.core.coding.CodebookEditor(project).codingsOf(innovation, false));
		var coded = document.stripedCodings().stream().filter(c -> c.getCode() == innovation).findFirst().orElseThrow();
		new org.excerpta.core.coding.Memos(project).attach(coded, "Why", "Rebranding without change.",
				new org.excerpta.core.coding.Coder(project).coder("Zed"));
		pump();
		assertTrue(document.stripeLabels().contains("Innovation \u270e"), "a memo is marked on the stripe: " + document.stripeLabels());
		project.commandStack().undo(); // the memo
		pump();

		Code inVivo = document.codeInVivo();
		assertEquals(words, inVivo.getName(), "an in-vivo code is named by the passage's words");
		assertEquals(before + 2, project.summary().codings());
		project.commandStack().undo();
		project.commandStack().undo();
		pump();
		assertEquals(before, project.summary().codings());
	}

	@Test
	void filterTheCodebookAndDropPassagesAndCodesOntoCodes() {
		codebook.filter("tacit");
		pump();
		List<String> shown = labels(codebook.viewer().getTree().getItems());
		assertTrue(shown.stream().anyMatch(l -> l.contains("Tacit")), shown.toString());
		assertTrue(shown.stream().noneMatch(l -> l.contains("Innovation")), "codes that do not match are hidden: " + shown);
		assertTrue(shown.stream().anyMatch(l -> l.startsWith("Knowledge management")), "their parents stay, for the tree's shape");
		codebook.filter("");
		pump();

		TextSource transcript = (TextSource) project.model().getSources().stream()
				.filter(s -> s.getKind() == SourceKind.TRANSCRIPT).findFirst().orElseThrow();
		Code tacit = findCode("Tacit");
		int before = project.summary().codings();
		assertTrue(codebook.drop(new org.excerpta.ui.DocumentSelection(transcript, 100, 140), tacit, false, 0),
				"a passage dropped on a code is coded with it");
		assertEquals(before + 1, project.summary().codings());
		project.commandStack().undo();

		Code leadership = findCode("Leadership");
		Code tenure = findCode("Tenure of leaders");
		assertTrue(codebook.drop(leadership, tenure, false, 0), "a code dropped on a code moves under it");
		assertEquals(tenure, leadership.eContainer());
		project.commandStack().undo();
		assertEquals(tenure.eContainer(), leadership.eContainer(), "and the undo puts it back");

		java.util.List<Code> siblings = tenure.eContainer() instanceof Code parent ? parent.getChildren()
				: project.model().getCodebook().getCodes();
		assertTrue(codebook.drop(leadership, tenure, false, 1), "a code dropped on the lower edge of another goes after it");
		assertEquals(siblings.indexOf(tenure) + 1, siblings.indexOf(leadership));
		assertTrue(codebook.drop(leadership, tenure, false, -1), "and on its upper edge, before it");
		assertEquals(siblings.indexOf(tenure) - 1, siblings.indexOf(leadership));
	}

	@Test
	void theTextSizePreferenceAppliesAtOnce() {
		var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.excerpta.ui");
		try {
			node.putInt(org.excerpta.ui.preferences.PreferencesDialog.FONT_SIZE, 17);
			pump();
			assertEquals(17, document.textWidget().getFont().getFontData()[0].getHeight());
		} finally {
			node.remove(org.excerpta.ui.preferences.PreferencesDialog.FONT_SIZE);
		}
	}

	@Test
	void aRenameAndItsUndoShowAtOnce() {
		Code innovation = findCode("Innovation");
		project.execute(SetCommand.create(project.editingDomain(), innovation, Literals.CODE__NAME, "Innovation and change"));
		pump();
		assertTrue(labels(codebook.viewer().getTree().getItems()).contains("Innovation and change"));
		project.commandStack().undo();
		pump();
		assertTrue(labels(codebook.viewer().getTree().getItems()).contains("Innovation"));
		assertTrue(!labels(codebook.viewer().getTree().getItems()).contains("Innovation and change"));
	}

	/** New code, sub-code, rename and delete from the Codebook's menu and keys: each one undoable step. */
	@Test
	void codesAreAddedRenamedAndDeletedInTheCodebook() {
		int codingsBefore = project.summary().codings();
		org.excerpta.model.User ann = new org.excerpta.core.coding.Coder(project).coder("Ann"); // a step of its own
		org.eclipse.swt.widgets.Menu menu = codebook.viewer().getTree().getMenu();
		assertNotNull(menu, "a right-click menu on the codebook");
		List<String> items = new ArrayList<>();
		for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
			items.add(i.getText());
		}
		assertEquals(List.of("&New Code...\tInsert", "New &Sub-code...\tShift+Insert", "&Rename...\tF2", "", "&Delete...\tDelete"), items);

		Code trust = codebook.newCode(null, "Trust");
		pump();
		assertEquals(project.model().getCodebook(), trust.eContainer(), "a new code at the top of the codebook");
		assertTrue(trust.isCodable());
		assertEquals(trust, codebook.viewer().getStructuredSelection().getFirstElement(), "and selected, ready to code with");
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
			assertTrue(i.getStyle() == SWT.SEPARATOR || i.getEnabled(), "enabled on a code of a project open for writing: " + i.getText());
		}
		Code broken = codebook.newCode(trust, "Broken trust");
		assertEquals(trust, broken.eContainer(), "a sub-code under the code chosen");
		assertTrue(labels(codebook.viewer().getTree().getItems()).contains("Broken trust"));
		TextSource transcript = (TextSource) project.model().getSources().stream()
				.filter(x -> x.getKind() == SourceKind.TRANSCRIPT).findFirst().orElseThrow();
		new org.excerpta.core.coding.Coder(project).code(transcript, 10, 40, broken, ann);

		IllegalArgumentException twice = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> codebook.newCode(null, "Trust"));
		assertTrue(twice.getMessage().contains("already exists"), twice.getMessage());
		IllegalArgumentException slash = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> codebook.newCode(null, "Trust / distrust"));
		assertTrue(slash.getMessage().contains("cannot contain"), slash.getMessage());

		codebook.renameCode(trust, "Trust between partners");
		pump();
		assertTrue(labels(codebook.viewer().getTree().getItems()).contains("Trust between partners"));
		assertEquals("Delete \"Trust between partners\", its 1 sub-code and their 1 coding? Edit > Undo brings them back.",
				codebook.whatDeleteRemoves(trust), "the question says what goes with the code");
		assertEquals(1, codebook.deleteCode(trust));
		pump();
		assertTrue(labels(codebook.viewer().getTree().getItems()).stream().noneMatch(l -> l.startsWith("Trust") || l.startsWith("Broken")));
		assertEquals(codingsBefore, project.summary().codings(), "its coding went with it");

		for (int i = 0; i < 6; i++) { // delete, rename, coding, sub-code, code, coder
			project.commandStack().undo();
		}
		pump();
		assertEquals(18, countItems(codebook.viewer().getTree().getItems()), "undone step by step, the codebook is as it was");
		assertTrue(codebook.canEdit());
	}

	private static Code findCode(String name) {
		for (var it = project.model().getCodebook().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Code c && c.getName().equals(name)) {
				return c;
			}
		}
		throw new AssertionError(name);
	}

	private static int countItems(TreeItem[] items) {
		int n = items.length;
		for (TreeItem i : items) {
			n += countItems(i.getItems());
		}
		return n;
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> out = new ArrayList<>();
		for (TreeItem i : items) {
			out.add(i.getText());
			out.addAll(labels(i.getItems()));
		}
		return out;
	}

	private static void pump() {
		PartHarness.pump(display);
	}

	private static void screenshot(String name) throws Exception {
		saveScreenshot(shell, name);
	}

	/** Saves what a shell shows, for a person to look at (target/screenshots). */
	static void saveScreenshot(Shell shell, String name) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "screenshots"));
		shell.update();
		var area = shell.getClientArea();
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
