package dev.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Turns matching segments into keyword-in-context rows with Lucene's Matches API, which reports the character offsets
 * of each hit for every query type (terms, phrases as one span, wildcards, proximity, fuzzy).
 * Offsets in the index are UTF-16 offsets into the segment text, so the document offset is segment start + offset.
 * One instance serves one search on one searcher and one thread.
 */
final class KwicExtractor {

    /** Characters of context on each side of a hit, before cutting back to a word boundary. */
    static final int CONTEXT_CHARS = 60;

    private final IndexSearcher searcher;
    private final StoredFields storedFields;
    private final Weight weight;
    private final boolean filterOnly;

    /**
     * @param weight     created from the rewritten query with {@code ScoreMode.COMPLETE_NO_SCORES}
     * @param filterOnly the query has no text: each segment is one row spanning all of it
     */
    KwicExtractor(IndexSearcher searcher, Weight weight, boolean filterOnly) throws IOException {
        this.searcher = searcher;
        this.storedFields = searcher.storedFields();
        this.weight = weight;
        this.filterOnly = filterOnly;
    }

    /** The rows of one ranked segment, in text order. */
    List<KwicHit> rows(ScoreDoc scoreDoc) throws IOException {
        SegmentDocuments.StoredSegment segment = SegmentDocuments.read(storedFields.document(scoreDoc.doc));
        List<Span> spans = filterOnly ? List.of() : spans(scoreDoc.doc);
        if (spans.isEmpty()) {
            // filter-only search, or a match Lucene cannot place in the text: the whole segment is the row
            return List.of(new KwicHit(segment.documentId(), segment.documentName(), segment.speaker(),
                    segment.start(), segment.end(), "", segment.text(), "", scoreDoc.score,
                    segment.start(), segment.end()));
        }
        List<KwicHit> rows = new ArrayList<>(spans.size());
        String text = segment.text();
        for (Span span : spans) {
            rows.add(new KwicHit(segment.documentId(), segment.documentName(), segment.speaker(),
                    segment.start() + span.start(), segment.start() + span.end(),
                    leftContext(text, span.start()), text.substring(span.start(), span.end()),
                    rightContext(text, span.end()), scoreDoc.score, segment.start(), segment.end()));
        }
        return rows;
    }

    /**
     * Counts the rows of every segment the query matches, without reading stored fields: one per hit, or one per
     * segment for a filter-only search.
     */
    long countAllRows() throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            Scorer scorer = supplier.get(Long.MAX_VALUE);
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                total += filterOnly ? 1 : Math.max(1, spansInLeaf(leaf, doc).size());
            }
        }
        return total;
    }

    private List<Span> spans(int globalDoc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(globalDoc, leaves));
        return spansInLeaf(leaf, globalDoc - leaf.docBase);
    }

    /** Distinct hit spans in the segment's text field, by start then end; e.g. {@code fejl OR fejl*} reports each word once. */
    private List<Span> spansInLeaf(LeafReaderContext leaf, int doc) throws IOException {
        Matches matches = weight.matches(leaf, doc);
        if (matches == null) {
            return List.of();
        }
        TreeSet<Span> spans = new TreeSet<>();
        for (String field : SegmentDocuments.TEXT_FIELDS) { // a segment has the text field of its language only
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start >= 0 && end >= start) {
                    spans.add(new Span(start, end));
                }
            }
        }
        return List.copyOf(spans);
    }

    /** Up to {@link #CONTEXT_CHARS} before {@code hitStart}, starting at a word, on one line. */
    static String leftContext(String text, int hitStart) {
        int from = surrogateSafe(text, Math.max(0, hitStart - CONTEXT_CHARS), 1);
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            int cut = from;
            while (cut < hitStart && !Character.isWhitespace(text.charAt(cut))) {
                cut++;
            }
            // a word longer than the whole window is cut mid-word rather than leaving no context
            if (!text.substring(cut, hitStart).isBlank()) {
                from = cut;
            }
        }
        return oneLine(text.substring(from, hitStart)).stripLeading();
    }

    /** Up to {@link #CONTEXT_CHARS} after {@code hitEnd}, ending at a word, on one line. */
    static String rightContext(String text, int hitEnd) {
        int to = surrogateSafe(text, Math.min(text.length(), hitEnd + CONTEXT_CHARS), -1);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            int cut = to;
            while (cut > hitEnd && !Character.isWhitespace(text.charAt(cut - 1))) {
                cut--;
            }
            if (!text.substring(hitEnd, cut).isBlank()) {
                to = cut;
            }
        }
        return oneLine(text.substring(hitEnd, to)).stripTrailing();
    }

    /** Moves a cut off the middle of a surrogate pair (emoji) by {@code towardsHit} (+1 or -1). */
    private static int surrogateSafe(String text, int index, int towardsHit) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index + towardsHit : index;
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    record Span(int start, int end) implements Comparable<Span> {
        @Override
        public int compareTo(Span o) {
            return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
        }
    }
}
