package dev.passage.bench;

import dev.passage.model.Coding;

/** What one coding is, for finding duplicates: the coder's own, by content. */
record HeldCoding(long documentId, int start, int end, long codeId) {
    static HeldCoding of(Coding c) {
        return new HeldCoding(c.documentId(), c.start(), c.end(), c.codeId());
    }
}
