package org.excerpta.index;

import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/** What a parsed query is made of, learnt in one walk over it, for the two choices that depend on it. */
final class QueryShape extends QueryVisitor {

	private boolean passageTextOnly = true;
	private boolean wordsAlone = true;

	private QueryShape() {
	}

	static QueryShape of(Query query) {
		QueryShape shape = new QueryShape();
		query.visit(shape);
		return shape;
	}

	/**
	 * Whether the query can match only documents that have a passage's text: every field it names is
	 * {@link Fields#TEXT}, and nothing in it matches documents by themselves ({@code *:*}). Such a
	 * query needs no filter on the document kind. A query naming another field (a user may type
	 * {@code question:Q1}) keeps the filter, so that it never counts coded excerpts or cases.
	 */
	boolean passageTextOnly() {
		return passageTextOnly;
	}

	/**
	 * Whether the query is made of single words alone (no phrase, proximity, wildcard or fuzzy
	 * term): then each hit's words can be found again by analysing its text as a token stream, which
	 * the highlighter does far faster than through a one-document index of the text (50,000 hits: a
	 * second or two less). A phrase or proximity needs the positions that index gives.
	 */
	boolean wordsAlone() {
		return wordsAlone;
	}

	@Override
	public boolean acceptField(String field) {
		if (!Fields.TEXT.equals(field)) {
			passageTextOnly = false;
		}
		return true;
	}

	@Override
	public void consumeTerms(Query query, Term... terms) {
		if (!(query instanceof TermQuery)) {
			wordsAlone = false;
		}
	}

	@Override
	public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
		wordsAlone = false;
	}

	@Override
	public void visitLeaf(Query query) {
		wordsAlone = false;
		if (query instanceof MatchAllDocsQuery) {
			passageTextOnly = false;
		}
	}

	@Override
	public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
		return this;
	}
}
