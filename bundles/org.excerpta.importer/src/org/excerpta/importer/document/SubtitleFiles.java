package org.excerpta.importer.document;

import java.nio.file.Path;
import java.util.Set;

import org.excerpta.api.ImportProblem;
import org.excerpta.api.ImportedText;
import org.excerpta.api.SourceImporter;
import org.excerpta.api.SpeakerTurn;

/**
 * Excerpta's own importer of subtitle files (WebVTT, SubRip) as transcripts: each cue becomes a
 * speaker turn with its timestamp. Registered as a service (OSGI-INF/subtitles.xml).
 */
public final class SubtitleFiles implements SourceImporter {

	private final TextExtractor extractor;

	public SubtitleFiles() {
		this(new TextExtractor());
	}

	public SubtitleFiles(TextExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public String id() {
		return "excerpta.subtitles";
	}

	@Override
	public String name() {
		return "Subtitles (WebVTT, SubRip)";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("vtt", "srt");
	}

	@Override
	public int priority() {
		return 10;
	}

	@Override
	public ImportedText read(Path file) {
		String text;
		try {
			text = extractor.extract(file);
		} catch (ImportFailure f) {
			throw new ImportProblem(f.getMessage(), f);
		}
		try {
			Transcript t = new SubtitleTranscript().read(text);
			return ImportedText.transcript(t.text(),
					t.turns().stream().map(x -> new SpeakerTurn(x.speaker(), x.start(), x.end(), x.timestampMillis())).toList());
		} catch (IllegalArgumentException e) {
			throw new ImportProblem("is not a valid subtitle file: " + e.getMessage(), e);
		}
	}
}
