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
import org.apache.lucene.search.PhraseQuery;
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
 * Counts the keyword-in-context rows of every matching segment from the postings, for queries made of words and exact
 * phrases: terms, wildcards, fuzzy terms, "exact phrases" and their AND/OR/NOT combinations. A word's hit is one position
 * of it, and the analyzers put one token at each position, so a segment has as many word rows as its query words'
 * frequencies add up to; an exact phrase has one row per place where its words stand in order. Every segment is at least
 * one row (one matched only through {@code NOT} has no hit to show). That equals what {@link KwicExtractor} reports hit by
 * hit, but walks each word's postings once per index segment instead of re-running the query for every matching segment
 * (for {@code lær*} at 1,000 interviews that was most of the search time).
 *
 * <p>Fuzzy terms are counted as the words the searcher rewrote them to. Proximity ({@code "a b"~5}) and span queries
 * have looser hit rules; for them {@link #forQuery} returns null and the caller counts with
 * {@link KwicExtractor#countAllRows()}.
 */
final class HitCounter {

    private final Weight weight;
    private final List<Term> terms;
    private final List<MultiTermQuery> expanding;
    private final List<PhraseQuery> phrases;

    private HitCounter(Weight weight, List<Term> terms, List<MultiTermQuery> expanding, List<PhraseQuery> phrases) {
        this.weight = weight;
        this.terms = terms;
        this.expanding = expanding;
        this.phrases = phrases;
    }

    /**
     * A counter for {@code rewritten} (the searched query after {@link org.apache.lucene.search.IndexSearcher#rewrite}),
     * or null when its hits are not all words and exact phrases.
     *
     * @param weight that query's weight, created without scores
     */
    static HitCounter forQuery(Query rewritten, Weight weight) {
        WordCollector words = new WordCollector();
        rewritten.visit(words);
        if (!words.countable || (words.terms.isEmpty() && words.expanding.isEmpty() && words.phrases.isEmpty())) {
            return null;
        }
        return new HitCounter(weight, List.copyOf(words.terms), List.copyOf(words.expanding), List.copyOf(words.phrases));
    }

    /** How many live segments match, and how many rows they make. */
    record Totals(int segments, long hits) {
    }

    /** The totals over every matching, live segment. */
    Totals count(List<LeafReaderContext> leaves) throws IOException {
        int segments = 0;
        long hits = 0;
        int[] matched = new int[1];
        for (LeafReaderContext leaf : leaves) {
            hits += count(leaf, matched);
            segments += matched[0];
        }
        return new Totals(segments, hits);
    }

    /** The rows of one index segment's matching documents; their number goes into {@code matched[0]}. */
    private long count(LeafReaderContext leaf, int[] matched) throws IOException {
        matched[0] = 0;
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
        matched[0] = matches;
        if (matches == 0) {
            return 0;
        }
        // rows = every hit, plus one for each matching segment without a hit (matched only through NOT); a bit per
        // segment marks those with hits (an int per segment would be 16 MB per search on a 4-million-passage segment)
        // each word in the text field of its language (the query was parsed once per language present)
        Hits words = new Hits(maxDoc);
        Set<Term> seen = new LinkedHashSet<>();
        for (Term term : terms) {
            Terms field = leaf.reader().terms(term.field());
            if (field == null || !seen.add(term)) {
                continue;
            }
            TermsEnum exact = field.iterator();
            if (exact.seekExact(term.bytes())) {
                addFrequencies(exact, matching, words);
            }
        }
        for (MultiTermQuery query : expanding) {
            Terms field = leaf.reader().terms(query.getField());
            if (field == null) {
                continue;
            }
            TermsEnum expanded = query.getTermsEnum(field);
            for (BytesRef term = expanded.next(); term != null; term = expanded.next()) {
                if (seen.add(new Term(query.getField(), BytesRef.deepCopyOf(term)))) {
                    addFrequencies(expanded, matching, words);
                }
            }
        }
        for (PhraseQuery phrase : phrases) {
            Terms field = leaf.reader().terms(phrase.getField());
            if (field != null) {
                addOccurrences(field, phrase, matching, words);
            }
        }
        return words.total + (matches - words.withHits.cardinality());
    }

    /** The hits counted in one index segment's matching documents, and which of them have any. */
    private static final class Hits {
        final FixedBitSet withHits;
        long total;

        Hits(int maxDoc) {
            withHits = new FixedBitSet(maxDoc);
        }

        void add(int doc, int hits) {
            if (hits > 0) {
                total += hits;
                withHits.set(doc);
            }
        }
    }

    private static void addFrequencies(TermsEnum term, FixedBitSet matching, Hits words) throws IOException {
        PostingsEnum postings = term.postings(null, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (matching.get(doc)) {
                words.add(doc, postings.freq());
            }
        }
    }

    /** Adds, per matching segment, the positions where the phrase's words stand at their places in the phrase. */
    private static void addOccurrences(Terms field, PhraseQuery phrase, FixedBitSet matching, Hits words) throws IOException {
        Term[] phraseTerms = phrase.getTerms();
        int[] offsets = phrase.getPositions();
        PostingsEnum[] postings = new PostingsEnum[phraseTerms.length];
        for (int i = 0; i < phraseTerms.length; i++) {
            TermsEnum term = field.iterator();
            if (!term.seekExact(phraseTerms[i].bytes())) {
                return; // a word missing from this index segment: no occurrence here
            }
            postings[i] = term.postings(null, PostingsEnum.POSITIONS);
        }
        int[] starts = new int[16];
        int[] next = new int[16];
        docs:
        for (int doc = postings[0].nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings[0].nextDoc()) {
            if (!matching.get(doc)) {
                continue;
            }
            for (int i = 1; i < postings.length; i++) {
                if ((postings[i].docID() < doc ? postings[i].advance(doc) : postings[i].docID()) != doc) {
                    continue docs;
                }
            }
            starts = positions(postings[0], offsets[0], starts);
            int count = postings[0].freq();
            for (int i = 1; i < postings.length && count > 0; i++) {
                next = positions(postings[i], offsets[i], next);
                count = intersect(starts, count, next, postings[i].freq());
            }
            words.add(doc, count);
        }
    }

    /** The phrase start each position of this word implies, ascending. */
    private static int[] positions(PostingsEnum postings, int offsetInPhrase, int[] into) throws IOException {
        int freq = postings.freq();
        int[] out = into.length >= freq ? into : new int[freq];
        for (int k = 0; k < freq; k++) {
            out[k] = postings.nextPosition() - offsetInPhrase;
        }
        return out;
    }

    /** Keeps in {@code a} the values also in {@code b} (both ascending); returns how many. */
    private static int intersect(int[] a, int aLength, int[] b, int bLength) {
        int kept = 0;
        int j = 0;
        for (int i = 0; i < aLength && j < bLength; i++) {
            while (j < bLength && b[j] < a[i]) {
                j++;
            }
            if (j < bLength && b[j] == a[i]) {
                a[kept++] = a[i];
            }
        }
        return kept;
    }

    /**
     * Collects the text field's words that can produce hits (not those under {@code NOT}); any other kind of text query
     * (proximity, span, synonym) makes the query ineligible.
     */
    private static final class WordCollector extends QueryVisitor {
        final Set<Term> terms = new LinkedHashSet<>();
        final List<MultiTermQuery> expanding = new ArrayList<>();
        final Set<PhraseQuery> phrases = new LinkedHashSet<>();
        boolean countable = true;

        @Override
        public boolean acceptField(String field) {
            return SegmentDocuments.isTextField(field);
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
            } else if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0 && phrase.getTerms().length > 1) {
                phrases.add(phrase); // an exact phrase is one hit per place where its words stand in order
            } else {
                countable = false;
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (query instanceof MultiTermQuery multi) {
                expand(multi);
            } else {
                countable = false;
            }
        }

        /** A query matching only its best few expansions (fuzzy) cannot be counted from all the words it spells. */
        private void expand(MultiTermQuery multi) {
            if (multi.getRewriteMethod() instanceof TopTermsRewrite<?>) {
                countable = false;
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
