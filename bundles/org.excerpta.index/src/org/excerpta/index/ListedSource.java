package org.excerpta.index;

/**
 * A source as a list of the project's sources names it (the Project Explorer while the project
 * loads): enough to show it, sort it and open it in the Document view.
 *
 * @param guid the source's GUID
 * @param name its name ("Interview 3", or a survey answer's respondent and question)
 * @param surveyAnswer whether it is a survey answer (else an interview or document)
 */
public record ListedSource(String guid, String name, boolean surveyAnswer) {
}
