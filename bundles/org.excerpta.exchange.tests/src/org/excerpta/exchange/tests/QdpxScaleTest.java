package org.excerpta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.core.ModelElements;
import org.excerpta.core.store.ProjectStore;
import org.excerpta.exchange.qdpx.QdpxExportResult;
import org.excerpta.exchange.qdpx.QdpxExporter;
import org.excerpta.exchange.qdpx.QdpxImportReport;
import org.excerpta.exchange.qdpx.QdpxImporter;
import org.excerpta.model.Case;
import org.excerpta.model.Code;
import org.excerpta.model.Coding;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage.Literals;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Link;
import org.excerpta.model.LinkDirection;
import org.excerpta.model.Memo;
import org.excerpta.model.SourceKind;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;
import org.excerpta.model.User;
import org.excerpta.model.Variable;
import org.excerpta.model.VariableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project of the size a thesis reaches (500 documents, 20,000 codings by three coders, 100
 * cases, memos on selections), generated from a fixed seed, goes out and comes back losslessly.
 */
class QdpxScaleTest {

	private static final int SOURCES = 500;
	private static final int SELECTIONS_PER_SOURCE = 40;

	@TempDir
	Path tmp;

	@Test
	void aLargeProjectRoundTripsLosslessly() throws Exception {
		Path qdpx = tmp.resolve("large.qdpx");
		try (ExcerptaProject original = generate(tmp.resolve("large"))) {
			long t0 = System.nanoTime();
			QdpxExportResult exported = new QdpxExporter().export(original, qdpx);
			long t1 = System.nanoTime();
			assertEquals(SOURCES * SELECTIONS_PER_SOURCE, exported.codings());
			QdeSchema.assertValid(qdpx);
			long t2 = System.nanoTime();
			QdpxImportReport report = new QdpxImporter().importProject(qdpx, tmp.resolve("imported"));
			long t3 = System.nanoTime();
			assertEquals(List.of(), report.notImported());
			assertEquals(SOURCES * SELECTIONS_PER_SOURCE, report.count(QdpxImportReport.CODING));
			try (ExcerptaProject imported = ExcerptaProject.open(tmp.resolve("imported"))) {
				long t4 = System.nanoTime();
				ProjectComparison.assertSameProject(original, imported);
				System.out.printf("scale: export %d ms (%d KB), validate %d ms, import %d ms, reopen %d ms%n",
						(t1 - t0) / 1_000_000, Files.size(qdpx) / 1024, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
						(t4 - t3) / 1_000_000);
			}
		}
	}

	private static ExcerptaProject generate(Path folder) {
		Random random = new Random(42);
		ExcerptaProject p = ExcerptaProject.create(folder, "Generated study");
		var d = p.editingDomain();
		List<User> coders = List.of(ModelElements.user("Coder A", "a"), ModelElements.user("Coder B", "b"),
				ModelElements.user("Coder C", "c"));
		List<Code> leaves = new ArrayList<>();
		List<Code> roots = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Code root = ModelElements.code("Theme " + i, String.format("#%06X", random.nextInt(1 << 24)), "Theme " + i
					+ " groups its sub-themes.", false);
			for (int j = 0; j < 5; j++) {
				Code leaf = ModelElements.code("Sub-theme " + i + "." + j, String.format("#%06X", random.nextInt(1 << 24)),
						null, true);
				root.getChildren().add(leaf);
				leaves.add(leaf);
			}
			roots.add(root);
		}
		Variable group = ModelElements.variable("Group", VariableType.TEXT);
		Variable age = ModelElements.variable("Age", VariableType.INTEGER);
		Variable joined = ModelElements.variable("Joined", VariableType.DATE);
		CompoundCommand setup = new CompoundCommand("setup");
		setup.append(AddCommand.create(d, p.model(), Literals.PROJECT__USERS, coders));
		setup.append(AddCommand.create(d, p.model().getCodebook(), Literals.CODEBOOK__CODES, roots));
		setup.append(AddCommand.create(d, p.model(), Literals.PROJECT__VARIABLES, List.of(group, age, joined)));
		p.execute(setup);

