package dev.passage.mixed;

import java.util.List;

/**
 * What carries a code inside a unit: an interview document, or a survey respondent (who carries a code when any of their
 * answers does). In a document-level view every survey answer is its own carrier.
 */
record Carrier(Kind kind, long id, Long unitId, List<Long> documentIds, long textChars) {
    enum Kind { DOCUMENT, RESPONDENT }
}
