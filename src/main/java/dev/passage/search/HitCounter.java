package dev.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Counts the keyword-in-context rows of every matching segment from term frequencies, for queries whose hits are single
 * words: terms, wildcards, fuzzy terms and their AND/OR/NOT combinations. Such a hit is one position of one query word,
 * and the analyzers put one token at each position, so a segment's rows are the sum of its query words' frequencies
 * (at least one: a segment matched only through {@code NOT} is one row). That equals what {@link KwicExtractor} reports
 * hit by hit, but walks each word's postings once per index segment instead of re-running the query for every segment
 * (for {@code lær*} at 1,000 interviews that was most of the search time).
 *
 * <p>Fuzzy terms are counted as the words the searcher rewrote them to. Phrases, proximity and span queries count
 * several positions as one hit; for them {@link #forQuery} returns null and
 * the caller counts with {@link KwicExtractor#countAllRows()}.
 */
final class HitCounter {

    private final Weight weight;
    private final List<Term> terms;
    private final List<MultiTermQuery> expanding;

    private HitCounter(Weight weight, List<Term> terms, List<MultiTermQuery> expanding) {
        this.weight = weight;
        this.terms = terms;
        this.expanding = expanding;
    }

    /**
     * A counter for {@code rewritten} (the searched query after {@link org.apache.lucene.search.IndexSearcher#rewrite}),
     * or null when its hits are not single words.
     *
     * @param weight that query's weight, created without scores
     */
    static HitCounter forQuery(Query rewritten, Weight weight) {
        WordCollector words = new WordCollector();
        rewritten.visit(words);
        if (!words.singleWords || (words.terms.isEmpty() && words.expanding.isEmpty())) {
            return null;
        }
        return new HitCounter(weight, List.copyOf(words.terms), List.copyOf(words.expanding));
    }

    /** The rows of every matching, live segment. */
    long count(List<LeafReaderContext> leaves) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            total += count(leaf);
        }
        return total;
    }

    private long count(LeafReaderContext leaf) throws IOException {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) {
            return 0;
        }
        int maxDoc = leaf.reader().maxDoc();
        FixedBitSet matching = new FixedBitSet(maxDoc);
        Scorer scorer = supplier.get(Long.MAX_VALUE);
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        int matches = 0;
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live == null || live.get(doc)) {
                matching.set(doc);
                matches++;
            }
        }
        if (matches == 0) {
            return 0;
        }
        int[] words = new int[maxDoc];
        Terms field = leaf.reader().terms(SegmentDocuments.TEXT);
        if (field != null) {
            Set<BytesRef> seen = new LinkedHashSet<>();
            TermsEnum exact = field.iterator();
            for (Term term : terms) {
                if (seen.add(term.bytes()) && exact.seekExact(term.bytes())) {
                    addFrequencies(exact, matching, words);
                }
            }
            for (MultiTermQuery query : expanding) {
                TermsEnum expanded = query.getTermsEnum(field);
                for (BytesRef term = expanded.next(); term != null; term = expanded.next()) {
                    if (seen.add(BytesRef.deepCopyOf(term))) {
                        addFrequencies(expanded, matching, words);
                    }
                }
            }
        }
        long rows = 0;
        for (int doc = matching.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 < maxDoc ? matching.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            rows += Math.max(1, words[doc]);
        }
        return rows;
    }

    private static void addFrequencies(TermsEnum term, FixedBitSet matching, int[] words) throws IOException {
        PostingsEnum postings = term.postings(null, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (matching.get(doc)) {
                words[doc] += postings.freq();
            }
        }
    }

    /**
     * Collects the text field's words that can produce hits (not those under {@code NOT}); any other kind of text query
     * (phrase, span, synonym, a query with no words) makes the query ineligible.
     */
    private static final class WordCollector extends QueryVisitor {
        final Set<Term> terms = new LinkedHashSet<>();
        final List<MultiTermQuery> expanding = new ArrayList<>();
        boolean singleWords = true;

        @Override
        public boolean acceptField(String field) {
            return SegmentDocuments.TEXT.equals(field);
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // excluded words produce no hits; filters are on other fields
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }

        @Override
        public void consumeTerms(Query query, Term... consumed) {
            if (query instanceof TermQuery && consumed.length == 1) {
                terms.add(consumed[0]);
            } else if (query instanceof MultiTermQuery multi) {
                expand(multi); // a wildcard that spells out one word
            } else {
                singleWords = false;
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (query instanceof MultiTermQuery multi) {
                expand(multi);
            } else {
                singleWords = false;
            }
        }

        /** A query matching only its best few expansions (fuzzy) cannot be counted from all the words it spells. */
        private void expand(MultiTermQuery multi) {
            if (multi.getRewriteMethod() instanceof TopTermsRewrite<?>) {
                singleWords = false;
            } else {
                expanding.add(multi);
            }
        }

        @Override
        public void visitLeaf(Query query) {
            // a query without words on the text field (e.g. match-all under NOT-only queries) adds no hits itself
        }
    }
}
