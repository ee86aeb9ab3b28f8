package org.excerpta.team.agreement;

import java.util.List;

import org.excerpta.analysis.agreement.Agreement;
import org.excerpta.model.Code;

/**
 * The agreement of the coders on one code, or on all chosen codes pooled.
 *
 * @param code          the code, or null for the pooled row
 * @param label         the code's path in the codebook, or "All codes (pooled)"
 * @param agreement     the coefficients, each with its number of units; a unit's value for a coder
 *                      is "coded" or "not coded"
 * @param codedByCoder  for each coder (in the settings' order), the number of units that coder
 *                      coded with the code
 */
public record CodeAgreement(Code code, String label, Agreement agreement, List<Long> codedByCoder) {

	/** The label of the pooled row. */
	public static final String POOLED = "All codes (pooled)";

	public CodeAgreement {
		codedByCoder = List.copyOf(codedByCoder);
	}

	/** Whether this is the row of all codes pooled. */
	public boolean isPooled() {
		return code == null;
	}

	/** The number of units the coders were compared on. */
	public long units() {
		return agreement.units();
	}
}
