package org.excerpta.index;

import java.nio.charset.StandardCharsets;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * The UTF-8 bytes of keywords (GUIDs, attribute values, speakers) for index terms and doc values.
 * <p>
 * Lucene's {@code new BytesRef(String)} converts a character at a time through
 * {@code CharSequence.charAt}; a coded-excerpt document holds a dozen such keywords, and making
 * the documents for an autocode of 50,000 answers spent a fifth of its time there. The JDK's own
 * encoder copies an ASCII string's bytes at once, which is what GUIDs and most values are.
 */
final class TermBytes {

	private TermBytes() {
	}

	static BytesRef of(String s) {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		if (b.length == s.length() && !hasQuestionMark(b)) {
			return new BytesRef(b); // all ASCII: the same bytes Lucene would make
		}
		// Non-ASCII, or a '?' that may stand for an unpaired surrogate the JDK replaced (Lucene
		// writes U+FFFD there): Lucene's conversion, so that queries find the same term.
		return new BytesRef(s);
	}

	private static boolean hasQuestionMark(byte[] b) {
		for (byte x : b) {
			if (x == '?') {
				return true;
			}
		}
		return false;
	}

	/** A keyword field (one term, not analysed), also stored as text when asked: a {@link StringField} made from bytes. */
	static void keyword(Document d, String field, BytesRef bytes, String value, boolean stored) {
		d.add(new StringField(field, bytes, Field.Store.NO));
		if (stored) {
			d.add(new StoredField(field, value));
		}
	}

	static void keyword(Document d, String field, String value, boolean stored) {
		keyword(d, field, of(value), value, stored);
	}
}
