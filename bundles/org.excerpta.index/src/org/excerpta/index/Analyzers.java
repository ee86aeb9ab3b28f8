package org.excerpta.index;

import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/** The analyser for a project's language: stemming and stop words where Lucene has them. */
public final class Analyzers {

	/** Languages with stemming (ISO 639-1); any other language is matched word for word. */
	public static final Set<String> STEMMED = Set.of("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "no", "fi");

	private Analyzers() {
	}

	public static Analyzer forLanguage(String language) {
		String lang = language == null || language.isBlank() ? "en" : language.toLowerCase(Locale.ROOT);
		return switch (lang) {
		case "en" -> new EnglishAnalyzer();
		case "de" -> new GermanAnalyzer();
		case "fr" -> new FrenchAnalyzer();
		case "es" -> new SpanishAnalyzer();
		case "it" -> new ItalianAnalyzer();
		case "nl" -> new DutchAnalyzer();
		case "pt" -> new PortugueseAnalyzer();
		case "sv" -> new SwedishAnalyzer();
		case "da" -> new DanishAnalyzer();
		case "no" -> new NorwegianAnalyzer();
		case "fi" -> new FinnishAnalyzer();
		default -> new StandardAnalyzer();
		};
	}
}
