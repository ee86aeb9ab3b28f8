package org.excerpta.exchange.qdpx;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.ecore.EObject;
import org.excerpta.core.ExcerptaProject;
import org.excerpta.model.Case;
import org.excerpta.model.Coding;
import org.excerpta.model.ItemSet;
import org.excerpta.model.Project;
import org.excerpta.model.Source;
import org.excerpta.model.SpeakerTurn;
import org.excerpta.model.TextSelection;
import org.excerpta.model.TextSource;

/**
 * Exports a whole project as a REFI-QDA project archive (.qdpx): {@code project.qde} (valid
 * against Project.xsd), each text in {@code sources/<guid>.txt} (UTF-8, positions in code
 * points), and, for Excerpta itself, what the standard has no place for (see
 * {@link ExcerptaExtras}) with the original files. The archive is written beside the target
 * under a temporary name and renamed into place when complete, so the target is either the old
 * file or the whole new one.
 */
public final class QdpxExporter {

	private final boolean includeOriginals;

	/** An exporter that includes the original files the texts were taken from. */
	public QdpxExporter() {
		this(true);
	}

	public QdpxExporter(boolean includeOriginals) {
		this.includeOriginals = includeOriginals;
	}

	/**
	 * Writes the project to {@code file}.
	 *
	 * @throws QdpxExportException when it cannot (a text file of the project is missing, the
	 *                             disk is full...); the target is then unchanged
	 */
	public QdpxExportResult export(ExcerptaProject project, Path file) {
		Path target = file.toAbsolutePath().normalize();
		Path tmp = null;
		try {
			Files.createDirectories(target.getParent());
			tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
			QdpxExportResult result = write(project, tmp, target);
			try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			org.excerpta.core.store.AtomicFiles.moveIntoPlace(tmp, target);
			return result;
		} catch (IOException | XMLStreamException | RuntimeException e) {
			deleteQuietly(tmp);
			if (e instanceof QdpxExportException qe) {
				throw qe;
			}
			throw new QdpxExportException("cannot export \"" + project.name() + "\" to " + target + ": " + e.getMessage(), e);
		}
	}

	private QdpxExportResult write(ExcerptaProject project, Path tmp, Path target) throws IOException, XMLStreamException {
		Project model = project.model();
		List<String> warnings = new ArrayList<>();
		ExcerptaExtras extras = new ExcerptaExtras();
		extras.origin = model.getOrigin();
		extras.language = model.getLanguage();
		int sources = 0;
		int originals = 0;
		try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
			zip.putNextEntry(new ZipEntry("project.qde"));
			// The XML writer writes a byte at a time; buffered, the deflater gets whole blocks.
			BufferedOutputStream qde = new BufferedOutputStream(unclosable(zip), 1 << 16);
			new QdeWriter(model, warnings).write(qde);
			qde.flush();
			zip.closeEntry();
			for (Source s : model.getSources()) {
				if (!(s instanceof TextSource t)) {
					continue;
				}
				sources++;
				if (QdeWriter.hasTextFile(t)) {
					zip.putNextEntry(new ZipEntry("sources/" + t.getGuid() + ".txt"));
					String what = "the text of \"" + t.getName() + "\"";
					Files.copy(existing(inside(project, t.getPlainTextPath(), what), what), zip);
					zip.closeEntry();
				}
				String originalEntry = null;
				String originalName = null;
				if (includeOriginals && t.getOriginalPath() != null) {
					Path original = inside(project, t.getOriginalPath(), "the original file of \"" + t.getName() + "\"");
					if (Files.isRegularFile(original)) {
						originalName = original.getFileName().toString();
						originalEntry = ExcerptaExtras.ORIGINALS + t.getGuid() + "/" + originalName;
						zip.putNextEntry(new ZipEntry(originalEntry));
						Files.copy(original, zip);
						zip.closeEntry();
						originals++;
					} else {
						warnings.add("the original file of \"" + t.getName() + "\" (" + t.getOriginalPath() + ") is missing; left out");
					}
				}
				List<ExcerptaExtras.Turn> turns = new ArrayList<>();
				for (SpeakerTurn turn : t.getTurns()) {
					turns.add(new ExcerptaExtras.Turn(turn.getGuid(), turn.getSpeaker(), turn.getStart(), turn.getEnd(),
							turn.getTimestampMillis()));
				}
				extras.sources.put(t.getGuid(), new ExcerptaExtras.SourceExtras(t.getGuid(),
						t.getKind() == null ? null : t.getKind().getLiteral(), t.getContentHash(), originalEntry, originalName,
						turns));
			}
			for (Case c : model.getCases()) {
				if (!c.getMemos().isEmpty()) {
					extras.memos.put(c.getGuid(), c.getMemos().stream().map(m -> m.getGuid()).toList());
				}
			}
			for (ItemSet s : model.getSets()) {
				if (!s.getMemos().isEmpty()) {
					extras.memos.put(s.getGuid(), s.getMemos().stream().map(m -> m.getGuid()).toList());
				}
			}
			zip.putNextEntry(new ZipEntry(ExcerptaExtras.ENTRY));
			extras.write(zip);
			zip.closeEntry();
		}
		int selections = 0;
		int codings = 0;
		for (Source s : model.getSources()) {
			for (Iterator<EObject> it = s.eAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (o instanceof TextSelection) {
					selections++;
				} else if (o instanceof Coding) {
					codings++;
				}
			}
		}
		return new QdpxExportResult(target, sources, selections, codings, model.getNotes().size(), originals,
				List.copyOf(warnings));
	}

	/** A file of the project by its stored relative path, refusing one that would lie outside the project. */
	private static Path inside(ExcerptaProject project, String relative, String what) {
		Path folder = project.folder().toAbsolutePath().normalize();
		Path file = folder.resolve(relative).normalize();
		if (!file.startsWith(folder)) {
			throw new QdpxExportException(what + " (" + relative + ") lies outside the project folder", null);
		}
		return file;
	}

	private static Path existing(Path file, String what) {
		if (!Files.isRegularFile(file)) {
			throw new QdpxExportException(what + " is missing from the project folder (" + file + ")", null);
		}
		return file;
	}

	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	private static void deleteQuietly(Path tmp) {
		if (tmp != null) {
			try {
				Files.deleteIfExists(tmp);
			} catch (IOException e) {
				// a stray hidden .tmp file beside the target is harmless
			}
		}
	}
}
