package dev.passage.search;

import dev.passage.model.Coding;
import dev.passage.model.DocumentContent;
import dev.passage.model.SpeakerTurn;
import dev.passage.store.StoreAccess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a stored document into its searchable segments: one per speaker turn or paragraph, with the codes present in it. */
final class SegmentSource {
    private SegmentSource() {
    }

    static List<IndexedSegment> segments(StoreAccess access, long documentId) {
        var docs = access.documents();
        var name = docs.name(documentId);
        if (name.isEmpty()) {
            return List.of();
        }
        String text = docs.text(documentId).orElse("");
        DocumentContent doc = new DocumentContent(documentId, name.get(), text, docs.unitName(documentId).orElse(null), docs.turns(documentId),
                                                  docs.language(documentId).orElse(null));
        return segments(doc, access.codings().forDocument(documentId));
    }

    /** One document's segments, given its content and its codings ordered by start. */
    private static List<IndexedSegment> segments(DocumentContent doc, List<Coding> codings) {
        List<SpeakerTurn> turns = doc.turns().isEmpty() ? paragraphs(doc.text()) : doc.turns();
        List<IndexedSegment> out = new ArrayList<>(turns.size());
        int ordinal = 0;
        for (SpeakerTurn t : turns) {
            Set<Long> codes = new HashSet<>();
            for (Coding c : codings) {
                if (c.start() >= t.end()) {
                    break; // codings are ordered by start
                }
                if (t.overlaps(c.start(), c.end())) {
                    codes.add(c.codeId());
                }
            }
            out.add(new IndexedSegment(doc.id(), doc.name(), ordinal++, t.start(), t.end(), t.speaker(),
                                       doc.text().substring(t.start(), t.end()), codes, doc.unit(), doc.language()));
        }
        return out;
    }

    /** The segments of many documents, read inside one connection, by document id (a deleted document has none). */
    static java.util.Map<Long, List<IndexedSegment>> segments(StoreAccess access, java.util.Collection<Long> documentIds) {
        java.util.Map<Long, List<IndexedSegment>> out = new java.util.LinkedHashMap<>();
        documentIds.forEach(id -> out.put(id, List.of())); // a deleted document loses its segments
        java.util.Map<Long, List<Coding>> codings = access.codings().forDocuments(documentIds);
        for (DocumentContent doc : access.documents().contents(documentIds)) {
            out.put(doc.id(), segments(doc, codings.getOrDefault(doc.id(), List.of())));
        }
        return out;
    }

    /** The segments' extents: the speaker turns, or paragraphs for documents stored without turns. */
    static List<SpeakerTurn> bounds(StoreAccess access, long documentId) {
        List<SpeakerTurn> turns = access.documents().turns(documentId);
        return turns.isEmpty() ? paragraphs(access.documents().text(documentId).orElse("")) : turns;
    }

    /** The ordinals of the segments that share a character with any of the ranges (bounds sorted by start). */
    static java.util.SortedSet<Integer> overlapping(List<SpeakerTurn> bounds, List<int[]> ranges) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (int[] r : ranges) {
            int lo = 0;
            int hi = bounds.size();
            while (lo < hi) { // first segment ending after the range's start
                int mid = (lo + hi) >>> 1;
                if (bounds.get(mid).end() <= r[0]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < bounds.size() && bounds.get(i).start() < r[1]; i++) {
                if (bounds.get(i).overlaps(r[0], r[1])) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Paragraphs split at blank lines, for documents stored without turns. */
    static List<SpeakerTurn> paragraphs(String text) {
        List<SpeakerTurn> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = text.indexOf("\n\n", i);
            if (end < 0) {
                end = n;
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new SpeakerTurn(s, e, null, null));
            }
            i = end + 2;
        }
        return out;
    }
}
