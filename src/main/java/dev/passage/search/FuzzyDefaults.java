package dev.passage.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;

/**
 * How far a bare {@code term~} reaches: 0 edits for terms of 1-2 letters, 1 for 3-5, 2 for longer ones (Lucene's
 * {@code FuzzyQuery} allows 2 for every length, so {@code fejl~} matched {@code del}). An explicit {@code term~N} keeps N.
 * The one place that chooses a fuzzy term's distance; {@link #parser} is the classic query parser with this rule.
 */
final class FuzzyDefaults {
    private FuzzyDefaults() {
    }

    /** The edits a bare {@code term~} allows for {@code term} (counted in letters, not chars). */
    static int maxEdits(String term) {
        int letters = term.codePointCount(0, term.length());
        return letters <= 2 ? 0 : letters <= 5 ? 1 : 2;
    }

    /** The classic query parser over {@code field}, with the length-aware distance for a bare {@code ~}. */
    static QueryParser parser(String field, Analyzer analyzer) {
        return new QueryParser(field, analyzer) {
            @Override
            protected float getFuzzyDistance(Token fuzzySlop, String termStr) {
                return "~".equals(fuzzySlop.image) ? maxEdits(termStr) : super.getFuzzyDistance(fuzzySlop, termStr);
            }
        };
    }
}
