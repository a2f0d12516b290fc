package dev.passage.ui.segments;

import dev.passage.ui.common.TextLocation;

/** One coded segment as the segments list shows it: where it is, which code (path and colour), who coded it, and its text. */
public record SegmentRow(long codingId, long documentId, String document, String speaker, long codeId, String codePath,
                         String colour, String coder, int start, int end, String text, String memo) {

    public TextLocation location() {
        return new TextLocation(documentId, start, end);
    }
}
