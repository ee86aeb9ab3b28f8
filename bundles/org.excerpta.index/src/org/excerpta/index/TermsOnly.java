package org.excerpta.index;

import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Whether a parsed query is made of single words alone (no phrase, proximity, wildcard or fuzzy
 * term): then each hit's words can be found again by analysing its passage's text as a token
 * stream, which the highlighter does far faster than through a one-document index of the passage
 * (50,000 hits: a second or two less). A phrase or proximity needs the positions that index gives.
 */
final class TermsOnly extends QueryVisitor {

	private boolean only = true;

	private TermsOnly() {
	}

	static boolean holdsFor(Query query) {
		TermsOnly visitor = new TermsOnly();
		query.visit(visitor);
		return visitor.only;
	}

	@Override
	public void consumeTerms(Query query, Term... terms) {
		if (!(query instanceof TermQuery)) {
			only = false;
		}
	}

	@Override
	public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
		only = false;
	}

	@Override
	public void visitLeaf(Query query) {
		only = false;
	}

	@Override
	public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
		return this;
	}
}
