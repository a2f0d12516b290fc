package dev.passage.mixed;

import dev.passage.coding.Codebook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one row of a display counts: a code (alone or with its sub-codes), or the union of several codes. */
record CodeSet(Long codeId, String label, Set<Long> codeIds) {
    static CodeSet of(Codebook book, long codeId, CodeAggregation aggregation) {
        Set<Long> ids = aggregation == CodeAggregation.AGGREGATED ? book.selfAndDescendants(codeId) : Set.of(codeId);
        return new CodeSet(codeId, book.path(codeId), Set.copyOf(ids));
    }

    /** The union of the given rows: a text carries it when it carries any of them. */
    static CodeSet union(String label, List<CodeSet> sets) {
        Set<Long> ids = new LinkedHashSet<>();
        sets.forEach(s -> ids.addAll(s.codeIds()));
        return new CodeSet(null, label, Set.copyOf(ids));
    }
}
