package dev.passage.analysis;

import dev.passage.coding.Codebook;
import dev.passage.model.Coding;
import dev.passage.model.Segment;
import dev.passage.model.SpeakerTurn;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Retrieves coded segments: all codings of a code (optionally with its sub-codes), with document, speaker and text. */
public final class SegmentRetrieval {
    private final Database database;

    public SegmentRetrieval(Database database) {
        this.database = database;
    }

    public List<Segment> segments(Codebook book, long codeId, boolean withDescendants) {
        Set<Long> codes = withDescendants ? book.selfAndDescendants(codeId) : Set.of(codeId);
        return database.read(a -> {
            List<Coding> codings = a.codings().forCodes(codes);
            Map<Long, String> texts = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            Map<Long, List<SpeakerTurn>> turns = new HashMap<>();
            List<Segment> out = new ArrayList<>(codings.size());
            for (Coding c : codings) {
                String text = texts.computeIfAbsent(c.documentId(), id -> a.documents().text(id).orElse(""));
                String name = names.computeIfAbsent(c.documentId(), id -> a.documents().name(id).orElse("?"));
                List<SpeakerTurn> docTurns = turns.computeIfAbsent(c.documentId(), id -> a.documents().turns(id));
                out.add(new Segment(c.id(), c.documentId(), name, c.codeId(), book.path(c.codeId()), speakerAt(docTurns, c.start()),
                                    c.start(), c.end(), text.substring(c.start(), Math.min(c.end(), text.length())), c.coder(), c.memo()));
            }
            out.sort((x, y) -> x.documentName().equals(y.documentName()) ? Integer.compare(x.start(), y.start())
                                                                           : x.documentName().compareTo(y.documentName()));
            return out;
        });
    }

    static String speakerAt(List<SpeakerTurn> turns, int offset) {
        int lo = 0;
        int hi = turns.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SpeakerTurn t = turns.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return t.speaker();
            }
        }
        return null;
    }
}
