package org.excerpta.index;

import java.util.List;
import java.util.Map;

/**
 * Codes by the values of one case attribute: for each code and value, how many cases with that
 * value have the code; and for each value, how many cases have it (the column's base).
 */
public record CodeMatrix(String attribute, List<String> values, Map<String, Map<String, Integer>> casesByCodeAndValue,
		Map<String, Integer> casesWithValue) {

	public int cell(String codeGuid, String value) {
		return casesByCodeAndValue.getOrDefault(codeGuid, Map.of()).getOrDefault(value, 0);
	}

	public int rowTotal(String codeGuid) {
		return casesByCodeAndValue.getOrDefault(codeGuid, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Share of the cases with this value that have the code (the usual "% of GPs" figure). */
	public double columnShare(String codeGuid, String value) {
		int base = casesWithValue.getOrDefault(value, 0);
		return base == 0 ? Double.NaN : (double) cell(codeGuid, value) / base;
	}

	/** Share of the code's cases that have this value. */
	public double rowShare(String codeGuid, String value) {
		int total = rowTotal(codeGuid);
		return total == 0 ? Double.NaN : (double) cell(codeGuid, value) / total;
	}
}
