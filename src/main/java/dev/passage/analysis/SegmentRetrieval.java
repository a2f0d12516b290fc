package dev.passage.analysis;

import dev.passage.cases.CaseDataException;
import dev.passage.cases.Condition;
import dev.passage.cases.ConditionResolver;
import dev.passage.coding.Codebook;
import dev.passage.errors.Text;
import dev.passage.model.DocumentCase;
import dev.passage.model.Coding;
import dev.passage.model.Segment;
import dev.passage.model.SpeakerTurn;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retrieves coded segments: all codings of a code (optionally with its sub-codes), with document, speaker and text;
 * optionally only in documents of some units and meeting variable conditions.
 */
public final class SegmentRetrieval {
    private final Database database;
    private final java.util.function.Supplier<dev.passage.model.CoderScope> scope;

    public SegmentRetrieval(Database database) {
        this(database, () -> dev.passage.model.CoderScope.EVERYONE);
    }

    /** Retrieval that shows only the codings {@code scope} lets through (the session's "Show codings of"). */
    public SegmentRetrieval(Database database, java.util.function.Supplier<dev.passage.model.CoderScope> scope) {
        this.database = database;
        this.scope = scope;
    }

    /** Whose codings this retrieval sees now (the analyses built on it read with the same scope). */
    public dev.passage.model.CoderScope scope() {
        return scope.get();
    }

    public List<Segment> segments(Codebook book, long codeId, boolean withDescendants) {
        return segments(book, codeId, withDescendants, List.of(), List.of());
    }

    /**
     * The segments of a code in documents of any of {@code units} (by name; empty: any unit or none) that meet every
     * condition (e.g. {@code psych_safety >= 4}; see {@link ConditionResolver}).
     */
    public List<Segment> segments(Codebook book, long codeId, boolean withDescendants, List<String> units, List<String> conditions) {
        Set<Long> codes = withDescendants ? book.selfAndDescendants(codeId) : Set.of(codeId);
        List<Condition> parsed = conditions.stream().map(Condition::parse).toList();
        return database.read(a -> {
            Set<Long> allowed = allowedDocuments(a, units, parsed);
            List<Coding> codings = a.codings(scope.get()).forCodes(codes);
            if (allowed != null) {
                codings = codings.stream().filter(c -> allowed.contains(c.documentId())).toList();
            }
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

    /** The documents the unit and condition filters leave, or null when there are no such filters. */
    private static Set<Long> allowedDocuments(dev.passage.store.StoreAccess a, List<String> units, List<Condition> conditions) {
        if (units.isEmpty() && conditions.isEmpty()) {
            return null;
        }
        Set<Long> allowed = new HashSet<>();
        if (!units.isEmpty()) {
            Map<String, Long> byName = a.units().idsByName();
            Set<Long> unitIds = new HashSet<>();
            for (String u : units) {
                Long id = byName.get(u.strip());
                if (id == null) {
                    throw new CaseDataException(Text.of("analysis.thereUnitNamedUnits", u, String.join(", ", byName.keySet())));
                }
                unitIds.add(id);
            }
            for (DocumentCase d : a.documents().cases()) {
                if (d.unitId() != null && unitIds.contains(d.unitId())) {
                    allowed.add(d.documentId());
                }
            }
        }
        if (!conditions.isEmpty()) {
            Set<Long> matching = ConditionResolver.matching(a, conditions);
            if (units.isEmpty()) {
                allowed.addAll(matching);
            } else {
                allowed.retainAll(matching);
            }
        }
        return allowed;
    }

    private static String speakerAt(List<SpeakerTurn> turns, int offset) {
        SpeakerTurn t = SpeakerTurn.at(turns, offset);
        return t == null ? null : t.speaker();
    }
}
