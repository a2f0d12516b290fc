package dev.passage.search;

import dev.passage.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The text analyzer of each project language: Lucene's language analyzers, which lowercase, drop the language's stop
 * words and stem (Snowball for Danish and Swedish, Porter for English), so "fejlene" is found by "fejl".
 * The same analyzer must be used for indexing and querying, which {@link LuceneSearchIndex} does.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** A new analyzer for {@code language}; the caller closes it. */
    static Analyzer forLanguage(Language language) {
        return switch (language) {
            case DA -> new DanishAnalyzer();
            case SV -> new SwedishAnalyzer();
            case EN -> new EnglishAnalyzer();
        };
    }
}
