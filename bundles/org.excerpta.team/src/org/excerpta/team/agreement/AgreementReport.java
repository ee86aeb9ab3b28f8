package org.excerpta.team.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of an agreement study: one row per code and a pooled row, the passages where the
 * coders differ, and notes on how the units were found.
 *
 * @param settings       what was compared
 * @param codes          one row per chosen code, in the settings' order
 * @param pooled         all codes pooled: each (unit, code) pair is one unit
 * @param unitsExamined  the units found in the chosen sources
 * @param unitsLeftOut   the units left out because no chosen coder coded them with any chosen code
 *                       (0 when {@link AgreementSettings#includeUncoded()} is set)
 * @param disagreements  where coders differ, by source (in the settings' order), then position, then code
 * @param notes          what a reader of the figures should know: fallbacks, codings outside every
 *                       unit, clipped codings
 */
public record AgreementReport(AgreementSettings settings, List<CodeAgreement> codes, CodeAgreement pooled, long unitsExamined,
		long unitsLeftOut, List<Disagreement> disagreements, List<String> notes) {

	public AgreementReport {
		codes = List.copyOf(codes);
		disagreements = List.copyOf(disagreements);
		notes = List.copyOf(notes);
	}

	/** The per-code rows followed by the pooled row, as a table prints them. */
	public List<CodeAgreement> rows() {
		List<CodeAgreement> all = new ArrayList<>(codes);
		all.add(pooled);
		return all;
	}

	/** The units compared per code: those examined less those left out. */
	public long unitsCompared() {
		return unitsExamined - unitsLeftOut;
	}
}
