package dev.passage.search;

import dev.passage.model.Coding;
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
        String unit = docs.unitName(documentId).orElse(null);
        List<SpeakerTurn> turns = docs.turns(documentId);
        if (turns.isEmpty()) {
            turns = paragraphs(text);
        }
        List<Coding> codings = access.codings().forDocument(documentId);
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
            out.add(new IndexedSegment(documentId, name.get(), ordinal++, t.start(), t.end(), t.speaker(),
                                       text.substring(t.start(), t.end()), codes, unit));
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
