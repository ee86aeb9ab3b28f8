package org.excerpta.index;

import java.util.Comparator;

/**
 * Names in the order a person reads them: runs of digits compared as numbers ("Interview 2"
 * before "Interview 10", "R9" before "R10"), letters without regard to case, and the plain
 * character order only to separate names that are otherwise equal ("Site 01" and "Site 1"). This
 * is the order NVivo and a file manager list files in; no library on the product's platform
 * offers it (ICU's numeric collation is not there).
 */
public final class NaturalOrder implements Comparator<String> {

	/** The one comparator: it keeps no state. */
	public static final NaturalOrder NAMES = new NaturalOrder();

	private NaturalOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (isDigit(x) && isDigit(y)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byNumber = compareNumbers(a, i, endA, b, j, endB);
				if (byNumber != 0) {
					return byNumber;
				}
				i = endA;
				j = endB;
				continue;
			}
			if (x != y) {
				int byLetter = Character.compare(Character.toLowerCase(Character.toUpperCase(x)), Character.toLowerCase(Character.toUpperCase(y)));
				if (byLetter != 0) {
					return byLetter;
				}
			}
			i++;
			j++;
		}
		int byLength = Integer.compare(a.length() - i, b.length() - j); // the shorter name, a prefix of the other, first
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	/** Two runs of digits as the numbers they write, however long (no overflow): leading zeros aside, the longer is larger. */
	private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
		while (fromA < endA - 1 && a.charAt(fromA) == '0') {
			fromA++;
		}
		while (fromB < endB - 1 && b.charAt(fromB) == '0') {
			fromB++;
		}
		int byDigits = Integer.compare(endA - fromA, endB - fromB);
		if (byDigits != 0) {
			return byDigits;
		}
		for (int k = 0; k < endA - fromA; k++) {
			int d = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
			if (d != 0) {
				return d;
			}
		}
		return 0;
	}
}
