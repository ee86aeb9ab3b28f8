package org.excerpta.index;

/** The names of the index's fields, in one place. */
final class Fields {

	private Fields() {
	}

	/** passage, coding or case. */
	static final String KIND = "kind";
	static final String PASSAGE = "passage";
	static final String CODING = "coding";
	static final String CASE = "case";

	static final String SOURCE = "source";
	static final String SOURCE_NAME = "sourceName";
	static final String START = "start";
	static final String END = "end";
	static final String SPEAKER = "speaker";
	/** A passage's text (analysed, stored). Passages alone have it, so that counting a word's passages is Lucene's own statistics. */
	static final String TEXT = "text";
	/**
	 * A coded excerpt's text (analysed, stored). Apart from the passages' text: in one shared field,
	 * "how many answers say X" was a conjunction with the document kind, walked hit by hit.
	 */
	static final String EXCERPT_TEXT = "excerpt.text";
	/** The cases of a coded excerpt (stored, doc value), or a case's own GUID on its document (doc value). */
	static final String CASES = "cases";
	/** The cases of a passage, stored only (no query asks for a passage by its case). */
	static final String PASSAGE_CASES = "passage.cases";
	static final String CODE = "code";
	static final String CODER = "coder";
	static final String CODING_ID = "codingId";
	/**
	 * On the coded excerpts of codings recorded with the index alone ({@link CodingAlone}) only:
	 * the coding's GUID as a term, so that Edit > Undo while the project loads removes exactly
	 * those documents. The model's documents need none: it replaces a source's excerpts by source.
	 */
	static final String CODED_ALONE = "codedAlone";
	/**
	 * When a coding was made, in milliseconds since 1970 (stored, on coded excerpts whose coding has
	 * a date): the "coded on" column of the excerpts table when a report is made from the index alone.
	 */
	static final String CREATED = "created";
	/** A coded excerpt's selection (stored): coding without the model adds a code to the selection already there. */
	static final String SELECTION = "selection";
	/** On a survey answer's passages: the whole answer's length in code points (a doc value). */
	static final String ANSWER_LENGTH = "answer.length";
	/** On coded excerpts only: their source's GUID, so that a source whose codings alone changed has just those replaced. */
	static final String CODINGS_OF = "codingsOf";
	/** A passage's start and end as doc values, so that autocoding reads where its hits are without loading them. */
	static final String PASSAGE_START = "passage.start";
	static final String PASSAGE_END = "passage.end";
	/** On a case's own document only: its GUID, so that a changed case's document is replaced by term. */
	static final String CASE_ID = "caseId";
	/** On a case's own document only: its name (a respondent's ID), so that excerpts list their cases with the index read alone. */
	static final String CASE_NAME = "caseName";
	/**
	 * A case attribute, a term on passages, coded excerpts and cases: the field is ATTRIBUTE +
	 * variable name, the value the variable's value. Filters search for it.
	 */
	static final String ATTRIBUTE = "attr:";
	/**
	 * A case's attribute value as a doc value, on the case's own document only: the code x attribute
	 * matrix counts each value's cases from it. (Passages and coded excerpts had it too, five doc
	 * values per answer that nothing read; Lucene wants a field alike in every document, hence the
	 * name of its own.)
	 */
	static final String CASE_ATTRIBUTE = "caseAttr:";
	/** On passages, stored: each of its cases' values as variable name, U+001F, value; coding without the model copies them. */
	static final String PASSAGE_VALUES = "passage.values";
	/** Between a variable's name and its value in {@link #PASSAGE_VALUES}. */
	static final char NAME_VALUE = '\u001f';
	static final String QUESTION = "question";

	/** The commit user data key holding the project's change count the index reflects. */
	static final String CHANGE_COUNT = "excerpta.changeCount";
	/** The version of this document layout; a different one means rebuild. */
	static final String LAYOUT = "excerpta.layout";
	static final String LAYOUT_VERSION = "11";
	/** Doc values a coded excerpt is sorted by, so that the first N excerpts are found without loading all (coded excerpts only). */
	static final String ORDER_SOURCE_NAME = "order.sourceName";
	static final String ORDER_START = "order.start";
	/** A coded excerpt's end as a doc value, so that the length of text coded is summed without loading excerpts. */
	static final String CODING_END = "coding.end";
	/** The commit user data key holding the {@link ProjectOutline} (codebook, coders, totals) the index was committed with. */
	static final String OUTLINE = "excerpta.outline";
	/** On a source's first passage: where its text file lies in the project (file-backed sources). */
	static final String SOURCE_TEXT_PATH = "source.textPath";
	/**
	 * On a source's first passage: the source's length in code points (a doc value), so that the
	 * share of text of the cases a filter keeps is summed without the model.
	 */
	static final String SOURCE_LENGTH = "source.length";
	/** On a source's first passage: its whole text, for a source held inline that is not one passage from start to end. */
	static final String SOURCE_TEXT = "source.text";
	/** The language whose analyser made the index. */
	static final String LANGUAGE = "excerpta.language";
}
