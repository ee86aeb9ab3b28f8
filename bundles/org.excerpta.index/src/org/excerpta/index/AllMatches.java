package org.excerpta.index;

import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the (global) numbers of every matching document, unranked: for queries whose matches
 * are few but unknown in number, where a top-n search with n above them would fill a queue the
 * size of the index.
 */
final class AllMatches extends SimpleCollector {

	private final List<Integer> into;
	private int base;

	AllMatches(List<Integer> into) {
		this.into = into;
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) {
		base = context.docBase;
	}

	@Override
	public void collect(int doc) {
		into.add(base + doc);
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}
}
