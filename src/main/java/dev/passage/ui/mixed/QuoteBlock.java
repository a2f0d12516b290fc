package dev.passage.ui.mixed;

import dev.passage.ui.segments.SegmentRow;

import java.util.List;

/** One unit on a side of the side-by-side quotes: its rank and score, how many segments it has, and the chosen quotes. */
public record QuoteBlock(int rank, long unitId, String unitName, double score, int segments, List<SegmentRow> quotes) {
    public QuoteBlock {
        quotes = List.copyOf(quotes);
    }
}
