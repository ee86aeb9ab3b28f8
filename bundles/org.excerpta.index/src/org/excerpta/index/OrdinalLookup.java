package org.excerpta.index;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.SortedDocValues;

/**
 * Turns many ordinals of a sorted doc-values field into their strings, each distinct ordinal looked
 * up once and in ascending order.
 * <p>
 * Lucene keeps such a field's terms compressed in blocks of 64. Looking ordinals up in document
 * order, which for GUIDs is random, decompresses a block for nearly every hit: listing the 50,000
 * answers an autocode query finds spent half its time there. In ascending order each block is
 * decompressed once and read on.
 */
final class OrdinalLookup {

	private OrdinalLookup() {
	}

	/** The strings of {@code ords[0..n)}, null where the ordinal is negative (no value). */
	static String[] resolve(SortedDocValues values, int[] ords, int n) throws IOException {
		int[] distinct = Arrays.copyOf(ords, n);
		Arrays.sort(distinct);
		String[] strings = new String[n];
		int d = 0;
		for (int o : distinct) {
			if (o >= 0 && (d == 0 || distinct[d - 1] != o)) {
				distinct[d] = o;
				strings[d] = values.lookupOrd(o).utf8ToString();
				d++;
			}
		}
		String[] out = new String[n];
		for (int i = 0; i < n; i++) {
			out[i] = ords[i] < 0 ? null : strings[Arrays.binarySearch(distinct, 0, d, ords[i])];
		}
		return out;
	}
}
