package org.excerpta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.excerpta.index.Analyzers;

/**
 * The ceiling of Excerpta's survey import: Lucene alone indexing the same answers, read from the
 * same CSV, with the analyser Excerpta's index uses (English: stemming, stop words) and Lucene's
 * default writer settings, into a folder, with one commit at the end. Each answer is one document
 * with its ID, its text (stored, as Excerpta stores it) and its five attributes (indexed and as
 * doc values, so that it could filter and count as Excerpta does). There is no model, no journal,
 * no case or coding document: only the work no design can avoid.
 */
public final class LuceneBaseline {

	private LuceneBaseline() {
	}

	/** Indexes the answers; returns how many documents were written. */
	public static long index(Path csv, Path folder) {
		Analyzer analyzer = Analyzers.forLanguage("en");
		long[] docs = { 0 };
		try (Directory dir = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
			AnswerRows.read(csv, row -> {
				Document d = new Document();
				d.add(new StringField("id", row.id(), Field.Store.YES));
				d.add(new TextField("text", row.text(), Field.Store.YES));
				for (int i = 0; i < row.attributes().length; i++) {
					String field = "attr:" + SurveyShape.ATTRIBUTES.get(i).name();
					d.add(new StringField(field, row.attributes()[i], Field.Store.NO));
					d.add(new SortedSetDocValuesField(field, new BytesRef(row.attributes()[i])));
				}
				try {
					writer.addDocument(d);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				docs[0]++;
			});
			writer.commit();
		} catch (IOException e) {
			throw new UncheckedIOException("raw Lucene baseline: cannot index into " + folder + ": " + e.getMessage(), e);
		} finally {
			analyzer.close();
		}
		return docs[0];
	}

	/** Answers matching a query, parsed as Excerpta parses it (classic syntax, AND between words). */
	public static long count(Path folder, String query) {
		try (Analyzer analyzer = Analyzers.forLanguage("en"); Directory dir = FSDirectory.open(folder);
				DirectoryReader reader = DirectoryReader.open(dir)) {
			QueryParser parser = new QueryParser("text", analyzer);
			parser.setDefaultOperator(QueryParser.Operator.AND);
			return new IndexSearcher(reader).count(parser.parse(query));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (ParseException e) {
			throw new IllegalArgumentException("cannot read the query \"" + query + "\": " + e.getMessage(), e);
		}
	}
}
