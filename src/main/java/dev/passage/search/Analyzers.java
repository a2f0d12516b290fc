package dev.passage.search;

import dev.passage.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The text analyzer of each project language: Lucene's language analyzers, which lowercase, drop the language's stop
 * words and stem (Snowball for Danish and Swedish, Porter for English), so "fejlene" is found by "fejl".
 * The same analyzer must be used for indexing and querying, which {@link LuceneSearchIndex} does: each document's text is
 * indexed in its language's own field with that language's analyzer, and a query is analysed once per language.
 */
final class Analyzers {

    private Analyzers() {
    }

    /**
     * A new analyzer for the index: each language's text field ({@link SegmentDocuments#textField}) with that language's
     * analyzer; the caller closes it.
     */
    static Analyzer perLanguageField() {
        return new PerLanguageField();
    }

    /** Each language's text field analysed by that language's analyzer, other fields as one keyword; closes them all. */
    private static final class PerLanguageField extends DelegatingAnalyzerWrapper {
        private final Map<String, Analyzer> byField = new HashMap<>();
        private final Analyzer other = new KeywordAnalyzer();

        PerLanguageField() {
            super(PER_FIELD_REUSE_STRATEGY);
            for (Language l : Language.values()) {
                byField.put(SegmentDocuments.textField(l), forLanguage(l));
            }
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return byField.getOrDefault(fieldName, other);
        }

        @Override
        public void close() {
            super.close();
            byField.values().forEach(Analyzer::close);
            other.close();
        }
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
