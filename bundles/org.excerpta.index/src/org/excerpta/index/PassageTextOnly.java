package org.excerpta.index;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Whether a parsed query can match only documents that have a passage's text: every field it
 * names is {@link Fields#TEXT}, and nothing in it matches documents by themselves ({@code *:*}).
 * Such a query needs no filter on the document kind. A query naming another field (a user may type
 * {@code question:Q1}) keeps the filter, so that it never counts coded excerpts or cases.
 */
final class PassageTextOnly extends QueryVisitor {

	private boolean only = true;

	private PassageTextOnly() {
	}

	static boolean holdsFor(Query query) {
		PassageTextOnly visitor = new PassageTextOnly();
		query.visit(visitor);
		return visitor.only;
	}

	@Override
	public boolean acceptField(String field) {
		if (!Fields.TEXT.equals(field)) {
			only = false;
		}
		return true;
	}

	@Override
	public void visitLeaf(Query query) {
		if (query instanceof MatchAllDocsQuery) {
			only = false;
		}
	}

	@Override
	public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
		return this;
	}
}
