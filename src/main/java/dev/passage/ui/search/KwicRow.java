package dev.passage.ui.search;

import dev.passage.ui.common.TextLocation;

/**
 * One keyword-in-context row as the search table shows it: where the hit is (document, speaker, UTF-16 offsets) and the
 * text before, of and after it.
 */
public record KwicRow(long documentId, String document, String speaker, int start, int end, String left, String hit,
                      String right) {

    public TextLocation location() {
        return new TextLocation(documentId, start, end);
    }
}