		String[] words = "the team met again and talked about trust budgets waiting lists partners change staff patients"
				.split(" ");
		List<TextSource> sources = new ArrayList<>();
		List<Memo> memos = new ArrayList<>();
		List<TextSource> batch = new ArrayList<>();
		for (int s = 0; s < SOURCES; s++) {
			StringBuilder text = new StringBuilder();
			while (text.length() < 3000) {
				text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
			}
			TextSource src = ModelElements.textSource("Document " + s, s % 7 == 0 ? SourceKind.TRANSCRIPT : SourceKind.DOCUMENT,
					coders.get(s % 3));
			src.setPlainTextPath(p.store().storeText(src.getGuid(), text.toString()));
			src.setLength(text.length());
			int pos = 0;
			for (int k = 0; k < SELECTIONS_PER_SOURCE; k++) {
				int start = pos + random.nextInt(20);
				int end = start + 5 + random.nextInt(60);
				pos = start + 10;
				TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
				sel.setGuid(ProjectStore.newGuid());
				sel.setStart(start);
				sel.setEnd(end);
				User coder = coders.get(random.nextInt(3));
				sel.setCreatingUser(coder);
				sel.setCreated(new Date(1_700_000_000_000L + random.nextInt(1_000_000_000)));
				Coding coding = ExcerptaFactory.eINSTANCE.createCoding();
				coding.setGuid(ProjectStore.newGuid());
				coding.setCode(leaves.get(random.nextInt(leaves.size())));
				coding.setCoder(coder);
				coding.setCreated(sel.getCreated());
				sel.getCodings().add(coding);
				if (k % 100 == 0) {
					Memo memo = ModelElements.memo("Note on document " + s, "Why this passage matters " + s + ".", coder);
					memos.add(memo);
					sel.getMemos().add(memo);
				}
				src.getSelections().add(sel);
			}
			sources.add(src);
			batch.add(src);
			if (batch.size() == 50) {
				CompoundCommand c = new CompoundCommand("sources");
				c.append(AddCommand.create(d, p.model(), Literals.PROJECT__NOTES, new ArrayList<>(memos)));
				c.append(AddCommand.create(d, p.model(), Literals.PROJECT__SOURCES, new ArrayList<>(batch)));
				p.execute(c);
				memos.clear();
				batch.clear();
			}
		}
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			Case c = ModelElements.aCase("Participant " + i);
			c.getValues().add(ModelElements.value(group, i % 2 == 0 ? "North" : "South"));
			c.getValues().add(ModelElements.value(age, Integer.toString(20 + random.nextInt(50))));
			c.getValues().add(ModelElements.value(joined, String.format("20%02d-0%d-1%d", 10 + i % 10, 1 + i % 9, i % 10)));
			c.getSources().addAll(sources.subList(i * 5, i * 5 + 5));
			c.getSelections().add(sources.get(i * 5).getSelections().get(0));
			cases.add(c);
		}
		ItemSet set = ExcerptaFactory.eINSTANCE.createItemSet();
		set.setGuid(ProjectStore.newGuid());
		set.setName("First fifty");
		set.getMemberSources().addAll(sources.subList(0, 50));
		set.getMemberCodes().addAll(leaves.subList(0, 5));
		Link link = ExcerptaFactory.eINSTANCE.createLink();
		link.setGuid(ProjectStore.newGuid());
		link.setName("contrasts with");
		link.setDirection(LinkDirection.ASSOCIATIVE);
		link.setOrigin(cases.get(0));
		link.setTarget(sources.get(3).getSelections().get(2));
		CompoundCommand rest = new CompoundCommand("cases");
		rest.append(AddCommand.create(d, p.model(), Literals.PROJECT__CASES, cases));
		rest.append(AddCommand.create(d, p.model(), Literals.PROJECT__SETS, set));
		rest.append(AddCommand.create(d, p.model(), Literals.PROJECT__LINKS, link));
		p.execute(rest);
		return p;
	}
}
