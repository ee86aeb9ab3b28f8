package org.excerpta.importer.document;

import java.util.Map;
import java.util.Set;

/**
 * How to import documents and transcripts.
 *
 * @param detectSpeakers find speaker turns (off: every file is a plain document)
 * @param onlySpeakers when not empty, the speaker labels the user confirmed; other labels are text
 * @param renameSpeakers labels to replace, for example {@code Dan -> Interviewer}
 * @param codeSpeakers code each speaker's turns with a code "Speakers / name"
 * @param casePerSpeaker link each speaker's turns to a case named after the speaker
 * @param coder name of the coder recorded on speaker codings (created if new)
 */
public record DocumentImportOptions(boolean detectSpeakers, Set<String> onlySpeakers, Map<String, String> renameSpeakers,
		boolean codeSpeakers, boolean casePerSpeaker, String coder) {

	public static DocumentImportOptions defaults() {
		return new DocumentImportOptions(true, Set.of(), Map.of(), false, false, null);
	}
}
