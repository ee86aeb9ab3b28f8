package org.excerpta.importer.document;

import java.nio.file.Path;
import java.util.Set;

import org.excerpta.api.ImportProblem;
import org.excerpta.api.ImportedText;
import org.excerpta.api.SourceImporter;

/**
 * Excerpta's own importer of documents (Word, OpenDocument, RTF, PDF, HTML, plain text) through
 * Apache Tika. Registered as a service (OSGI-INF/documents.xml) like any plugin's importer; speaker
 * turns in the text are found afterwards, as the import options say.
 */
public final class TikaDocuments implements SourceImporter {

	static final Set<String> EXTENSIONS = Set.of("txt", "md", "docx", "doc", "odt", "rtf", "pdf", "html", "htm");

	private final TextExtractor extractor;

	public TikaDocuments() {
		this(new TextExtractor());
	}

	public TikaDocuments(TextExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public String id() {
		return "excerpta.documents";
	}

	@Override
	public String name() {
		return "Documents (Word, OpenDocument, RTF, PDF, HTML, text)";
	}

	@Override
	public Set<String> extensions() {
		return EXTENSIONS;
	}

	@Override
	public ImportedText read(Path file) {
		try {
			return ImportedText.plain(extractor.extract(file));
		} catch (ImportFailure f) {
			throw new ImportProblem(f.getMessage(), f);
		}
	}
}
