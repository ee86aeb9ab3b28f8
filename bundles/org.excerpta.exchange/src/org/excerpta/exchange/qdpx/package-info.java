/**
 * REFI-QDA project exchange: whole projects out as .qdpx archives and in from .qdpx or .qde.
 *
 * <p>Entry points: {@link org.excerpta.exchange.qdpx.QdpxExporter#export} (a project to an
 * archive, written atomically; project.qde valid against Project.xsd of March 2019) and
 * {@link org.excerpta.exchange.qdpx.QdpxImporter#importProject} (an archive into a new project
 * folder, built beside it and renamed into place only when complete), which returns a
 * {@link org.excerpta.exchange.qdpx.QdpxImportReport}.
 *
 * <p>Decisions worth knowing:
 * <ul>
 * <li>GUIDs come through in Excerpta's form: lower case, without braces (as the codebook reader
 * has always written them). The project's and codebook's own GUIDs and those of variable values
 * have no place in QDA-XML and are issued afresh.</li>
 * <li>What QDA-XML has no place for (the project's language, a source's kind, speaker turns,
 * content hash and original file, memos of cases and sets) travels in
 * {@code excerpta/extras.json} and {@code excerpta/originals/} inside the archive; other programs
 * ignore them, and Excerpta restores them, so its own projects round-trip whole.</li>
 * <li>Texts are stored with LF line ends. A file whose text has CRLF line ends is read with its
 * positions counting a CRLF as one character (as ATLAS.ti does) or two (as the standard says),
 * decided per source from whether its selections then fit, sit on word boundaries and match
 * their names; the report says which.</li>
 * <li>ATLAS.ti "Parent::Child" code names: the code moves under the sibling code named "Parent",
 * as "Child", when there is one (reported); otherwise the name stays as written. An option
 * keeps all names as written.</li>
 * <li>A selection's description becomes a memo on it; a note's description becomes its text, or
 * its first paragraph; a coding of a whole source becomes a coding of its whole text.</li>
 * <li>Pictures, audio, video, PDF page regions and graphs are not modelled: each, and every
 * selection, coding and transcript in it, is listed in the report. A PDF with a plain text
 * representation comes in as a text source under the PDF's GUID, the PDF kept as its original.</li>
 * <li>Only what the archive holds is read: {@code relative://} and {@code absolute://} files are
 * looked for in the archive by name and otherwise reported missing, never read from disk.</li>
 * </ul>
 */
package org.excerpta.exchange.qdpx;
