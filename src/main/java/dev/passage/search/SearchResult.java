package dev.passage.search;

import java.util.List;

/** Ranked KWIC rows (best segment first, hits in text order within a segment) and the totals before the limit. */
public record SearchResult(String query, long totalSegments, long totalHits, List<KwicHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
